import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, damerauLevenshteinCodes, jaro, jaroWinkler } from './string-metrics.ts';

const SEED = 20261127;

function codesOf(a: string, b: string): Uint16Array {
  const c = new Uint16Array(a.length + b.length);
  for (let i = 0; i < a.length; i++) c[i] = a.charCodeAt(i);
  for (let i = 0; i < b.length; i++) c[a.length + i] = b.charCodeAt(i);
  return c;
}

describe('jaroWinkler (DuckDB / Splink semantics)', () => {
  it.each([
    ['MARTHA', 'MARHTA', 0.9611],
    ['DWAYNE', 'DUANE', 0.84],
    ['DIXON', 'DICKSONX', 0.8133],
    ['CRATE', 'TRACE', 0.7333],
    ['quinton', 'quiton', 0.9278],
    ['abcd', 'abxx', 0.6667],
    ['0', '00', 0.85],
    ['0', '0', 1],
  ])('%s / %s = %d', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  it('gives the boost only above 0.7 Jaro (abcd/abxx keeps its Jaro)', () => {
    expect(jaroWinkler('abcd', 'abxx')).toBe(jaro('abcd', 'abxx'));
  });

  it('is 0 for a particle-prefixed surname against its root, which is why names are parsed', () => {
    expect(jaroWinkler('de la cruz', 'cruz')).toBeLessThan(0.7);
  });

  it('is symmetric and within [0, 1]', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(jaroWinkler(b, a)).toBeCloseTo(x, 12);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('is 1 exactly for equal non-empty strings', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (a) => {
        expect(jaroWinkler(a, a)).toBe(1);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});

describe('damerauLevenshtein', () => {
  it.each([
    ['1234', '1243', 1],
    ['garcia', 'garica', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
  ])('%s / %s = %d', (a, b, expected) => {
    expect(damerauLevenshtein(a, b)).toBe(expected);
  });

  it('is symmetric, zero only for equal strings, and bounded by the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = damerauLevenshtein(a, b);
        expect(damerauLevenshtein(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('with a limit, agrees with the full distance up to the limit (banded computation)', () => {
    const unit = fc.constantFrom('a', 'b', 'c', 'd');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 10 }), fc.string({ unit, maxLength: 10 }), fc.integer({ min: 0, max: 3 }), (a, b, k) => {
        const c = codesOf(a, b);
        const full = damerauLevenshteinCodes(c, 0, a.length, a.length, a.length + b.length);
        const limited = damerauLevenshteinCodes(c, 0, a.length, a.length, a.length + b.length, k);
        expect(limited).toBe(full > k ? k + 1 : full);
      }),
      { seed: SEED, numRuns: 5000 },
    );
  });
});
