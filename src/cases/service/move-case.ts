/**
 * Moving a case to its next stage: only along the workflow's allowed moves, only by the role the
 * stage names, only once the stage's requirements are met, and only if nobody else changed the
 * case since the caller read it (expectedVersion; 409 otherwise).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { canMoveFrom } from '../cases.policy.ts';
import * as q from '../cases.queries.ts';
import type { MoveCase, Requirement, Stage } from '../cases.schemas.ts';
import { assertOpen, getVisibleCase, notifyApplicants, recordCaseEvent } from './case-support.ts';
import { createStageTasks, stageDueAt } from './open-case.ts';
import { loadWorkflow, stageOf } from './workflows.ts';

export interface RequirementCheck {
  requirement: Requirement;
  met: boolean;
}

/** Which of the stage's requirements the case meets, judged on its parts as loaded. */
export function requirementsMet(
  parts: Pick<q.CaseParts, 'documents' | 'tasks' | 'interviews' | 'decisions'>,
  c: { facts: Record<string, string | boolean> },
  stage: Stage,
): RequirementCheck[] {
  const types = new Set(parts.documents.map((d) => d.type));
  const openTasks = parts.tasks.filter((t) => t.stage === stage.code && t.status === 'open' && !t.for_applicant).length;
  const heldInterviews = parts.interviews.filter((i) => i.stage === stage.code && i.status === 'held').length;
  // Latest first: the parts come oldest first.
  const decisions = parts.decisions.filter((d) => d.stage === stage.code && d.status !== 'rejected').reverse();
  const latestDecision = decisions.find((d) => d.kind === 'decision');
  const latestRecommendation = decisions.find((d) => d.kind === 'recommendation');
  return stage.requirements.map((r) => {
    switch (r.kind) {
      case 'fact': {
        const value = c.facts[r.key];
        return { requirement: r, met: value !== undefined && value !== null && (r.equals === undefined || value === r.equals) };
      }
      case 'document':
        return { requirement: r, met: types.has(r.documentType) };
      case 'stage_tasks_done':
        return { requirement: r, met: openTasks === 0 };
      case 'interview_held':
        return { requirement: r, met: heldInterviews > 0 };
      case 'approved_recommendation':
        return { requirement: r, met: latestRecommendation?.status === 'approved' && latestRecommendation.outcome === 'recommend' };
      case 'decision':
        return { requirement: r, met: latestDecision?.status === 'recorded' && r.outcomes.includes(latestDecision.outcome) };
    }
  });
}

/** Which of the stage's requirements the case meets now (one query, none when the stage asks nothing). */
export async function checkRequirements(
  db: Executor,
  c: { id: string; stage: string; facts: Record<string, string | boolean> },
  stage: Stage,
): Promise<RequirementCheck[]> {
  if (stage.requirements.length === 0) return [];
  return requirementsMet(await q.findCasePartsRow(db, c.id), c, stage);
}

/**
 * @example await moveCase(trx, actor, caseId, { toStage: 'prescreening', expectedVersion: 4 })
 */
export async function moveCase(trx: Trx, actor: Actor, id: string, input: MoveCase) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  // Someone changed the case since the caller read it: they must look again before moving it.
  if (row.version !== input.expectedVersion) throw new DomainError('CASE_VERSION_CONFLICT', 'The case changed since you opened it.', { version: row.version });
  const { def } = await loadWorkflow(trx, row.workflow_id);
  const current = stageOf(def, row.stage);
  if (!current.next.includes(input.toStage)) {
    throw new DomainError('CASE_MOVE_NOT_ALLOWED', `From ${current.code} a case can move to ${current.next.join(', ') || 'no other stage'}.`, {
      from: current.code,
      allowed: current.next,
    });
  }
  if (!canMoveFrom(actor, current)) throw new DomainError('CASE_STAGE_ROLE_REQUIRED', 'A supervisor moves the case from this stage.');
  const unmet = (await checkRequirements(trx, row, current)).filter((r) => !r.met).map((r) => r.requirement);
  if (unmet.length > 0) throw new DomainError('CASE_REQUIREMENTS_UNMET', 'The stage is not complete yet.', { unmet });

  const target = stageOf(def, input.toStage);
  const now = new Date();
  const updated = await q.updateCaseIfVersion(trx, id, input.expectedVersion, { stage: target.code, stage_entered_at: now, stage_due_at: stageDueAt(target, now) });
  if (!updated) throw new DomainError('CASE_VERSION_CONFLICT', 'Someone else changed the case at the same moment.');
  await createStageTasks(trx, row, target, actor, now);
  if (input.comment) {
    await trx.insertInto('case_notes').values({ id: randomUUID(), case_id: id, member_state: row.member_state, body: input.comment, author: actor.userId }).execute();
  }
  await notifyApplicants(trx, row, 'case.stage_changed', { caseNumber: row.case_number, stage: target.code });
  // Last: the audit row takes the audit chain's lock, held until the transaction commits.
  await recordCaseEvent(trx, actor, { ...row, stage: target.code }, {
    kind: 'stage_moved',
    details: { from: current.code, to: target.code, ...(input.comment ? { withComment: true } : {}) },
    visibleToApplicant: true,
  });
  return { id, stage: target.code, version: updated.version };
}
