import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateWorkers } from './deferred-acceptance.ts';
import {
  arbitraryMarketSpec,
  enumerateAllocations,
  isStableByDefinition,
  marketFromSpec,
  positionIn,
  PROPERTY_SEED,
  specKey,
  type MarketSpec,
} from './market-fixtures.ts';
import { findAllocationViolation } from './verify-allocation.ts';
import { generateMarket } from '../../../bench/allocation.ts';
import { assertValidMarket } from './market.ts';

describe('allocateWorkers', () => {
  it('lets the job order keep the applicants it ranks highest, and sends the rejected down their lists', () => {
    // Job order 0 has one place and ranks worker 1 above worker 0; both want it first.
    const spec: MarketSpec = {
      capacity: [1, 1],
      lists: [
        [0, 1],
        [0, 1],
      ],
      score: [
        [100, 100],
        [200, 100],
      ],
      lottery: [0, 1],
    };
    const { jobOf } = allocateWorkers(marketFromSpec(spec));
    expect(Array.from(jobOf)).toEqual([1, 0]);
  });

  it('breaks equal scores by the lottery, the same way at every job order', () => {
    const spec: MarketSpec = {
      capacity: [1],
      lists: [[0], [0], [0]],
      score: [[50], [50], [50]],
      lottery: [1, 2, 0],
    };
    expect(Array.from(allocateWorkers(marketFromSpec(spec)).jobOf)).toEqual([-1, 0, -1]);
  });

  it('never places a worker where she is not accepted or where there are no places', () => {
    const spec: MarketSpec = {
      capacity: [0, 5, 1],
      lists: [[0, 1, 2]],
      score: [[10, -1, 10]],
      lottery: [0],
    };
    expect(Array.from(allocateWorkers(marketFromSpec(spec)).jobOf)).toEqual([2]);
  });

  it('handles empty markets and capacities far above the number of applicants', () => {
    expect(allocateWorkers(marketFromSpec({ capacity: [], lists: [], score: [], lottery: [] })).jobOf).toHaveLength(0);
    const market = marketFromSpec({ capacity: [1], lists: [[0], [0]], score: [[1], [2]], lottery: [0, 1] });
    market.capacity[0] = 1_000_000_000;
    expect(Array.from(allocateWorkers(market).jobOf)).toEqual([0, 0]);
  });

  it('does not modify the market', () => {
    const market = generateMarket(7, 300, 20, 8);
    const copy = structuredClone(market);
    allocateWorkers(market);
    expect(market).toEqual(copy);
  });

  it('returns a stable allocation on the benchmark generator, which produces valid markets', () => {
    const market = generateMarket(1, 5_000, 250, 30);
    assertValidMarket(market);
    const { jobOf } = allocateWorkers(market);
    expect(findAllocationViolation(market, jobOf)).toBeUndefined();
  });
});

