/**
 * Recording an assessment: by an interviewer (caseworker or protection officer) or by the applicant
 * themself on the questions safe to ask that way. Answers, account and outcome are sealed; only the
 * flag codes and the priority they give are stored in the clear and shown back.
 */
import { randomUUID } from 'node:crypto';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/i18n.ts';
import { evaluateAnswers } from '../frameworks/evaluate.ts';
import { findQuestionnaire, type Questionnaire } from '../frameworks/questionnaires.ts';
import { FLAGS, findRule, type FlagCode, type PriorityReason } from '../frameworks/routing.ts';
import { textIn } from '../frameworks/texts.ts';
import { canScreen } from '../protection.policy.ts';
import * as q from '../protection.queries.ts';
import type { NewAssessment, NewSelfAssessment } from '../protection.schemas.ts';
import { ensureFile, findPersonForStaff, insertFlags, recomputePriority, seal } from './file-support.ts';

export interface AssessmentResult {
  id: string;
  questionnaire: string;
  version: number;
  flags: { code: string; label: string }[];
  priority: string;
  reasons: { rule: string; priority: string; text: string }[];
  suggestedNeeds: string[];
}

export function describeReasons(reasons: PriorityReason[], locale: Locale) {
  return reasons.map((r) => ({ rule: r.rule, priority: r.priority, text: textIn(findRule(r.rule)?.reason ?? FLAGS[r.flag], locale) }));
}

export function describeFlags(codes: string[], locale: Locale) {
  return codes.map((code) => ({ code, label: code in FLAGS ? textIn(FLAGS[code as FlagCode], locale) : code }));
}

function ageIn(birthDate: string | null, on = new Date()): number | null {
  if (!birthDate) return null;
  const year = Number(birthDate.slice(0, 4));
  return Number.isFinite(year) ? on.getUTCFullYear() - year : null;
}

function checkAnswers(questionnaire: Questionnaire, answers: Record<string, boolean>, selfOnly: boolean): void {
  const allowed = new Set(questionnaire.questions.filter((x) => !selfOnly || x.self).map((x) => x.id));
  const unknown = Object.keys(answers).filter((k) => !allowed.has(k));
  if (unknown.length > 0) {
    // Field names only: answers never appear in an error.
    throw new DomainError('PROTECTION_ANSWER_UNKNOWN', 'Some answers are not questions of this questionnaire.', {
      fields: unknown.map((k) => ({ path: `answers.${k}`, code: 'unknown_question', key: 'validation.invalid', message: 'not a question of this questionnaire' })),
    });
  }
}

async function record(
  trx: Trx,
  ring: Keyring,
  actor: Actor,
  person: { id: string; member_state: string; birth_date: string | null },
  input: NewAssessment,
  locale: Locale,
): Promise<AssessmentResult> {
  const questionnaire = findQuestionnaire(input.questionnaire, input.version);
  if (!questionnaire) throw new DomainError('PROTECTION_QUESTIONNAIRE_NOT_FOUND');
  checkAnswers(questionnaire, input.answers, input.mode === 'self');
  const age = ageIn(person.birth_date);
  const evaluation = evaluateAnswers(questionnaire, input.answers, { isChild: age !== null && age < 18 });
  const file = await ensureFile(trx, person, actor.officeId);
  const id = randomUUID();
  await trx
    .insertInto('protection_assessments')
    .values({
      id,
      file_id: file.id,
      person_id: person.id,
      member_state: person.member_state,
      questionnaire: questionnaire.code,
      questionnaire_version: questionnaire.version,
      mode: input.mode,
      language: input.language,
      answers: seal(ring, 'protection_assessments', 'answers', id, input.answers),
      account: input.account ? seal(ring, 'protection_assessments', 'account', id, input.account) : null,
      outcome: seal(ring, 'protection_assessments', 'outcome', id, evaluation),
      flag_codes: evaluation.flags,
      conducted_by: actor.userId,
    })
    .execute();
  await insertFlags(trx, file, evaluation.flags, { kind: 'assessment', id, by: actor.userId });
  const decided = await recomputePriority(trx, actor, file);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'protection.assessment',
    recordType: 'protection_file',
    recordId: file.id,
    details: { assessmentId: id, questionnaire: questionnaire.code, version: questionnaire.version, mode: input.mode, flags: evaluation.flags },
  });
  return {
    id,
    questionnaire: questionnaire.code,
    version: questionnaire.version,
    flags: describeFlags(evaluation.flags, locale),
    priority: decided.priority,
    reasons: describeReasons(decided.reasons, locale),
    suggestedNeeds: evaluation.suggestedNeeds,
  };
}

/**
 * An interviewer records a screening for a person of their member state.
 * @example await recordAssessment(trx, ring, actor, personId, { questionnaire: 'trafficking-ilo', mode: 'interviewer', language: 'es', answers: { documents_kept: true } }, 'en')
 */
export async function recordAssessment(trx: Trx, ring: Keyring, actor: Actor, personId: string, input: NewAssessment, locale: Locale): Promise<AssessmentResult> {
  if (!canScreen(actor)) throw new DomainError('FORBIDDEN');
  const person = await findPersonForStaff(trx, actor, personId);
  return record(trx, ring, actor, person, input, locale);
}

/** The applicant answers the discreet questions about themself (or a member of their household they registered). */
export async function recordSelfAssessment(trx: Trx, ring: Keyring, actor: Actor, input: NewSelfAssessment, locale: Locale): Promise<{ id: string; received: true }> {
  const person = await q.findOwnPerson(trx, actor, input.personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  const result = await record(trx, ring, actor, person, { ...input, mode: 'self' }, locale);
  // The applicant is not told the flags or the priority: being told "you are flagged" can put a
  // person at risk if someone else reads their phone. A protection officer follows up.
  return { id: result.id, received: true };
}
