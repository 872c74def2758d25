/**
 * Why each worker got the job order she got and not one she ranked higher.
 *
 * In a stable allocation every job order a worker ranked above her placement either does not accept
 * her, or is full with workers it ranks higher: its lowest-priority admitted worker has a higher
 * score, or the same score and a higher lottery number (Gale & Shapley 1962; matching.md §1.4: "show
 * me who j took instead of me, and their scores"). That makes each refusal checkable by the worker
 * against published numbers. An allocation that is not stable cannot be explained this way, so the
 * explanation refuses it rather than invent a reason.
 */
import { decodePriority, type Market } from './market.ts';

/** Per job order: places taken and the lowest-priority admitted worker. */
export interface Cutoffs {
  placed: Int32Array;
  /** Priority key of the lowest-priority admitted worker; Infinity when nobody was admitted. */
  lowestKey: Float64Array;
  /** That worker, or −1. */
  lowestWorker: Int32Array;
}

export type RefusalReason =
  /** The job order does not accept the worker (a hard requirement is not met). */
  | { kind: 'NOT_ACCEPTED'; jobOrder: number; rank: number }
  /** The job order offers no places in this round. */
  | { kind: 'NO_PLACES'; jobOrder: number; rank: number }
  /** Full with workers it ranks higher; the lowest-ranked of them is named by score and lottery. */
  | {
      kind: 'FULL';
      jobOrder: number;
      rank: number;
      capacity: number;
      lowestAdmittedWorker: number;
      lowestAdmittedScore: number;
      lowestAdmittedLottery: number;
      yourScore: number;
      yourLottery: number;
    };

export interface PlacementExplanation {
  worker: number;
  /** Job order index, or −1 when not placed. */
  jobOrder: number;
  /** Position of that job order in the worker's list, 0 = first choice; −1 when not placed. */
  rank: number;
  /** The worker's score at the job order she got (null when not placed). */
  score: number | null;
  /** One reason for each job order ranked above the placement (all of them when not placed). */
  refusals: RefusalReason[];
}

/** Computes each job order's cutoff once; then each explanation costs O(list length). */
export function computeCutoffs(market: Market, jobOf: Int32Array): Cutoffs {
  const { jobCount: J, prefStart, prefJob, priority } = market;
  const placed = new Int32Array(J);
  const lowestKey = new Float64Array(J).fill(Infinity);
  const lowestWorker = new Int32Array(J).fill(-1);
  for (let w = 0; w < market.workerCount; w++) {
    const j = jobOf[w];
    if (j < 0) continue;
    const end = prefStart[w + 1];
    let e = prefStart[w];
    while (e < end && prefJob[e] !== j) e++;
    if (e === end) throw new Error(`worker ${w} is placed in job order ${j}, which she did not rank`);
    placed[j]++;
    if (priority[e] < lowestKey[j]) {
      lowestKey[j] = priority[e];
      lowestWorker[j] = w;
    }
  }
  return { placed, lowestKey, lowestWorker };
}

/**
 * Explains one worker's placement. Throws if a job order she ranked higher had room for her or held
 * a worker it ranks lower: the allocation is then not stable and must not be published.
 *
 * @example
 *   const cutoffs = computeCutoffs(market, jobOf);
 *   explainPlacement(market, jobOf, cutoffs, 17).refusals[0];
 *   // { kind: 'FULL', jobOrder: 3, rank: 0, lowestAdmittedScore: 760, yourScore: 740, ... }
 */
export function explainPlacement(
  market: Market,
  jobOf: Int32Array,
  cutoffs: Cutoffs,
  worker: number,
): PlacementExplanation {
  const { capacity, prefStart, prefJob, priority, lotteryBase } = market;
  const placedIn = jobOf[worker];
  const start = prefStart[worker];
  const end = prefStart[worker + 1];
  const refusals: RefusalReason[] = [];
  for (let e = start; e < end; e++) {
    const j = prefJob[e];
    const rank = e - start;
    if (j === placedIn) {
      return { worker, jobOrder: j, rank, score: decodePriority(priority[e], lotteryBase).score, refusals };
    }
    const key = priority[e];
    if (key < 0) {
      refusals.push({ kind: 'NOT_ACCEPTED', jobOrder: j, rank });
      continue;
    }
    if (capacity[j] === 0) {
      refusals.push({ kind: 'NO_PLACES', jobOrder: j, rank });
      continue;
    }
    const lowest = cutoffs.lowestKey[j];
    if (cutoffs.placed[j] < capacity[j] || !(lowest > key)) {
      throw new Error(`allocation is not stable: worker ${worker} and job order ${j} block it`);
    }
    const admitted = decodePriority(lowest, lotteryBase);
    const yours = decodePriority(key, lotteryBase);
    refusals.push({
      kind: 'FULL',
      jobOrder: j,
      rank,
      capacity: capacity[j],
      lowestAdmittedWorker: cutoffs.lowestWorker[j],
      lowestAdmittedScore: admitted.score,
      lowestAdmittedLottery: admitted.lottery,
      yourScore: yours.score,
      yourLottery: yours.lottery,
    });
  }
  if (placedIn !== -1) throw new Error(`worker ${worker} is placed in job order ${placedIn}, which she did not rank`);
  return { worker, jobOrder: -1, rank: -1, score: null, refusals };
}
