import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMarket, type JobOrderForRound, type WorkerForRound } from './build-market.ts';
import { allocateWorkers } from './deferred-acceptance.ts';
import { drawLottery, lotteryHash } from './draw-lottery.ts';
import { PROPERTY_SEED } from './market-fixtures.ts';
import { decodePriority, NOT_ACCEPTED } from './market.ts';
import { MAX_SCORE, SCORE_POINTS, scoreWorker, type JobOrderCriteria, type WorkerProfile } from './score-worker.ts';
import { findAllocationViolation } from './verify-allocation.ts';

function buildJobOrder(overrides: Partial<JobOrderCriteria> = {}): JobOrderCriteria {
  return {
    jobOrderId: 'jo-1',
    minExperienceSeasons: 0,
    requiredLanguages: [],
    skills: ['pruning', 'tractor'],
    languages: ['es', 'en'],
    namedWorkerIds: [],
    ...overrides,
  };
}

function buildWorker(overrides: Partial<WorkerProfile> = {}): WorkerProfile {
  return { workerId: 'w-1', experienceSeasons: 3, skills: ['pruning'], languages: ['es'], ...overrides };
}

describe('scoreWorker', () => {
  it('adds the published points', () => {
    expect(scoreWorker(buildJobOrder(), buildWorker())).toEqual({
      accepted: true,
      total: 420,
      experience: 120,
      skills: 200,
      languages: 100,
      named: 0,
    });
    const best = buildWorker({ experienceSeasons: 25, skills: ['tractor', 'pruning'], languages: ['en', 'es', 'fr'] });
    expect(scoreWorker(buildJobOrder({ namedWorkerIds: ['w-1'] }), best)).toMatchObject({ total: MAX_SCORE });
    expect(scoreWorker(buildJobOrder({ skills: [] }), buildWorker({ skills: [] }))).toMatchObject({ skills: 400 });
  });

  it('does not accept a worker who misses a hard requirement, named or not', () => {
    expect(scoreWorker(buildJobOrder({ minExperienceSeasons: 4 }), buildWorker())).toEqual({
      accepted: false,
      reason: 'BELOW_MIN_EXPERIENCE',
    });
    expect(
      scoreWorker(buildJobOrder({ requiredLanguages: ['en'], namedWorkerIds: ['w-1'] }), buildWorker()),
    ).toEqual({ accepted: false, reason: 'MISSING_REQUIRED_LANGUAGE' });
  });

  it('ranks a named returning worker above every worker the employer did not name', () => {
    const profile = fc.record({
      workerId: fc.constantFrom('a', 'b'),
      experienceSeasons: fc.integer({ min: 0, max: 30 }),
      skills: fc.subarray(['pruning', 'tractor', 'packing']),
      languages: fc.subarray(['es', 'en', 'fr']),
    });
    fc.assert(
      fc.property(profile, profile, (named, other) => {
        const jobOrder = buildJobOrder({ namedWorkerIds: ['a'] });
        const a = scoreWorker(jobOrder, { ...named, workerId: 'a' });
        const b = scoreWorker(jobOrder, { ...other, workerId: 'b' });
        if (a.accepted && b.accepted) expect(a.total).toBeGreaterThan(b.total);
      }),
      { seed: PROPERTY_SEED },
    );
  });
});

describe('drawLottery', () => {
  it('is a seeded permutation that anyone can recompute from the hashes', () => {
    const ids = Array.from({ length: 50 }, (_, i) => `w-${i}`);
    const rank = drawLottery('2027-round-1', ids);
    expect([...rank].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i));
    expect(drawLottery('2027-round-1', ids)).toEqual(rank);
    expect(drawLottery('2027-round-2', ids)).not.toEqual(rank);
    const byHash = [...ids].sort((a, b) => (lotteryHash('2027-round-1', a) < lotteryHash('2027-round-1', b) ? -1 : 1));
    expect(byHash.map((id) => rank[ids.indexOf(id)])).toEqual(ids.map((_, i) => i));
  });

  it('keeps the order of the workers in a later round with fewer of them', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `w-${i}`);
    const all = drawLottery('s', ids);
    const some = ids.filter((_, i) => i % 3 === 0);
    const later = drawLottery('s', some);
    for (let a = 0; a < some.length; a++) {
      for (let b = 0; b < some.length; b++) {
        expect(later[a] < later[b]).toBe(all[ids.indexOf(some[a])] < all[ids.indexOf(some[b])]);
      }
    }
  });

  it('refuses a worker id given twice', () => {
    expect(() => drawLottery('s', ['w-1', 'w-2', 'w-1'])).toThrow(/twice/);
  });
});

