/**
 * All SQL of the cases domain. Visibility is part of every query that reads a case (`visibleTo`),
 * so a case outside the caller's scope is simply not found.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Executor, Trx } from '../platform/db.ts';
import type { Database } from '../platform/schema.ts';
import type { CaseScope } from './cases.policy.ts';

type CasesEb = ExpressionBuilder<Database & { c: Database['cases'] }, 'c'>;

/** The visibility scope as a condition on the cases table aliased `c`. */
export function visibleTo(eb: CasesEb, scope: CaseScope): Expression<SqlBool> {
  if (scope.none) return sql<SqlBool>`false`;
  const inState = eb('c.member_state', '=', scope.memberState);
  if (scope.wholeMemberState) return inState;
  const ors: Expression<SqlBool>[] = [];
  if (scope.officeId) ors.push(eb('c.office_id', '=', scope.officeId));
  if (scope.jurisdictions.length > 0) ors.push(eb('c.jurisdiction', 'in', scope.jurisdictions));
  if (scope.agencyId) {
    ors.push(eb('c.office_id', 'in', eb.selectFrom('offices').select('offices.id').where('offices.agency_id', '=', scope.agencyId)));
  }
  if (ors.length === 0) return sql<SqlBool>`false`;
  return eb.and([inState, eb.or(ors)]);
}

const CASE_COLUMNS = [
  'c.id',
  'c.member_state',
  'c.case_number',
  'c.programme_code',
  'c.workflow_id',
  'c.household_id',
  'c.screening_result_id',
  'c.office_id',
  'c.jurisdiction',
  'c.stage',
  'c.status',
  'c.priority',
  'c.assigned_to',
  'c.channel',
  'c.facts',
  'c.opened_by',
  'c.opened_at',
  'c.stage_entered_at',
  'c.stage_due_at',
  'c.closed_at',
  'c.closure_reason',
  'c.version',
] as const;

function caseSelect(db: Executor) {
  return db
    .selectFrom('cases as c')
    .select(CASE_COLUMNS)
    .select((eb) => [
      eb
        .selectFrom('case_members as m')
        .innerJoin('people as p', 'p.id', 'm.person_id')
        .select(sql<string>`concat_ws(' ', p.given_names, p.family_name_1, p.family_name_2)`.as('n'))
        .whereRef('m.case_id', '=', 'c.id')
        .where('m.role', '=', 'principal')
        .limit(1)
        .as('principal_name'),
      sql<boolean>`coalesce(c.stage_due_at < now(), false) AND c.status = 'open'`.as('overdue'),
      eb
        .selectFrom('case_tasks as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.case_id', '=', 'c.id')
        .where('t.status', '=', 'open')
        .where(sql<SqlBool>`t.due_on < current_date`)
        .as('overdue_tasks'),
    ]);
}
export type CaseRow = Awaited<ReturnType<ReturnType<typeof caseSelect>['executeTakeFirstOrThrow']>>;

export function findCaseRow(db: Executor, id: string, scope: CaseScope) {
  return caseSelect(db)
    .where('c.id', '=', id)
    .where((eb) => visibleTo(eb, scope))
    .executeTakeFirst();
}

/** Without visibility: for the applicant's own cases, whose access is checked through case_members. */
export function unsafeFindCaseRow(db: Executor, id: string) {
  return caseSelect(db).where('c.id', '=', id).executeTakeFirst();
}

export interface QueueFilters {
  officeId?: string;
  programme?: string;
  stage?: string;
  priority?: string;
  assignee?: string | null;
  overdue?: boolean;
  limit: number;
  offset: number;
}

/**
 * Open cases, most urgent first (priority, then oldest). The caller's own office is visible to them
 * by definition, so its queue needs no other condition and reads cases_office_queue_idx in order.
 */
