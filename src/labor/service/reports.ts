/**
 * Workers' problem reports: from the phone, in the worker's language, anonymous if she wishes. Each
 * goes to the labour inspectorate of the host member state (the job order's); where the problem is a
 * trafficking indicator (ILO/EC operational indicators: fees and debt, documents kept, unpaid wages,
 * threats, confinement) it raises a protection flag through the protection domain.
 *
 * Anonymous means the report row and its audit row name nobody. The worker's own protection file
 * still gets the flag (confidential, for protection officers only), without the report's id, so that
 * the inspectorate cannot trace the report back to her and she is not left without protection.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { WorkerReportIndicator } from '../../protection/frameworks/evaluate.ts';
import { raiseFlagFromWorkerReport } from '../../protection/service/needs-and-flags.ts';
import * as q from '../labor.queries.ts';
import type { HandleReport, NewReport } from '../labor.schemas.ts';
import { getWorker } from './worker.ts';

/** Report kinds that are trafficking indicators, as the protection domain names them. */
export const INDICATOR_OF: Partial<Record<NewReport['kinds'][number], WorkerReportIndicator>> = {
  recruitment_fee: 'fee_charged',
  document_kept: 'document_kept',
  unpaid_wages: 'unpaid_wages',
  threats: 'threats',
  confinement: 'confined',
};

export async function submitReport(trx: Trx, actor: Actor, input: NewReport) {
  const worker = await getWorker(trx, actor);
  let jobOrderId = input.jobOrderId ?? null;
  if (input.placementId) {
    const p = await trx.selectFrom('placements').select('job_order_id').where('id', '=', input.placementId).where('person_id', '=', worker.id).executeTakeFirst();
    if (!p) throw new DomainError('PLACEMENT_NOT_FOUND');
    jobOrderId = p.job_order_id;
  }
  // The worker reports on a job order she was offered or placed in; any other is not hers to name.
  const jo = jobOrderId
    ? await trx
        .selectFrom('job_orders')
        .select(['id', 'member_state', 'employer_id'])
        .where('id', '=', jobOrderId)
        .where('id', 'in', (eb) => eb.selectFrom('allocation_results').select('job_order_id').where('person_id', '=', worker.id).$narrowType<{ job_order_id: string }>())
        .executeTakeFirst()
    : undefined;
  if (jobOrderId && !jo) throw new DomainError('JOB_ORDER_NOT_FOUND');
  const memberState = jo?.member_state ?? worker.member_state;
  const inspectorate = await q.findInspectorate(trx, memberState);
  const indicators = [...new Set(input.kinds.map((k) => INDICATOR_OF[k]).filter((i): i is WorkerReportIndicator => !!i))];
  const id = randomUUID();
  await trx
    .insertInto('worker_reports')
    .values({
      id,
      member_state: memberState,
      inspectorate_agency_id: inspectorate?.id ?? null,
      job_order_id: jo?.id ?? null,
      employer_id: jo?.employer_id ?? null,
      reporter_person_id: input.anonymous ? null : worker.id,
      kinds: input.kinds,
      description: input.description,
      language: input.language,
      indicators,
      protection_flag: indicators.length > 0,
    })
    .execute();
  if (indicators.length > 0) {
    await raiseFlagFromWorkerReport(trx, { personId: worker.id, memberState: worker.member_state, indicators, reportId: input.anonymous ? undefined : id, actor: null });
  }
  await recordAudit(trx, input.anonymous ? { userId: null, agencyId: null, memberState } : auditActorOf(actor), {
    action: 'labor.report.submit',
    recordType: 'worker_report',
    recordId: id,
    details: { kinds: input.kinds, anonymous: input.anonymous },
  });
  return { id, status: 'received' as const, inspectorate: inspectorate?.name ?? null, protectionFlag: indicators.length > 0 };
}

type ReportRow = { id: string; member_state: string; job_order_id: string | null; employer_id: string | null; reporter_person_id: string | null; kinds: string[]; description: string; language: string; indicators: string[]; protection_flag: boolean; status: string; resolution: string | null; created_at: Date };

function toReport(r: ReportRow) {
  return {
    id: r.id,
    memberState: r.member_state,
    jobOrderId: r.job_order_id,
    employerId: r.employer_id,
    anonymous: r.reporter_person_id === null,
    reporterPersonId: r.reporter_person_id,
    kinds: r.kinds,
    description: r.description,
    language: r.language,
    indicators: r.indicators,
    protectionFlag: r.protection_flag,
    status: r.status,
    resolution: r.resolution,
    createdAt: new Date(r.created_at).toISOString(),
  };
}

/** The inspectorate's queue: reports about the actor's member state. Reading them is audited (they are the workers' words). */
export async function listReports(trx: Trx, actor: Actor, status?: string) {
  let query = trx.selectFrom('worker_reports').selectAll().where('member_state', '=', actor.memberState);
  if (status) query = query.where('status', '=', status);
  const rows = await query.orderBy('created_at').limit(500).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.report.list', recordType: 'worker_report', details: { count: rows.length } });
  return rows.map(toReport);
}

export async function handleReport(trx: Trx, actor: Actor, id: string, input: HandleReport) {
  const row = await trx.selectFrom('worker_reports').selectAll().where('id', '=', id).where('member_state', '=', actor.memberState).executeTakeFirst();
  if (!row) throw new DomainError('REPORT_NOT_FOUND');
  await trx.updateTable('worker_reports').set({ status: input.status, resolution: input.resolution ?? row.resolution, handled_by: actor.userId, updated_at: new Date() }).where('id', '=', id).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.report.handle', recordType: 'worker_report', recordId: id, details: { status: input.status } });
  return toReport({ ...row, status: input.status, resolution: input.resolution ?? row.resolution });
}

/** The worker's own, named reports (anonymous ones are, by design, not hers to list). */
export async function listOwnReports(db: Executor, actor: Actor) {
  const worker = await getWorker(db, actor);
  const rows = await db.selectFrom('worker_reports').selectAll().where('reporter_person_id', '=', worker.id).orderBy('created_at', 'desc').execute();
  return rows.map(toReport);
}
