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

/** What a line of a queue or a search result shows. */
const SUMMARY_COLUMNS = [
  'c.id',
  'c.member_state',
  'c.case_number',
  'c.programme_code',
  'c.workflow_id',
  'c.office_id',
  'c.stage',
  'c.status',
  'c.priority',
  'c.assigned_to',
  'c.opened_at',
  'c.stage_due_at',
  'c.version',
] as const;

/** The rest of the case, for its page and for changing it. */
const DETAIL_COLUMNS = [
  'c.household_id',
  'c.screening_result_id',
  'c.jurisdiction',
  'c.channel',
  'c.facts',
  'c.opened_by',
  'c.stage_entered_at',
  'c.closed_at',
  'c.closure_reason',
] as const;

/** Cases as summaries: lists of 50 or more read only what a line shows. */
function summarySelect(db: Executor) {
  return db
    .selectFrom('cases as c')
    .select(SUMMARY_COLUMNS)
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
export type SummaryRow = Awaited<ReturnType<ReturnType<typeof summarySelect>['executeTakeFirstOrThrow']>>;

function caseSelect(db: Executor) {
  return summarySelect(db).select(DETAIL_COLUMNS);
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
  priority?: 'normal' | 'urgent' | 'emergency';
  assignee?: string | null;
  overdue?: boolean;
  /** Keyset: the queue key of the last row of the previous page. */
  after?: QueueKey;
  limit: number;
  offset: number;
}

/** Where a row sits in the queue: priority rank, opening time (as the database prints it) and id. */
export interface QueueKey {
  rank: number;
  openedAt: string;
  id: string;
}

export const PRIORITY_RANK = { emergency: 3, urgent: 2, normal: 1 } as const;

/**
 * Open cases, most urgent first, then oldest, then by id, a page at a time. The order is
 * (-priority_rank, opened_at, id), ascending, which is how cases_open_queue_idx (and the programme
 * and stage variant) hold them: a page reads just its rows from the index, and the next page starts
 * after the last row's key (keyset), however deep. No count of the whole queue is taken. The
 * caller's own office is visible to them by definition, so its queue needs no other condition.
 */
export function listQueueRows(db: Executor, scope: CaseScope, f: QueueFilters) {
  const ownOffice = !scope.none && f.officeId !== undefined && f.officeId === scope.officeId;
  // Literal 'open' (not a parameter) so that the planner matches the partial indexes.
  let q = summarySelect(db)
    .select([sql<string>`c.opened_at::text`.as('opened_at_key'), 'c.priority_rank'])
    .where((eb) => (ownOffice ? eb('c.member_state', '=', scope.memberState) : visibleTo(eb, scope)))
    .where(sql<SqlBool>`c.status = 'open'`);
  if (f.officeId) q = q.where('c.office_id', '=', f.officeId);
  if (f.programme) q = q.where('c.programme_code', '=', f.programme);
  if (f.stage) q = q.where('c.stage', '=', f.stage);
  if (f.priority) q = q.where(sql<SqlBool>`-c.priority_rank = ${-PRIORITY_RANK[f.priority]}`);
  if (f.assignee === null) q = q.where('c.assigned_to', 'is', null);
  else if (f.assignee) q = q.where('c.assigned_to', '=', f.assignee);
  if (f.overdue === true) q = q.where(sql<SqlBool>`c.stage_due_at < now()`);
  if (f.overdue === false) q = q.where(sql<SqlBool>`(c.stage_due_at IS NULL OR c.stage_due_at >= now())`);
  if (f.after) {
    const a = f.after;
    q = q.where(sql<SqlBool>`(-c.priority_rank, c.opened_at, c.id) > (${-a.rank}, ${a.openedAt}::timestamptz, ${a.id}::uuid)`);
  }
  return q.orderBy(sql`-c.priority_rank`).orderBy('c.opened_at').orderBy('c.id').limit(f.limit).offset(f.offset).execute();
}

export interface SearchFilters {
  number?: string;
  documentSearch?: string;
  programme?: string;
  stage?: string;
  status?: 'open' | 'closed';
  openedFrom?: string;
  openedTo?: string;
  officeId?: string;
}

/** The search filters other than the name, and visibility, as conditions on cases `c`. */
function searchConditions(eb: CasesEb, scope: CaseScope, f: SearchFilters): Expression<SqlBool>[] {
  const where: Expression<SqlBool>[] = [visibleTo(eb, scope)];
  if (f.number) where.push(eb('c.case_number', '=', f.number));
  if (f.documentSearch) {
    const doc = f.documentSearch;
    where.push(
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
  if (f.programme) where.push(eb('c.programme_code', '=', f.programme));
  if (f.stage) where.push(eb('c.stage', '=', f.stage));
  if (f.status) where.push(eb('c.status', '=', f.status));
  if (f.officeId) where.push(eb('c.office_id', '=', f.officeId));
  if (f.openedFrom) where.push(eb('c.opened_at', '>=', sql<Date>`${f.openedFrom}::date`));
  if (f.openedTo) where.push(eb('c.opened_at', '<', sql<Date>`${f.openedTo}::date + 1`));
  return where;
}

/** Search by number, document number, programme, stage, status and dates, inside the caller's scope, newest first. */
export function searchCaseRows(db: Executor, scope: CaseScope, f: SearchFilters & { limit: number; offset: number }) {
  return summarySelect(db)
    .where((eb) => eb.and(searchConditions(eb, scope, f)))
    .orderBy('c.opened_at', 'desc')
    .orderBy('c.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

/** At most this many cases are weighed for one name search. */
export const NAME_CANDIDATES = 1000;

/**
 * Cases whose covered people have a name with one of `keys` (the query's keys, as
 * case_name_query_keys gives them for the scope's member state), inside the caller's scope and
 * the other filters, with the folded names of the people each covers: one lookup in
 * cases_name_keys_idx (the keys are stored on the case, see the migration that made it), so only
 * the cases sharing keys with the query are read. The caller ranks these candidates.
 */
export function listNameCandidateRows(db: Executor, scope: CaseScope, keys: string[], f: SearchFilters) {
  if (scope.none || keys.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('cases as c')
    .select(['c.id', 'c.opened_at', 'c.member_names'])
    .where(sql<SqlBool>`c.name_keys && ${sql.val(keys)}::text[]`)
    .where((eb) => eb.and(searchConditions(eb, scope, f)))
    .limit(NAME_CANDIDATES)
    .execute();
}

/** The rows of the given cases that the caller may see, in no particular order. */
export function listCaseRowsByIds(db: Executor, scope: CaseScope, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return summarySelect(db)
    .where('c.id', 'in', ids)
    .where((eb) => visibleTo(eb, scope))
    .execute();
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
 * Everything on the case page besides the case itself, in one statement: members, tasks,
 * interviews, notes, documents, decisions and messages, each as a JSON array in the order the list
 * functions above give (every subquery reads its table's case_id index). One round trip instead of
 * seven keeps the page cheap under load. Timestamps arrive as ISO strings, which the mappers accept.
 */
export async function findCasePartsRow(db: Executor, caseId: string): Promise<CaseParts> {
  const row = (
    await sql<CaseParts>`SELECT
      (SELECT coalesce(jsonb_agg(x ORDER BY x.role = 'principal' DESC), '[]') FROM (
         SELECT m.person_id, m.role, p.user_id, concat_ws(' ', p.given_names, p.family_name_1, p.family_name_2) AS name
         FROM case_members m JOIN people p ON p.id = m.person_id WHERE m.case_id = ${caseId}) x) AS members,
      (SELECT coalesce(jsonb_agg(to_jsonb(t) || jsonb_build_object('overdue', t.status = 'open' AND t.due_on < current_date) ORDER BY t.created_at, t.id), '[]')
         FROM case_tasks t WHERE t.case_id = ${caseId}) AS tasks,
      (SELECT coalesce(jsonb_agg(i ORDER BY i.scheduled_at), '[]') FROM case_interviews i WHERE i.case_id = ${caseId}) AS interviews,
      (SELECT coalesce(jsonb_agg(x ORDER BY x.created_at), '[]') FROM (
         SELECT n.id, n.body, n.author, n.created_at, u.display_name AS author_name
         FROM case_notes n LEFT JOIN users u ON u.id = n.author WHERE n.case_id = ${caseId}) x) AS notes,
      (SELECT coalesce(jsonb_agg(d ORDER BY d.uploaded_at), '[]') FROM case_documents d WHERE d.case_id = ${caseId}) AS documents,
      (SELECT coalesce(jsonb_agg(d ORDER BY d.requested_at), '[]') FROM case_decisions d WHERE d.case_id = ${caseId}) AS decisions,
      (SELECT coalesce(jsonb_agg(x ORDER BY x.created_at), '[]') FROM case_messages x WHERE x.case_id = ${caseId}) AS messages`.execute(db)
  ).rows[0];
  return row;
}
export interface CaseParts {
  members: Awaited<ReturnType<typeof listMemberRows>>;
  tasks: TaskRow[];
  interviews: Awaited<ReturnType<typeof listInterviewRows>>;
  notes: Awaited<ReturnType<typeof listNoteRows>>;
  documents: Awaited<ReturnType<typeof listDocumentRows>>;
  decisions: DecisionRow[];
  messages: Awaited<ReturnType<typeof listMessageRows>>;
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
