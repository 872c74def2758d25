/**
 * Merge and undo. A merge changes neither record (every version of both stays in the registry's
 * history): the later registration joins the earlier one's cluster, so the cluster id (the stable
 * person id) is the earlier record's, and what belongs to the person follows the survivor: case
 * memberships, a case held by the merged record's one-person household, relatives. What moved is
 * listed on the merge, so an undo puts exactly that back and the merged record gets its own
 * cluster id again.
 *
 * Cases are written here in SQL, not through the cases service: moving a membership is not a
 * workflow step, and the case timeline records it as an event of its own.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Trx } from '../../platform/db.ts';
import { jsonb } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../linkage.queries.ts';

interface Moved {
  caseMembers: string[];
  cases: string[];
  relatives: string[];
  /** People whose cluster moved with the merged record's (records merged into it before). */
  clusterMembers: string[];
  mergedCluster: string;
}

export interface MergeView {
  mergeId: string;
  pairId: string;
  survivorId: string;
  mergedId: string;
  clusterId: string;
  moved: { caseMembers: number; cases: number; relatives: number };
}

async function caseEvent(trx: Trx, actor: Actor | null, caseIds: string[], kind: string, details: Record<string, unknown>): Promise<void> {
  if (caseIds.length === 0) return;
  const cases = await trx.selectFrom('cases').select(['id', 'member_state', 'stage']).where('id', 'in', caseIds).execute();
  for (const c of cases) {
    await trx
      .insertInto('case_events')
      .values({ id: randomUUID(), case_id: c.id, member_state: c.member_state, actor_user_id: actor?.userId ?? null, kind, stage: c.stage, details: jsonb(details) })
      .execute();
  }
}

/**
 * Merge a pair without checking who asks (the caller has): used by mergePair and by automatic
 * merges above a programme administrator's threshold. Returns undefined when the pair cannot be
 * merged (already merged elsewhere, or a cannot-link constraint).
 */
export async function unsafeMergePair(trx: Trx, actor: Actor | null, pairId: string, decision: 'merge' | 'auto_merge'): Promise<MergeView | undefined> {
  const pair = await trx.selectFrom('linkage_pairs').selectAll().where('id', '=', pairId).forUpdate().executeTakeFirst();
  if (!pair || pair.cannot_link || !['pending', 'confirmed', 'undone'].includes(pair.status)) return undefined;
  const people = await trx
    .selectFrom('people')
    .select(['id', 'household_id', 'created_at'])
    .where('id', 'in', [pair.person_a, pair.person_b])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const [survivor, merged] = people;
  const already = await trx.selectFrom('linkage_clusters').select('person_id').where('person_id', 'in', [survivor.id, merged.id]).where('merged_into', 'is not', null).executeTakeFirst();
  if (already) return undefined;
  const clusterId = await q.findClusterId(trx, survivor.id);
  const mergedCluster = await q.findClusterId(trx, merged.id);

  const caseMembers = await trx
    .updateTable('case_members')
    .set({ person_id: survivor.id })
    .where('person_id', '=', merged.id)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('case_members as s').select('s.case_id').whereRef('s.case_id', '=', 'case_members.case_id').where('s.person_id', '=', survivor.id))))
    .returning('case_id')
    .execute();
  const householdSize = await trx.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).where('household_id', '=', merged.household_id).executeTakeFirstOrThrow();
  const cases = Number(householdSize.n) === 1 && merged.household_id !== survivor.household_id
    ? await trx
      .updateTable('cases')
      .set({ household_id: survivor.household_id, version: sql`version + 1`, updated_at: new Date() })
      .where('household_id', '=', merged.household_id)
      .returning('id')
      .execute()
    : [];
  const relatives = await trx.updateTable('relatives').set({ person_id: survivor.id }).where('person_id', '=', merged.id).returning('id').execute();
  const clusterMembers = await trx
    .updateTable('linkage_clusters')
    .set({ cluster_id: clusterId, updated_at: new Date() })
    .where('cluster_id', '=', mergedCluster)
    .where('person_id', '!=', merged.id)
    .returning('person_id')
    .execute();
  for (const [personId, memberState, mergedInto] of [[survivor.id, pair.member_state, null], [merged.id, pair.other_member_state, survivor.id]] as const) {
    await trx
      .insertInto('linkage_clusters')
      .values({ person_id: personId, member_state: memberState, cluster_id: clusterId, merged_into: mergedInto })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ cluster_id: clusterId, merged_into: mergedInto, updated_at: new Date() }))
      .execute();
  }
  const moved: Moved = {
    caseMembers: caseMembers.map((r) => r.case_id),
    cases: cases.map((r) => r.id),
    relatives: relatives.map((r) => r.id),
    clusterMembers: clusterMembers.map((r) => r.person_id),
    mergedCluster,
  };
  const mergeId = randomUUID();
  await trx
    .insertInto('linkage_merges')
    .values({ id: mergeId, pair_id: pair.id, member_state: pair.member_state, survivor_id: survivor.id, merged_id: merged.id, cluster_id: clusterId, moved: jsonb(moved), merged_by: actor?.userId ?? null })
    .execute();
  await trx.updateTable('linkage_pairs').set({ status: 'merged', version: sql`version + 1`, updated_at: new Date() }).where('id', '=', pair.id).execute();
  await trx.insertInto('linkage_decisions').values({ id: randomUUID(), pair_id: pair.id, member_state: pair.member_state, decision, note: null, decided_by: actor?.userId ?? null }).execute();
  await caseEvent(trx, actor, [...new Set([...moved.caseMembers, ...moved.cases])], 'linkage.person_merged', { mergeId, survivorId: survivor.id, mergedId: merged.id });
  await recordAudit(trx, auditActorOf(actor), {
    action: decision === 'auto_merge' ? 'linkage.auto_merge' : 'linkage.merge',
    recordType: 'linkage_pair',
    recordId: pair.id,
    details: { mergeId, survivorId: survivor.id, mergedId: merged.id, clusterId, caseMembers: moved.caseMembers.length, cases: moved.cases.length, relatives: moved.relatives.length },
  });
  return {
    mergeId, pairId: pair.id, survivorId: survivor.id, mergedId: merged.id, clusterId,
    moved: { caseMembers: moved.caseMembers.length, cases: moved.cases.length, relatives: moved.relatives.length },
  };
}