describe('allocateWorkers on random markets (fast-check, fixed seed)', () => {
  it('is stable, places workers only in job orders they ranked and that accept them, within capacity', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(12, 6), (spec) => {
        const market = marketFromSpec(spec);
        const { jobOf } = allocateWorkers(market);
        expect(isStableByDefinition(spec, jobOf)).toBe(true);
        expect(findAllocationViolation(market, jobOf)).toBeUndefined();
      }),
      { seed: PROPERTY_SEED, numRuns: 500 },
    );
  });

  it('places a worker at her first choice whenever that job order ranks her within its capacity', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(12, 5), (spec) => {
        const { jobOf } = allocateWorkers(marketFromSpec(spec));
        spec.lists.forEach((list, w) => {
          const j = list[0];
          if (j === undefined || specKey(spec, w, j) < 0) return;
          const ahead = spec.lists.filter((l, o) => o !== w && l.includes(j) && specKey(spec, o, j) > specKey(spec, w, j));
          if (ahead.length < spec.capacity[j]) expect(jobOf[w]).toBe(j);
        });
      }),
      { seed: PROPERTY_SEED, numRuns: 500 },
    );
  });

  it('is the worker-optimal stable allocation: every worker weakly prefers it to every stable allocation', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(6, 3, 2), (spec) => {
        const { jobOf } = allocateWorkers(marketFromSpec(spec));
        let stableCount = 0;
        for (const other of enumerateAllocations(spec)) {
          if (!isStableByDefinition(spec, other)) continue;
          stableCount++;
          spec.lists.forEach((list, w) => {
            expect(positionIn(list, jobOf[w])).toBeLessThanOrEqual(positionIn(list, other[w]));
          });
        }
        // Gale–Shapley 1962: a stable allocation always exists, and ours is one of them.
        expect(stableCount).toBeGreaterThan(0);
        expect(isStableByDefinition(spec, jobOf)).toBe(true);
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it('is strategy-proof for workers: no misreported list gets a worker a job she truly prefers', () => {
    const misreport = arbitraryMarketSpec(7, 4).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        worker: fc.integer({ min: 0, max: spec.lists.length - 1 }),
        lie: fc.shuffledSubarray(
          spec.capacity.map((_, j) => j),
          { minLength: 1 },
        ),
      }),
    );
    fc.assert(
      fc.property(misreport, ({ spec, worker, lie }) => {
        const truthful = allocateWorkers(marketFromSpec(spec)).jobOf[worker];
        const lying = { ...spec, lists: spec.lists.map((l, w) => (w === worker ? lie : l)) };
        const gotByLying = allocateWorkers(marketFromSpec(lying)).jobOf[worker];
        const trueList = spec.lists[worker];
        expect(positionIn(trueList, gotByLying)).toBeGreaterThanOrEqual(positionIn(trueList, truthful));
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    );
  });

  it('has a spot check with teeth: it finds a profitable lie under immediate acceptance (the Boston mechanism)', () => {
    // Immediate acceptance is manipulable (Abdulkadiroğlu & Sönmez 2003, AER 93(3)): the same check
    // must find a counterexample there, or it could not catch one in deferred acceptance either.
    const misreport = arbitraryMarketSpec(7, 4).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        worker: fc.integer({ min: 0, max: spec.lists.length - 1 }),
        lie: fc.shuffledSubarray(
          spec.capacity.map((_, j) => j),
          { minLength: 1 },
        ),
      }),
    );
    const result = fc.check(
      fc.property(misreport, ({ spec, worker, lie }) => {
        const truthful = allocateByImmediateAcceptance(spec)[worker];
        const lying = { ...spec, lists: spec.lists.map((l, w) => (w === worker ? lie : l)) };
        const gotByLying = allocateByImmediateAcceptance(lying)[worker];
        const trueList = spec.lists[worker];
        return positionIn(trueList, gotByLying) >= positionIn(trueList, truthful);
      }),
      { seed: PROPERTY_SEED, numRuns: 1000 },
    );
    expect(result.failed).toBe(true);
  });
});

/** Round k: every unplaced worker applies to her k-th choice; places are filled for good, by priority. */
function allocateByImmediateAcceptance(spec: MarketSpec): number[] {
  const jobOf = spec.lists.map(() => -1);
  const left = [...spec.capacity];
  const longest = Math.max(0, ...spec.lists.map((l) => l.length));
  for (let round = 0; round < longest; round++) {
    const applicants = spec.lists
      .map((list, w) => ({ w, j: list[round] }))
      .filter(({ w, j }) => jobOf[w] === -1 && j !== undefined && specKey(spec, w, j) >= 0)
      .sort((a, b) => specKey(spec, b.w, b.j) - specKey(spec, a.w, a.j));
    for (const { w, j } of applicants) {
      if (left[j] > 0) {
        left[j]--;
        jobOf[w] = j;
      }
    }
  }
  return jobOf;
}
