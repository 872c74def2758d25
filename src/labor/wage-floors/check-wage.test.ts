import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents, checkWage, type WageFloor, type WageOffer } from './check-wage.ts';

function floor(overrides: Partial<WageFloor> = {}): WageFloor {
  return {
    id: 'f1', version: 1, kind: 'provincial_minimum', hourlyRate: 17.6, currency: 'CAD', effectiveFrom: '2025-10-01', effectiveTo: null,
    subdivision: 'CA-ON', programmeCode: null, occupationCode: null, skillLevel: null, historical: false, source: 'Ontario ESA s.23.1', sourceUrl: null,
    ...overrides,
  };
}
function offer(overrides: Partial<WageOffer> = {}): WageOffer {
  return { programmeCode: 'ca_sawp', occupationCode: '85100', skillLevel: null, startDate: '2027-04-01', subdivisions: ['CA-ON'], wageHourly: 17.6, currency: 'CAD', pieceRates: [], ...overrides };
}

describe('checkWage', () => {
  it('refuses a wage below the floor and names it', () => {
    const r = checkWage(offer({ wageHourly: 16 }), [floor()]);
    expect(r.outcome).toBe('below_floor');
    expect(r.outcome !== 'no_floor' && r.floor.source).toBe('Ontario ESA s.23.1');
  });
  it('accepts the floor exactly, whatever the float spelling', () => {
    expect(checkWage(offer({ wageHourly: 17.6 }), [floor({ hourlyRate: 17.60 })]).outcome).toBe('ok');
  });
  it('takes the highest floor in force on the start date, across worksites', () => {
    const floors = [floor(), floor({ id: 'bc', subdivision: 'CA-BC', hourlyRate: 17.85 }), floor({ id: 'old', hourlyRate: 99, effectiveFrom: '2020-01-01', effectiveTo: '2025-09-30' })];
    const r = checkWage(offer({ subdivisions: ['CA-ON', 'CA-BC'], wageHourly: 17.7 }), floors);
    expect(r.outcome === 'below_floor' && r.floor.id).toBe('bc');
    expect(checkWage(offer({ startDate: '2024-01-01' }), floors).outcome).toBe('below_floor');
  });
  it('ignores floors of another occupation, programme, place or skill level', () => {
    const floors = [floor({ occupationCode: '45-2092', hourlyRate: 30 }), floor({ programmeCode: 'ca_tfwp_agricultural', hourlyRate: 30 }), floor({ subdivision: 'CA-QC', hourlyRate: 30 }), floor({ skillLevel: 'II', hourlyRate: 30 })];
    expect(checkWage(offer({ wageHourly: 17.6 }), [...floors, floor()]).outcome).toBe('ok');
  });
  it('requires piece rates to reach the floor at the stated pace', () => {
    const r = checkWage(offer({ pieceRates: [{ unit: 'bin', rate: 20, expectedUnitsPerHour: 0.8 }] }), [floor()]);
    expect(r.outcome).toBe('piece_rate_below_floor');
    const ok = checkWage(offer({ pieceRates: [{ unit: 'bin', rate: 22, expectedUnitsPerHour: 0.8 }] }), [floor()]);
    expect(ok.outcome).toBe('ok');
  });
  it('answers no_floor when nothing applies, and currency_mismatch on another currency', () => {
    expect(checkWage(offer(), []).outcome).toBe('no_floor');
    expect(checkWage(offer({ currency: 'USD' }), [floor()]).outcome).toBe('currency_mismatch');
  });
  it('property: ok exactly when the wage reaches every applicable floor', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 100, max: 5000 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 5000 }), (rates, wage) => {
        const floors = rates.map((c, i) => floor({ id: `f${i}`, hourlyRate: c / 100 }));
        const r = checkWage(offer({ wageHourly: wage / 100 }), floors);
        expect(r.outcome === 'ok').toBe(rates.every((c) => wage >= c));
        if (r.outcome !== 'no_floor') expect(cents(r.floor.hourlyRate)).toBe(Math.max(...rates));
      }),
      { seed: 20261127, numRuns: 200 },
    );
  });
});