export function listQueueRows(db: Executor, scope: CaseScope, f: QueueFilters) {
  const ownOffice = !scope.none && f.officeId !== undefined && f.officeId === scope.officeId;
  let q = caseSelect(db)
    .where((eb) => (ownOffice ? eb('c.member_state', '=', scope.memberState) : visibleTo(eb, scope)))
    .where('c.status', '=', 'open');
  if (f.officeId) q = q.where('c.office_id', '=', f.officeId);
  if (f.programme) q = q.where('c.programme_code', '=', f.programme);
  if (f.stage) q = q.where('c.stage', '=', f.stage);
  if (f.priority) q = q.where('c.priority', '=', f.priority as 'normal');
  if (f.assignee === null) q = q.where('c.assigned_to', 'is', null);
  else if (f.assignee) q = q.where('c.assigned_to', '=', f.assignee);
  if (f.overdue === true) q = q.where(sql<SqlBool>`c.stage_due_at < now()`);
  if (f.overdue === false) q = q.where(sql<SqlBool>`(c.stage_due_at IS NULL OR c.stage_due_at >= now())`);
  return q.orderBy('c.priority_rank', 'desc').orderBy('c.opened_at').limit(f.limit).offset(f.offset).execute();
}

export interface SearchFilters {
  number?: string;
  nameSearch?: string;
  documentSearch?: string;
  programme?: string;
  stage?: string;
  status?: 'open' | 'closed';
  openedFrom?: string;
  openedTo?: string;
  officeId?: string;
  limit: number;
  offset: number;
}

/**
 * Search by number, name (pg_trgm similarity on people.name_search, so typos are tolerated),
 * document number, programme, stage, status and dates, inside the caller's scope.
 */
export function searchCaseRows(db: Executor, scope: CaseScope, f: SearchFilters) {
  let q = caseSelect(db).where((eb) => visibleTo(eb, scope));
  if (f.number) q = q.where('c.case_number', '=', f.number);
  if (f.nameSearch) {
    // People first (the trigram index), then their cases: the planner starts from the few matches.
    const name = f.nameSearch;
    q = q.where('c.id', 'in', (eb) =>
      eb
        .selectFrom('people as sp')
        .innerJoin('case_members as sm', 'sm.person_id', 'sp.id')
        .select('sm.case_id')
        .where(sql<SqlBool>`sp.name_search % ${name}`),
    );
  }
  if (f.documentSearch) {
    const doc = f.documentSearch;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('case_members as dm')
          .innerJoin('identity_documents as d', 'd.person_id', 'dm.person_id')
          .select(sql`1`.as('one'))
          .whereRef('dm.case_id', '=', 'c.id')
          .where('d.number_search', '=', doc),
      ),
    );
  }
  if (f.programme) q = q.where('c.programme_code', '=', f.programme);
  if (f.stage) q = q.where('c.stage', '=', f.stage);
  if (f.status) q = q.where('c.status', '=', f.status);
  if (f.officeId) q = q.where('c.office_id', '=', f.officeId);
  if (f.openedFrom) q = q.where('c.opened_at', '>=', sql<Date>`${f.openedFrom}::date`);
  if (f.openedTo) q = q.where('c.opened_at', '<', sql<Date>`${f.openedTo}::date + 1`);
  if (f.nameSearch) {
    const name = f.nameSearch;
    q = q.orderBy(
      sql`(SELECT max(similarity(xp.name_search, ${name})) FROM case_members xm JOIN people xp ON xp.id = xm.person_id WHERE xm.case_id = c.id)`,
      'desc',
    );
  }
  return q.orderBy('c.opened_at', 'desc').orderBy('c.id').limit(f.limit).offset(f.offset).execute();
}

/**
 * How alike a name must be to match (pg_trgm similarity, 0-1), for this transaction only. The
 * default 0.3 lets very common trigrams through on a large register; 0.4 still forgives a typo or
 * two in each name.
 */
export async function setNameSimilarity(trx: Trx, threshold = 0.4): Promise<void> {
  await sql`SELECT set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`.execute(trx);
}

// ---- numbers, programmes, workflows -----------------------------------------------------------

