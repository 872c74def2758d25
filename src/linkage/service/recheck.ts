/**
 * Long linkage work as jobs (progress visible in the web app and the command line): re-checking a
 * member state's whole registry for duplicates, and training the registry model on the registry
 * itself. Job params and results hold counts only, never personal data.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Db, Trx } from '../../platform/db.ts';
import { jsonb } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { createJob, type JobContext } from '../../platform/jobs.ts';
import { runLinkage } from '../engine/linker.ts';
import { explainPair } from '../engine/model.ts';
import * as q from '../linkage.queries.ts';
import { REGISTRY_HEADER, registrySettings, toEngineRow } from '../registry-record.ts';
import { toScored } from '../score-records.ts';
import { checkPeopleForDuplicates, loadModel, queueScoredPair, REGISTRY_SETTINGS_NAME, writeKeysOfPeople } from './check-people.ts';

/** People per transaction in the cross-border look-ups. */
const CHUNK = 200;
/** Records read (and keys rewritten) per query, and pairs queued per transaction. */
const LOAD_CHUNK = 5000;
const QUEUE_CHUNK = 500;
/** From this many records the engine scores on two worker threads. */
const PARALLEL_RECORDS = 50_000;
/** EM and the u estimate need enough pairs; below this the seed model stays in force. */
export const MIN_TRAINING_RECORDS = 1000;

export async function startRecheck(trx: Trx, actor: Actor): Promise<string> {
  const jobId = await createJob(trx, { kind: 'linkage.recheck', memberState: actor.memberState, params: {}, startedBy: actor.userId });
  await recordAudit(trx, auditActorOf(actor), { action: 'linkage.recheck.start', recordType: 'job', recordId: jobId, details: {} });
  return jobId;
}

/**
 * Check every record of a member state again, set-wise: its records are loaded once, their stored
 * blocking keys rewritten, and the engine (engine/linker.ts) blocks and scores them all together
 * with the model in force, term-frequency adjustments included once the registry is big enough to
 * measure them. Pairs at or above the review threshold are queued (a pair already decided keeps its
 * decision) a chunk per transaction. Cross-border candidates, which need both people's consent,
 * are still found per person with indexed look-ups, for the people holding a sharing consent.
 * @example setImmediate(() => void runJob(db, jobId, (ctx) => recheckMemberState(db, ctx, 'MX')))
 */
export async function recheckMemberState(db: Db, ctx: JobContext, memberState: string): Promise<Record<string, unknown>> {
  const ids = (await db
    .selectFrom('people')
    .select('id')
    .where('member_state', '=', memberState)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('linkage_clusters as c').select('c.person_id').whereRef('c.person_id', '=', 'people.id').where('c.merged_into', 'is not', null))))
    .orderBy('created_at')
    .orderBy('id')
    .execute()).map((r) => r.id);
  const loaded = await loadModel(db);
  const totals = { checked: ids.length, candidates: 0, queued: 0, autoMerged: 0 };
  // Progress: loading (and rewriting keys), then queueing, then the cross-border look-ups.
  const work = ids.length * 3;
  await ctx.progress(0, work);
  const people: q.PersonForLinkage[] = [];
  for (let start = 0; start < ids.length; start += LOAD_CHUNK) {
    const chunk = await q.listPeopleForLinkage(db, ids.slice(start, start + LOAD_CHUNK));
    await db.transaction().execute((trx) => writeKeysOfPeople(trx, chunk));
    people.push(...chunk);
    await ctx.progress(Math.min(ids.length, start + LOAD_CHUNK), work);
  }
  const { reviewThreshold, autoMergeThreshold } = await q.findThresholds(db, memberState);
  const result = await runLinkage({ header: [...REGISTRY_HEADER], rows: people.map(toEngineRow), source: new Uint8Array(0) }, registrySettings(), {
    model: loaded.model,
    minProbability: reviewThreshold,
    termFrequency: people.length >= MIN_TRAINING_RECORDS,
    threads: people.length >= PARALLEL_RECORDS ? 2 : 0,
  });
  const { pairs } = result;
  totals.candidates = pairs.scored;
  for (let start = 0; start < pairs.count; start += QUEUE_CHUNK) {
    const end = Math.min(pairs.count, start + QUEUE_CHUNK);
    await db.transaction().execute(async (trx) => {
      for (let k = start; k < end; k++) {
        const i = pairs.left[k];
        const j = pairs.right[k];
        const scored = toScored(j, explainPair(result.model, result.scoring, result.data, i, j));
        const outcome = await queueScoredPair(trx, people[i], people[j], scored, loaded.id, 'batch', autoMergeThreshold);
        if (outcome !== 'none') totals.queued++;
        if (outcome === 'merged') totals.autoMerged++;
      }
    });
    await ctx.progress(ids.length + Math.round((end / pairs.count) * ids.length), work);
  }
  await ctx.progress(ids.length * 2, work);
  const agreementStates = await q.listAgreementStates(db, memberState, 'deduplication');
  const sharing = await q.listPeopleSharingWith(db, memberState, agreementStates);
  for (let start = 0; start < sharing.length; start += CHUNK) {
    const r = await db.transaction().execute((trx) => checkPeopleForDuplicates(trx, sharing.slice(start, start + CHUNK), 'batch', loaded, false));
    totals.candidates += r.candidates;
    totals.queued += r.queued;
    totals.autoMerged += r.autoMerged;
  }
  await ctx.progress(work, work);
  return totals;
}

export async function startTraining(trx: Trx, actor: Actor): Promise<string> {
  const count = await trx.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (Number(count.n) < MIN_TRAINING_RECORDS) {
    throw new DomainError('LINKAGE_TOO_FEW_RECORDS', 'Too few records to train on; the seed model stays in force.', { records: Number(count.n), minimum: MIN_TRAINING_RECORDS });
  }
  const jobId = await createJob(trx, { kind: 'linkage.train', memberState: actor.memberState, params: {}, startedBy: actor.userId });
  await recordAudit(trx, auditActorOf(actor), { action: 'linkage.train.start', recordType: 'job', recordId: jobId, details: {} });
  return jobId;
}

/**
 * Train the registry model without labels on every registration (the parameters are aggregate
 * figures, no personal data) and make it the one in force.
 */
export async function trainRegistryModel(db: Db, ctx: JobContext, trainedBy: string | null): Promise<Record<string, unknown>> {
  const ids = (await db.selectFrom('people').select('id').execute()).map((r) => r.id);
  const rows: string[][] = [];
  for (let start = 0; start < ids.length; start += 5000) {
    for (const p of await q.listPeopleForLinkage(db, ids.slice(start, start + 5000))) rows.push(toEngineRow(p));
    await ctx.progress(Math.min(ids.length, start + 5000), ids.length * 2);
  }
  const result = await runLinkage({ header: [...REGISTRY_HEADER], rows, source: new Uint8Array(0) }, registrySettings(), { threads: 1, minProbability: 0.99 });
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('linkage_models').set({ active: false }).where('settings_name', '=', REGISTRY_SETTINGS_NAME).where('active', '=', true).execute();
    await trx.insertInto('linkage_models').values({ id, settings_name: REGISTRY_SETTINGS_NAME, model: jsonb(result.model), records: rows.length, active: true, trained_by: trainedBy }).execute();
  });
  await ctx.progress(ids.length * 2, ids.length * 2);
  return { modelId: id, records: rows.length, lambda: result.model.lambda };
}
