/**
 * Working a case: assignment, facts the stages need, tasks, interviews, notes and messages to the
 * applicant. Each change writes a timeline event and an audit row in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import { jsonb, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../cases.queries.ts';
import type { AssignCase, NewInterview, NewTask, RecordFacts, RecordInterview } from '../cases.schemas.ts';
import { assertOpen, getVisibleCase, notifyApplicants, recordCaseEvent } from './case-support.ts';
import { loadWorkflow } from './workflows.ts';

const CASE_ROLES = ['caseworker', 'supervisor', 'protection_officer'];

export async function assignCase(trx: Trx, actor: Actor, id: string, input: AssignCase) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  if (input.assigneeId) {
    const assignee = await q.findUserRow(trx, input.assigneeId);
    const caseOffice = await q.findOfficeRow(trx, row.office_id);
    const fits =
      assignee &&
      assignee.member_state === row.member_state &&
      assignee.roles.some((r) => CASE_ROLES.includes(r)) &&
      (assignee.office_id === row.office_id || (caseOffice !== undefined && assignee.agency_id === caseOffice.agency_id));
    if (!fits) throw new DomainError('CASE_ASSIGNEE_INVALID', 'Assign the case to staff of the office that holds it.');
  }
  const updated = await q.updateCaseIfVersion(trx, id, input.expectedVersion, { assigned_to: input.assigneeId });
  if (!updated) throw new DomainError('CASE_VERSION_CONFLICT', 'The case changed since you opened it.');
  await recordCaseEvent(trx, actor, row, { kind: input.assigneeId ? 'assigned' : 'unassigned', details: { from: row.assigned_to, to: input.assigneeId } });
  return { id, version: updated.version };
}

/** Records facts the stages need (submission categories, check results, dates), typed by the workflow. */
export async function recordFacts(trx: Trx, actor: Actor, id: string, input: RecordFacts) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const { def } = await loadWorkflow(trx, row.workflow_id);
  const facts: Record<string, string | boolean> = { ...row.facts };
  const problems: { path: string; code: string; key: string; message: string }[] = [];
  for (const [key, value] of Object.entries(input.facts)) {
    const fact = def.facts.find((f) => f.key === key);
    const bad = (message: string) => problems.push({ path: `facts.${key}`, code: 'invalid_fact', key: 'validation.invalidFact', message });
    if (!fact) bad('not a fact of this workflow');
    else if (value === null) delete facts[key];
    else if (fact.type === 'boolean' && typeof value !== 'boolean') bad('true or false');
    else if (fact.type === 'date' && (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) bad('a date YYYY-MM-DD');
    else if (fact.type === 'choice' && (typeof value !== 'string' || !fact.choices?.includes(value))) bad(`one of ${fact.choices?.join(', ')}`);
    else if (fact.type === 'text' && typeof value !== 'string') bad('text');
    else facts[key] = value;
  }
  if (problems.length > 0) throw new DomainError('CASE_FACT_INVALID', 'Some facts are not valid.', { fields: problems });
  const updated = await q.updateCaseIfVersion(trx, id, input.expectedVersion, { facts: jsonb(facts) });
  if (!updated) throw new DomainError('CASE_VERSION_CONFLICT', 'The case changed since you opened it.');
  await recordCaseEvent(trx, actor, row, { kind: 'facts_recorded', details: { keys: Object.keys(input.facts) } });
  return { id, version: updated.version };
}

export async function addTask(trx: Trx, actor: Actor, id: string, input: NewTask) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  if (input.assigneeId) {
    const assignee = await q.findUserRow(trx, input.assigneeId);
    if (!assignee || assignee.member_state !== row.member_state || !assignee.roles.some((r) => CASE_ROLES.includes(r))) {
      throw new DomainError('CASE_ASSIGNEE_INVALID');
    }
  }
  const taskId = randomUUID();
  await trx
    .insertInto('case_tasks')
    .values({
      id: taskId,
      case_id: id,
      member_state: row.member_state,
      stage: row.stage,
      origin: 'manual',
      title: input.title,
      for_applicant: input.forApplicant,
      document_type: input.documentType ?? null,
      due_on: input.dueOn,
      assigned_to: input.assigneeId ?? null,
      created_by: actor.userId,
    })
    .execute();
  await recordCaseEvent(trx, actor, row, {
    kind: input.forApplicant ? 'applicant_task_added' : 'task_added',
    details: { taskId, dueOn: input.dueOn, documentType: input.documentType ?? null },
    visibleToApplicant: input.forApplicant,
  });
  if (input.forApplicant) {
    await notifyApplicants(trx, row, input.documentType ? 'case.document_requested' : 'case.task_added', { caseNumber: row.case_number, dueOn: input.dueOn });
  }
  return { id: taskId };
}

