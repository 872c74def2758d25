/**
 * The check an allocation must pass before it is published, independent of how it was computed
 * (matching.md §3.2 "Deferred acceptance"): feasibility, then stability by an O(E) blocking-pair scan.
 *
 * A pair (w, j) blocks when w ranks j above her placement (or is unplaced), j accepts w, and j either
 * has a free place or holds a worker it ranks below w. Then both would rather deal with each other
 * than keep the result, which is what stability rules out (Gale & Shapley 1962; Roth 1984, JPE 92(6)).
 * Knowing each job order's weakest held key makes each pair an O(1) test.
 */
import type { Market } from './market.ts';

export type AllocationViolation =
  | { kind: 'WRONG_LENGTH'; expected: number; actual: number }
  | { kind: 'UNKNOWN_JOB_ORDER'; worker: number; jobOrder: number }
  /** Placed in a job order the worker did not rank. */
  | { kind: 'UNRANKED_JOB_ORDER'; worker: number; jobOrder: number }
  /** Placed in a job order that does not accept the worker. */
  | { kind: 'NOT_ACCEPTED'; worker: number; jobOrder: number }
  | { kind: 'OVER_CAPACITY'; jobOrder: number; placed: number; capacity: number }
  /**
   * Worker and job order would both rather be matched: the job order has a free place, or
   * `displacedWorker` is the lowest-priority worker it holds and ranks below `worker`.
   */
  | { kind: 'BLOCKING_PAIR'; worker: number; jobOrder: number; displacedWorker: number | null };

/**
 * Returns the first violation found, or undefined when the allocation is feasible and stable.
 * Checks in order: length, each placement (known, ranked, accepted), capacities, blocking pairs.
 *
 * @example
 *   const violation = findAllocationViolation(market, allocateWorkers(market).jobOf);
 *   if (violation) throw new Error(`refusing to publish: ${violation.kind}`);
 */
export function findAllocationViolation(market: Market, jobOf: Int32Array): AllocationViolation | undefined {
  const { workerCount: W, jobCount: J, capacity, prefStart, prefJob, priority } = market;
  if (jobOf.length !== W) return { kind: 'WRONG_LENGTH', expected: W, actual: jobOf.length };

  const placed = new Int32Array(J);
  const weakestKey = new Float64Array(J).fill(Infinity);
  const weakestWorker = new Int32Array(J).fill(-1);
  // Where each worker's placement sits in her list; the blocking scan stops there.
  const stop = new Int32Array(W);

  for (let w = 0; w < W; w++) {
    const j = jobOf[w];
    const start = prefStart[w];
    const end = prefStart[w + 1];
    if (j === -1) {
      stop[w] = end;
      continue;
    }
    if (!(j >= 0 && j < J)) return { kind: 'UNKNOWN_JOB_ORDER', worker: w, jobOrder: j };
    let e = start;
    while (e < end && prefJob[e] !== j) e++;
    if (e === end) return { kind: 'UNRANKED_JOB_ORDER', worker: w, jobOrder: j };
    const key = priority[e];
    if (key < 0) return { kind: 'NOT_ACCEPTED', worker: w, jobOrder: j };
    stop[w] = e;
    placed[j]++;
    if (key < weakestKey[j]) {
      weakestKey[j] = key;
      weakestWorker[j] = w;
    }
  }

  for (let j = 0; j < J; j++) {
    if (placed[j] > capacity[j]) return { kind: 'OVER_CAPACITY', jobOrder: j, placed: placed[j], capacity: capacity[j] };
  }

  // The key a worker must beat to block with job order j: −0.5 when it has a free place (every key of
  // an accepted worker, ≥ 0, beats it; −1 does not), else its weakest held key. One array per pair.
  const bar = new Float64Array(J);
  for (let j = 0; j < J; j++) bar[j] = placed[j] < capacity[j] ? -0.5 : weakestKey[j];
  for (let w = 0; w < W; w++) {
    const end = stop[w];
    for (let e = prefStart[w]; e < end; e++) {
      const j = prefJob[e];
      if (priority[e] > bar[j]) {
        const displacedWorker = placed[j] < capacity[j] ? null : weakestWorker[j];
        return { kind: 'BLOCKING_PAIR', worker: w, jobOrder: j, displacedWorker };
      }
    }
  }
  return undefined;
}
