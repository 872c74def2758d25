/**
 * The applicant's view of their cases: the stage in plain language in their language, what they
 * must do next and by when, messages from their caseworker, and the documents they are asked for.
 * Access: only cases that cover a person linked to the applicant's account.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../cases.queries.ts';
import type { ApplicantCase } from '../cases.responses.ts';
import type { CaseLocale, WorkflowDefinition } from '../cases.schemas.ts';
import { iso, recordCaseEvent, toInterview, toMessage } from './case-support.ts';
import { loadWorkflow, localeOf, stageName, stageOf } from './workflows.ts';

function myCaseIds(db: Executor, userId: string) {
  return db
    .selectFrom('case_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .select('m.case_id')
    .distinct()
    .where('p.user_id', '=', userId)
    .execute();
}

/** The applicant's case, or CASE_NOT_FOUND if it does not cover them. */
export async function getApplicantCaseRow(db: Executor, actor: Actor, id: string): Promise<q.CaseRow> {
  const mine = await db
    .selectFrom('case_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select('m.case_id')
    .where('m.case_id', '=', id)
    .where('p.user_id', '=', actor.userId)
    .executeTakeFirst();
  const row = mine ? await q.unsafeFindCaseRow(db, id) : undefined;
  if (!row) throw new DomainError('CASE_NOT_FOUND');
  return row;
}

function taskTitle(def: WorkflowDefinition, task: q.TaskRow, locale: CaseLocale): string {
  if (task.origin === 'stage' && task.title_key) {
    const stageTask = def.stages.find((s) => s.code === task.stage)?.tasks.find((t) => t.key === task.title_key);
    if (stageTask) return stageTask.title[locale];
  }
  return task.title;
}

async function toApplicantCase(db: Executor, row: q.CaseRow, locale: CaseLocale): Promise<ApplicantCase> {
  const { def } = await loadWorkflow(db, row.workflow_id);
  const stage = stageOf(def, row.stage);
  const [tasks, messages, interviews, documents, events] = await Promise.all([
    q.listTaskRows(db, row.id),
    q.listMessageRows(db, row.id),
    q.listInterviewRows(db, row.id),
    q.listDocumentRows(db, row.id),
    q.listEventRows(db, row.id, true),
  ]);
  const steps = tasks
    .filter((t) => t.for_applicant && t.status === 'open')
    .map((t) => ({ taskId: t.id, title: taskTitle(def, t, locale), dueOn: t.due_on, overdue: Boolean(t.overdue), documentType: (t.document_type as ApplicantCase['nextSteps'][number]['documentType']) ?? null }));
  const stagesDone = events
    .filter((e) => e.kind === 'opened' || e.kind === 'stage_moved')
    .map((e) => {
      const code = e.kind === 'opened' ? (e.stage ?? def.initialStage) : String((e.details as { to?: string }).to ?? e.stage);
      return { code, name: stageName(def, code, locale), at: iso(e.occurred_at) };
    });
  return {
    id: row.id,
    caseNumber: row.case_number,
    programmeCode: row.programme_code,
    status: row.status,
    stage: row.stage,
    stageName: stage.name[locale],
    stageExplanation: stage.applicantText[locale],
    stagesDone,
    nextSteps: steps,
    requestedDocuments: steps.filter((s) => s.documentType !== null),
    messages: messages.map(toMessage),
    interviews: interviews.filter((i) => i.status === 'scheduled').map((i) => {
      const { outcomeNote: _omit, ...rest } = toInterview(i);
      return rest;
    }),
    documents: documents.filter((d) => d.uploaded_by !== null).map((d) => ({ id: d.id, type: d.type as ApplicantCase['documents'][number]['type'], fileName: d.file_name, uploadedAt: iso(d.uploaded_at) })),
    openedAt: iso(row.opened_at),
    version: row.version,
  };
}

export async function listMyCases(db: Executor, actor: Actor, lang?: string): Promise<ApplicantCase[]> {
  const locale = localeOf(lang ?? actor.locale);
  const out: ApplicantCase[] = [];
  for (const { case_id } of await myCaseIds(db, actor.userId)) {
    const row = await q.unsafeFindCaseRow(db, case_id);
    if (row) out.push(await toApplicantCase(db, row, locale));
  }
  return out.sort((a, b) => b.openedAt.localeCompare(a.openedAt));
}

export async function getMyCase(db: Executor, actor: Actor, id: string, lang?: string): Promise<ApplicantCase> {
  return toApplicantCase(db, await getApplicantCaseRow(db, actor, id), localeOf(lang ?? actor.locale));
}

export async function replyToCaseworker(trx: Trx, actor: Actor, id: string, body: string) {
  const row = await getApplicantCaseRow(trx, actor, id);
  const messageId = randomUUID();
  await trx
    .insertInto('case_messages')
    .values({ id: messageId, case_id: id, member_state: row.member_state, direction: 'from_applicant', body, author: actor.userId })
    .execute();
  await recordCaseEvent(trx, actor, row, { kind: 'message_received', details: { messageId }, visibleToApplicant: true });
  return { id: messageId };
}
