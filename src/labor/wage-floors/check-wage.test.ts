import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents, checkWage, owedDuringSeason, type WageFloor, type WageOffer } from './check-wage.ts';

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

describe('owedDuringSeason', () => {
  const season = (overrides: Partial<WageOffer> = {}) => ({ ...offer(overrides), endDate: '2027-10-31' });
  const raise = (overrides: Partial<WageFloor> = {}) => floor({ hourlyRate: 18.1, effectiveFrom: '2027-06-01', ...overrides });

  it('is owed from the day a higher floor takes effect during the season, or from the start when it was already in force, to the earlier end', () => {
    expect(owedDuringSeason(raise(), season())).toEqual({ from: '2027-06-01', until: '2027-10-31' });
    expect(owedDuringSeason(raise({ effectiveFrom: '2027-01-01' }), season())).toEqual({ from: '2027-04-01', until: '2027-10-31' });
    expect(owedDuringSeason(raise({ effectiveTo: '2027-08-31' }), season())).toEqual({ from: '2027-06-01', until: '2027-08-31' });
  });
  it('is not owed when the floor starts after the season, ended before it, or is met', () => {
    expect(owedDuringSeason(raise({ effectiveFrom: '2027-11-01' }), season())).toBeNull();
    expect(owedDuringSeason(raise({ effectiveFrom: '2026-01-01', effectiveTo: '2027-03-31' }), season())).toBeNull();
    expect(owedDuringSeason(raise(), season({ wageHourly: 18.1 }))).toBeNull();
  });
  it('reaches only the job orders the floor covers, in its currency', () => {
    expect(owedDuringSeason(raise({ subdivision: 'CA-BC' }), season())).toBeNull();
    expect(owedDuringSeason(raise({ occupationCode: '85101' }), season())).toBeNull();
    expect(owedDuringSeason(raise({ programmeCode: 'ca_tfwp_agricultural' }), season())).toBeNull();
    expect(owedDuringSeason(raise({ currency: 'USD' }), season())).toBeNull();
  });
  it('is owed when a piece rate at the stated pace falls below it, though the hourly wage meets it', () => {
    const pieceRates = [{ unit: 'bin', rate: 22, expectedUnitsPerHour: 0.8 }]; // 17.60 an hour
    expect(owedDuringSeason(raise(), season({ wageHourly: 18.5, pieceRates }))?.from).toBe('2027-06-01');
    expect(owedDuringSeason(raise(), season({ wageHourly: 18.5, pieceRates: [{ ...pieceRates[0]!, rate: 23 }] }))).toBeNull();
  });
  it('owes exactly the days of the season on which checkWage would refuse the job order (checked day by day)', () => {
    const day = (n: number) => new Date(Date.UTC(2027, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    const seasonDays = Array.from({ length: 214 }, (_, i) => day(90 + i)); // 2027-04-01 … 2027-10-31
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 364 }),
        fc.option(fc.integer({ min: 0, max: 200 })),
        fc.integer({ min: 1500, max: 2500 }),
        fc.integer({ min: 1500, max: 2500 }),
        fc.option(fc.record({ rate: fc.integer({ min: 500, max: 3000 }), perHour: fc.integer({ min: 5, max: 15 }) })),
        (start, length, rate, wage, piece) => {
          const f = floor({ hourlyRate: rate / 100, effectiveFrom: day(start), effectiveTo: length === null ? null : day(start + length) });
          const o = season({ wageHourly: wage / 100, pieceRates: piece ? [{ unit: 'bin', rate: piece.rate / 100, expectedUnitsPerHour: piece.perHour / 10 }] : [] });
          const refused = seasonDays.filter((d) => {
            const r = checkWage({ ...o, startDate: d }, [f]).outcome;
            return r === 'below_floor' || r === 'piece_rate_below_floor';
          });
          const owed = owedDuringSeason(f, o);
          const expected = refused.length === 0 ? null : { from: refused[0], until: refused[refused.length - 1] };
          expect(owed).toEqual(expected);
          // The days owed are one unbroken run.
          if (owed) expect(refused).toEqual(seasonDays.filter((d) => d >= owed.from && d <= owed.until));
        },
      ),
      { numRuns: 300 },
    );
  });
});