describe('buildMarket', () => {
  const jobOrders: JobOrderForRound[] = [
    { capacity: 1, criteria: buildJobOrder({ jobOrderId: 'orchard', namedWorkerIds: ['ana'] }) },
    { capacity: 2, criteria: buildJobOrder({ jobOrderId: 'greenhouse', minExperienceSeasons: 2 }) },
  ];
  const workers: WorkerForRound[] = [
    { profile: buildWorker({ workerId: 'ana', experienceSeasons: 1 }), rankedJobOrderIds: ['orchard', 'greenhouse'] },
    { profile: buildWorker({ workerId: 'luis', experienceSeasons: 9 }), rankedJobOrderIds: ['orchard'] },
  ];

  it('keys each pair by the published score and the lottery, −1 where not accepted', () => {
    const { market, workerIds, jobOrderIds } = buildMarket(jobOrders, workers, 'seed');
    expect(workerIds).toEqual(['ana', 'luis']);
    expect(jobOrderIds).toEqual(['orchard', 'greenhouse']);
    expect(Array.from(market.prefJob)).toEqual([0, 1, 0]);
    const lottery = drawLottery('seed', workerIds);
    expect(decodePriority(market.priority[0], market.lotteryBase)).toEqual({
      score: 40 + 200 + 100 + SCORE_POINTS.namedWorker,
      lottery: lottery[0],
    });
    expect(market.priority[1]).toBe(NOT_ACCEPTED);
    // The named returning worker takes the one orchard place despite less experience.
    expect(Array.from(allocateWorkers(market).jobOf)).toEqual([0, -1]);
  });

  it('refuses rankings of job orders outside the round, repeated rankings and bad capacities', () => {
    const ranks = (ids: string[]): WorkerForRound[] => [{ profile: buildWorker(), rankedJobOrderIds: ids }];
    expect(() => buildMarket(jobOrders, ranks(['vineyard']), 's')).toThrow(/not in the round/);
    expect(() => buildMarket(jobOrders, ranks(['orchard', 'orchard']), 's')).toThrow(/twice/);
    expect(() => buildMarket([{ ...jobOrders[0], capacity: -1 }], [], 's')).toThrow(/capacity/);
  });

  it('scores every pair exactly as scoreWorker does', () => {
    const codes = fc.subarray(['pruning', 'tractor', 'packing', 'pruning']);
    const langs = fc.subarray(['es', 'en', 'fr', 'es']);
    const market = fc
      .record({ jobs: fc.integer({ min: 1, max: 6 }), workers: fc.integer({ min: 1, max: 10 }) })
      .chain(({ jobs, workers: n }) =>
        fc.record({
          jobOrders: fc.array(
            fc.record({
              minExperienceSeasons: fc.integer({ min: 0, max: 3 }),
              requiredLanguages: fc.subarray(['es', 'en']),
              skills: codes,
              languages: langs,
              namedWorkerIds: fc.subarray(Array.from({ length: n }, (_, i) => `w${i}`)),
            }),
            { minLength: jobs, maxLength: jobs },
          ),
          workers: fc.array(
            fc.record({
              experienceSeasons: fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double({ min: 0, max: 12, noNaN: true })),
              skills: fc.subarray(['pruning', 'tractor', 'packing', 'milking']),
              languages: fc.subarray(['es', 'en', 'fr', 'ht']),
              ranked: fc.shuffledSubarray(Array.from({ length: jobs }, (_, j) => `j${j}`)),
            }),
            { minLength: n, maxLength: n },
          ),
        }),
      );
    fc.assert(
      fc.property(market, (m) => {
        const jos: JobOrderForRound[] = m.jobOrders.map((c, j) => ({ capacity: 1, criteria: { ...c, jobOrderId: `j${j}` } }));
        const ws: WorkerForRound[] = m.workers.map((w, i) => ({
          profile: { workerId: `w${i}`, experienceSeasons: w.experienceSeasons, skills: w.skills, languages: w.languages },
          rankedJobOrderIds: w.ranked,
        }));
        const { market: built } = buildMarket(jos, ws, 'scores');
        const lottery = drawLottery('scores', ws.map((w) => w.profile.workerId));
        ws.forEach((w, i) => {
          w.rankedJobOrderIds.forEach((id, r) => {
            const expected = scoreWorker(jos[Number(id.slice(1))].criteria, w.profile);
            const key = built.priority[built.prefStart[i] + r];
            if (!expected.accepted) expect(key).toBe(NOT_ACCEPTED);
            else expect(decodePriority(key, built.lotteryBase)).toEqual({ score: expected.total, lottery: lottery[i] });
          });
        });
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it('places every named returning worker who ranks the employer first, when it ranks her within capacity', () => {
    const market = fc
      .record({ jobs: fc.integer({ min: 1, max: 5 }), workers: fc.integer({ min: 1, max: 14 }) })
      .chain(({ jobs, workers: n }) =>
        fc.record({
          capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: jobs, maxLength: jobs }),
          named: fc.array(fc.subarray(Array.from({ length: n }, (_, i) => `w${i}`)), { minLength: jobs, maxLength: jobs }),
          minSeasons: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: jobs, maxLength: jobs }),
          workers: fc.array(
            fc.record({
              experienceSeasons: fc.integer({ min: 0, max: 12 }),
              skills: fc.subarray(['pruning', 'tractor']),
              languages: fc.subarray(['es', 'en']),
              ranked: fc.shuffledSubarray(Array.from({ length: jobs }, (_, j) => `j${j}`)),
            }),
            { minLength: n, maxLength: n },
          ),
        }),
      );
    let exercised = 0;
    fc.assert(
      fc.property(market, (m) => {
        const jos: JobOrderForRound[] = m.capacity.map((capacity, j) => ({
          capacity,
          criteria: buildJobOrder({ jobOrderId: `j${j}`, namedWorkerIds: m.named[j], minExperienceSeasons: m.minSeasons[j] }),
        }));
        const ws: WorkerForRound[] = m.workers.map((w, i) => ({
          profile: { workerId: `w${i}`, experienceSeasons: w.experienceSeasons, skills: w.skills, languages: w.languages },
          rankedJobOrderIds: w.ranked,
        }));
        const built = buildMarket(jos, ws, 'property');
        const { jobOf } = allocateWorkers(built.market);
        expect(findAllocationViolation(built.market, jobOf)).toBeUndefined();
        const { prefStart, priority } = built.market;
        ws.forEach((w, i) => {
          const first = w.rankedJobOrderIds[0];
          if (first === undefined) return;
          const j = built.jobOrderIds.indexOf(first);
          const key = priority[prefStart[i]];
          if (!m.named[j].includes(w.profile.workerId) || key < 0) return;
          // How many applicants to j the job order ranks above her.
          let ahead = 0;
          ws.forEach((o, k) => {
            const e = o.rankedJobOrderIds.indexOf(first);
            if (k !== i && e !== -1 && priority[prefStart[k] + e] > key) ahead++;
          });
          if (ahead < m.capacity[j]) {
            exercised++;
            expect(jobOf[i]).toBe(j);
          }
        });
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
    // The property must not hold vacuously.
    expect(exercised).toBeGreaterThan(100);
  });
});
