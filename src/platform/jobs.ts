/**
 * Jobs: long work with progress that the web app and the command line can follow. A job
 * row is created in the transaction that asks for the work; the work runs after commit, in
 * this process, and writes its progress as it goes. Params and results hold no personal data.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from './actor.ts';
import type { Db, Executor, Trx } from './db.ts';
import { jsonb } from './db.ts';
import { DomainError } from './errors.ts';
import { isStaff } from './roles.ts';

export interface JobView {
  id: string;
  kind: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  progressDone: number;
  progressTotal: number;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export async function createJob(
  trx: Trx,
  input: { kind: string; memberState: string | null; params: Record<string, unknown>; startedBy: string | null },
): Promise<string> {
  const id = randomUUID();
  await trx
    .insertInto('jobs')
    .values({ id, kind: input.kind, member_state: input.memberState, status: 'queued', params: jsonb(input.params), started_by: input.startedBy })
    .execute();
  return id;
}

export interface JobContext {
  id: string;
  /** Records progress; cheap enough to call every few hundred items. */
  progress: (done: number, total: number) => Promise<void>;
}

/**
 * Runs a job to its end and records the outcome; never throws (a failure is recorded on
 * the job). Returns the final view.
 */
export async function runJob(db: Db, id: string, work: (ctx: JobContext) => Promise<Record<string, unknown>>): Promise<JobView> {
  await db.updateTable('jobs').set({ status: 'running', started_at: new Date() }).where('id', '=', id).execute();
  const ctx: JobContext = {
    id,
    progress: async (done, total) => {
      await db.updateTable('jobs').set({ progress_done: done, progress_total: total }).where('id', '=', id).execute();
    },
  };
  try {
    const result = await work(ctx);
    await db.updateTable('jobs').set({ status: 'succeeded', result: jsonb(result), finished_at: new Date() }).where('id', '=', id).execute();
  } catch (err) {
    // The message only: stacks and values may carry personal data.
    const message = err instanceof Error ? err.message.slice(0, 500) : 'failed';
    await db.updateTable('jobs').set({ status: 'failed', error: message, finished_at: new Date() }).where('id', '=', id).execute();
  }
  return getJobUnsafe(db, id);
}

function toView(r: {
  id: string;
  kind: string;
  status: JobView['status'];
  progress_done: number;
  progress_total: number;
  params: Record<string, unknown>;
  result: Record<string, unknown> | null;
  error: string | null;
  created_at: Date;
  finished_at: Date | null;
}): JobView {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    progressDone: r.progress_done,
    progressTotal: r.progress_total,
    params: r.params,
    result: r.result,
    error: r.error,
    createdAt: new Date(r.created_at).toISOString(),
    finishedAt: r.finished_at ? new Date(r.finished_at).toISOString() : null,
  };
}

/** Without a visibility check: for the command line and for code that just created the job. */
export async function getJobUnsafe(db: Executor, id: string): Promise<JobView> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('JOB_NOT_FOUND');
  return toView(row);
}

/** Staff (not applicants or employers) see the jobs of their member state; anyone sees the jobs they started. */
export async function getJob(db: Executor, actor: Actor, id: string): Promise<JobView> {
  const row = await db
    .selectFrom('jobs')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => eb.or([eb('started_by', '=', actor.userId), eb('member_state', '=', actor.memberState)]))
    .executeTakeFirst();
  if (!row || (row.started_by !== actor.userId && !isStaff(actor.roles))) throw new DomainError('JOB_NOT_FOUND');
  return toView(row);
}
