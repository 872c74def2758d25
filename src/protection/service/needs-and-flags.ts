/**
 * Specific needs, manual flags, resolving flags and sharing a file: protection officers of the
 * holding office only. And the entry point for worker reports from labour mobility.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { evaluateAnswers, WORKER_REPORT_INDICATORS, type WorkerReportIndicator } from '../frameworks/evaluate.ts';
import { findQuestionnaire } from '../frameworks/questionnaires.ts';
import { flagForNeed, type FlagCode, type Priority } from '../frameworks/routing.ts';
import { findNeedCode, SPECIFIC_NEEDS_VERSION } from '../frameworks/specific-needs.ts';
import { canWriteConfidential } from '../protection.policy.ts';
import * as q from '../protection.queries.ts';
import type { NewSpecificNeed } from '../protection.schemas.ts';
import { ensureFile, insertFlags, recomputePriority, seal, type FileRow } from './file-support.ts';

/** The file, if the actor is a protection officer who may write to it; otherwise 404. */
async function getWritableFile(trx: Trx, actor: Actor, personId: string): Promise<FileRow> {
  if (!canWriteConfidential(actor)) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const file = await q.findConfidentialFile(trx, actor, personId);
  if (!file) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  return file;
}

/** A protection officer of the member state may open a file for a person who has none. */
async function getOrOpenFile(trx: Trx, actor: Actor, personId: string): Promise<FileRow> {
  if (!canWriteConfidential(actor)) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const person = await q.findVisiblePerson(trx, { memberState: actor.memberState, none: false }, personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  if (!(await q.unsafeFindFileByPerson(trx, personId))) await ensureFile(trx, person, actor.officeId);
  return getWritableFile(trx, actor, personId);
}

export async function recordSpecificNeed(trx: Trx, ring: Keyring, actor: Actor, personId: string, input: NewSpecificNeed) {
  const code = findNeedCode(input.code);
  if (!code) throw new DomainError('PROTECTION_NEED_CODE_UNKNOWN', 'This is not a specific-need code.', { code: input.code, version: SPECIFIC_NEEDS_VERSION });
  const file = await getOrOpenFile(trx, actor, personId);
  if (input.assessmentId) {
    const a = await trx.selectFrom('protection_assessments').select('id').where('id', '=', input.assessmentId).where('file_id', '=', file.id).executeTakeFirst();
    if (!a) throw new DomainError('PROTECTION_ASSESSMENT_NOT_FOUND');
  }
  const id = randomUUID();
  await trx
    .insertInto('specific_needs')
    .values({
      id,
      file_id: file.id,
      person_id: personId,
      member_state: file.member_state,
      code: code.code,
      status: input.status,
      assessment_id: input.assessmentId ?? null,
      details: input.details ? seal(ring, 'specific_needs', 'details', id, input.details) : null,
      recorded_by: actor.userId,
    })
    .execute();
  const flag = flagForNeed(code.code);
  await insertFlags(trx, file, [flag], { kind: 'specific_need', id, by: actor.userId });
  const decided = await recomputePriority(trx, actor, file);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'protection.specific_need',
    recordType: 'protection_file',
    recordId: file.id,
    details: { needId: id, code: code.code, status: input.status, version: SPECIFIC_NEEDS_VERSION },
  });
  return { id, code: code.code, status: input.status, priority: decided.priority };
}

export async function raiseFlag(trx: Trx, actor: Actor, personId: string, code: FlagCode) {
  const file = await getOrOpenFile(trx, actor, personId);
  const added = await insertFlags(trx, file, [code], { kind: 'manual', id: null, by: actor.userId });
  const decided = await recomputePriority(trx, actor, file);
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.flag_raised', recordType: 'protection_file', recordId: file.id, details: { code, added: added.length > 0 } });
  return { priority: decided.priority };
}

