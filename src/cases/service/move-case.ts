/**
 * Moving a case to its next stage: only along the workflow's allowed moves, only by the role the
 * stage names, only once the stage's requirements are met, and only if nobody else changed the
 * case since the caller read it (expectedVersion; 409 otherwise).
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { sql, type SqlBool } from 'kysely';
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

/** Which of the stage's requirements the case meets now. */
export async function checkRequirements(
  db: Executor,
  c: { id: string; stage: string; facts: Record<string, string | boolean> },
  stage: Stage,
): Promise<RequirementCheck[]> {
  if (stage.requirements.length === 0) return [];
  const [documents, openTasks, heldInterviews, decisions] = await Promise.all([
    db.selectFrom('case_documents').select('type').where('case_id', '=', c.id).distinct().execute(),
    db
      .selectFrom('case_tasks')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', c.id)
      .where('stage', '=', stage.code)
      .where('status', '=', 'open')
      .where('for_applicant', '=', false)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('case_interviews')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('case_id', '=', c.id)
      .where('stage', '=', stage.code)
      .where('status', '=', 'held')
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('case_decisions')
      .select(['kind', 'outcome', 'status'])
      .where('case_id', '=', c.id)
      .where('stage', '=', stage.code)
      .where(sql<SqlBool>`status <> 'rejected'`)
      .orderBy('requested_at', 'desc')
      .execute(),
  ]);
  const types = new Set(documents.map((d) => d.type));
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
        return { requirement: r, met: Number(openTasks.n) === 0 };
      case 'interview_held':
        return { requirement: r, met: Number(heldInterviews.n) > 0 };
      case 'approved_recommendation':
        return { requirement: r, met: latestRecommendation?.status === 'approved' && latestRecommendation.outcome === 'recommend' };
      case 'decision':
        return { requirement: r, met: latestDecision?.status === 'recorded' && r.outcomes.includes(latestDecision.outcome) };
    }
  });
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
  await recordCaseEvent(trx, actor, { ...row, stage: target.code }, {
    kind: 'stage_moved',
    details: { from: current.code, to: target.code, ...(input.comment ? { withComment: true } : {}) },
    visibleToApplicant: true,
  });
  await notifyApplicants(trx, row, 'case.stage_changed', { caseNumber: row.case_number, stage: target.code });
  return { id, stage: target.code, version: updated.version };
}
