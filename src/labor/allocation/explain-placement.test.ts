import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateWorkers } from './deferred-acceptance.ts';
import { computeCutoffs, explainPlacement } from './explain-placement.ts';
import { arbitraryMarketSpec, marketFromSpec, PROPERTY_SEED, specKey, type MarketSpec } from './market-fixtures.ts';

describe('explainPlacement', () => {
  it('names, for each job order ranked higher, the lowest admitted score or the refusal', () => {
    // Worker 2 wants job order 0 (full with workers 0 and 1, who score higher), then job order 1
    // (which does not accept her), then job order 2, where she is placed.
    const spec: MarketSpec = {
      capacity: [2, 3, 1],
      lists: [[0], [0], [0, 1, 2]],
      score: [
        [900, 0, 0],
        [760, 0, 0],
        [740, -1, 500],
      ],
      lottery: [2, 0, 1],
    };
    const market = marketFromSpec(spec);
    const { jobOf } = allocateWorkers(market);
    const explanation = explainPlacement(market, jobOf, computeCutoffs(market, jobOf), 2);
    expect(explanation).toEqual({
      worker: 2,
      jobOrder: 2,
      rank: 2,
      score: 500,
      refusals: [
        {
          kind: 'FULL',
          jobOrder: 0,
          rank: 0,
          capacity: 2,
          lowestAdmittedWorker: 1,
          lowestAdmittedScore: 760,
          lowestAdmittedLottery: 0,
          yourScore: 740,
          yourLottery: 1,
        },
        { kind: 'NOT_ACCEPTED', jobOrder: 1, rank: 1 },
      ],
    });
  });

  it('explains an equal score by the lottery, and a job order without places', () => {
    const spec: MarketSpec = {
      capacity: [1, 0],
      lists: [[0], [1, 0]],
      score: [[400], [400, 400]],
      lottery: [1, 0],
    };
    const market = marketFromSpec(spec);
    const { jobOf } = allocateWorkers(market);
    const { refusals, jobOrder } = explainPlacement(market, jobOf, computeCutoffs(market, jobOf), 1);
    expect(jobOrder).toBe(-1);
    expect(refusals).toEqual([
      { kind: 'NO_PLACES', jobOrder: 1, rank: 0 },
      expect.objectContaining({ kind: 'FULL', lowestAdmittedScore: 400, lowestAdmittedLottery: 1, yourLottery: 0 }),
    ]);
  });

  it('refuses to explain an unstable allocation', () => {
    const spec: MarketSpec = { capacity: [1, 1], lists: [[0, 1]], score: [[1, 1]], lottery: [0] };
    const market = marketFromSpec(spec);
    const unstable = Int32Array.from([1]);
    expect(() => explainPlacement(market, unstable, computeCutoffs(market, unstable), 0)).toThrow(/not stable/);
  });

  it('gives every worker of a random market one true reason per job order she ranked higher', () => {
    fc.assert(
      fc.property(arbitraryMarketSpec(12, 6), (spec) => {
        const market = marketFromSpec(spec);
        const { jobOf } = allocateWorkers(market);
        const cutoffs = computeCutoffs(market, jobOf);
        spec.lists.forEach((list, w) => {
          const explanation = explainPlacement(market, jobOf, cutoffs, w);
          expect(explanation.jobOrder).toBe(jobOf[w]);
          const above = jobOf[w] === -1 ? list : list.slice(0, list.indexOf(jobOf[w]));
          expect(explanation.refusals.map((r) => r.jobOrder)).toEqual(above);
          for (const refusal of explanation.refusals) {
            const j = refusal.jobOrder;
            if (refusal.kind === 'NOT_ACCEPTED') expect(specKey(spec, w, j)).toBe(-1);
            if (refusal.kind === 'NO_PLACES') expect(spec.capacity[j]).toBe(0);
            if (refusal.kind === 'FULL') {
              const admitted = spec.lists.map((_, o) => o).filter((o) => jobOf[o] === j);
              expect(admitted).toHaveLength(spec.capacity[j]);
              const lowest = Math.min(...admitted.map((o) => specKey(spec, o, j)));
              expect(specKey(spec, refusal.lowestAdmittedWorker, j)).toBe(lowest);
              expect(lowest).toBeGreaterThan(specKey(spec, w, j));
              expect([refusal.lowestAdmittedScore, refusal.lowestAdmittedLottery]).toEqual([
                spec.score[refusal.lowestAdmittedWorker][j],
                spec.lottery[refusal.lowestAdmittedWorker],
              ]);
              expect([refusal.yourScore, refusal.yourLottery]).toEqual([spec.score[w][j], spec.lottery[w]]);
            }
          }
        });
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });
});