export async function resolveFlag(trx: Trx, actor: Actor, flagId: string) {
  if (!canWriteConfidential(actor)) throw new DomainError('PROTECTION_FLAG_NOT_FOUND');
  const flag = await trx.selectFrom('protection_flags').select(['id', 'person_id', 'code']).where('id', '=', flagId).where('resolved_at', 'is', null).executeTakeFirst();
  const file = flag ? await q.findConfidentialFile(trx, actor, flag.person_id) : undefined;
  if (!flag || !file) throw new DomainError('PROTECTION_FLAG_NOT_FOUND');
  await trx.updateTable('protection_flags').set({ resolved_at: sql<Date>`now()`, resolved_by: actor.userId }).where('id', '=', flagId).execute();
  const decided = await recomputePriority(trx, actor, file);
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.flag_resolved', recordType: 'protection_file', recordId: file.id, details: { flagId, code: flag.code } });
  return { priority: decided.priority };
}

/** The holding office shares the file with another office; its protection officers then see it. */
export async function shareFile(trx: Trx, actor: Actor, personId: string, officeId: string) {
  const file = await getWritableFile(trx, actor, personId);
  if (file.office_id !== actor.officeId) throw new DomainError('PROTECTION_NOT_HOLDING_OFFICE', 'Only the office that holds the file may share it.');
  const office = await q.findOfficeRow(trx, officeId);
  if (!office) throw new DomainError('OFFICE_NOT_FOUND');
  await trx
    .insertInto('protection_file_shares')
    .values({ file_id: file.id, office_id: officeId, member_state: file.member_state, shared_by: actor.userId })
    .onConflict((oc) => oc.columns(['file_id', 'office_id']).doNothing())
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.file_shared', recordType: 'protection_file', recordId: file.id, details: { officeId } });
  return { fileId: file.id, officeId };
}

export interface WorkerReportInput {
  personId: string;
  memberState: string;
  indicators: WorkerReportIndicator[];
  /** The labour domain's report id, kept as the flag's source. */
  reportId?: string;
  /** Who filed the report; null when the worker filed it themself through the applicant portal. */
  actor?: Actor | null;
}

/**
 * A worker's report of a problem (fee charged, document kept, threats, unpaid wages…) is scored as
 * the matching ILO indicators; it raises a flag on the worker's protection file and may raise the
 * priority of their open cases. The report's text stays with labour; protection stores codes only.
 * @example await raiseFlagFromWorkerReport(trx, { personId, memberState: 'CA', indicators: ['document_kept', 'unpaid_wages'] })
 *   // → { flags: ['trafficking_indicators'], priority: 'urgent' }
 */
export async function raiseFlagFromWorkerReport(trx: Trx, input: WorkerReportInput): Promise<{ flags: FlagCode[]; priority: Priority }> {
  const person = await trx.selectFrom('people').select(['id', 'member_state']).where('id', '=', input.personId).where('member_state', '=', input.memberState).executeTakeFirst();
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  const questionnaire = findQuestionnaire('trafficking-ilo')!;
  const answers = Object.fromEntries(input.indicators.map((i) => [WORKER_REPORT_INDICATORS[i], true]));
  const evaluation = evaluateAnswers(questionnaire, answers, { isChild: false });
  const file = await ensureFile(trx, person, input.actor?.officeId ?? null);
  const flags = evaluation.flags.length > 0 ? evaluation.flags : (['exploitation_indicators'] as FlagCode[]);
  await insertFlags(trx, file, flags, { kind: 'worker_report', id: input.reportId ?? null, by: input.actor?.userId ?? null });
  const decided = await recomputePriority(trx, input.actor ?? null, file);
  await recordAudit(trx, auditActorOf(input.actor ?? null), {
    action: 'protection.worker_report',
    recordType: 'protection_file',
    recordId: file.id,
    details: { indicators: input.indicators, flags, reportId: input.reportId ?? null },
  });
  return { flags, priority: decided.priority };
}
