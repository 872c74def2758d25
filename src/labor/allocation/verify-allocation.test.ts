import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateWorkers } from './deferred-acceptance.ts';
import {
  arbitraryMarketSpec,
  enumerateAllocations,
  isStableByDefinition,
  marketFromSpec,
  PROPERTY_SEED,
  type MarketSpec,
} from './market-fixtures.ts';
import { findAllocationViolation } from './verify-allocation.ts';
import { generateMarket } from '../../../bench/allocation.ts';

const spec: MarketSpec = {
  capacity: [1, 2],
  lists: [[0, 1], [0, 1], [1], [0]],
  score: [
    [300, 100],
    [200, 100],
    [-1, 100],
    [-1, -1],
  ],
  lottery: [0, 1, 2, 3],
};

describe('findAllocationViolation', () => {
  const market = marketFromSpec(spec);

  it('accepts the deferred-acceptance result', () => {
    const { jobOf } = allocateWorkers(market);
    expect(Array.from(jobOf)).toEqual([0, 1, 1, -1]);
    expect(findAllocationViolation(market, jobOf)).toBeUndefined();
  });

  it('names each kind of violation', () => {
    expect(findAllocationViolation(market, Int32Array.from([0, 1, 1]))).toEqual({
      kind: 'WRONG_LENGTH',
      expected: 4,
      actual: 3,
    });
    expect(findAllocationViolation(market, Int32Array.from([0, 1, 1, 7]))).toMatchObject({
      kind: 'UNKNOWN_JOB_ORDER',
      worker: 3,
    });
    expect(findAllocationViolation(market, Int32Array.from([0, 1, 0, -1]))).toMatchObject({
      kind: 'UNRANKED_JOB_ORDER',
      worker: 2,
      jobOrder: 0,
    });
    expect(findAllocationViolation(market, Int32Array.from([0, 1, 1, 0]))).toMatchObject({
      kind: 'NOT_ACCEPTED',
      worker: 3,
    });
    expect(findAllocationViolation(market, Int32Array.from([0, 0, 1, -1]))).toEqual({
      kind: 'OVER_CAPACITY',
      jobOrder: 0,
      placed: 2,
      capacity: 1,
    });
    // Worker 0 outranks worker 1 at job order 0, which holds worker 1.
    expect(findAllocationViolation(market, Int32Array.from([1, 0, 1, -1]))).toEqual({
      kind: 'BLOCKING_PAIR',
      worker: 0,
      jobOrder: 0,
      displacedWorker: 1,
    });
    // Job order 1 has a free place that worker 2, unplaced, wants.
    expect(findAllocationViolation(market, Int32Array.from([0, 1, -1, -1]))).toEqual({
      kind: 'BLOCKING_PAIR',
      worker: 2,
      jobOrder: 1,
      displacedWorker: null,
    });
  });

  it('agrees with the definition of stability on every allocation of small random markets', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(5, 3, 2), (s) => {
        const m = marketFromSpec(s);
        for (const jobOf of enumerateAllocations(s)) {
          expect(findAllocationViolation(m, jobOf) === undefined).toBe(isStableByDefinition(s, jobOf));
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });

  it('finds a blocking pair when one placed worker is removed from a large stable allocation', () => {
    // The mutation test of matching.md §3.2: drop one matched worker.
    const big = generateMarket(3, 20_000, 1_000, 30);
    const { jobOf } = allocateWorkers(big);
    const victim = jobOf.findIndex((j) => j !== -1);
    const mutated = jobOf.slice();
    mutated[victim] = -1;
    expect(findAllocationViolation(big, mutated)).toMatchObject({ kind: 'BLOCKING_PAIR' });
  });
});
