/**
 * Allocation rounds, for the programme administrator of the host state: open a round, run it as a
 * job, publish it once verified. Only one unpublished round per programme at a time, so that a
 * worker's offers never come from two competing runs.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { createJob } from '../../platform/jobs.ts';
import type { NewRound } from '../labor.schemas.ts';

type RoundRow = { id: string; member_state: string; programme_code: string; number: number; status: string; lottery_seed: string; ranking_closes_at: Date | null; job_id: string | null; summary: Record<string, unknown> | null; created_at: Date; published_at: Date | null };

export function toRound(r: RoundRow) {
  return {
    id: r.id,
    memberState: r.member_state,
    programmeCode: r.programme_code,
    number: r.number,
    status: r.status,
    lotterySeed: r.lottery_seed,
    rankingClosesAt: r.ranking_closes_at ? new Date(r.ranking_closes_at).toISOString() : null,
    jobId: r.job_id,
    summary: r.summary,
    createdAt: new Date(r.created_at).toISOString(),
    publishedAt: r.published_at ? new Date(r.published_at).toISOString() : null,
  };
}

async function findRoundRow(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('allocation_rounds').selectAll().where('id', '=', id).where('member_state', '=', actor.memberState).executeTakeFirst();
}

export async function openRound(trx: Trx, actor: Actor, input: NewRound) {
  const programme = await trx.selectFrom('programmes').select(['code', 'host_member_state']).where('code', '=', input.programmeCode).executeTakeFirst();
  if (!programme || programme.host_member_state !== actor.memberState) throw new DomainError('PROGRAMME_NOT_FOUND');
  const unpublished = await trx.selectFrom('allocation_rounds').select('id').where('programme_code', '=', programme.code).where('status', '!=', 'published').executeTakeFirst();
  if (unpublished) throw new DomainError('ROUND_ALREADY_OPEN', 'Publish the current round first.', { roundId: unpublished.id });
  const last = await trx.selectFrom('allocation_rounds').select((eb) => eb.fn.max('number').as('n')).where('programme_code', '=', programme.code).executeTakeFirst();
  const id = randomUUID();
  await trx
    .insertInto('allocation_rounds')
    .values({
      id,
      member_state: actor.memberState,
      programme_code: programme.code,
      number: Number(last?.n ?? 0) + 1,
      // Published with the round, so anyone can recompute the tie-break (draw-lottery.ts).
      lottery_seed: randomBytes(16).toString('hex'),
      ranking_closes_at: input.rankingClosesAt ? new Date(input.rankingClosesAt) : null,
      created_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.round.open', recordType: 'allocation_round', recordId: id, details: { programmeCode: programme.code } });
  return getRound(trx, actor, id);
}

export async function getRound(db: Executor, actor: Actor, id: string) {
  const row = await findRoundRow(db, actor, id);
  if (!row) throw new DomainError('ROUND_NOT_FOUND');
  const rankings = await db.selectFrom('worker_rankings').select((eb) => eb.fn.countAll<number>().as('n')).where('round_id', '=', id).executeTakeFirstOrThrow();
  return { ...toRound(row), rankings: Number(rankings.n) };
}

export async function listRounds(db: Executor, actor: Actor) {
  const rows = await db.selectFrom('allocation_rounds').selectAll().where('member_state', '=', actor.memberState).orderBy('created_at', 'desc').limit(200).execute();
  return rows.map(toRound);
}

/** Marks the round running and creates its job; the caller runs the job after the commit. */
export async function startRun(trx: Trx, actor: Actor, id: string): Promise<{ jobId: string; roundId: string }> {
  const row = await findRoundRow(trx, actor, id);
  if (!row) throw new DomainError('ROUND_NOT_FOUND');
  if (!['open', 'failed', 'verified'].includes(row.status)) throw new DomainError('ROUND_WRONG_STATE', `A ${row.status} round cannot run.`, { status: row.status });
  const jobId = await createJob(trx, { kind: 'labor.allocation', memberState: actor.memberState, params: { roundId: id, programmeCode: row.programme_code }, startedBy: actor.userId });
  await trx.updateTable('allocation_rounds').set({ status: 'running', job_id: jobId }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.round.run', recordType: 'allocation_round', recordId: id, details: { jobId } });
  return { jobId, roundId: id };
}

/** Publishes a verified round: workers see their offers; job orders with offers start recruiting. */
export async function publishRound(trx: Trx, actor: Actor, id: string) {
  const row = await findRoundRow(trx, actor, id);
  if (!row) throw new DomainError('ROUND_NOT_FOUND');
  if (row.status !== 'verified') throw new DomainError('ROUND_WRONG_STATE', 'Only a verified round can be published.', { status: row.status });
  await trx.updateTable('allocation_results').set({ status: 'offered' }).where('round_id', '=', id).where('status', '=', 'pending').where('job_order_id', 'is not', null).execute();
  await trx.updateTable('allocation_results').set({ status: 'unplaced' }).where('round_id', '=', id).where('status', '=', 'pending').where('job_order_id', 'is', null).execute();
  await trx
    .updateTable('job_orders')
    .set({ status: 'recruiting', updated_at: new Date() })
    .where('status', '=', 'approved')
    .where('id', 'in', (eb) => eb.selectFrom('allocation_results').select('job_order_id').where('round_id', '=', id).where('job_order_id', 'is not', null).$narrowType<{ job_order_id: string }>())
    .execute();
  await trx.updateTable('allocation_rounds').set({ status: 'published', published_at: new Date(), published_by: actor.userId }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.round.publish', recordType: 'allocation_round', recordId: id });
  return getRound(trx, actor, id);
}
