/**
 * One allocation run, read from and written to the database: the job orders of the round with the
 * places left, the rankings of workers still screened eligible, the published score, worker-proposing
 * deferred acceptance, the stability check, and one result row per worker with the explanation.
 *
 * Nothing is written unless the allocation passes `findAllocationViolation` (matching.md §3.2): an
 * unstable result fails the job and the round, and workers see nothing. Results are written in one
 * transaction, so a failure half-way leaves the previous state. The run never moves an earlier
 * round's offers: it offers only the places not held by an offer or a placement, to workers without
 * one (a later round, README "Rounds").
 *
 * Sized for 200,000 workers × 50 ranked job orders (README "Benchmark"): rankings are read in pages
 * along the primary key (no sort of wide rows), straight into typed arrays; results are written as
 * integer arrays through unnest (the same SQL on PostgreSQL and PGlite), never one jsonb per worker.
 */
import { sql } from 'kysely';
import { jsonb, type Db } from '../../platform/db.ts';
import type { JobContext } from '../../platform/jobs.ts';
import { buildMarketFromColumns, type JobOrderForRound } from '../allocation/build-market.ts';
import { allocateWorkers } from '../allocation/deferred-acceptance.ts';
import { computeCutoffs } from '../allocation/explain-placement.ts';
import { MAX_SCORE } from '../allocation/score-worker.ts';
import { findAllocationViolation } from '../allocation/verify-allocation.ts';
import { ALLOCATABLE_STATUSES } from '../labor.policy.ts';

/** Workers read per query, and result rows written per statement. */
const READ_PAGE = 25_000;
const WRITE_BATCH = 25_000;

export interface RoundSummary {
  [key: string]: unknown;
  workers: number;
  jobOrders: number;
  places: number;
  pairs: number;
  placed: number;
  proposals: number;
  stable: boolean;
  seconds: { load: number; build: number; allocate: number; verify: number; explain: number; write: number };
}

interface RankingRow {
  person_id: string;
  member_state: string;
  jobs: string;
  skills: string[];
  experience_seasons: number;
  languages: string[];
}

const COMMA = 44;
const ZERO = 48;