export async function completeTask(trx: Trx, actor: Actor, id: string, taskId: string, status: 'done' | 'cancelled') {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const done = await trx
    .updateTable('case_tasks')
    .set({ status, completed_by: actor.userId, completed_at: sql<Date>`now()` })
    .where('id', '=', taskId)
    .where('case_id', '=', id)
    .where('status', '=', 'open')
    .returning('id')
    .executeTakeFirst();
  if (!done) {
    const exists = await trx.selectFrom('case_tasks').select('id').where('id', '=', taskId).where('case_id', '=', id).executeTakeFirst();
    throw exists ? new DomainError('CASE_TASK_NOT_OPEN', 'The task is already finished.') : new DomainError('CASE_TASK_NOT_FOUND');
  }
  await recordCaseEvent(trx, actor, row, { kind: status === 'done' ? 'task_done' : 'task_cancelled', details: { taskId } });
  return { id: taskId, status };
}

export async function scheduleInterview(trx: Trx, actor: Actor, id: string, input: NewInterview) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const interviewId = randomUUID();
  await trx
    .insertInto('case_interviews')
    .values({
      id: interviewId,
      case_id: id,
      member_state: row.member_state,
      stage: row.stage,
      scheduled_at: input.scheduledAt,
      place: input.place,
      language: input.language,
      interpreter: input.interpreter ?? null,
      created_by: actor.userId,
    })
    .execute();
  await recordCaseEvent(trx, actor, row, {
    kind: 'interview_scheduled',
    details: { interviewId, scheduledAt: input.scheduledAt, language: input.language, interpreter: Boolean(input.interpreter) },
    visibleToApplicant: true,
  });
  await notifyApplicants(trx, row, 'case.interview_scheduled', { caseNumber: row.case_number, scheduledAt: input.scheduledAt });
  return { id: interviewId };
}

export async function recordInterview(trx: Trx, actor: Actor, id: string, interviewId: string, input: RecordInterview) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const updated = await trx
    .updateTable('case_interviews')
    .set({ status: input.status, outcome_note: input.outcomeNote ?? null })
    .where('id', '=', interviewId)
    .where('case_id', '=', id)
    .where('status', '=', 'scheduled')
    .returning('id')
    .executeTakeFirst();
  if (!updated) {
    const exists = await trx.selectFrom('case_interviews').select('id').where('id', '=', interviewId).where('case_id', '=', id).executeTakeFirst();
    throw exists ? new DomainError('CASE_INTERVIEW_NOT_SCHEDULED', 'The interview was already recorded.') : new DomainError('CASE_INTERVIEW_NOT_FOUND');
  }
  await recordCaseEvent(trx, actor, row, { kind: 'interview_recorded', details: { interviewId, status: input.status }, visibleToApplicant: input.status !== 'held' });
  return { id: interviewId, status: input.status };
}

/** Notes stay with the staff; they can be added to closed cases too (a later call, a file review). */
export async function addNote(trx: Trx, actor: Actor, id: string, body: string) {
  const row = await getVisibleCase(trx, actor, id);
  const noteId = randomUUID();
  await trx.insertInto('case_notes').values({ id: noteId, case_id: id, member_state: row.member_state, body, author: actor.userId }).execute();
  await recordCaseEvent(trx, actor, row, { kind: 'note_added', details: { noteId } });
  return { id: noteId };
}

export async function sendMessage(trx: Trx, actor: Actor, id: string, body: string) {
  const row = await getVisibleCase(trx, actor, id);
  const messageId = randomUUID();
  await trx
    .insertInto('case_messages')
    .values({ id: messageId, case_id: id, member_state: row.member_state, direction: 'to_applicant', body, author: actor.userId })
    .execute();
  await recordCaseEvent(trx, actor, row, { kind: 'message_sent', details: { messageId }, visibleToApplicant: true });
  await notifyApplicants(trx, row, 'case.message', { caseNumber: row.case_number });
  return { id: messageId };
}
