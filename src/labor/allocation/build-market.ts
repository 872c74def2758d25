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
import { NOT_ACCEPTED, type IdentifiedMarket } from './market.ts';
import { MAX_SCORE, SCORE_POINTS, type JobOrderCriteria, type WorkerProfile } from './score-worker.ts';

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
 * One round's workers in columns, as the database-backed run reads them (no object per worker).
 * `prefJob` holds indices into the job orders passed beside it.
 */
export interface WorkerColumns {
  workerIds: readonly string[];
  experienceSeasons: ArrayLike<number>;
  skills: readonly (readonly string[])[];
  languages: readonly (readonly string[])[];
  /** CSR offsets into prefJob, length workers + 1. */
  prefStart: Int32Array;
  /** Job order indices, each worker's list most wanted first. */
  prefJob: Int32Array;
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
  const jobIndex = new Map<string, number>();
  jobOrders.forEach((jo, j) => {
    if (jobIndex.has(jo.criteria.jobOrderId)) throw new Error(`job order ${jo.criteria.jobOrderId} appears twice in the round`);
    jobIndex.set(jo.criteria.jobOrderId, j);
  });
  let pairs = 0;
  for (const w of workers) pairs += w.rankedJobOrderIds.length;
  const prefStart = new Int32Array(workers.length + 1);
  const prefJob = new Int32Array(pairs);
  let e = 0;
  workers.forEach((worker, w) => {
    for (const id of worker.rankedJobOrderIds) {
      const j = jobIndex.get(id);
      // A ranked job order missing from the round is a caller error (withdrawn job orders must be
      // removed from lists before the run, visibly), never something to drop silently.
      if (j === undefined) throw new Error(`worker ${worker.profile.workerId} ranks job order ${id}, not in the round`);
      prefJob[e++] = j;
    }
    prefStart[w + 1] = e;
  });
  return buildMarketFromColumns(
    jobOrders,
    {
      workerIds: workers.map((w) => w.profile.workerId),
      experienceSeasons: workers.map((w) => w.profile.experienceSeasons),
      skills: workers.map((w) => w.profile.skills),
      languages: workers.map((w) => w.profile.languages),
      prefStart,
      prefJob,
    },
    lotterySeed,
  );
}

/**
 * The same market from columns. Scores every pair with the published rule of score-worker.ts, set-wise:
 * skill and language codes become small integers once, each job order's lists become integer
 * ranges, and each worker's codes are stamped into an array, so a pair costs a few array reads
 * instead of building sets of strings (10 M pairs in a 200,000-worker round). build-market.test.ts
 * checks it against scoreWorker pair by pair.
 */
