/**
 * Every fact a rule may read: its path, the scope it lives in, its type and how to read it.
 *
 * Rules name facts by path (`member.nationalities`, `relative.status`); compiling a rule turns each
 * path into the direct accessor below, once, so evaluating a criterion is a property read and a
 * comparison. A path that is not listed here is rejected when a rule version is validated.
 */
import type { HouseholdFacts, MemberFacts, RelativeFacts } from './household-facts.ts';

export type FactScope = 'household' | 'member' | 'relative';
export type FactType = 'string' | 'string_list' | 'number' | 'boolean' | 'date';
/** How a fact's values are shown to people: the messages translate each domain's values. */
export type ValueDomain =
  | 'country'
  | 'subdivision'
  | 'status'
  | 'relationship'
  | 'marital_status'
  | 'sex'
  | 'sector'
  | 'area'
  | 'language'
  | 'none';

export interface FactDefinition {
  scope: FactScope;
  type: FactType;
  domain: ValueDomain;
  /** Reads the value from the object of the fact's scope; `undefined` means unknown. */
  get: (subject: never) => unknown;
}

function memberFact(type: FactType, domain: ValueDomain, get: (m: MemberFacts) => unknown): FactDefinition {
  return { scope: 'member', type, domain, get };
}

function relativeFact(type: FactType, domain: ValueDomain, get: (r: RelativeFacts) => unknown): FactDefinition {
  return { scope: 'relative', type, domain, get };
}

export const FACTS = {
  'household.size': { scope: 'household', type: 'number', domain: 'none', get: (h: HouseholdFacts) => h.members.length },
  'member.relationshipToPrincipal': memberFact('string', 'relationship', (m) => m.relationshipToPrincipal),
  'member.birthDate': memberFact('date', 'none', (m) => m.birthDate),
  'member.sex': memberFact('string', 'sex', (m) => m.sex),
  'member.maritalStatus': memberFact('string', 'marital_status', (m) => m.maritalStatus),
  'member.nationalities': memberFact('string_list', 'country', (m) => m.nationalities),
  'member.currentCountry': memberFact('string', 'country', (m) => m.currentCountry),
  'member.currentSubdivision': memberFact('string', 'subdivision', (m) => m.currentSubdivision),
  'member.status': memberFact('string', 'status', (m) => m.status),
  'member.arrivalDate': memberFact('date', 'none', (m) => m.arrivalDate),
  'member.languages': memberFact('string_list', 'language', (m) => m.languages),
  'member.canRead': memberFact('boolean', 'none', (m) => m.canRead),
  'member.residenceArea': memberFact('string', 'area', (m) => m.residenceArea),
  'member.agriculturalExperienceYears': memberFact('number', 'none', (m) => m.agriculturalExperienceYears),
  'member.otherWorkExperienceYears': memberFact('number', 'none', (m) => m.otherWorkExperienceYears),
  'member.hasJobOffer': memberFact('boolean', 'none', (m) => m.hasJobOffer),
  'member.jobOfferCountry': memberFact('string', 'country', (m) => m.jobOfferCountry),
  'member.jobOfferSubdivision': memberFact('string', 'subdivision', (m) => m.jobOfferSubdivision),
  'member.jobOfferSector': memberFact('string', 'sector', (m) => m.jobOfferSector),
  'member.intendedSubdivision': memberFact('string', 'subdivision', (m) => m.intendedSubdivision),
  'member.unhcrMandateRefugee': memberFact('boolean', 'none', (m) => m.unhcrMandateRefugee),
  'member.unhcrRegistered': memberFact('boolean', 'none', (m) => m.unhcrRegistered),
  'member.unhcrResettlementReferral': memberFact('boolean', 'none', (m) => m.unhcrResettlementReferral),
  'member.fearOfReturn': memberFact('boolean', 'none', (m) => m.fearOfReturn),
  'member.lateFilingJustified': memberFact('boolean', 'none', (m) => m.lateFilingJustified),
  'member.traffickingVictim': memberFact('boolean', 'none', (m) => m.traffickingVictim),
  'member.cooperatedWithLawEnforcement': memberFact('boolean', 'none', (m) => m.cooperatedWithLawEnforcement),
  'member.minorDuringTrafficking': memberFact('boolean', 'none', (m) => m.minorDuringTrafficking),
  'member.traumaPreventsCooperation': memberFact('boolean', 'none', (m) => m.traumaPreventsCooperation),
  'member.extremeHardshipOnRemoval': memberFact('boolean', 'none', (m) => m.extremeHardshipOnRemoval),
  'member.frpInvitation': memberFact('boolean', 'none', (m) => m.frpInvitation),
  'relative.relationship': relativeFact('string', 'relationship', (r) => r.relationship),
  'relative.birthDate': relativeFact('date', 'none', (r) => r.birthDate),
  'relative.country': relativeFact('string', 'country', (r) => r.country),
  'relative.status': relativeFact('string', 'status', (r) => r.status),
  'relative.arrivalDate': relativeFact('date', 'none', (r) => r.arrivalDate),
  'relative.sponsorshipBarred': relativeFact('boolean', 'none', (r) => r.sponsorshipBarred),
  'relative.willDeclareSupport': relativeFact('boolean', 'none', (r) => r.willDeclareSupport),
  'relative.hasApprovedPetition': relativeFact('boolean', 'none', (r) => r.hasApprovedPetition),
} as const satisfies Record<string, FactDefinition>;

export type FactPath = keyof typeof FACTS;

/** Facts that are collections iterated by a quantifier: unknown when absent. */
export const COLLECTION_FACTS = {
  some_relative: 'member.relatives',
} as const;

export function isFactPath(path: string): path is FactPath {
  return Object.hasOwn(FACTS, path);
}

export function findFact(path: string): FactDefinition | undefined {
  return isFactPath(path) ? (FACTS[path] as FactDefinition) : undefined;
}

/** Every fact path, including the collections that quantifiers read; used for message coverage. */
export function listFactPaths(): string[] {
  return [...Object.keys(FACTS), ...Object.values(COLLECTION_FACTS)];
}
