/**
 * Decisions, recommendations and closures. A decision is recorded with reasons from a list, free
 * text and its legal basis. Recommendations and closures wait for a supervisor, who can never be
 * the person who asked (four eyes: checked here and by a CHECK constraint in the database).
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { canReview } from '../cases.policy.ts';
import * as q from '../cases.queries.ts';
import type { NewDecision, ReviewDecision } from '../cases.schemas.ts';
import { assertOpen, getVisibleCase, notifyApplicants, recordCaseEvent, toDecision } from './case-support.ts';

export async function recordDecision(trx: Trx, actor: Actor, id: string, input: NewDecision) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const needsApproval = input.kind !== 'decision';
  if (needsApproval) {
    const pending = await trx
      .selectFrom('case_decisions')
      .select('id')
      .where('case_id', '=', id)
      .where('kind', '=', input.kind)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) throw new DomainError('CASE_APPROVAL_PENDING', 'A request of this kind already waits for approval.', { decisionId: pending.id });
  }
  const decisionId = randomUUID();
  const inserted = await trx
    .insertInto('case_decisions')
    .values({
      id: decisionId,
      case_id: id,
      member_state: row.member_state,
      stage: row.stage,
      kind: input.kind,
      outcome: input.outcome,
      reason_codes: input.reasonCodes,
      reason_text: input.reasonText ?? null,
      legal_basis: input.legalBasis,
      status: needsApproval ? 'pending' : 'recorded',
      requested_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordCaseEvent(trx, actor, row, {
    kind: needsApproval ? `${input.kind}_requested` : 'decision_recorded',
    details: { decisionId, outcome: input.outcome, reasonCodes: input.reasonCodes },
    visibleToApplicant: input.kind === 'decision',
  });
  if (input.kind === 'decision') await notifyApplicants(trx, row, 'case.decision', { caseNumber: row.case_number, outcome: input.outcome });
  return toDecision(inserted);
}

export async function reviewDecision(trx: Trx, actor: Actor, id: string, decisionId: string, input: ReviewDecision) {
  const row = await getVisibleCase(trx, actor, id);
  assertOpen(row);
  const decision = await trx.selectFrom('case_decisions').selectAll().where('id', '=', decisionId).where('case_id', '=', id).executeTakeFirst();
  if (!decision) throw new DomainError('CASE_DECISION_NOT_FOUND');
  if (decision.status !== 'pending') throw new DomainError('CASE_DECISION_NOT_PENDING', 'This request was already reviewed.');
  if (!canReview(actor, decision.requested_by)) throw new DomainError('CASE_OWN_APPROVAL', 'Someone other than the requester approves it.');
  const reviewed = await trx
    .updateTable('case_decisions')
    .set({ status: input.approve ? 'approved' : 'rejected', reviewed_by: actor.userId, reviewed_at: sql<Date>`now()`, review_comment: input.comment ?? null })
    .where('id', '=', decisionId)
    .where('status', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
  if (!reviewed) throw new DomainError('CASE_DECISION_NOT_PENDING', 'This request was reviewed at the same moment.');
  await recordCaseEvent(trx, actor, row, {
    kind: input.approve ? `${decision.kind}_approved` : `${decision.kind}_rejected`,
    details: { decisionId, outcome: decision.outcome },
  });
  if (decision.kind === 'closure' && input.approve) {
    const closed = await q.updateCaseIfVersion(trx, id, row.version, { status: 'closed', closed_at: new Date(), closure_reason: decision.outcome });
    if (!closed) throw new DomainError('CASE_VERSION_CONFLICT', 'The case changed at the same moment.');
    await recordCaseEvent(trx, actor, row, { kind: 'closed', details: { reason: decision.outcome }, visibleToApplicant: true });
    await notifyApplicants(trx, row, 'case.closed', { caseNumber: row.case_number, reason: decision.outcome });
  }
  return toDecision(reviewed);
}
