/**
 * SQL of the labor domain. Visibility is part of each query: employer users see the employers their
 * association acts for (or that they registered); programme administrators see their member state's.
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import type { Executor } from '../platform/db.ts';

const NIL = '00000000-0000-0000-0000-000000000000';

/** Ids of the employers the actor may see, as a subquery. */
export function visibleEmployerIds(db: Executor, actor: Actor) {
  const q = db.selectFrom('employers').select('employers.id');
  if (actor.scopes.has('labor:admin')) return q.where('employers.member_state', '=', actor.memberState);
  if (actor.scopes.has('labor:employer')) {
    return q.where((eb) => eb.or([eb('employers.acting_agency_id', '=', actor.agencyId ?? NIL), eb('employers.created_by', '=', actor.userId)]));
  }
  return q.where(sql<boolean>`false`);
}

export async function findEmployerRow(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('employers').selectAll().where('id', '=', id).where('id', 'in', visibleEmployerIds(db, actor)).executeTakeFirst();
}

export async function listEmployerRows(db: Executor, actor: Actor) {
  return db.selectFrom('employers').selectAll().where('id', 'in', visibleEmployerIds(db, actor)).orderBy('legal_name').limit(500).execute();
}

export async function listWorksiteRows(db: Executor, employerId: string) {
  return db.selectFrom('worksites').selectAll().where('employer_id', '=', employerId).orderBy('name').execute();
}

export async function listComplianceRows(db: Executor, employerId: string) {
  return db.selectFrom('employer_compliance_events').selectAll().where('employer_id', '=', employerId).orderBy('occurred_on', 'desc').execute();
}

export async function findJobOrderRow(db: Executor, actor: Actor, id: string) {
  return db.selectFrom('job_orders').selectAll().where('id', '=', id).where('employer_id', 'in', visibleEmployerIds(db, actor)).executeTakeFirst();
}

export async function listJobOrderRows(db: Executor, actor: Actor, filter: { status?: string; employerId?: string }) {
  let q = db.selectFrom('job_orders').selectAll().where('employer_id', 'in', visibleEmployerIds(db, actor));
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.employerId) q = q.where('employer_id', '=', filter.employerId);
  return q.orderBy('created_at', 'desc').limit(500).execute();
}

export async function latestAttestationRow(db: Executor, jobOrderId: string) {
  return db.selectFrom('job_order_attestations').selectAll().where('job_order_id', '=', jobOrderId).orderBy('attested_at', 'desc').limit(1).executeTakeFirst();
}

/** Current (not superseded) floors of a member state that may be in force on a date. */
export async function listFloorRowsOn(db: Executor, memberState: string, date: string) {
  return db
    .selectFrom('wage_floors')
    .selectAll()
    .where('member_state', '=', memberState)
    .where('superseded_at', 'is', null)
    .where('effective_from', '<=', date)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>=', date)]))
    .execute();
}

/** Places already taken or held by an open offer, per job order. */
export async function countHeldPlaces(db: Executor, jobOrderIds: readonly string[]) {
  if (jobOrderIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('allocation_results')
    .select(['job_order_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('job_order_id', 'in', jobOrderIds)
    .where('status', 'in', ['pending', 'offered', 'accepted'])
    .groupBy('job_order_id')
    .execute();
  return new Map(rows.map((r) => [r.job_order_id as string, Number(r.n)]));
}

/** The principal of the actor's household, as a worker: the person linked to the user. */
export async function findWorkerPerson(db: Executor, userId: string) {
  return db
    .selectFrom('people')
    .innerJoin('households', 'households.id', 'people.household_id')
    .select(['people.id', 'people.member_state', 'people.household_id', 'people.languages', 'households.principal_person_id'])
    .where('people.user_id', '=', userId)
    .executeTakeFirst();
}

/** "Screened eligible": the household's current screening result for the programme is eligible. */
export async function isScreenedEligible(db: Executor, householdId: string, programmeCode: string): Promise<boolean> {
  const row = await db
    .selectFrom('screening_results')
    .select('outcome')
    .where('household_id', '=', householdId)
    .where('programme_code', '=', programmeCode)
    .where('superseded_at', 'is', null)
    .orderBy('screened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.outcome === 'eligible';
}

export async function findInspectorate(db: Executor, memberState: string) {
  return db.selectFrom('agencies').select(['id', 'name']).where('member_state', '=', memberState).where('kind', '=', 'labour_inspectorate').orderBy('created_at').limit(1).executeTakeFirst();
}
