/**
 * Factories for tests: `buildMember` and `buildHousehold` with sensible defaults (a Mexican farm
 * worker at home), overridden per test.
 */
import type { HouseholdFacts, MemberFacts } from './household-facts.ts';

export function buildMember(overrides: Partial<MemberFacts> = {}): MemberFacts {
  return {
    id: 'm1',
    relationshipToPrincipal: 'self',
    birthDate: '1990-04-12',
    sex: 'male',
    maritalStatus: 'married',
    nationalities: ['MX'],
    currentCountry: 'MX',
    currentSubdivision: 'MX-MIC',
    status: 'citizen',
    languages: ['es'],
    canRead: true,
    residenceArea: 'rural',
    agriculturalExperienceYears: 6,
    hasJobOffer: false,
    relatives: [],
    ...overrides,
  };
}

/** A household whose first member is the principal applicant. */
export function buildHousehold(members: MemberFacts[] = [buildMember()]): HouseholdFacts {
  return { principalId: members[0].id, members };
}
