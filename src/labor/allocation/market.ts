/**
 * The compact form of one allocation round ("a market"): workers, job orders, each worker's ranked
 * list and each job order's priority over the workers who ranked it.
 *
 * Workers and job orders are numbered 0..n-1 and everything lives in typed arrays, because the
 * deferred-acceptance core must handle 200,000 workers × 50 ranked job orders (10 M pairs) in well
 * under a second; objects per pair would cost an order of magnitude (matching.md §2.4, §4).
 *
 * Preference lists use the CSR layout: worker w's list is `prefJob[prefStart[w] .. prefStart[w+1])`,
 * best first. `priority[e]` is the priority *the job order* `prefJob[e]` gives worker w, stored beside
 * the pair so that the core looks it up in O(1) instead of searching the job order's ranking.
 *
 * Priority key: `score × lotteryBase + lottery`, higher is better, or −1 when the job order does not
 * accept the worker. The lottery is one platform-wide number per worker in [0, lotteryBase) (see
 * lottery.ts), so two workers never tie at a job order: strict priorities make the worker-optimal
 * stable matching unique (Roth 2008, §2; matching.md §1.1 "Ties").
 */

export interface Market {
  workerCount: number;
  jobCount: number;
  /** Places per job order. */
  capacity: Int32Array;
  /** CSR offsets, length workerCount + 1. */
  prefStart: Int32Array;
  /** Job order indices, each worker's list best first. */
  prefJob: Int32Array;
  /** Job order's priority key for the worker of each pair; −1 = does not accept the worker. */
  priority: Float64Array;
  /** The lottery range: lottery numbers are in [0, lotteryBase). */
  lotteryBase: number;
}

/** A market together with the stable identifiers of its workers and job orders. */
export interface IdentifiedMarket {
  market: Market;
  workerIds: readonly string[];
  jobOrderIds: readonly string[];
}

export const NOT_ACCEPTED = -1;

/**
 * The priority key for a score and a lottery number. Scores are whole points so that the key is an
 * exact integer in a float64 (below 2^53): no rounding can reorder two workers.
 *
 * @example priorityKey(740, 12, 1000) // 740012
 */
export function priorityKey(score: number, lottery: number, lotteryBase: number): number {
  if (!Number.isInteger(score) || score < 0) throw new Error(`score must be a whole number ≥ 0, got ${score}`);
  if (!Number.isInteger(lottery) || lottery < 0 || lottery >= lotteryBase) {
    throw new Error(`lottery must be a whole number in [0, ${lotteryBase}), got ${lottery}`);
  }
  const key = score * lotteryBase + lottery;
  if (key > Number.MAX_SAFE_INTEGER) throw new Error('priority key exceeds 2^53: lower the score scale');
  return key;
}

/** Splits a priority key back into the published score and the lottery number. */
export function decodePriority(key: number, lotteryBase: number): { score: number; lottery: number } {
  const score = Math.floor(key / lotteryBase);
  return { score, lottery: key - score * lotteryBase };
}

/**
 * Throws when the arrays do not form a well-formed market: wrong lengths, offsets out of order,
 * unknown job orders, a job order listed twice by one worker, negative capacities or keys that are
 * neither −1 nor whole numbers. O(E); run it on anything read from outside.
 */
export function assertValidMarket(market: Market): void {
  const { workerCount: W, jobCount: J, capacity, prefStart, prefJob, priority, lotteryBase } = market;
  const fail = (why: string): never => {
    throw new Error(`invalid market: ${why}`);
  };
  if (!Number.isInteger(W) || W < 0 || !Number.isInteger(J) || J < 0) fail('counts must be whole numbers');
  if (!Number.isInteger(lotteryBase) || lotteryBase < 1) fail('lotteryBase must be a whole number ≥ 1');
  if (capacity.length !== J) fail(`capacity has ${capacity.length} entries for ${J} job orders`);
  if (prefStart.length !== W + 1) fail(`prefStart has ${prefStart.length} entries for ${W} workers`);
  if (prefStart[0] !== 0 || prefStart[W] !== prefJob.length) fail('prefStart must run from 0 to the pair count');
  if (priority.length !== prefJob.length) fail('priority and prefJob differ in length');
  for (let j = 0; j < J; j++) if (capacity[j] < 0) fail(`job order ${j} has a negative capacity`);
  // Stamp array: seen[j] === w + 1 when worker w already listed j, so no clearing between workers.
  const seen = new Int32Array(J);
  for (let w = 0; w < W; w++) {
    const start = prefStart[w];
    const end = prefStart[w + 1];
    if (end < start) fail(`prefStart decreases at worker ${w}`);
    for (let e = start; e < end; e++) {
      const j = prefJob[e];
      if (j < 0 || j >= J) fail(`worker ${w} ranks unknown job order ${j}`);
      if (seen[j] === w + 1) fail(`worker ${w} ranks job order ${j} twice`);
      seen[j] = w + 1;
      const k = priority[e];
      if (k !== NOT_ACCEPTED && !(Number.isInteger(k) && k >= 0 && k <= Number.MAX_SAFE_INTEGER)) {
        fail(`priority ${k} of worker ${w} at job order ${j} is not a whole number ≥ 0 or −1`);
      }
    }
  }
}

/** Job orders ranked by a worker, best first (a view, not a copy). */
export function listRankedJobs(market: Market, worker: number): Int32Array {
  return market.prefJob.subarray(market.prefStart[worker], market.prefStart[worker + 1]);
}
