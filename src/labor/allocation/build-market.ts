/**
 * Builds the compact market of one round from domain records: the job orders with their places and
 * criteria, and the workers with their profiles and ranked lists. The database-backed round (others'
 * code) loads these records, calls this, then allocateWorkers, findAllocationViolation and
 * explainPlacement, and maps indices back through `workerIds` and `jobOrderIds`.
 *
 * For a later round offering unfilled places, pass each job order with its remaining places and only
 * the workers not yet placed, with their current lists; the lottery seed stays the same so that ties
 * break the same way (draw-lottery.ts).
 */
import { drawLottery } from './draw-lottery.ts';
import { NOT_ACCEPTED, priorityKey, type IdentifiedMarket } from './market.ts';
import { MAX_SCORE, scoreWorker, type JobOrderCriteria, type WorkerProfile } from './score-worker.ts';

export interface JobOrderForRound {
  /** Places offered in this round. */
  capacity: number;
  criteria: JobOrderCriteria;
}

export interface WorkerForRound {
  profile: WorkerProfile;
  /** Job order ids, most wanted first. Only job orders in the round may appear, each once. */
  rankedJobOrderIds: readonly string[];
}

/**
 * @example
 *   const { market, workerIds, jobOrderIds } = buildMarket(jobOrders, workers, '2027-round-1');
 *   const { jobOf } = allocateWorkers(market);
 *   const placedIn = jobOf[0] === -1 ? null : jobOrderIds[jobOf[0]];
 */
export function buildMarket(
  jobOrders: readonly JobOrderForRound[],
  workers: readonly WorkerForRound[],
  lotterySeed: string,
): IdentifiedMarket {
  const jobOrderIds = jobOrders.map((jo) => jo.criteria.jobOrderId);
  const jobIndex = new Map<string, number>();
  jobOrderIds.forEach((id, j) => {
    if (jobIndex.has(id)) throw new Error(`job order ${id} appears twice in the round`);
    jobIndex.set(id, j);
  });
  const capacity = new Int32Array(jobOrders.length);
  jobOrders.forEach((jo, j) => {
    if (!Number.isInteger(jo.capacity) || jo.capacity < 0) {
      throw new Error(`job order ${jo.criteria.jobOrderId} has capacity ${jo.capacity}`);
    }
    capacity[j] = jo.capacity;
  });

  const workerIds = workers.map((w) => w.profile.workerId);
  const lottery = drawLottery(lotterySeed, workerIds);
  const lotteryBase = Math.max(1, workers.length);
  if ((MAX_SCORE + 1) * lotteryBase > Number.MAX_SAFE_INTEGER) throw new Error('too many workers for exact keys');

  let pairs = 0;
  for (const w of workers) pairs += w.rankedJobOrderIds.length;
  const prefStart = new Int32Array(workers.length + 1);
  const prefJob = new Int32Array(pairs);
  const priority = new Float64Array(pairs);
  let e = 0;
  workers.forEach((worker, w) => {
    const listed = new Set<string>();
    for (const id of worker.rankedJobOrderIds) {
      const j = jobIndex.get(id);
      // A ranked job order missing from the round is a caller error (withdrawn job orders must be
      // removed from lists before the run, visibly), never something to drop silently.
      if (j === undefined) throw new Error(`worker ${worker.profile.workerId} ranks job order ${id}, not in the round`);
      if (listed.has(id)) throw new Error(`worker ${worker.profile.workerId} ranks job order ${id} twice`);
      listed.add(id);
      const score = scoreWorker(jobOrders[j].criteria, worker.profile);
      prefJob[e] = j;
      priority[e] = score.accepted ? priorityKey(score.total, lottery[w], lotteryBase) : NOT_ACCEPTED;
      e++;
    }
    prefStart[w + 1] = e;
  });

  return {
    market: {
      workerCount: workers.length,
      jobCount: jobOrders.length,
      capacity,
      prefStart,
      prefJob,
      priority,
      lotteryBase,
    },
    workerIds,
    jobOrderIds,
  };
}