export function buildMarketFromColumns(
  jobOrders: readonly JobOrderForRound[],
  workers: WorkerColumns,
  lotterySeed: string,
): IdentifiedMarket & { lottery: Uint32Array } {
  const J = jobOrders.length;
  const W = workers.workerIds.length;
  const { prefStart, prefJob } = workers;
  if (prefStart.length !== W + 1 || prefStart[W] !== prefJob.length) throw new Error('prefStart does not match the workers and their lists');
  const jobOrderIds = jobOrders.map((jo) => jo.criteria.jobOrderId);
  if (new Set(jobOrderIds).size !== J) throw new Error('a job order appears twice in the round');
  const capacity = new Int32Array(J);
  jobOrders.forEach((jo, j) => {
    if (!Number.isInteger(jo.capacity) || jo.capacity < 0) {
      throw new Error(`job order ${jo.criteria.jobOrderId} has capacity ${jo.capacity}`);
    }
    capacity[j] = jo.capacity;
  });

  const workerIds = workers.workerIds;
  const lottery = drawLottery(lotterySeed, workerIds);
  const lotteryBase = Math.max(1, W);
  if ((MAX_SCORE + 1) * lotteryBase > Number.MAX_SAFE_INTEGER) throw new Error('too many workers for exact keys');

  // Job order criteria as integer ranges over interned codes (each list deduplicated, as scoreWorker's sets).
  const skillCode = new Map<string, number>();
  const languageCode = new Map<string, number>();
  const intern = (codes: Map<string, number>, value: string): number => {
    let c = codes.get(value);
    if (c === undefined) codes.set(value, (c = codes.size));
    return c;
  };
  const ranges = (lists: (readonly string[])[], codes: Map<string, number>) => {
    const start = new Int32Array(J + 1);
    const items: number[] = [];
    lists.forEach((list, j) => {
      for (const value of new Set(list)) items.push(intern(codes, value));
      start[j + 1] = items.length;
    });
    return { start, items: Int32Array.from(items) };
  };
  const skills = ranges(jobOrders.map((jo) => jo.criteria.skills), skillCode);
  const languages = ranges(jobOrders.map((jo) => jo.criteria.languages), languageCode);
  const required = ranges(jobOrders.map((jo) => jo.criteria.requiredLanguages), languageCode);
  const minSeasons = Float64Array.from(jobOrders, (jo) => jo.criteria.minExperienceSeasons);

  // Named returning workers: one key per (job order, worker) pair.
  const named = new Set<number>();
  if (jobOrders.some((jo) => jo.criteria.namedWorkerIds.length > 0)) {
    const workerIndex = new Map<string, number>();
    workerIds.forEach((id, w) => workerIndex.set(id, w));
    jobOrders.forEach((jo, j) => {
      for (const id of jo.criteria.namedWorkerIds) {
        const w = workerIndex.get(id);
        if (w !== undefined) named.add(j * W + w);
      }
    });
  }

  const P = SCORE_POINTS;
  const priority = new Float64Array(prefJob.length);
  // Stamps: x[code] === w + 1 when worker w has that code (or listed that job order): no clearing.
  const hasSkill = new Int32Array(skillCode.size);
  const speaks = new Int32Array(languageCode.size);
  const listed = new Int32Array(J);
  for (let w = 0; w < W; w++) {
    const stamp = w + 1;
    for (const s of workers.skills[w]) {
      const c = skillCode.get(s);
      if (c !== undefined) hasSkill[c] = stamp;
    }
    for (const l of workers.languages[w]) {
      const c = languageCode.get(l);
      if (c !== undefined) speaks[c] = stamp;
    }
    const seasonsDeclared = workers.experienceSeasons[w];
    const experience = Math.min(Math.max(0, Math.floor(seasonsDeclared)), P.maxExperienceSeasons) * P.perExperienceSeason;
    const lotteryNumber = lottery[w];
    for (let e = prefStart[w]; e < prefStart[w + 1]; e++) {
      const j = prefJob[e];
      if (!(j >= 0 && j < J)) throw new Error(`worker ${workerIds[w]} ranks job order ${j}, not in the round`);
      if (listed[j] === stamp) throw new Error(`worker ${workerIds[w]} ranks job order ${jobOrderIds[j]} twice`);
      listed[j] = stamp;
      let accepted = !(seasonsDeclared < minSeasons[j]);
      for (let k = required.start[j]; accepted && k < required.start[j + 1]; k++) accepted = speaks[required.items[k]] === stamp;
      if (!accepted) {
        priority[e] = NOT_ACCEPTED;
        continue;
      }
      let held = 0;
      for (let k = skills.start[j]; k < skills.start[j + 1]; k++) if (hasSkill[skills.items[k]] === stamp) held++;
      const listedSkills = skills.start[j + 1] - skills.start[j];
      // As scoreWorker: a job order that lists no skills gives everyone full marks.
      const skillPoints = listedSkills === 0 ? P.skills : Math.floor((P.skills * held) / listedSkills);
      let spoken = 0;
      for (let k = languages.start[j]; k < languages.start[j + 1]; k++) if (speaks[languages.items[k]] === stamp) spoken++;
      const total =
        experience +
        skillPoints +
        Math.min(spoken, P.maxLanguages) * P.perLanguage +
        (named.size > 0 && named.has(j * W + w) ? P.namedWorker : 0);
      priority[e] = total * lotteryBase + lotteryNumber;
    }
  }

  return {
    market: { workerCount: W, jobCount: J, capacity, prefStart, prefJob, priority, lotteryBase },
    workerIds,
    jobOrderIds,
    lottery,
  };
}