/** A reviewer merges a pair of their member state (a merge is also a confirmation). */
export async function mergePair(trx: Trx, actor: Actor, pairId: string, expectedVersion: number): Promise<MergeView> {
  const pair = await q.findVisiblePair(trx, actor, pairId);
  if (!pair) throw new DomainError('LINKAGE_PAIR_NOT_FOUND');
  if (pair.version !== expectedVersion) throw new DomainError('LINKAGE_PAIR_VERSION_CONFLICT', 'The pair changed since you saw it.', { version: pair.version });
  if (pair.cannot_link) throw new DomainError('LINKAGE_CANNOT_LINK', 'This pair may not be merged.', { reason: pair.cannot_link });
  // A merge across member states would move a case between them: that is a transfer under an
  // agreement, not a merge. Such pairs are confirmed and each state keeps its record.
  if (pair.member_state !== actor.memberState || pair.other_member_state !== actor.memberState) {
    throw new DomainError('LINKAGE_MERGE_CROSS_BORDER', 'Records held by two member states are linked, not merged.');
  }
  if (!['pending', 'confirmed', 'undone'].includes(pair.status)) throw new DomainError('LINKAGE_PAIR_DECIDED', 'This pair was already decided.', { status: pair.status });
  const view = await unsafeMergePair(trx, actor, pairId, 'merge');
  if (!view) throw new DomainError('LINKAGE_PAIR_DECIDED', 'One of these records is already merged into another.', { status: pair.status });
  return view;
}

/** Undo the last merge of a pair: everything that moved goes back, and the clusters split. */
export async function undoMerge(trx: Trx, actor: Actor, pairId: string, expectedVersion: number): Promise<{ pairId: string; survivorId: string; mergedId: string }> {
  const pair = await q.findVisiblePair(trx, actor, pairId);
  if (!pair || pair.member_state !== actor.memberState) throw new DomainError('LINKAGE_PAIR_NOT_FOUND');
  if (pair.version !== expectedVersion) throw new DomainError('LINKAGE_PAIR_VERSION_CONFLICT', 'The pair changed since you saw it.', { version: pair.version });
  const merge = await trx.selectFrom('linkage_merges').selectAll().where('pair_id', '=', pairId).where('undone_at', 'is', null).orderBy('merged_at', 'desc').executeTakeFirst();
  if (pair.status !== 'merged' || !merge) throw new DomainError('LINKAGE_NOT_MERGED', 'This pair is not merged.');
  const moved = merge.moved as unknown as Moved;
  if (moved.caseMembers.length > 0) {
    await trx.updateTable('case_members').set({ person_id: merge.merged_id }).where('case_id', 'in', moved.caseMembers).where('person_id', '=', merge.survivor_id).execute();
  }
  if (moved.cases.length > 0) {
    const mergedPerson = await trx.selectFrom('people').select('household_id').where('id', '=', merge.merged_id).executeTakeFirstOrThrow();
    await trx.updateTable('cases').set({ household_id: mergedPerson.household_id, version: sql`version + 1`, updated_at: new Date() }).where('id', 'in', moved.cases).execute();
  }
  if (moved.relatives.length > 0) {
    await trx.updateTable('relatives').set({ person_id: merge.merged_id }).where('id', 'in', moved.relatives).execute();
  }
  if (moved.clusterMembers.length > 0) {
    await trx.updateTable('linkage_clusters').set({ cluster_id: moved.mergedCluster, updated_at: new Date() }).where('person_id', 'in', moved.clusterMembers).execute();
  }
  await trx.updateTable('linkage_clusters').set({ cluster_id: moved.mergedCluster, merged_into: null, updated_at: new Date() }).where('person_id', '=', merge.merged_id).execute();
  await trx.updateTable('linkage_merges').set({ undone_by: actor.userId, undone_at: new Date() }).where('id', '=', merge.id).execute();
  await trx.updateTable('linkage_pairs').set({ status: 'undone', version: sql`version + 1`, updated_at: new Date() }).where('id', '=', pairId).execute();
  await trx.insertInto('linkage_decisions').values({ id: randomUUID(), pair_id: pairId, member_state: pair.member_state, decision: 'undo', note: null, decided_by: actor.userId }).execute();
  await caseEvent(trx, actor, [...new Set([...moved.caseMembers, ...moved.cases])], 'linkage.person_merge_undone', { mergeId: merge.id, survivorId: merge.survivor_id, mergedId: merge.merged_id });
  await recordAudit(trx, auditActorOf(actor), {
    action: 'linkage.undo_merge',
    recordType: 'linkage_pair',
    recordId: pairId,
    details: { mergeId: merge.id, survivorId: merge.survivor_id, mergedId: merge.merged_id },
  });
  return { pairId, survivorId: merge.survivor_id, mergedId: merge.merged_id };
}
