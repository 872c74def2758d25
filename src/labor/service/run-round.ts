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
 */
import { sql } from 'kysely';
import { jsonb, type Db } from '../../platform/db.ts';
import type { JobContext } from '../../platform/jobs.ts';
import { buildMarket, type JobOrderForRound, type WorkerForRound } from '../allocation/build-market.ts';
import { allocateWorkers } from '../allocation/deferred-acceptance.ts';
import { computeCutoffs, explainPlacement } from '../allocation/explain-placement.ts';
import { decodePriority, type Market } from '../allocation/market.ts';
import { findAllocationViolation } from '../allocation/verify-allocation.ts';
import { ALLOCATABLE_STATUSES } from '../labor.policy.ts';

/** Refusal kinds in stored explanations: compact tuples keep 200,000 rows small. */
export const REFUSAL_CODES = { NOT_ACCEPTED: 0, NO_PLACES: 1, FULL: 2 } as const;

/**
 * Stored explanation: `r` = refusals as [job order position in the round's job_order_ids, rank, kind,
 * lowestAdmittedScore, lowestAdmittedLottery, yourScore],
 * `l` = the worker's lottery number (the same at every job order). Never another worker's identity.
 */
export interface StoredExplanation {
  l: number;
  r: [number, number, number, number | null, number | null, number | null][];
}

const WRITE_BATCH = 5000;

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

async function loadRound(db: Db, roundId: string) {
  const round = await db.selectFrom('allocation_rounds').selectAll().where('id', '=', roundId).executeTakeFirstOrThrow();
  const jobRows = await db
    .selectFrom('job_orders')
    .select(['id', 'workers_needed', 'requirements', 'named_person_ids'])
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
  const inRound = new Set(jobRows.map((j) => j.id));

  // Rankings of workers whose household is still screened eligible and who hold no offer or placement
  // in the programme. The list comes back as one string: parsing 10 M array elements through the
  // driver's array parser costs more than splitting a string.
  const rows = await sql<{ person_id: string; member_state: string; jobs: string; skills: string[]; experience_seasons: number; languages: string[] }>`
    SELECT wr.person_id, wr.member_state, array_to_string(wr.job_order_ids, ',') AS jobs, wr.skills, wr.experience_seasons, wr.languages
    FROM worker_rankings wr
    JOIN people p ON p.id = wr.person_id
    WHERE wr.round_id = ${roundId}
      AND EXISTS (SELECT 1 FROM screening_results sr WHERE sr.household_id = p.household_id AND sr.programme_code = ${round.programme_code}
                  AND sr.superseded_at IS NULL AND sr.outcome = 'eligible')
      AND NOT EXISTS (SELECT 1 FROM allocation_results ar JOIN allocation_rounds r2 ON r2.id = ar.round_id
                      WHERE ar.person_id = wr.person_id AND r2.programme_code = ${round.programme_code} AND ar.round_id <> ${roundId}
                        AND ar.status IN ('pending','offered','accepted'))
    ORDER BY wr.person_id`.execute(db);
  const workers: WorkerForRound[] = [];
  const memberStates: string[] = [];
  for (const r of rows.rows) {
    // A job order withdrawn since the worker ranked it is dropped from her list, keeping the order.
    const ranked = r.jobs === '' ? [] : r.jobs.split(',').filter((id) => inRound.has(id));
    workers.push({ profile: { workerId: r.person_id, experienceSeasons: r.experience_seasons, skills: r.skills, languages: r.languages }, rankedJobOrderIds: ranked });
    memberStates.push(r.member_state);
  }
  return { round, jobOrders, workers, memberStates };
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

async function allocateAndStore(db: Db, ctx: JobContext, roundId: string): Promise<RoundSummary> {
  const t0 = performance.now();
  const { round, jobOrders, workers, memberStates } = await loadRound(db, roundId);
  const total = workers.length + 4;
  await ctx.progress(1, total);
  const t1 = performance.now();
  const { market, workerIds, jobOrderIds } = buildMarket(jobOrders, workers, round.lottery_seed);
  await ctx.progress(2, total);
  const t2 = performance.now();
  const { jobOf, proposals } = allocateWorkers(market);
  await ctx.progress(3, total);
  const t3 = performance.now();
  const violation = findAllocationViolation(market, jobOf);
  if (violation) throw new Error(`allocation refused: ${violation.kind} (worker ${'worker' in violation ? violation.worker : '-'})`);
  await ctx.progress(4, total);
  const t4 = performance.now();

  const cutoffs = computeCutoffs(market, jobOf);
  let placed = 0;
  // Explanations are built before the write transaction: progress is written on its own connection,
  // which an embedded database (one connection) could not give while a transaction holds it.
  const batches: string[] = [];
  for (let from = 0; from < workerIds.length; from += WRITE_BATCH) {
    const batch: Record<string, unknown>[] = [];
    for (let w = from; w < Math.min(workerIds.length, from + WRITE_BATCH); w++) {
      const e = explainPlacement(market, jobOf, cutoffs, w);
      const explanation: StoredExplanation = {
        l: lotteryOf(market, w),
        r: e.refusals.map((r) =>
          r.kind === 'FULL'
            ? [r.jobOrder, r.rank, REFUSAL_CODES.FULL, r.lowestAdmittedScore, r.lowestAdmittedLottery, r.yourScore]
            : [r.jobOrder, r.rank, REFUSAL_CODES[r.kind], null, null, null],
        ),
      };
      if (e.jobOrder >= 0) placed++;
      batch.push({
        person_id: workerIds[w],
        member_state: memberStates[w],
        job_order_id: e.jobOrder >= 0 ? jobOrderIds[e.jobOrder] : null,
        rank: e.jobOrder >= 0 ? e.rank : null,
        score: e.score,
        explanation,
      });
    }
    batches.push(JSON.stringify(batch));
    await ctx.progress(4 + Math.min(workerIds.length, from + WRITE_BATCH), total);
  }
  const t5 = performance.now();
  return db.transaction().execute(async (trx) => {
    // A re-run (after a failure, or before publishing) replaces the round's unpublished results.
    await trx.deleteFrom('allocation_results').where('round_id', '=', roundId).execute();
    for (const batch of batches) {
      await sql`
        INSERT INTO allocation_results (id, round_id, person_id, member_state, job_order_id, rank, score, explanation)
        SELECT gen_random_uuid(), ${roundId}, x.person_id, x.member_state, x.job_order_id, x.rank, x.score, x.explanation
        FROM jsonb_to_recordset(${batch}::jsonb)
          AS x(person_id uuid, member_state char(2), job_order_id uuid, rank integer, score integer, explanation jsonb)`.execute(trx);
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
    await trx.updateTable('allocation_rounds').set({ status: 'verified', summary: jsonb(summary), job_order_ids: [...jobOrderIds] }).where('id', '=', roundId).execute();
    return summary;
  });
}

/** The worker's lottery number, read back from any pair her job orders accept (the same at all). */
function lotteryOf(market: Market, w: number): number {
  for (let e = market.prefStart[w]; e < market.prefStart[w + 1]; e++) {
    if (market.priority[e] >= 0) return decodePriority(market.priority[e], market.lotteryBase).lottery;
  }
  return 0;
}

function sec(ms: number): number {
  return Math.round(ms) / 1000;
}
