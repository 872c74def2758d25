import type { Executor } from '../platform/db.ts';

export function listMemberStateRows(db: Executor) {
  return db.selectFrom('member_states').select(['code', 'name', 'joined_on', 'roles']).orderBy('name').execute();
}

export function findMemberStateRow(db: Executor, code: string) {
  return db.selectFrom('member_states').select(['code', 'name', 'joined_on', 'roles']).where('code', '=', code).executeTakeFirst();
}

export function listAgencyRows(db: Executor, memberState?: string) {
  let q = db.selectFrom('agencies').select(['id', 'member_state', 'name', 'kind']).orderBy('member_state').orderBy('name');
  if (memberState) q = q.where('member_state', '=', memberState);
  return q.execute();
}

export function findAgencyRow(db: Executor, id: string) {
  return db.selectFrom('agencies').select(['id', 'member_state', 'name', 'kind']).where('id', '=', id).executeTakeFirst();
}

export function listOfficeRows(db: Executor, memberState?: string) {
  let q = db
    .selectFrom('offices')
    .select(['id', 'agency_id', 'member_state', 'name', 'city', 'jurisdictions'])
    .orderBy('member_state')
    .orderBy('name');
  if (memberState) q = q.where('member_state', '=', memberState);
  return q.execute();
}

export function findOfficeRow(db: Executor, id: string) {
  return db
    .selectFrom('offices')
    .select(['id', 'agency_id', 'member_state', 'name', 'city', 'jurisdictions'])
    .where('id', '=', id)
    .executeTakeFirst();
}

const USER_COLUMNS = ['id', 'email', 'display_name', 'member_state', 'agency_id', 'office_id', 'roles', 'locale'] as const;

/** Users, limited to the given member states (undefined: all) inside the query. */
export function listUserRows(db: Executor, memberStates: string[] | undefined, limit: number) {
  let q = db.selectFrom('users').select(USER_COLUMNS).orderBy('email').limit(limit);
  if (memberStates) q = q.where('member_state', 'in', memberStates);
  return q.execute();
}

export function findUserRow(db: Executor, id: string, memberStates: string[] | undefined) {
  let q = db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id);
  if (memberStates) q = q.where('member_state', 'in', memberStates);
  return q.executeTakeFirst();
}
