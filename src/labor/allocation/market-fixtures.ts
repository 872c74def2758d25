/**
 * Small random markets for the property tests, described densely so that tests can change one
 * worker's list (strategy-proofness) or enumerate every allocation (worker-optimality) and rebuild.
 * Used by tests only.
 */
import fc from 'fast-check';
import { NOT_ACCEPTED, priorityKey, type Market } from './market.ts';

export interface MarketSpec {
  capacity: number[];
  /** Each worker's ranked job orders, best first. */
  lists: number[][];
  /** score[w][j]: the job order's score for the worker, or −1 when it does not accept her. Small, so ties happen. */
  score: number[][];
  /** A permutation of 0..W-1: the lottery. */
  lottery: number[];
}

/** Seed for every fast-check run in these tests, so that failures reproduce. */
export const PROPERTY_SEED = 20_261_127;

/** The job order's priority key for worker w (−1 when it does not accept her). */
export function specKey(spec: MarketSpec, w: number, j: number): number {
  const score = spec.score[w][j];
  return score < 0 ? NOT_ACCEPTED : priorityKey(score, spec.lottery[w], Math.max(1, spec.lottery.length));
}

export function marketFromSpec(spec: MarketSpec): Market {
  const W = spec.lists.length;
  const prefStart = new Int32Array(W + 1);
  const prefJob: number[] = [];
  const priority: number[] = [];
  spec.lists.forEach((list, w) => {
    for (const j of list) {
      prefJob.push(j);
      priority.push(specKey(spec, w, j));
    }
    prefStart[w + 1] = prefJob.length;
  });
  return {
    workerCount: W,
    jobCount: spec.capacity.length,
    capacity: Int32Array.from(spec.capacity),
    prefStart,
    prefJob: Int32Array.from(prefJob),
    priority: Float64Array.from(priority),
    lotteryBase: Math.max(1, W),
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** Random markets with up to `maxWorkers` workers, `maxJobs` job orders and capacities up to `maxCapacity`. */
export function arbitraryMarketSpec(
  maxWorkers: number,
  maxJobs: number,
  maxCapacity = 3,
  maxListLength = maxJobs,
): fc.Arbitrary<MarketSpec> {
  return fc
    .record({ W: fc.integer({ min: 1, max: maxWorkers }), J: fc.integer({ min: 1, max: maxJobs }) })
    .chain(({ W, J }) =>
      fc.record({
        capacity: fc.array(fc.integer({ min: 0, max: maxCapacity }), { minLength: J, maxLength: J }),
        lists: fc.array(fc.shuffledSubarray(range(J), { maxLength: Math.min(J, maxListLength) }), {
          minLength: W,
          maxLength: W,
        }),
        score: fc.array(fc.array(fc.integer({ min: -1, max: 3 }), { minLength: J, maxLength: J }), {
          minLength: W,
          maxLength: W,
        }),
        lottery: fc.shuffledSubarray(range(W), { minLength: W, maxLength: W }),
      }),
    );
}

/**
 * Stability and feasibility checked the slow, obvious way, independently of verify-allocation.ts: for
 * every worker and every job order she prefers, look at everyone that job order holds.
 */
export function isStableByDefinition(spec: MarketSpec, jobOf: ArrayLike<number>): boolean {
  const W = spec.lists.length;
  const held: number[][] = spec.capacity.map(() => []);
  for (let w = 0; w < W; w++) {
    const j = jobOf[w];
    if (j === -1) continue;
    if (!spec.lists[w].includes(j) || specKey(spec, w, j) < 0) return false;
    held[j].push(w);
  }
  if (held.some((ws, j) => ws.length > spec.capacity[j])) return false;
  for (let w = 0; w < W; w++) {
    for (const j of spec.lists[w]) {
      if (j === jobOf[w]) break;
      const key = specKey(spec, w, j);
      if (key < 0) continue;
      if (held[j].length < spec.capacity[j]) return false;
      if (held[j].some((other) => specKey(spec, other, j) < key)) return false;
    }
  }
  return true;
}

/** Position of job order j in worker w's list; Infinity when absent or unplaced (−1). */
export function positionIn(list: readonly number[], j: number): number {
  const i = j === -1 ? -1 : list.indexOf(j);
  return i === -1 ? Infinity : i;
}

/** Every allocation of a small market (each worker: unplaced or one job order on her list). */
export function* enumerateAllocations(spec: MarketSpec): Generator<Int32Array> {
  const W = spec.lists.length;
  const current = new Int32Array(W).fill(-1);
  function* place(w: number): Generator<Int32Array> {
    if (w === W) {
      yield current.slice();
      return;
    }
    for (const j of [-1, ...spec.lists[w]]) {
      current[w] = j;
      yield* place(w + 1);
    }
    current[w] = -1;
  }
  yield* place(0);
}
