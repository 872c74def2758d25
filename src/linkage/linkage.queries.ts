/**
 * All SQL of the linkage domain. Visibility is decided here: a reviewer sees pairs that touch
 * their member state; a tracing request is seen by its member state's staff and by the person
 * who asked for it.
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import type { Executor } from '../platform/db.ts';
import type { RegistryPerson } from './registry-record.ts';

export interface PersonForLinkage extends RegistryPerson {
  member_state: string;
  household_id: string;
  created_at: Date;
}

/** People as the engine reads them, with their first identity document (passports first). */
export async function listPeopleForLinkage(db: Executor, personIds: string[]): Promise<PersonForLinkage[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('people as p')
    .select([
      'p.id', 'p.given_names', 'p.family_name_1', 'p.family_name_2', 'p.sex', 'p.birth_date', 'p.nationalities', 'p.phone',
      'p.current_subdivision', 'p.member_state', 'p.household_id', 'p.created_at',
      (eb) => eb
        .selectFrom('identity_documents as d')
        .select('d.number_search')
        .whereRef('d.person_id', '=', 'p.id')
        .orderBy(sql`CASE d.type WHEN 'passport' THEN 0 WHEN 'national_id' THEN 1 ELSE 2 END`)
        .orderBy('d.created_at')
        .limit(1)
        .as('document_number'),
    ])
    .where('p.id', 'in', personIds)
    .execute();
  return rows.map((r) => ({ ...r, document_number: r.document_number ?? null }));
}

/** People of a member state holding a sharing consent in force for one of these member states. */
export async function listPeopleSharingWith(db: Executor, memberState: string, states: string[]): Promise<string[]> {
  if (states.length === 0) return [];
  const rows = await db
    .selectFrom('consents as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select('c.person_id')
    .distinct()
    .where('p.member_state', '=', memberState)
    .where('c.purpose', '=', 'sharing')
    .where('c.withdrawn_at', 'is', null)
    .where('c.recipient_member_state', 'in', states)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Member states whose registrations may be compared with this one's under an agreement in force. */
export async function listAgreementStates(db: Executor, memberState: string, purpose: 'deduplication' | 'tracing'): Promise<string[]> {
  const rows = await db
    .selectFrom('linkage_sharing_agreements')
    .select(['member_state_a', 'member_state_b'])
    .where('purpose', '=', purpose)
    .where((eb) => eb.or([eb('member_state_a', '=', memberState), eb('member_state_b', '=', memberState)]))
    .where('valid_from', '<=', sql<string>`CURRENT_DATE`)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', sql<string>`CURRENT_DATE`)]))
    .execute();
  return [...new Set(rows.map((r) => (r.member_state_a === memberState ? r.member_state_b : r.member_state_a)))];
}

/** Does the person hold consent in force to share with that member state? */
function sharingConsent(personRef: ReturnType<typeof sql.ref>, recipientState: ReturnType<typeof sql.ref> | string) {
  return sql<boolean>`EXISTS (SELECT 1 FROM consents c WHERE c.person_id = ${personRef} AND c.purpose = 'sharing'
    AND c.withdrawn_at IS NULL AND c.recipient_member_state = ${recipientState})`;
}

/**
 * Candidates sharing a blocking key with a person: in its own member state, and in the member
 * states of `agreementStates` where both people consented to sharing with the other's state.
 * Merged records (not survivors) are left out; their survivor stands for them.
 */
export async function listCandidateIds(
  db: Executor,
  person: { id: string; member_state: string },
  keys: Array<{ rule: number; key: string }>,
  agreementStates: string[],
  limit: number,
  ownState = true,
): Promise<string[]> {
  if (keys.length === 0) return [];
  const selfConsents = new Set<string>();
  if (agreementStates.length > 0) {
    const rows = await db
      .selectFrom('consents')
      .select('recipient_member_state')
      .where('person_id', '=', person.id)
      .where('purpose', '=', 'sharing')
      .where('withdrawn_at', 'is', null)
      .where('recipient_member_state', 'in', agreementStates)
      .execute();
    for (const r of rows) if (r.recipient_member_state) selfConsents.add(r.recipient_member_state);
  }
  const states = agreementStates.filter((s) => selfConsents.has(s));
  if (!ownState && states.length === 0) return [];
  const rows = await db
    .selectFrom('linkage_keys as k')
    .select('k.person_id')
    .where((eb) => eb.or(keys.map((k) => eb.and([eb('k.rule', '=', k.rule), eb('k.key', '=', k.key)]))))
    .where('k.person_id', '!=', person.id)
    .where((eb) => eb.or([
      ...(ownState ? [eb('k.member_state', '=', person.member_state)] : []),
      ...(states.length > 0
        ? [eb.and([eb('k.member_state', 'in', states), sharingConsent(sql.ref('k.person_id'), person.member_state)])]
        : []),
    ]))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('linkage_clusters as c').select('c.person_id').whereRef('c.person_id', '=', 'k.person_id').where('c.merged_into', 'is not', null))))
    // Those sharing the most keys first: when a common name fills the cap, the closest stay in.
    .groupBy('k.person_id')
    .orderBy((eb) => eb.fn.countAll(), 'desc')
    .orderBy('k.person_id')
    .limit(limit)
    .execute();
  return rows.map((r) => r.person_id);
}

/** Pairs the actor may review: they touch the actor's member state. */
export function visiblePairs(db: Executor, actor: Actor) {
  return db
    .selectFrom('linkage_pairs')
    .where((eb) => eb.or([eb('linkage_pairs.member_state', '=', actor.memberState), eb('linkage_pairs.other_member_state', '=', actor.memberState)]));
}

export async function findVisiblePair(db: Executor, actor: Actor, id: string) {
  return visiblePairs(db, actor).selectAll().where('linkage_pairs.id', '=', id).executeTakeFirst();
}

/** Pairs with one of these people as either side. */
export async function listPairsOfPeople(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('linkage_pairs')
    .selectAll()
    .where((eb) => eb.or([eb('person_a', 'in', personIds), eb('person_b', 'in', personIds)]))
    .execute();
}

export async function findThresholds(db: Executor, memberState: string) {
  const row = await db.selectFrom('linkage_thresholds').selectAll().where('member_state', '=', memberState).executeTakeFirst();
  return { reviewThreshold: row?.review_threshold ?? 0.5, autoMergeThreshold: row?.auto_merge_threshold ?? null };
}

/** Document types held by both people with different numbers: a hard "cannot link". */
export async function hasDocumentConflict(db: Executor, a: string, b: string): Promise<boolean> {
  const row = await db
    .selectFrom('identity_documents as x')
    .innerJoin('identity_documents as y', (j) => j.onRef('x.type', '=', 'y.type').onRef('x.issuing_country', '=', 'y.issuing_country'))
    .select('x.id')
    .where('x.person_id', '=', a)
    .where('y.person_id', '=', b)
    .whereRef('x.number_search', '!=', 'y.number_search')
    .where('x.type', 'in', ['passport', 'national_id'])
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findActiveModel(db: Executor, settingsName: string) {
  return db.selectFrom('linkage_models').select(['id', 'model']).where('settings_name', '=', settingsName).where('active', '=', true).executeTakeFirst();
}

/** The cluster (stable person id) of a person: its own id until merged. */
export async function findClusterId(db: Executor, personId: string): Promise<string> {
  const row = await db.selectFrom('linkage_clusters').select('cluster_id').where('person_id', '=', personId).executeTakeFirst();
  return row?.cluster_id ?? personId;
}
