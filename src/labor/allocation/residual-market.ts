/**
 * A later round offering the places left unfilled (issue 5, item 5).
 *
 * By the rural-hospital theorem (Roth 1986, Econometrica 54(2):425–427) every stable allocation fills
 * the same places, so re-running the same lists cannot fill more: a worker left out ranked no job
 * order with room that accepts her. A later round is useful when something changed: workers rank job
 * orders again (new ones, or ones with places freed by declined offers), capacities grow, or new
 * workers become eligible. This runs deferred acceptance on the residual: each job order's places
 * minus those already taken, and only the workers not yet placed. Earlier placements are never moved,
 * so the combined result is stable within each round, not across them: a late worker may outrank
 * someone placed earlier at a job order that is now full. That is the price of keeping offers firm.
 */
import type { Market } from './market.ts';

export interface ResidualMarket {
  market: Market;
  /** Worker index in the revised market for each worker of the residual market. */
  originalWorker: Int32Array;
  /** Workers in the revised market. */
  originalWorkerCount: number;
}

/**
 * @param market the market of the round already run
 * @param jobOf its result
 * @param revised the market as it stands now, with the same worker and job order numbering; it may
 *   append workers and job orders and change lists and capacities. Defaults to `market`.
 *
 * @example
 *   const round2 = residualMarket(market, round1.jobOf, revised);
 *   const combined = mergeRounds(round1.jobOf, round2, allocateWorkers(round2.market).jobOf);
 */
export function residualMarket(market: Market, jobOf: Int32Array, revised: Market = market): ResidualMarket {
  if (revised.workerCount < market.workerCount || revised.jobCount < market.jobCount) {
    throw new Error('the revised market must keep every worker and job order of the round already run');
  }
  if (jobOf.length !== market.workerCount) throw new Error('jobOf does not match the market');
  const capacity = new Int32Array(revised.jobCount);
  capacity.set(revised.capacity);
  for (let w = 0; w < jobOf.length; w++) {
    const j = jobOf[w];
    if (j >= 0) capacity[j] = Math.max(0, capacity[j] - 1);
  }

  let workerCount = 0;
  let pairs = 0;
  for (let w = 0; w < revised.workerCount; w++) {
    if (w < jobOf.length && jobOf[w] !== -1) continue;
    workerCount++;
    pairs += revised.prefStart[w + 1] - revised.prefStart[w];
  }
  const originalWorker = new Int32Array(workerCount);
  const prefStart = new Int32Array(workerCount + 1);
  const prefJob = new Int32Array(pairs);
  const priority = new Float64Array(pairs);
  let r = 0;
  let e = 0;
  for (let w = 0; w < revised.workerCount; w++) {
    if (w < jobOf.length && jobOf[w] !== -1) continue;
    originalWorker[r] = w;
    const start = revised.prefStart[w];
    const end = revised.prefStart[w + 1];
    prefJob.set(revised.prefJob.subarray(start, end), e);
    priority.set(revised.priority.subarray(start, end), e);
    e += end - start;
    prefStart[++r] = e;
  }
  return {
    market: {
      workerCount,
      jobCount: revised.jobCount,
      capacity,
      prefStart,
      prefJob,
      priority,
      // Keys keep their meaning: same scores, same lottery numbers as in the revised market.
      lotteryBase: revised.lotteryBase,
    },
    originalWorker,
    originalWorkerCount: revised.workerCount,
  };
}

/** Placements of both rounds over the revised market's workers. */
export function mergeRounds(jobOf: Int32Array, residual: ResidualMarket, residualJobOf: Int32Array): Int32Array {
  const merged = new Int32Array(residual.originalWorkerCount).fill(-1);
  merged.set(jobOf);
  for (let r = 0; r < residual.originalWorker.length; r++) {
    if (residualJobOf[r] !== -1) merged[residual.originalWorker[r]] = residualJobOf[r];
  }
  return merged;
}
