/**
 * What every use case on a case needs: finding it inside the caller's scope, the timeline, the
 * audit row, the applicant's notifications, and mapping rows to the API's shapes.
 */
import { randomUUID } from 'node:crypto';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { caseScopeOf } from '../cases.policy.ts';
import * as q from '../cases.queries.ts';
import type { CaseDocument, CaseSummary, Decision, Interview, Message, Task } from '../cases.responses.ts';
import type { CaseLocale, DocumentType, WorkflowDefinition } from '../cases.schemas.ts';
import { stageName } from './workflows.ts';

export function iso(value: Date | string): string {
  return new Date(value).toISOString();
}
function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

/** The case if the actor may see it; otherwise CASE_NOT_FOUND, whether it exists or not. */
export async function getVisibleCase(db: Executor, actor: Actor, id: string): Promise<q.CaseRow> {
  const row = await q.findCaseRow(db, id, caseScopeOf(actor));
  if (!row) throw new DomainError('CASE_NOT_FOUND');
  return row;
}

export function assertOpen(row: { status: string }): void {
  if (row.status !== 'open') throw new DomainError('CASE_CLOSED', 'The case is closed.');
}

export interface CaseEventInput {
  kind: string;
  stage?: string | null;
  details?: Record<string, unknown>;
  visibleToApplicant?: boolean;
}

/** One timeline event and its audit row, in the caller's transaction. */
export async function recordCaseEvent(
  trx: Trx,
  actor: Actor | null,
  c: { id: string; member_state: string; stage: string; case_number: string },
  e: CaseEventInput,
): Promise<void> {
  const details = e.details ?? {};
  await trx
    .insertInto('case_events')
    .values({
      id: randomUUID(),
      case_id: c.id,
      member_state: c.member_state,
      actor_user_id: actor?.userId ?? null,
      kind: e.kind,
      stage: e.stage === undefined ? c.stage : e.stage,
      details: jsonb(details),
      visible_to_applicant: e.visibleToApplicant ?? false,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), {
    action: `case.${e.kind}`,
    recordType: 'case',
    recordId: c.id,
    details: { caseNumber: c.case_number, ...details },
  });
}

/**
 * Tells the applicant (every member of the case with an account) through the outbox. The
 * parameters carry the case number and codes only: the adapter renders the text.
 */
export async function notifyApplicants(trx: Trx, c: { id: string; member_state: string }, template: string, params: Record<string, unknown>): Promise<void> {
  const recipients = await trx
    .selectFrom('case_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['p.user_id', 'p.phone', 'p.email'])
    .where('m.case_id', '=', c.id)
    .where('p.user_id', 'is not', null)
    .execute();
  for (const r of recipients) {
    if (!r.user_id) continue;
    await trx
      .insertInto('notification_outbox')
      .values({
        id: randomUUID(),
        member_state: c.member_state,
        recipient_user_id: r.user_id,
        case_id: c.id,
        channel: r.phone && !r.email ? 'sms' : 'email',
        template,
        params: jsonb(params),
        next_attempt_at: new Date(),
      })
      .execute();
  }
}

export function toSummary(row: q.SummaryRow, def: WorkflowDefinition, locale: CaseLocale): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    memberState: row.member_state,
    programmeCode: row.programme_code,
    stage: row.stage,
    stageName: stageName(def, row.stage, locale),
    status: row.status,
    priority: row.priority,
    officeId: row.office_id,
    assignedTo: row.assigned_to,
    principalName: row.principal_name ?? null,
    openedAt: iso(row.opened_at),
    stageDueAt: isoOrNull(row.stage_due_at),
    overdue: Boolean(row.overdue),
    overdueTasks: Number(row.overdue_tasks ?? 0),
    version: row.version,
  };
}

export function toTask(r: q.TaskRow): Task {
  return {
    id: r.id,
    stage: r.stage,
    origin: r.origin,
    title: r.title,
    forApplicant: r.for_applicant,
    documentType: r.document_type as DocumentType | null,
    dueOn: r.due_on,
    assignedTo: r.assigned_to,
    status: r.status,
    overdue: Boolean(r.overdue),
    createdAt: iso(r.created_at),
    completedAt: isoOrNull(r.completed_at),
  };
}

type InterviewRow = Awaited<ReturnType<typeof q.listInterviewRows>>[number];
export function toInterview(r: InterviewRow): Interview {
  return {
    id: r.id,
    stage: r.stage,
    scheduledAt: iso(r.scheduled_at),
    place: r.place,
    language: r.language,
    interpreter: r.interpreter,
    status: r.status,
    outcomeNote: r.outcome_note,
  };
}

type DocumentRow = Awaited<ReturnType<typeof q.listDocumentRows>>[number];
export function toDocument(r: DocumentRow): CaseDocument {
  return {
    id: r.id,
    type: r.type as DocumentType,
    fileName: r.file_name,
    contentType: r.content_type,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    uploadedAt: iso(r.uploaded_at),
  };
}

export function toDecision(r: q.DecisionRow): Decision {
  return {
    id: r.id,
    stage: r.stage,
    kind: r.kind,
    outcome: r.outcome,
    reasonCodes: r.reason_codes,
    reasonText: r.reason_text,
    legalBasis: r.legal_basis,
    status: r.status,
    requestedBy: r.requested_by,
    requestedAt: iso(r.requested_at),
    reviewedBy: r.reviewed_by,
    reviewedAt: isoOrNull(r.reviewed_at),
    reviewComment: r.review_comment,
  };
}

type MessageRow = Awaited<ReturnType<typeof q.listMessageRows>>[number];
export function toMessage(r: MessageRow): Message {
  return { id: r.id, direction: r.direction, body: r.body, createdAt: iso(r.created_at), readAt: isoOrNull(r.read_at) };
}

/** YYYY-MM-DD of today plus n days (UTC). */
export function dateInDays(n: number, from = new Date()): string {
  const d = new Date(from.getTime() + n * 86_400_000);
  return d.toISOString().slice(0, 10);
}
