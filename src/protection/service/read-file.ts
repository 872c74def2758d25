/**
 * Reading a protection file: the summary (codes, priority and reasons — for staff who work the
 * person's cases) and the confidential part (for protection officers of the holding office and of
 * offices it was shared with; every read audited in the same transaction).
 */
import { sql } from 'kysely';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import type { PriorityReason } from '../frameworks/routing.ts';
import { findNeedCode } from '../frameworks/specific-needs.ts';
import { textIn } from '../frameworks/texts.ts';
import { confidentialScopeOf } from '../protection.policy.ts';
import * as q from '../protection.queries.ts';
import { describeFlags, describeReasons } from './assess.ts';
import { auditConfidentialRead, findPersonForStaff, iso, unseal } from './file-support.ts';

export async function getFileSummary(db: Executor, actor: Actor, personId: string, locale: Locale) {
  await findPersonForStaff(db, actor, personId);
  const file = await q.findSummaryFile(db, actor, personId);
  if (!file) {
    return { personId, exists: false, priority: 'normal', reasons: [], flags: [], specificNeeds: [], assessments: [], referrals: [], canReadConfidential: false };
  }
  const [flags, needs, assessments, referrals, confidential] = await Promise.all([
    q.listOpenFlagRows(db, file.id),
    q.listNeedRows(db, file.id),
    q.listAssessmentRows(db, file.id),
    q.listReferralRows(db, file.id),
    q.findConfidentialFile(db, actor, personId),
  ]);
  return {
    personId,
    exists: true,
    fileId: file.id,
    officeId: file.office_id,
    priority: file.priority,
    reasons: describeReasons(file.priority_reasons as PriorityReason[], locale),
    flags: describeFlags(flags.map((f) => f.code), locale).map((f, i) => ({ ...f, id: flags[i]!.id, source: flags[i]!.source, raisedAt: iso(flags[i]!.raised_at)! })),
    specificNeeds: needs.map((n) => ({
      id: n.id,
      code: n.code,
      description: textIn(findNeedCode(n.code)?.description ?? { en: n.code, es: n.code, fr: n.code, ht: n.code, pt: n.code }, locale),
      status: n.status,
      assessmentId: n.assessment_id,
      recordedBy: n.recorded_by,
      recordedAt: iso(n.recorded_at)!,
      hasDetails: n.details !== null,
    })),
    assessments: assessments.map((a) => ({
      id: a.id,
      questionnaire: a.questionnaire,
      version: a.questionnaire_version,
      mode: a.mode,
      language: a.language,
      flags: a.flag_codes,
      conductedBy: a.conducted_by,
      conductedAt: iso(a.conducted_at)!,
    })),
    referrals: referrals.map((r) => ({
      id: r.id,
      serviceName: r.service_name,
      need: r.need,
      urgency: r.urgency,
      status: r.status,
      createdAt: iso(r.created_at)!,
      version: r.version,
    })),
    canReadConfidential: confidential !== undefined,
  };
}

/**
 * The confidential part of a file. Anyone who is not a protection officer of the holding office (or
 * of an office it was shared with) gets PROTECTION_FILE_NOT_FOUND, as if there were no file.
 */
export async function getConfidential(trx: Trx, ring: Keyring, actor: Actor, personId: string) {
  if (confidentialScopeOf(actor).none) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const file = await q.findConfidentialFile(trx, actor, personId);
  if (!file) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const [assessments, needs] = await Promise.all([q.listAssessmentRows(trx, file.id), q.listNeedRows(trx, file.id)]);
  await auditConfidentialRead(trx, actor, 'protection_file', file.id, { assessments: assessments.length, specificNeeds: needs.length });
  return {
    personId,
    fileId: file.id,
    assessments: assessments.map((a) => ({
      id: a.id,
      questionnaire: a.questionnaire,
      version: a.questionnaire_version,
      mode: a.mode,
      conductedAt: iso(a.conducted_at)!,
      answers: unseal<Record<string, boolean>>(ring, 'protection_assessments', 'answers', a.id, a.answers),
      account: a.account === null ? null : unseal<string>(ring, 'protection_assessments', 'account', a.id, a.account),
      outcome: unseal<Record<string, unknown>>(ring, 'protection_assessments', 'outcome', a.id, a.outcome),
    })),
    specificNeeds: needs.map((n) => ({
      id: n.id,
      code: n.code,
      details: n.details === null ? null : unseal<string>(ring, 'specific_needs', 'details', n.id, n.details),
    })),
  };
}

export async function listQueue(db: Executor, actor: Actor, page: { limit: number; offset: number }, locale: Locale) {
  if (confidentialScopeOf(actor).none) return [];
  const rows = await q.listQueueRows(db, actor, page.limit, page.offset);
  return rows.map((r) => ({
    fileId: r.id,
    personId: r.person_id,
    name: [r.given_names, r.family_name_1].filter(Boolean).join(' '),
    priority: r.priority,
    reasons: describeReasons(r.priority_reasons as PriorityReason[], locale),
    updatedAt: iso(r.updated_at)!,
  }));
}

export async function listTasks(db: Executor, actor: Actor, status: 'open' | 'done') {
  const rows = await q.listTaskRows(db, actor, status);
  return rows.map((t) => ({ id: t.id, kind: t.kind, fileId: t.file_id, personId: t.person_id, referralId: t.referral_id, dueAt: iso(t.due_at)!, status: t.status, createdAt: iso(t.created_at)! }));
}

export async function completeTask(trx: Trx, actor: Actor, taskId: string) {
  if (!actor.officeId || !actor.scopes.has('protection:write')) throw new DomainError('PROTECTION_TASK_NOT_FOUND');
  const done = await trx
    .updateTable('protection_tasks')
    .set({ status: 'done', done_by: actor.userId, done_at: sql<Date>`now()` })
    .where('id', '=', taskId)
    .where('office_id', '=', actor.officeId)
    .where('status', '=', 'open')
    .returning(['id', 'file_id'])
    .executeTakeFirst();
  if (!done) throw new DomainError('PROTECTION_TASK_NOT_FOUND');
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.task_done', recordType: 'protection_file', recordId: done.file_id, details: { taskId } });
  return { id: taskId, status: 'done' as const };
}
