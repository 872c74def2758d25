/**
 * A seeded synthetic household generator for tests and the screening benchmark: a realistic mix of
 * the pact's nationalities, where people are now and with what status, partial birth dates, household
 * composition and relatives elsewhere. Same random source, same households. The shares are rough
 * orders of magnitude for a plausible load, not statistics.
 */
import type { CountryCode, HouseholdFacts, MemberFacts, RelativeFacts, Relationship, ResidenceStatus } from './household-facts.ts';

/** mulberry32: small, fast, good enough for synthetic data; never for anything secret. */
export function createSeededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return function random(): number {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function weighted<T>(random: Random, options: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of options) total += w;
  let x = random() * total;
  for (const [value, w] of options) {
    x -= w;
    if (x < 0) return value;
  }
  return options[options.length - 1][0];
}

function chance(random: Random, p: number): boolean {
  return random() < p;
}

function intBetween(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const NATIONALITIES: readonly (readonly [CountryCode, number])[] = [
  ['MX', 22], ['VE', 14], ['GT', 12], ['HN', 10], ['HT', 9], ['CO', 8], ['SV', 7], ['EC', 6], ['NI', 5], ['CU', 4], ['CR', 2], ['PA', 1],
];

/** Where people of each nationality are when not at home. */
const DESTINATIONS: Record<string, readonly (readonly [CountryCode, number])[]> = {
  MX: [['US', 8], ['CA', 2]],
  VE: [['CO', 6], ['EC', 2], ['CR', 1], ['MX', 2], ['US', 2], ['PA', 1]],
  GT: [['MX', 5], ['US', 4]],
  HN: [['MX', 4], ['US', 4], ['GT', 1]],
  HT: [['MX', 3], ['DO', 3], ['US', 2], ['CL', 1], ['BR', 1]],
  CO: [['EC', 2], ['US', 3], ['CA', 1], ['MX', 1]],
  SV: [['MX', 2], ['US', 5], ['GT', 1]],
  EC: [['US', 4], ['MX', 2], ['CO', 1]],
  NI: [['CR', 6], ['US', 2], ['PA', 1]],
  CU: [['MX', 4], ['US', 4], ['EC', 1]],
  CR: [['US', 3], ['PA', 1]],
  PA: [['US', 2], ['CR', 1]],
};

const STATUSES_ABROAD: readonly (readonly [ResidenceStatus, number])[] = [
  ['irregular', 25], ['asylum_seeker', 20], ['regular', 18], ['regularization_pending', 12], ['refugee', 10],
  ['permanent_resident', 6], ['complementary_protection', 4], ['asylee', 2], ['citizen', 3],
];

const MX_STATES = ['MX-CHP', 'MX-TAB', 'MX-CAM', 'MX-ROO', 'MX-JAL', 'MX-MIC', 'MX-CMX', 'MX-NLE'] as const;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A birth or arrival date known to the day (most), the month or only the year. */
function partialDate(random: Random, year: number, precision: readonly [number, number, number]): string {
  const month = intBetween(random, 1, 12);
  const day = intBetween(random, 1, 28);
  const kind = weighted(random, [['day', precision[0]], ['month', precision[1]], ['year', precision[2]]] as const);
  if (kind === 'year') return String(year);
  if (kind === 'month') return `${year}-${pad(month)}`;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function maybe<T>(random: Random, pKnown: number, value: () => T): T | undefined {
  return chance(random, pKnown) ? value() : undefined;
}

function generateRelatives(random: Random, referenceYear: number, nationality: CountryCode): RelativeFacts[] | undefined {
  const kind = weighted(random, [['unknown', 3], ['none', 3], ['some', 4]] as const);
  if (kind === 'unknown') return undefined;
  if (kind === 'none') return [];
  const count = intBetween(random, 1, 3);
  const relatives: RelativeFacts[] = [];
  for (let i = 0; i < count; i++) {
    const country = weighted(random, [['US', 6], ['CA', 3], ['MX', 1], ['ES', 1], [nationality, 2]] as const);
    const status: ResidenceStatus =
      country === nationality
        ? 'citizen'
        : weighted(random, [['citizen', 3], ['permanent_resident', 4], ['refugee', 1], ['asylee', 1], ['regular', 2], ['irregular', 2]] as const);
    const relationship = weighted<Relationship>(random, [
      ['sibling', 4], ['parent', 3], ['child', 2], ['spouse', 1], ['grandparent', 1], ['grandchild', 1], ['partner', 1], ['other', 1],
    ]);
    relatives.push({
      relationship,
      country,
      status,
      birthDate: maybe(random, 0.7, () => partialDate(random, referenceYear - intBetween(random, 18, 75), [5, 2, 3])),
      arrivalDate: country === nationality ? undefined : maybe(random, 0.6, () => partialDate(random, referenceYear - intBetween(random, 0, 20), [3, 4, 3])),
      sponsorshipBarred: country === 'CA' ? maybe(random, 0.5, () => chance(random, 0.15)) : undefined,
      willDeclareSupport: country === 'CA' ? maybe(random, 0.4, () => chance(random, 0.7)) : undefined,
      hasApprovedPetition: country === 'US' ? maybe(random, 0.4, () => chance(random, 0.2)) : undefined,
    });
  }
  return relatives;
}

function generatePrincipal(random: Random, referenceYear: number): MemberFacts {
  const nationality = weighted(random, NATIONALITIES);
  const abroad = chance(random, 0.45);
  const currentCountry = abroad ? weighted(random, DESTINATIONS[nationality]) : nationality;
  const status: ResidenceStatus = abroad ? weighted(random, STATUSES_ABROAD) : 'citizen';
  const age = intBetween(random, 18, 62);
  const rural = chance(random, 0.45);
  const hasJobOffer = maybe(random, 0.7, () => chance(random, 0.12));
  const jobOfferCountry = hasJobOffer ? weighted(random, [['US', 5], ['CA', 3], ['MX', 2]] as const) : undefined;
  const refugee = status === 'refugee';
  return {
    id: 'm1',
    relationshipToPrincipal: 'self',
    birthDate: partialDate(random, referenceYear - age, [7, 1.5, 1.5]),
    sex: weighted(random, [['male', 55], ['female', 44], ['other', 1]] as const),
    maritalStatus: maybe(random, 0.8, () => weighted(random, [['married', 4], ['common_law', 2], ['single', 3], ['separated', 1]] as const)),
    nationalities: chance(random, 0.03) ? [nationality, weighted(random, [['ES', 1], ['IT', 1], ['US', 1]] as const)] : [nationality],
    currentCountry,
    currentSubdivision: currentCountry === 'MX' ? weighted(random, MX_STATES.map((s) => [s, 1] as const)) : undefined,
    status,
    arrivalDate: abroad ? maybe(random, 0.85, () => partialDate(random, referenceYear - intBetween(random, 0, 9), [5, 3, 2])) : undefined,
    languages: nationality === 'HT' ? ['ht', 'fr'] : ['es'],
    canRead: maybe(random, 0.8, () => chance(random, 0.88)),
    residenceArea: maybe(random, 0.8, () => (rural ? 'rural' : 'urban')),
    agriculturalExperienceYears: maybe(random, 0.7, () => (rural ? intBetween(random, 0, 25) : intBetween(random, 0, 3))),
    otherWorkExperienceYears: maybe(random, 0.5, () => intBetween(random, 0, 20)),
    hasJobOffer,
    jobOfferCountry,
    jobOfferSubdivision: jobOfferCountry === 'MX' ? weighted(random, MX_STATES.map((s) => [s, 1] as const)) : undefined,
    jobOfferSector: jobOfferCountry ? weighted(random, [['agriculture', 6], ['non_agriculture', 4]] as const) : undefined,
    intendedSubdivision: maybe(random, 0.3, () => weighted(random, [['CA-ON', 4], ['CA-QC', 2], ['CA-BC', 2], ['CA-AB', 1]] as const)),
    unhcrMandateRefugee: abroad ? maybe(random, 0.5, () => refugee && chance(random, 0.6)) : undefined,
    unhcrRegistered: abroad ? maybe(random, 0.6, () => refugee || (status === 'asylum_seeker' && chance(random, 0.5))) : undefined,
    unhcrResettlementReferral: abroad ? maybe(random, 0.5, () => refugee && chance(random, 0.15)) : undefined,
    fearOfReturn: abroad ? maybe(random, 0.6, () => chance(random, 0.45)) : undefined,
    lateFilingJustified: undefined,
    traffickingVictim: maybe(random, 0.4, () => chance(random, 0.02)),
    cooperatedWithLawEnforcement: undefined,
    frpInvitation: maybe(random, 0.3, () => chance(random, 0.03)),
    relatives: generateRelatives(random, referenceYear, nationality),
  };
}

function generateMember(random: Random, principal: MemberFacts, index: number, relationship: Relationship, referenceYear: number): MemberFacts {
  const principalYear = Number((principal.birthDate ?? '1990').slice(0, 4));
  let year: number;
  if (relationship === 'child' || relationship === 'stepchild' || relationship === 'adopted_child') {
    // Born at least 16 years after the principal and not in the future: never older than the parent.
    year = Math.min(referenceYear, principalYear + intBetween(random, 16, 40));
  } else if (relationship === 'parent') {
    year = principalYear - intBetween(random, 17, 40);
  } else if (relationship === 'grandchild') {
    year = Math.min(referenceYear, principalYear + intBetween(random, 36, 60));
  } else {
    year = principalYear + intBetween(random, -8, 8);
  }
  const age = referenceYear - year;
  return {
    id: `m${index}`,
    relationshipToPrincipal: relationship,
    birthDate: partialDate(random, year, [6, 2, 2]),
    sex: weighted(random, [['male', 1], ['female', 1]] as const),
    maritalStatus: age < 16 ? 'single' : maybe(random, 0.6, () => weighted(random, [['married', 2], ['single', 3]] as const)),
    nationalities: principal.nationalities,
    currentCountry: principal.currentCountry,
    status: principal.status,
    arrivalDate: principal.arrivalDate,
    languages: principal.languages,
    canRead: age < 7 ? false : maybe(random, 0.6, () => chance(random, 0.9)),
    relatives: maybe(random, 0.5, () => []),
  };
}

/**
 * One synthetic household; members' ids are m1 (the principal), m2, …
 *
 * @example
 *   const random = createSeededRandom(42);
 *   const households = Array.from({ length: 200_000 }, () => generateHousehold(random));
 */
export function generateHousehold(random: () => number, referenceYear = 2026): HouseholdFacts {
  const principal = generatePrincipal(random, referenceYear);
  const size = weighted(random, [[1, 30], [2, 20], [3, 20], [4, 15], [5, 10], [6, 3], [7, 1], [8, 1]] as const);
  const members: MemberFacts[] = [principal];
  if (size >= 2 && chance(random, 0.7)) {
    members.push(generateMember(random, principal, members.length + 1, chance(random, 0.7) ? 'spouse' : 'partner', referenceYear));
  }
  while (members.length < size) {
    const relationship = weighted<Relationship>(random, [
      ['child', 12], ['stepchild', 1], ['adopted_child', 1], ['parent', 2], ['sibling', 2], ['grandchild', 1],
    ]);
    members.push(generateMember(random, principal, members.length + 1, relationship, referenceYear));
  }
  return { principalId: principal.id, members };
}
