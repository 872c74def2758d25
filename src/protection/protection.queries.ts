/**
 * All SQL of the protection domain. Visibility is part of each query: a caller who may not see a
 * record gets no row, and the service answers 404.
 */
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import type { Executor } from '../platform/db.ts';
import type { Database } from '../platform/schema.ts';
import { confidentialScopeOf, summaryScopeOf, type ConfidentialScope, type SummaryScope } from './protection.policy.ts';

export type FileRow = Awaited<ReturnType<typeof unsafeFindFileByPerson>> & object;

/** People the caller may know about: staff of the person's member state (the registry's own rule). */
export function findVisiblePerson(db: Executor, scope: SummaryScope, personId: string) {
  if (scope.none) return Promise.resolve(undefined);
  return db
    .selectFrom('people')
    .select(['id', 'household_id', 'member_state', 'given_names', 'family_name_1', 'sex', 'birth_date', 'nationalities', 'languages', 'phone', 'user_id'])
    .where('id', '=', personId)
    .where('member_state', '=', scope.memberState)
    .executeTakeFirst();
}

export function findOwnPerson(db: Executor, actor: Actor, personId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'household_id', 'member_state', 'given_names', 'family_name_1', 'sex', 'birth_date', 'nationalities', 'languages', 'phone', 'user_id'])
    .where('id', '=', personId)
    .where('user_id', '=', actor.userId)
    .executeTakeFirst();
}

