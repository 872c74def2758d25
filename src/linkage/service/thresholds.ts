/**
 * Review and automatic-merge thresholds per member state. Only a programme administrator sets
 * them; without an automatic threshold nothing is merged without a person deciding.
 */
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../linkage.queries.ts';

export async function getThresholds(db: Executor, actor: Actor) {
  return { memberState: actor.memberState, ...(await q.findThresholds(db, actor.memberState)) };
}

export async function setThresholds(trx: Trx, actor: Actor, input: { reviewThreshold: number; autoMergeThreshold: number | null }) {
  if (input.autoMergeThreshold !== null && input.autoMergeThreshold <= input.reviewThreshold) {
    throw new DomainError('LINKAGE_THRESHOLDS_INVALID', 'The automatic threshold must be above the review threshold.');
  }
  const before = await q.findThresholds(trx, actor.memberState);
  await trx
    .insertInto('linkage_thresholds')
    .values({ member_state: actor.memberState, review_threshold: input.reviewThreshold, auto_merge_threshold: input.autoMergeThreshold, updated_by: actor.userId })
    .onConflict((oc) => oc.column('member_state').doUpdateSet({ review_threshold: input.reviewThreshold, auto_merge_threshold: input.autoMergeThreshold, updated_by: actor.userId, updated_at: new Date() }))
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'linkage.thresholds.set', recordType: 'member_state', recordId: null, details: { before, after: input } });
  return getThresholds(trx, actor);
}
