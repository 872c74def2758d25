import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageBand, anonymise, isKAnonymous, QUASI_IDENTIFIERS, toHtcdsRow, type HtcdsRow } from './htcds-export.ts';

/** A seeded population of screened workers: mostly a few common profiles, with a long tail of rare ones. */
function population(seed: number, size: number): HtcdsRow[] {
  let x = seed;
  const rnd = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T,>(items: T[], weights: number[]) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = rnd() * total;
    for (const [i, w] of weights.entries()) if ((r -= w) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const rows: HtcdsRow[] = [];
  for (let i = 0; i < size; i++) {
    const year = 1950 + Math.floor(rnd() * 60);
    rows.push(
      toHtcdsRow(
        {
          sex: pick(['male', 'female', null], [70, 28, 2]),
          birth_date: `${year}-0${1 + Math.floor(rnd() * 9)}-15`,
          nationalities: [pick(['GT', 'HN', 'SV', 'MX', 'HT', 'VE', 'NI', 'CU'], [40, 25, 15, 8, 5, 4, 2, 1])],
          member_state: pick(['MX', 'US', 'CA'], [60, 30, 10]),
          conducted_at: `${pick(['2025', '2026'], [1, 2])}-06-01T00:00:00Z`,
        },
        { documents_kept: rnd() < 0.5, debt_bondage: rnd() < 0.4, wages_withheld: rnd() < 0.6 },
      ),
    );
  }
  return rows;
}

describe('the HTCDS export', () => {
  it('uses CTDC age bands and never a date of birth', () => {
    const on = new Date('2026-11-27');
    expect(ageBand('2020-01-01', on)).toBe('0--8');
    expect(ageBand('2010', on)).toBe('9--17');
    expect(ageBand('2000-05', on)).toBe('24--26');
    expect(ageBand('1970-01-01', on)).toBe('48+');
    expect(ageBand(null, on)).toBe('Unknown');
  });

  it('passes a k-anonymity check with k = 5 on a generated population of 2,000', () => {
    const input = population(2026, 2000);
    expect(isKAnonymous(input, 5)).toBe(false); // the raw data has rare profiles
    const out = anonymise(input, 5);
    expect(isKAnonymous(out.rows, 5)).toBe(true);
    expect(out.rows.length + out.suppressed).toBe(input.length);
    expect(out.rows.length).toBeGreaterThan(input.length * 0.9); // generalising first keeps most rows
    for (const r of out.rows) expect(Object.keys(r)).not.toContain('birthDate');
  });

  it('is k-anonymous for any population and any k from 5 to 10 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 5, max: 10 }), (seed, size, k) => {
        const out = anonymise(population(seed, size), k);
        expect(isKAnonymous(out.rows, k)).toBe(true);
        const counts = new Map<string, number>();
        for (const r of out.rows) {
          const key = QUASI_IDENTIFIERS.map((q) => r[q]).join('|');
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        for (const n of counts.values()) expect(n).toBeGreaterThanOrEqual(k);
      }),
      { seed: 5, numRuns: 60 },
    );
  });

  it('refuses k below 5', () => {
    expect(() => anonymise([], 4)).toThrow();
  });
});
