import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateWorkers } from './deferred-acceptance.ts';
import { arbitraryMarketSpec, marketFromSpec, PROPERTY_SEED, type MarketSpec } from './market-fixtures.ts';
import { mergeRounds, residualMarket } from './residual-market.ts';
import { findAllocationViolation } from './verify-allocation.ts';

describe('residualMarket', () => {
  it('offers the places left and freed to the workers not yet placed, without moving earlier placements', () => {
    const first: MarketSpec = {
      capacity: [1, 1],
      lists: [[0], [0], [0]],
      score: [
        [3, 0],
        [2, 0],
        [1, 0],
      ],
      lottery: [0, 1, 2],
    };
    const market = marketFromSpec(first);
    const round1 = allocateWorkers(market).jobOf;
    expect(Array.from(round1)).toEqual([0, -1, -1]);
    // Job order 1 went unfilled; workers 1 and 2 now rank it, and a new worker 3 joins.
    const revised = marketFromSpec({
      capacity: [1, 1],
      lists: [[0], [0, 1], [1], [1]],
      score: [
        [3, 0],
        [2, 0],
        [1, 5],
        [0, 4],
      ],
      lottery: [0, 1, 2, 3],
    });
    const residual = residualMarket(market, round1, revised);
    expect(Array.from(residual.originalWorker)).toEqual([1, 2, 3]);
    expect(Array.from(residual.market.capacity)).toEqual([0, 1]);
    const round2 = allocateWorkers(residual.market).jobOf;
    expect(Array.from(mergeRounds(round1, residual, round2))).toEqual([0, -1, 1, -1]);
  });

  it('keeps every earlier placement and every capacity, and each round is stable on its own (random markets)', () => {
    const twoRounds = arbitraryMarketSpec(10, 5).chain((spec) =>
      fc.record({
        spec: fc.constant(spec),
        extra: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: spec.capacity.length, maxLength: spec.capacity.length }),
        relists: fc.array(fc.shuffledSubarray(spec.capacity.map((_, j) => j)), {
          minLength: spec.lists.length,
          maxLength: spec.lists.length,
        }),
      }),
    );
    fc.assert(
      fc.property(twoRounds, ({ spec, extra, relists }) => {
        const market = marketFromSpec(spec);
        const round1 = allocateWorkers(market).jobOf;
        // Between rounds employers add places and workers rank again.
        const revisedSpec = { ...spec, capacity: spec.capacity.map((c, j) => c + extra[j]), lists: relists };
        const revised = marketFromSpec(revisedSpec);
        const residual = residualMarket(market, round1, revised);
        const round2 = allocateWorkers(residual.market).jobOf;
        expect(findAllocationViolation(residual.market, round2)).toBeUndefined();
        const merged = mergeRounds(round1, residual, round2);
        round1.forEach((j, w) => {
          if (j !== -1) expect(merged[w]).toBe(j);
        });
        const load = revisedSpec.capacity.map(() => 0);
        merged.forEach((j) => {
          if (j !== -1) load[j]++;
        });
        load.forEach((n, j) => expect(n).toBeLessThanOrEqual(revisedSpec.capacity[j]));
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it('fills nothing more when nothing changed (rural-hospital theorem)', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(10, 5), (spec) => {
        const market = marketFromSpec(spec);
        const round1 = allocateWorkers(market).jobOf;
        const residual = residualMarket(market, round1);
        expect(allocateWorkers(residual.market).jobOf.every((j) => j === -1)).toBe(true);
      }),
      { seed: PROPERTY_SEED, numRuns: 200 },
    );
  });
});
