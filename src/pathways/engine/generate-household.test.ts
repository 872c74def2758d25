import { describe, expect, it } from 'vitest';
import { createSeededRandom, generateHousehold } from './generate-household.ts';
import { HouseholdFacts } from './household-facts.ts';

describe('generateHousehold', () => {
  const households = (() => {
    const random = createSeededRandom(7);
    return Array.from({ length: 3000 }, () => generateHousehold(random));
  })();

  it('is deterministic for a seed', () => {
    const again = createSeededRandom(7);
    expect(generateHousehold(again)).toEqual(households[0]);
    expect(generateHousehold(createSeededRandom(8))).not.toEqual(households[0]);
  });

  it('produces households the facts schema accepts', () => {
    for (const h of households) {
      const parsed = HouseholdFacts.safeParse(h);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    }
  });

  it('never makes a child older than the principal', () => {
    for (const h of households) {
      const principalYear = Number(h.members[0].birthDate?.slice(0, 4));
      for (const m of h.members) {
        if (m.relationshipToPrincipal === 'child' || m.relationshipToPrincipal === 'grandchild') {
          expect(Number(m.birthDate?.slice(0, 4))).toBeGreaterThan(principalYear);
        }
      }
    }
  });

  it('mixes the pact\'s nationalities, household sizes and statuses', () => {
    const nationalities = new Set(households.map((h) => h.members[0].nationalities?.[0]));
    for (const code of ['MX', 'GT', 'HN', 'SV', 'CO', 'VE', 'HT', 'EC', 'CR', 'PA', 'NI', 'CU']) expect(nationalities.has(code), code).toBe(true);
    const sizes = new Set(households.map((h) => h.members.length));
    expect(Math.min(...sizes)).toBe(1);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(6);
    const statuses = new Set(households.map((h) => h.members[0].status));
    expect(statuses.size).toBeGreaterThanOrEqual(8);
    const partialBirthDates = households.filter((h) => h.members[0].birthDate?.length !== 10).length;
    expect(partialBirthDates / households.length).toBeGreaterThan(0.15);
  });
});
