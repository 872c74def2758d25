/**
 * The review queue: pairs at or above the review threshold, the side-by-side comparison with the
 * field-by-field weights, and the reviewer's decision. A rejection is a "cannot link": the pair
 * never returns to the queue and may never be merged.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../linkage.queries.ts';
import type { PairStatus } from '../linkage.tables.ts';

export interface QueueFilter {
  status: PairStatus;
  limit: number;
  offset: number;
}

function toPairSummary(r: { id: string; person_a: string; person_b: string; member_state: string; other_member_state: string; match_probability: number; match_weight: number; status: PairStatus; cannot_link: string | null; found_by: string; version: number; created_at: Date }) {
  return {
    id: r.id,
    personA: r.person_a,
    personB: r.person_b,
    memberStates: [r.member_state, r.other_member_state],
    matchProbability: r.match_probability,
    matchWeight: r.match_weight,
    status: r.status,
    cannotLink: r.cannot_link as 'rejected' | 'document_conflict' | null,
    foundBy: r.found_by as 'registration' | 'batch',
    version: r.version,
    createdAt: r.created_at.toISOString(),
  };
}

/** The queue of the actor's member state, most probable first; names come with each pair. */
export async function listReviewQueue(db: Executor, actor: Actor, filter: QueueFilter) {
  const rows = await q.visiblePairs(db, actor)
    .selectAll()
    .where('status', '=', filter.status)
    .orderBy('match_probability', 'desc')
    .orderBy('created_at')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  const ids = rows.flatMap((r) => [r.person_a, r.person_b]);
  const names = ids.length === 0 ? [] : await db.selectFrom('people').select(['id', 'given_names', 'family_name_1', 'family_name_2', 'birth_date']).where('id', 'in', ids).execute();
  const byId = new Map(names.map((n) => [n.id, n]));
  const label = (id: string) => {
    const n = byId.get(id);
    return n ? { name: [n.given_names, n.family_name_1, n.family_name_2].filter(Boolean).join(' '), birthDate: n.birth_date } : { name: '', birthDate: null };
  };
  return rows.map((r) => ({ ...toPairSummary(r), a: label(r.person_a), b: label(r.person_b) }));
}

async function sideOf(db: Executor, personId: string) {
  const p = await db
    .selectFrom('people as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin('offices as o', 'o.id', 'h.registered_office')
    .select([
      'p.id', 'p.given_names', 'p.family_name_1', 'p.family_name_2', 'p.sex', 'p.birth_date', 'p.nationalities', 'p.phone',
      'p.current_country', 'p.current_subdivision', 'p.member_state', 'p.household_id', 'p.created_at', 'p.version', 'o.name as office_name',
    ])
    .where('p.id', '=', personId)
    .executeTakeFirstOrThrow();
  const documents = await db.selectFrom('identity_documents').select(['type', 'number', 'issuing_country']).where('person_id', '=', personId).orderBy('created_at').execute();
  const cluster = await db.selectFrom('linkage_clusters').select(['cluster_id', 'merged_into']).where('person_id', '=', personId).executeTakeFirst();
  const cases = await db
    .selectFrom('case_members as m')
    .innerJoin('cases as c', 'c.id', 'm.case_id')
    .select(['c.id', 'c.case_number', 'c.programme_code', 'c.status'])
    .where('m.person_id', '=', personId)
    .orderBy('c.opened_at')
    .execute();
  return {
    id: p.id,
    givenNames: p.given_names,
    familyName1: p.family_name_1,
    familyName2: p.family_name_2,
    sex: p.sex,
    birthDate: p.birth_date,
    nationalities: p.nationalities,
    phone: p.phone,
    currentCountry: p.current_country,
    currentSubdivision: p.current_subdivision,
    memberState: p.member_state,
    householdId: p.household_id,
    office: p.office_name ?? null,
    registeredAt: p.created_at.toISOString(),
    version: p.version,
    documents: documents.map((d) => ({ type: d.type, number: d.number, issuingCountry: d.issuing_country })),
    clusterId: cluster?.cluster_id ?? p.id,
    mergedInto: cluster?.merged_into ?? null,
    cases: cases.map((c) => ({ id: c.id, caseNumber: c.case_number, programmeCode: c.programme_code, status: c.status })),
  };
}

/**
 * One pair side by side, with its weights and its decisions. Reading both records is audited:
 * one of them may be held by another member state under an agreement.
 */
export async function getPairComparison(trx: Trx, actor: Actor, pairId: string) {
  const pair = await q.findVisiblePair(trx, actor, pairId);
  if (!pair) throw new DomainError('LINKAGE_PAIR_NOT_FOUND');
  const decisions = await trx
    .selectFrom('linkage_decisions as d')
    .leftJoin('users as u', 'u.id', 'd.decided_by')
    .select(['d.decision', 'd.note', 'd.decided_at', 'u.display_name'])
    .where('d.pair_id', '=', pairId)
    .orderBy('d.decided_at')
    .execute();
  const result = {
    ...toPairSummary(pair),
    terms: (pair.terms as Array<{ comparison: string; level: number; label: string; m: number | null; u: number | null; weight: number }>),
    a: await sideOf(trx, pair.person_a),
    b: await sideOf(trx, pair.person_b),
    decisions: decisions.map((d) => ({ decision: d.decision, note: d.note, decidedAt: d.decided_at.toISOString(), decidedBy: d.display_name ?? null })),
  };
  await recordAudit(trx, auditActorOf(actor), { action: 'linkage.pair.read', recordType: 'linkage_pair', recordId: pairId, details: {} });
  return result;
}

/** Confirm ("the same person") or reject ("not the same person": never merged, never queued again). */
export async function decidePair(trx: Trx, actor: Actor, pairId: string, input: { decision: 'confirm' | 'reject'; version: number; note?: string }) {
  const pair = await q.findVisiblePair(trx, actor, pairId);
  if (!pair) throw new DomainError('LINKAGE_PAIR_NOT_FOUND');
  if (pair.version !== input.version) throw new DomainError('LINKAGE_PAIR_VERSION_CONFLICT', 'The pair changed since you saw it.', { version: pair.version });
  const allowed: PairStatus[] = input.decision === 'confirm' ? ['pending', 'undone'] : ['pending', 'confirmed', 'undone'];
  if (!allowed.includes(pair.status)) throw new DomainError('LINKAGE_PAIR_DECIDED', 'This pair was already decided.', { status: pair.status });
  const status: PairStatus = input.decision === 'confirm' ? 'confirmed' : 'rejected';
  await trx
    .updateTable('linkage_pairs')
    .set({ status, cannot_link: input.decision === 'reject' ? 'rejected' : pair.cannot_link, version: sql`version + 1`, updated_at: new Date() })
    .where('id', '=', pairId)
    .execute();
  await trx.insertInto('linkage_decisions').values({ id: randomUUID(), pair_id: pairId, member_state: actor.memberState, decision: input.decision, note: input.note ?? null, decided_by: actor.userId }).execute();
  await recordAudit(trx, auditActorOf(actor), { action: `linkage.${input.decision}`, recordType: 'linkage_pair', recordId: pairId, details: { from: pair.status, to: status } });
  return { id: pairId, status, version: pair.version + 1 };
}