/**
 * The next case number of a member state for a year. The counter row is locked (FOR UPDATE) until
 * the transaction ends, so two openings at once wait for each other and never share a number.
 */
export async function takeCaseNumber(trx: Trx, memberState: string, year: number): Promise<number> {
  await trx.insertInto('case_number_counters').values({ member_state: memberState, year }).onConflict((oc) => oc.doNothing()).execute();
  const row = await trx
    .selectFrom('case_number_counters')
    .select('last_value')
    .where('member_state', '=', memberState)
    .where('year', '=', year)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const next = Number(row.last_value) + 1;
  await trx.updateTable('case_number_counters').set({ last_value: next }).where('member_state', '=', memberState).where('year', '=', year).execute();
  return next;
}

export function findProgrammeRow(db: Executor, code: string) {
  return db.selectFrom('programmes').select(['code', 'host_member_state', 'kind', 'status']).where('code', '=', code).executeTakeFirst();
}

const WORKFLOW_COLUMNS = ['id', 'programme_code', 'host_member_state', 'version', 'pathway', 'definition', 'change_note', 'created_at'] as const;

export function findCurrentWorkflowRow(db: Executor, programmeCode: string) {
  return db
    .selectFrom('case_workflows')
    .select(WORKFLOW_COLUMNS)
    .where('programme_code', '=', programmeCode)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function findWorkflowRow(db: Executor, id: string) {
  return db.selectFrom('case_workflows').select(WORKFLOW_COLUMNS).where('id', '=', id).executeTakeFirst();
}
export type WorkflowRow = NonNullable<Awaited<ReturnType<typeof findWorkflowRow>>>;

export function listWorkflowRows(db: Executor, programmeCode: string) {
  return db.selectFrom('case_workflows').select(WORKFLOW_COLUMNS).where('programme_code', '=', programmeCode).orderBy('version').execute();
}

// ---- registry reads the cases domain needs --------------------------------------------------

export function findHouseholdRow(db: Executor, id: string) {
  return db.selectFrom('households').select(['id', 'member_state', 'registered_office', 'principal_person_id']).where('id', '=', id).executeTakeFirst();
}

export function listHouseholdPeopleRows(db: Executor, householdId: string) {
  return db
    .selectFrom('people')
    .select(['id', 'user_id', 'current_subdivision', 'relationship_to_principal', 'given_names', 'family_name_1', 'family_name_2'])
    .where('household_id', '=', householdId)
    .orderBy('created_at')
    .execute();
}

/** The household of the person whose account this is. */
export function findPersonOfUser(db: Executor, userId: string) {
  return db.selectFrom('people').select(['id', 'household_id', 'member_state']).where('user_id', '=', userId).executeTakeFirst();
}

export function findScreeningRow(db: Executor, id: string) {
  return db
    .selectFrom('screening_results')
    .select(['id', 'household_id', 'programme_code', 'outcome', 'superseded_at'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export function findCurrentScreeningRow(db: Executor, householdId: string, programmeCode: string) {
  return db
    .selectFrom('screening_results')
    .select(['id', 'outcome'])
    .where('household_id', '=', householdId)
    .where('programme_code', '=', programmeCode)
    .where('superseded_at', 'is', null)
    .orderBy('screened_at', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Offices of a member state that serve a subdivision, government agencies first. */
export function listOfficesServing(db: Executor, memberState: string, subdivision: string | null) {
  return db
    .selectFrom('offices as o')
    .innerJoin('agencies as a', 'a.id', 'o.agency_id')
    .select(['o.id', 'o.jurisdictions', 'a.kind'])
    .where('o.member_state', '=', memberState)
    .where((eb) => (subdivision ? eb(sql.val(subdivision), '=', eb.fn.any('o.jurisdictions')) : sql<SqlBool>`false`))
    .orderBy(sql`a.kind = 'government'`, 'desc')
    .orderBy('o.name')
    .execute();
}

export function findOfficeRow(db: Executor, id: string) {
  return db.selectFrom('offices').select(['id', 'member_state', 'agency_id', 'jurisdictions']).where('id', '=', id).executeTakeFirst();
}

export function findUserRow(db: Executor, id: string) {
  return db.selectFrom('users').select(['id', 'member_state', 'office_id', 'agency_id', 'roles', 'display_name', 'locale']).where('id', '=', id).executeTakeFirst();
}

// ---- the case's parts --------------------------------------------------------------------------

export function listMemberRows(db: Executor, caseId: string) {
  return db
    .selectFrom('case_members as m')
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .select(['m.person_id', 'm.role', 'p.user_id', sql<string>`concat_ws(' ', p.given_names, p.family_name_1, p.family_name_2)`.as('name')])
    .where('m.case_id', '=', caseId)
    .orderBy(sql`m.role = 'principal'`, 'desc')
    .execute();
}

export function listTaskRows(db: Executor, caseId: string) {
  return db
    .selectFrom('case_tasks')
    .selectAll()
    .select(sql<boolean>`status = 'open' AND due_on < current_date`.as('overdue'))
    .where('case_id', '=', caseId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof listTaskRows>>[number];

export function listInterviewRows(db: Executor, caseId: string) {
  return db.selectFrom('case_interviews').selectAll().where('case_id', '=', caseId).orderBy('scheduled_at').execute();
}

export function listNoteRows(db: Executor, caseId: string) {
  return db
    .selectFrom('case_notes as n')
    .leftJoin('users as u', 'u.id', 'n.author')
    .select(['n.id', 'n.body', 'n.author', 'n.created_at', 'u.display_name as author_name'])
    .where('n.case_id', '=', caseId)
    .orderBy('n.created_at')
    .execute();
}

export function listDocumentRows(db: Executor, caseId: string) {
  return db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).orderBy('uploaded_at').execute();
}

export function findDocumentRow(db: Executor, caseId: string, documentId: string) {
  return db.selectFrom('case_documents').selectAll().where('case_id', '=', caseId).where('id', '=', documentId).executeTakeFirst();
}

export function listDecisionRows(db: Executor, caseId: string) {
  return db.selectFrom('case_decisions').selectAll().where('case_id', '=', caseId).orderBy('requested_at').execute();
}
export type DecisionRow = Awaited<ReturnType<typeof listDecisionRows>>[number];

export function listMessageRows(db: Executor, caseId: string) {
  return db.selectFrom('case_messages').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

export function listEventRows(db: Executor, caseId: string, applicantOnly = false) {
  let q = db
    .selectFrom('case_events as e')
    .leftJoin('users as u', 'u.id', 'e.actor_user_id')
    .select(['e.id', 'e.occurred_at', 'e.kind', 'e.stage', 'e.actor_user_id', 'e.details', 'u.display_name as actor_name'])
    .where('e.case_id', '=', caseId);
  if (applicantOnly) q = q.where('e.visible_to_applicant', '=', true);
  return q.orderBy('e.occurred_at').orderBy('e.id').execute();
}

/**
 * Changes a case only if nobody changed it since the caller read it (optimistic concurrency).
 * On PostgreSQL a concurrent update of the same row waits for the first to commit, then re-checks
 * `version` and finds it moved on: no row comes back, and the caller answers 409.
 */
export function updateCaseIfVersion(
  trx: Trx,
  id: string,
  expectedVersion: number,
  set: Partial<{
    stage: string;
    stage_entered_at: Date;
    stage_due_at: Date | null;
    assigned_to: string | null;
    facts: unknown;
    status: 'open' | 'closed';
    closed_at: Date;
    closure_reason: string;
  }>,
) {
  return trx
    .updateTable('cases')
    .set({ ...set, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(['id', 'version'])
    .executeTakeFirst();
}

/** Bumps the version of a case when one of its parts changes, so the case page shows fresh data. */
export function touchCase(trx: Trx, id: string) {
  return trx
    .updateTable('cases')
    .set({ version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
    .where('id', '=', id)
    .returning(['version'])
    .executeTakeFirstOrThrow();
}