async function loadRound(db: Db, roundId: string) {
  const round = await db.selectFrom('allocation_rounds').selectAll().where('id', '=', roundId).executeTakeFirstOrThrow();
  const jobRows = await db
    .selectFrom('job_orders')
    .select(['id', 'number', 'workers_needed', 'requirements', 'named_person_ids'])
    .where('programme_code', '=', round.programme_code)
    .where('status', 'in', [...ALLOCATABLE_STATUSES])
    .orderBy('id')
    .execute();
  // Places held elsewhere: offers and placements of other rounds (declined offers free their place).
  const held = await db
    .selectFrom('allocation_results')
    .select(['job_order_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('round_id', '!=', roundId)
    .where('status', 'in', ['pending', 'offered', 'accepted'])
    .where('job_order_id', 'is not', null)
    .groupBy('job_order_id')
    .execute();
  const heldBy = new Map(held.map((h) => [h.job_order_id as string, Number(h.n)]));
  const jobOrders: JobOrderForRound[] = jobRows.map((j) => {
    const req = j.requirements as { minExperienceSeasons?: number; requiredLanguages?: string[]; skills?: string[]; languages?: string[] };
    return {
      capacity: Math.max(0, j.workers_needed - (heldBy.get(j.id) ?? 0)),
      criteria: {
        jobOrderId: j.id,
        minExperienceSeasons: req.minExperienceSeasons ?? 0,
        requiredLanguages: req.requiredLanguages ?? [],
        skills: req.skills ?? [],
        languages: req.languages ?? [],
        namedWorkerIds: j.named_person_ids,
      },
    };
  });
  const jobIndex = new Map(jobRows.map((j, index) => [j.number, index]));

  // Workers who hold an offer or a placement from another round of the programme take no part: read
  // once (few), rather than tested row by row against every earlier result.
  const holding = await sql<{ person_id: string }>`
    SELECT DISTINCT ar.person_id FROM allocation_results ar JOIN allocation_rounds r2 ON r2.id = ar.round_id
    WHERE r2.programme_code = ${round.programme_code} AND ar.round_id <> ${roundId} AND ar.status IN ('pending','offered','accepted')`.execute(db);
  const holdsOne = new Set(holding.rows.map((h) => h.person_id));

  // Rankings of workers whose household is still screened eligible, in pages along the primary key
  // (round_id, person_id): the index gives the order, so no wide row is sorted. Each list comes back
  // as one string of job order numbers, cheaper to read digit by digit than 10 M array elements
  // through the driver's array parser.
  const page = (after: string) =>
    sql<RankingRow>`
      SELECT wr.person_id, wr.member_state, array_to_string(wr.job_order_numbers, ',') AS jobs, wr.skills, wr.experience_seasons, wr.languages
      FROM worker_rankings wr
      JOIN people p ON p.id = wr.person_id
      WHERE wr.round_id = ${roundId} AND wr.person_id > ${after}
        AND EXISTS (SELECT 1 FROM screening_results sr WHERE sr.household_id = p.household_id AND sr.programme_code = ${round.programme_code}
                    AND sr.superseded_at IS NULL AND sr.outcome = 'eligible')
      ORDER BY wr.person_id
      LIMIT ${READ_PAGE}`.execute(db);

  const workerIds: string[] = [];
  const memberStates: string[] = [];
  const experienceSeasons: number[] = [];
  const skills: string[][] = [];
  const languages: string[][] = [];
  const prefStart: number[] = [0];
  let prefJob = new Int32Array(1 << 20);
  let pairs = 0;
  let next = page('00000000-0000-0000-0000-000000000000');
  for (;;) {
    const { rows } = await next;
    // Ask for the next page before parsing this one: the database works while we parse.
    if (rows.length === READ_PAGE) next = page(rows[rows.length - 1].person_id);
    for (const r of rows) {
      if (holdsOne.has(r.person_id)) continue;
      workerIds.push(r.person_id);
      memberStates.push(r.member_state);
      experienceSeasons.push(r.experience_seasons);
      skills.push(r.skills);
      languages.push(r.languages);
      const listed = r.jobs;
      if (pairs + listed.length > prefJob.length) {
        const grown = new Int32Array(Math.max(prefJob.length * 2, pairs + listed.length));
        grown.set(prefJob.subarray(0, pairs));
        prefJob = grown;
      }
      for (let at = 0; at < listed.length; at++) {
        let n = 0;
        for (let c = listed.charCodeAt(at); c !== COMMA && at < listed.length; c = listed.charCodeAt(++at)) n = n * 10 + (c - ZERO);
        const j = jobIndex.get(n);
        // A job order withdrawn since the worker ranked it is dropped from her list, keeping the order.
        if (j !== undefined) prefJob[pairs++] = j;
      }
      prefStart.push(pairs);
    }
    if (rows.length < READ_PAGE) break;
  }
  return {
    round,
    jobOrders,
    memberStates,
    workers: { workerIds, experienceSeasons, skills, languages, prefStart: Int32Array.from(prefStart), prefJob: prefJob.slice(0, pairs) },
  };
}

/**
 * Runs a round as a job: the caller created the job and set the round running.
 * @example setImmediate(() => void runJob(db, jobId, (ctx) => runAllocationRound(db, ctx, roundId)));
 */
export async function runAllocationRound(db: Db, ctx: JobContext, roundId: string): Promise<RoundSummary> {
  try {
    return await allocateAndStore(db, ctx, roundId);
  } catch (err) {
    await db.updateTable('allocation_rounds').set({ status: 'failed' }).where('id', '=', roundId).execute();
    throw err;
  }
}

/** One statement's worth of result rows, as the parallel arrays unnest reads. */
interface ResultBatch {
  persons: string[];
  states: string[];
  jobOrderIds: (string | null)[];
  ranks: (number | null)[];
  scores: (number | null)[];
  lotteries: number[];
  refusedPositions: string[];
  refusedScores: string[];
}

async function allocateAndStore(db: Db, ctx: JobContext, roundId: string): Promise<RoundSummary> {
  const t0 = performance.now();
  const { round, jobOrders, workers, memberStates } = await loadRound(db, roundId);
  const total = workers.workerIds.length + 4;
  await ctx.progress(1, total);
  const t1 = performance.now();
  const { market, workerIds, jobOrderIds, lottery } = buildMarketFromColumns(jobOrders, workers, round.lottery_seed);
  await ctx.progress(2, total);
  const t2 = performance.now();
  const { jobOf, proposals } = allocateWorkers(market);
  await ctx.progress(3, total);
  const t3 = performance.now();
  const violation = findAllocationViolation(market, jobOf);
  if (violation) throw new Error(`allocation refused: ${violation.kind} (worker ${'worker' in violation ? violation.worker : '-'})`);
  await ctx.progress(4, total);
  const t4 = performance.now();

  // Explanations (explain-placement.ts, stored compactly): every job order ranked above the placement
  // is refused, in order; what is the same for all who ranked a job order (places, lowest admitted
  // score and lottery) is stored once on the round. Built before the write transaction: progress is
  // written on its own connection, which an embedded database (one connection) could not give while
  // a transaction holds it.
  const { capacity, prefStart, prefJob, priority, lotteryBase } = market;
  const cutoffs = computeCutoffs(market, jobOf);
  const cutoffScores: (number | null)[] = [];
  const cutoffLotteries: (number | null)[] = [];
  for (let j = 0; j < market.jobCount; j++) {
    const key = cutoffs.lowestKey[j];
    const admitted = key === Infinity ? null : Math.floor(key / lotteryBase);
    cutoffScores.push(admitted);
    cutoffLotteries.push(admitted === null ? null : key - admitted * lotteryBase);
  }
  // Up to 6 M refusals: their decimal strings are made once and looked up, and each worker's list is
  // joined into one flat string (appending piece by piece left millions of linked string pieces for
  // the garbage collector: ten times slower).
  const positionText = Array.from({ length: market.jobCount }, (_, j) => String(j));
  const scoreText = Array.from({ length: MAX_SCORE + 1 }, (_, n) => String(n));
  const positionParts: string[] = [];
  const scoreParts: string[] = [];
  let placed = 0;
  const batches: ResultBatch[] = [];
  for (let from = 0; from < workerIds.length; from += WRITE_BATCH) {
    const to = Math.min(workerIds.length, from + WRITE_BATCH);
    const batch: ResultBatch = { persons: [], states: [], jobOrderIds: [], ranks: [], scores: [], lotteries: [], refusedPositions: [], refusedScores: [] };
    for (let w = from; w < to; w++) {
      const placedIn = jobOf[w];
      const start = prefStart[w];
      let refused = 0;
      let e = start;
      for (; e < prefStart[w + 1] && prefJob[e] !== placedIn; e++) {
        const j = prefJob[e];
        const key = priority[e];
        // Belt and braces after findAllocationViolation: a job order ranked higher that had room for
        // her, or admitted someone it ranks lower, would make the explanation false.
        if (key >= 0 && capacity[j] > 0 && (cutoffs.placed[j] < capacity[j] || !(cutoffs.lowestKey[j] > key))) {
          throw new Error(`allocation is not stable: worker ${w} and job order ${j} block it`);
        }
        positionParts[refused] = positionText[j];
        scoreParts[refused++] = key < 0 ? 'NULL' : scoreText[Math.floor(key / lotteryBase)];
      }
      const isPlaced = placedIn >= 0;
      if (isPlaced) placed++;
      batch.persons.push(workerIds[w]);
      batch.states.push(memberStates[w]);
      batch.jobOrderIds.push(isPlaced ? jobOrderIds[placedIn] : null);
      batch.ranks.push(isPlaced ? e - start : null);
      batch.scores.push(isPlaced ? Math.floor(priority[e] / lotteryBase) : null);
      batch.lotteries.push(lottery[w]);
      positionParts.length = refused;
      scoreParts.length = refused;
      batch.refusedPositions.push(`{${positionParts.join(',')}}`);
      batch.refusedScores.push(`{${scoreParts.join(',')}}`);
    }
    batches.push(batch);
    await ctx.progress(4 + to, total);
  }
  const t5 = performance.now();
  return db.transaction().execute(async (trx) => {
    // A re-run (after a failure, or before publishing) replaces the round's unpublished results.
    await trx.deleteFrom('allocation_results').where('round_id', '=', roundId).execute();
    for (const b of batches) {
      await sql`
        INSERT INTO allocation_results (id, round_id, person_id, member_state, job_order_id, rank, score, lottery, refused_positions, refused_scores)
        SELECT gen_random_uuid(), ${roundId}, t.person_id, t.member_state, t.job_order_id, t.rank, t.score, t.lottery,
               t.refused_positions::integer[], t.refused_scores::integer[]
        FROM unnest(${b.persons}::uuid[], ${b.states}::char(2)[], ${b.jobOrderIds}::uuid[], ${b.ranks}::integer[], ${b.scores}::integer[],
                    ${b.lotteries}::integer[], ${b.refusedPositions}::text[], ${b.refusedScores}::text[])
          AS t(person_id, member_state, job_order_id, rank, score, lottery, refused_positions, refused_scores)`.execute(trx);
    }
    const t6 = performance.now();
    const places = jobOrders.reduce((n, j) => n + j.capacity, 0);
    const summary: RoundSummary = {
      workers: workerIds.length,
      jobOrders: jobOrderIds.length,
      places,
      pairs: market.prefJob.length,
      placed,
      proposals,
      stable: true,
      seconds: { load: sec(t1 - t0), build: sec(t2 - t1), allocate: sec(t3 - t2), verify: sec(t4 - t3), explain: sec(t5 - t4), write: sec(t6 - t5) },
    };
    await trx
      .updateTable('allocation_rounds')
      .set({
        status: 'verified',
        summary: jsonb(summary),
        job_order_ids: [...jobOrderIds],
        capacities: Array.from(capacity),
        cutoff_scores: cutoffScores,
        cutoff_lotteries: cutoffLotteries,
      })
      .where('id', '=', roundId)
      .execute();
    return summary;
  });
}

function sec(ms: number): number {
  return Math.round(ms) / 1000;
}
