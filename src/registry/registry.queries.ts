import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import type { Executor } from '../platform/db.ts';

/**
 * The households the actor may see, as a subquery of ids: staff with registry:read see
 * their member state's households; anyone sees the household they are a member of.
 */
export function visibleHouseholdIds(db: Executor, actor: Actor) {
  return db
    .selectFrom('households')
    .select('households.id')
    .where((eb) =>
      eb.or([
        ...(actor.scopes.has('registry:read') ? [eb('households.member_state', '=', actor.memberState)] : []),
        eb.exists(
          eb
            .selectFrom('people as own')
            .select('own.id')
            .whereRef('own.household_id', '=', 'households.id')
            .where('own.user_id', '=', actor.userId),
        ),
      ]),
    );
}

export function findHouseholdRow(db: Executor, actor: Actor, id: string) {
  return db
    .selectFrom('households')
    .selectAll()
    .where('id', '=', id)
    .where('id', 'in', visibleHouseholdIds(db, actor))
    .executeTakeFirst();
}

export function listPeopleRows(db: Executor, householdIds: string[]) {
  if (householdIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('people').selectAll().where('household_id', 'in', householdIds).orderBy('position').orderBy('id').execute();
}

export function listDocumentRows(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('identity_documents').selectAll().where('person_id', 'in', personIds).orderBy('created_at').execute();
}

export function listRelativeRows(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('relatives').selectAll().where('person_id', 'in', personIds).orderBy('created_at').execute();
}

export function listConsentRows(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('consents').selectAll().where('person_id', 'in', personIds).orderBy('granted_at').execute();
}

export function findVisiblePersonRow(db: Executor, actor: Actor, personId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('id', '=', personId)
    .where('household_id', 'in', visibleHouseholdIds(db, actor))
    .executeTakeFirst();
}

/** Typo-tolerant name search with pg_trgm, limited to what the actor may see. */
export function searchByName(db: Executor, actor: Actor, folded: string, limit: number) {
  return db
    .selectFrom('people')
    .select([
      'id',
      'household_id',
      'given_names',
      'family_name_1',
      'family_name_2',
      'birth_date',
      'current_subdivision',
      sql<number>`word_similarity(${folded}, name_search)`.as('similarity'),
    ])
    .where('member_state', '=', actor.memberState)
    .where(sql<boolean>`${folded} <% name_search`)
    .where('household_id', 'in', visibleHouseholdIds(db, actor))
    .orderBy('similarity', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export function searchByDocument(db: Executor, actor: Actor, folded: string, limit: number) {
  return db
    .selectFrom('identity_documents as d')
    .innerJoin('people', 'people.id', 'd.person_id')
    .select([
      'people.id',
      'people.household_id',
      'people.given_names',
      'people.family_name_1',
      'people.family_name_2',
      'people.birth_date',
      'people.current_subdivision',
    ])
    .where('d.number_search', '=', folded)
    .where('people.member_state', '=', actor.memberState)
    .where('people.household_id', 'in', visibleHouseholdIds(db, actor))
    .limit(limit)
    .execute();
}

export function searchByPhone(db: Executor, actor: Actor, phone: string, limit: number) {
  return db
    .selectFrom('people')
    .select(['id', 'household_id', 'given_names', 'family_name_1', 'family_name_2', 'birth_date', 'current_subdivision'])
    .where('member_state', '=', actor.memberState)
    .where('phone', '=', phone)
    .where('household_id', 'in', visibleHouseholdIds(db, actor))
    .limit(limit)
    .execute();
}