/** Without visibility: for the system (worker reports) and for callers that checked the person already. */
export function unsafeFindFileByPerson(db: Executor, personId: string) {
  return db.selectFrom('protection_files').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** The protection officers of the holding office, and of offices it shared the file with. */
export function confidentialVisible(eb: ExpressionBuilder<Database, 'protection_files'>, scope: ConfidentialScope) {
  if (scope.none || !scope.officeId) return sql<SqlBool>`false`;
  const officeId = scope.officeId;
  return eb.or([
    eb.and([eb('protection_files.office_id', '=', officeId), eb('protection_files.member_state', '=', scope.memberState)]),
    eb.exists(
      eb
        .selectFrom('protection_file_shares as s')
        .select('s.file_id')
        .whereRef('s.file_id', '=', 'protection_files.id')
        .where('s.office_id', '=', officeId),
    ),
  ]);
}

export function findConfidentialFile(db: Executor, actor: Actor, personId: string) {
  const scope = confidentialScopeOf(actor);
  return db
    .selectFrom('protection_files')
    .selectAll()
    .where('person_id', '=', personId)
    .where((eb) => confidentialVisible(eb, scope))
    .executeTakeFirst();
}

export function listAssessmentRows(db: Executor, fileId: string) {
  return db.selectFrom('protection_assessments').selectAll().where('file_id', '=', fileId).orderBy('conducted_at', 'desc').execute();
}

export function listNeedRows(db: Executor, fileId: string) {
  return db.selectFrom('specific_needs').selectAll().where('file_id', '=', fileId).where('removed_at', 'is', null).orderBy('recorded_at').execute();
}

export function listOpenFlagRows(db: Executor, fileId: string) {
  return db.selectFrom('protection_flags').selectAll().where('file_id', '=', fileId).where('resolved_at', 'is', null).orderBy('raised_at').execute();
}

export function listReferralRows(db: Executor, fileId: string) {
  return db
    .selectFrom('protection_referrals as r')
    .innerJoin('protection_services as sv', 'sv.id', 'r.service_id')
    .select(['r.id', 'r.status', 'r.need', 'r.urgency', 'r.created_at', 'r.responded_at', 'r.completed_at', 'r.decline_reason', 'sv.name as service_name', 'r.version'])
    .where('r.file_id', '=', fileId)
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** Files held by (or shared with) the caller's office, most urgent first. */
export function listQueueRows(db: Executor, actor: Actor, limit: number, offset: number) {
  const scope = confidentialScopeOf(actor);
  return db
    .selectFrom('protection_files')
    .innerJoin('people', 'people.id', 'protection_files.person_id')
    .select([
      'protection_files.id',
      'protection_files.person_id',
      'protection_files.priority',
      'protection_files.priority_reasons',
      'protection_files.updated_at',
      'people.given_names',
      'people.family_name_1',
    ])
    .where((eb) => confidentialVisible(eb, scope))
    .orderBy(sql`CASE protection_files.priority WHEN 'emergency' THEN 3 WHEN 'urgent' THEN 2 ELSE 1 END`, 'desc')
    .orderBy('protection_files.updated_at', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export function listTaskRows(db: Executor, actor: Actor, status: 'open' | 'done') {
  if (!actor.officeId || !actor.scopes.has('protection:read')) return Promise.resolve([]);
  return db
    .selectFrom('protection_tasks as t')
    .innerJoin('protection_files as f', 'f.id', 't.file_id')
    .select(['t.id', 't.kind', 't.file_id', 'f.person_id', 't.referral_id', 't.due_at', 't.status', 't.created_at'])
    .where('t.office_id', '=', actor.officeId)
    .where('t.status', '=', status)
    .orderBy('t.due_at')
    .limit(200)
    .execute();
}

/** Open cases the person is a member of (to raise their priority). */
export function listOpenCaseIdsOfPerson(db: Executor, personId: string) {
  return db
    .selectFrom('case_members')
    .innerJoin('cases', 'cases.id', 'case_members.case_id')
    .select(['cases.id', 'cases.office_id', 'cases.priority', 'cases.member_state', 'cases.stage', 'cases.case_number'])
    .where('case_members.person_id', '=', personId)
    .where('cases.status', '=', 'open')
    .orderBy('cases.opened_at')
    .execute();
}

/**
 * The office that should hold a new file: the office of the person's open case, else the office
 * that registered the household, else the caller's.
 */
export async function findHoldingOfficeFor(db: Executor, personId: string): Promise<string | null> {
  const c = await listOpenCaseIdsOfPerson(db, personId);
  if (c[0]) return c[0].office_id;
  const h = await db
    .selectFrom('people')
    .innerJoin('households', 'households.id', 'people.household_id')
    .select('households.registered_office')
    .where('people.id', '=', personId)
    .executeTakeFirst();
  return h?.registered_office ?? null;
}

/** An office of the member state with protection officers, for files raised by the system. */
export async function findProtectionOffice(db: Executor, memberState: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('office_id')
    .where('member_state', '=', memberState)
    .where(sql<SqlBool>`'protection_officer' = ANY(roles)`)
    .where('office_id', 'is not', null)
    .where('disabled_at', 'is', null)
    .orderBy('created_at')
    .limit(1)
    .executeTakeFirst();
  return row?.office_id ?? null;
}

/**
 * The summary of a file is for staff of the agency that holds it (or of an office it was shared
 * with), and for staff of the office that holds one of the person's open cases. A receiving agency
 * of a referral is neither, so it sees the referral and nothing else.
 */
export function findSummaryFile(db: Executor, actor: Actor, personId: string) {
  const scope = summaryScopeOf(actor);
  if (scope.none || (!actor.agencyId && !actor.officeId)) return Promise.resolve(undefined);
  const agencyId = actor.agencyId ?? '00000000-0000-0000-0000-000000000000';
  const officeId = actor.officeId ?? '00000000-0000-0000-0000-000000000000';
  return db
    .selectFrom('protection_files')
    .selectAll()
    .where('person_id', '=', personId)
    .where('member_state', '=', scope.memberState)
    .where((eb) =>
      eb.or([
        eb.exists(eb.selectFrom('offices as o').select('o.id').whereRef('o.id', '=', 'protection_files.office_id').where('o.agency_id', '=', agencyId)),
        eb.exists(
          eb
            .selectFrom('protection_file_shares as s')
            .innerJoin('offices as so', 'so.id', 's.office_id')
            .select('s.file_id')
            .whereRef('s.file_id', '=', 'protection_files.id')
            .where('so.agency_id', '=', agencyId),
        ),
        eb.exists(
          eb
            .selectFrom('case_members as cm')
            .innerJoin('cases as c', 'c.id', 'cm.case_id')
            .select('c.id')
            .whereRef('cm.person_id', '=', 'protection_files.person_id')
            .where('c.office_id', '=', officeId)
            .where('c.status', '=', 'open'),
        ),
      ]),
    )
    .executeTakeFirst();
}

/** The consent in force for a referral to this recipient (registry's hasConsent decides; this finds its id). */
export function findReferralConsentId(db: Executor, personId: string, recipient: { memberState: string; agencyId: string }) {
  return db
    .selectFrom('consents')
    .select('id')
    .where('person_id', '=', personId)
    .where('purpose', '=', 'referral')
    .where('withdrawn_at', 'is', null)
    .where((eb) => eb.or([eb('recipient_agency_id', '=', recipient.agencyId), eb('recipient_member_state', '=', recipient.memberState)]))
    .orderBy('granted_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findOfficeRow(db: Executor, officeId: string) {
  return db.selectFrom('offices').select(['id', 'agency_id', 'member_state', 'name']).where('id', '=', officeId).executeTakeFirst();
}
