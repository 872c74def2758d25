/**
 * Reading cases: the case page, its timeline, the queue, search, the CSV export of one's own
 * office, the supervisor's workload and overdue view, and statistics for administrators.
 */
import { sql } from 'kysely';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Db, Executor } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { phoneticKey } from '../../linkage/engine/phonetic.ts';
import { caseScopeOf, statsMemberState } from '../cases.policy.ts';
import * as q from '../cases.queries.ts';
import type { CaseDetail, CaseSummary } from '../cases.responses.ts';
import type { ExportQuery, QueueQuery, SearchQuery } from '../cases.schemas.ts';
import { getVisibleCase, iso, toDecision, toDocument, toInterview, toMessage, toSummary, toTask } from './case-support.ts';
import { requirementsMet } from './move-case.ts';
import { definitionOf, loadWorkflow, localeOf, stageName, stageOf } from './workflows.ts';

async function summaries(db: Executor, rows: q.SummaryRow[], locale: string): Promise<CaseSummary[]> {
  const out: CaseSummary[] = [];
  for (const row of rows) {
    const { def } = await loadWorkflow(db, row.workflow_id);
    out.push(toSummary(row, def, localeOf(locale)));
  }
  return out;
}

export async function getCase(db: Executor, actor: Actor, id: string): Promise<CaseDetail> {
  const row = await getVisibleCase(db, actor, id);
  const { row: wf } = await loadWorkflow(db, row.workflow_id);
  const def = definitionOf(wf);
  const locale = localeOf(actor.locale);
  const stage = stageOf(def, row.stage);
  const { members, tasks, interviews, notes, documents, decisions, messages } = await q.findCasePartsRow(db, id);
  const checks = requirementsMet({ documents, tasks, interviews, decisions }, row, stage);
  return {
    ...toSummary(row, def, locale),
    householdId: row.household_id,
    screeningResultId: row.screening_result_id,
    jurisdiction: row.jurisdiction,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    closureReason: row.closure_reason,
    workflow: { id: wf.id, version: wf.version, pathway: def.pathway },
    facts: row.facts,
    factDefinitions: def.facts.map((f) => ({ key: f.key, type: f.type, label: f.label[locale], ...(f.choices ? { choices: f.choices } : {}) })),
    currentStage: {
      code: stage.code,
      name: stage.name[locale],
      moveRole: stage.moveRole,
      next: stage.next.map((code) => ({ code, name: stageName(def, code, locale) })),
      requirements: checks,
      ready: checks.every((c) => c.met),
    },
    stages: def.stages.map((s) => ({ code: s.code, name: s.name[locale] })),
    members: members.map((m) => ({ personId: m.person_id, name: m.name, role: m.role })),
    tasks: tasks.map(toTask),
    interviews: interviews.map(toInterview),
    notes: notes.map((n) => ({ id: n.id, body: n.body, author: n.author, authorName: n.author_name ?? null, createdAt: iso(n.created_at) })),
    documents: documents.map(toDocument),
    decisions: decisions.map(toDecision),
    messages: messages.map(toMessage),
  };
}

export async function getTimeline(db: Executor, actor: Actor, id: string) {
  await getVisibleCase(db, actor, id);
  const rows = await q.listEventRows(db, id);
  return rows.map((e) => ({
    id: e.id,
    occurredAt: iso(e.occurred_at),
    kind: e.kind,
    stage: e.stage,
    actorUserId: e.actor_user_id,
    actorName: e.actor_name ?? null,
    details: e.details as Record<string, unknown>,
  }));
}

/** The queue key of a row as an opaque cursor, and back; undefined when it is not one of ours. */
export function encodeQueueCursor(key: q.QueueKey): string {
  return Buffer.from(`${key.rank}|${key.openedAt}|${key.id}`, 'utf8').toString('base64url');
}

export function decodeQueueCursor(cursor: string): q.QueueKey | undefined {
  const m = /^([123])\|(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?[+-]\d\d(?::\d\d)?)\|([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? { rank: Number(m[1]), openedAt: m[2], id: m[3] } : undefined;
}

export async function listQueue(db: Executor, actor: Actor, query: QueueQuery): Promise<{ items: CaseSummary[]; nextCursor: string | null }> {
  const assignee = query.assignee === 'me' ? actor.userId : query.assignee === 'unassigned' ? null : query.assignee;
  const after = query.after === undefined ? undefined : decodeQueueCursor(query.after);
  if (query.after !== undefined && !after) throw new DomainError('VALIDATION_FAILED', 'The cursor is not one this queue gave.');
  // "Queues by office": the caller's own office unless they ask for another one they can see.
  const officeId = query.officeId ?? actor.officeId ?? undefined;
  const rows = await q.listQueueRows(db, caseScopeOf(actor), {
    officeId,
    programme: query.programme,
    stage: query.stage,
    priority: query.priority,
    assignee,
    overdue: query.overdue === undefined ? undefined : query.overdue === 'true',
    after,
    limit: query.limit,
    offset: query.offset,
  });
  const last = rows.at(-1);
  const nextCursor = last && rows.length === query.limit ? encodeQueueCursor({ rank: Number(last.priority_rank), openedAt: last.opened_at_key, id: last.id }) : null;
  return { items: await summaries(db, rows, actor.locale), nextCursor };
}

/** Lower case, accents removed, anything but letters and digits to one space: the form of people.name_search. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Upper case without spaces or dashes: the form of identity_documents.number_search. */
export function normaliseDocumentNumber(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '');
}

/** One row of the edit-distance table, reused between calls (names are short). */
let distanceRow = new Int32Array(64);

function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (distanceRow.length <= b.length) distanceRow = new Int32Array(b.length * 2 + 1);
  for (let j = 0; j <= b.length; j++) distanceRow[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diagonal = distanceRow[0];
    distanceRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const above = distanceRow[j];
      distanceRow[j] = Math.min(above + 1, distanceRow[j - 1] + 1, diagonal + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      diagonal = above;
    }
  }
  return distanceRow[b.length];
}

/**
 * How alike a folded query is to a folded name, 0 to 1: each word of the query against its
 * closest word of the name (1 - edit distance / longer length), averaged. Order does not matter,
 * so "garcia maria" finds "maria garcia".
 * @example nameSimilarity('jean baptist pierre', 'jean baptiste pierre') // 0.96
 */
export function nameSimilarity(query: string, name: string): number {
  const words = query.split(' ').filter((w) => w.length > 0);
  const nameWords = name.split(' ').filter((w) => w.length > 0);
  if (words.length === 0 || nameWords.length === 0) return 0;
  let total = 0;
  for (const w of words) {
    let best = 0;
    for (const n of nameWords) best = Math.max(best, 1 - editDistance(w, n) / Math.max(w.length, n.length));
    total += best;
  }
  return total / words.length;
}

const PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'da', 'das', 'do', 'dos', 'du', 'des', 'le', 'les']);

/**
 * The keys a folded name query looks up, as the SQL function case_name_query_keys gives them (a
 * test holds both to the same answer): computed here, because evaluating the SQL function while
 * planning every search costs more than the search. Each word's phonetic key is the linkage
 * engine's; with two words or more, the pairs of words, so that two words must sound alike.
 * @example nameQueryKeys('MX', 'maria hernandes') // ['MX:ernandes|maria']
 */
export function nameQueryKeys(memberState: string, folded: string): string[] {
  const words = [...new Set(folded.split(' ').filter((w) => !PARTICLES.has(w)).map((w) => phoneticKey(w)).filter((k) => k.length > 1))].sort();
  const pairs: string[] = [];
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) pairs.push(`${memberState}:${words[i]}|${words[j]}`);
  return pairs.length > 0 ? pairs : words.map((w) => `${memberState}:${w}`);
}

/** Below this similarity a phonetic candidate is not shown. */
const MIN_NAME_SIMILARITY = 0.5;

/**
 * Name search, typos tolerated: the candidates whose names share phonetic keys with the query
 * (two of its words when it has two or more, so one may be badly misspelt), inside the caller's
 * scope and filters, ranked here by `nameSimilarity`, best first, then newest. Only the candidates
 * are weighed, never the register.
 */
async function searchByName(db: Executor, actor: Actor, name: string, filters: q.SearchFilters, limit: number, offset: number): Promise<q.SummaryRow[]> {
  const scope = caseScopeOf(actor);
  const candidates = scope.none ? [] : await q.listNameCandidateRows(db, scope, nameQueryKeys(scope.memberState, name), filters);
  // Common names recur among the candidates: each distinct name is weighed once.
  const similarity = new Map<string, number>();
  const scored: { id: string; score: number; openedAt: number }[] = [];
  for (const c of candidates) {
    let score = 0;
    for (const member of c.member_names) {
      let s = similarity.get(member);
      if (s === undefined) similarity.set(member, (s = nameSimilarity(name, member)));
      if (s > score) score = s;
    }
    if (score >= MIN_NAME_SIMILARITY) scored.push({ id: c.id, score, openedAt: new Date(c.opened_at).getTime() });
  }
  const page = scored
    .sort((a, b) => b.score - a.score || b.openedAt - a.openedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(offset, offset + limit)
    .map((c) => c.id);
  const rows = new Map((await q.listCaseRowsByIds(db, scope, page)).map((r) => [r.id, r]));
  return page.flatMap((id) => rows.get(id) ?? []);
}

export async function searchCases(db: Db, actor: Actor, query: SearchQuery): Promise<CaseSummary[]> {
  const filters: q.SearchFilters = {
    number: query.number?.toUpperCase(),
    documentSearch: query.document ? normaliseDocumentNumber(query.document) : undefined,
    programme: query.programme,
    stage: query.stage,
    status: query.status,
    openedFrom: query.openedFrom,
    openedTo: query.openedTo,
  };
  const name = query.name ? normaliseName(query.name) : '';
  const rows =
    name !== ''
      ? await searchByName(db, actor, name, filters, query.limit, query.offset)
      : await q.searchCaseRows(db, caseScopeOf(actor), { ...filters, limit: query.limit, offset: query.offset });
  return summaries(db, rows, actor.locale);
}

function csvCell(value: unknown): string {
  const s = value === null || value === undefined ? '' : String(value);
  // Cells starting with = + - @ are neutralised so a spreadsheet never runs them as formulas.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export const EXPORT_LIMIT = 50_000;

/** CSV of the cases of the caller's own office, filtered; every export is audited. */
export async function exportCases(db: Db, actor: Actor, query: ExportQuery): Promise<string> {
  if (!actor.officeId) throw new DomainError('CASE_NO_OFFICE', 'Exports are of your own office’s cases.');
  const officeId = actor.officeId;
  return db.transaction().execute(async (trx) => {
    const rows = await q.searchCaseRows(trx, caseScopeOf(actor), { ...query, officeId, limit: EXPORT_LIMIT, offset: 0 });
    const items = await summaries(trx, rows, actor.locale);
    await recordAudit(trx, auditActorOf(actor), {
      action: 'case.export',
      recordType: 'office',
      recordId: officeId,
      details: { filters: query, rows: items.length },
    });
    const header = ['case_number', 'programme', 'stage', 'stage_name', 'status', 'priority', 'principal', 'opened_at', 'stage_due_at', 'overdue', 'assigned_to'];
    const lines = items.map((c) =>
      [c.caseNumber, c.programmeCode, c.stage, c.stageName, c.status, c.priority, c.principalName, c.openedAt, c.stageDueAt, c.overdue, c.assignedTo].map(csvCell).join(','),
    );
    return [header.join(','), ...lines].join('\r\n') + '\r\n';
  });
}

/** Workload per assignee, overdue cases and pending approvals across the supervisor's offices. */
export async function getWorkload(db: Executor, actor: Actor) {
  const scope = caseScopeOf(actor);
  const byAssignee = await db
    .selectFrom('cases as c')
    .leftJoin('users as u', 'u.id', 'c.assigned_to')
    .select([
      'c.assigned_to',
      'u.display_name',
      (eb) => eb.fn.countAll<number>().as('open'),
      sql<number>`count(*) FILTER (WHERE c.stage_due_at < now())`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE c.priority <> 'normal')`.as('urgent'),
    ])
    .where((eb) => q.visibleTo(eb, scope))
    .where('c.status', '=', 'open')
    .groupBy(['c.assigned_to', 'u.display_name'])
    .orderBy(sql`count(*) FILTER (WHERE c.stage_due_at < now())`, 'desc')
    .limit(200)
    .execute();
  const overdueRows = await q.listQueueRows(db, scope, { overdue: true, limit: 100, offset: 0 });
  const overdueCases = await summaries(db, overdueRows, actor.locale);
  const pending = await db
    .selectFrom('case_decisions as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .leftJoin('users as u', 'u.id', 'd.requested_by')
    .selectAll('d')
    .select(['c.case_number', 'u.display_name as requested_by_name'])
    .where((eb) => q.visibleTo(eb as never, scope))
    .where('d.status', '=', 'pending')
    .orderBy('d.requested_at')
    .limit(200)
    .execute();
  return {
    byAssignee: byAssignee.map((r) => ({
      assignedTo: r.assigned_to,
      assigneeName: r.display_name ?? null,
      open: Number(r.open),
      overdue: Number(r.overdue),
      urgent: Number(r.urgent),
    })),
    overdueCases,
    pendingApprovals: pending.map((d) => ({ ...toDecision(d), caseId: d.case_id, caseNumber: d.case_number, requestedByName: d.requested_by_name ?? null })),
  };
}

/** Counts by programme, stage and status, small cells (1-4) suppressed; no case details. */
export async function getStats(db: Executor, actor: Actor) {
  const state = statsMemberState(actor);
  const rows = await db
    .selectFrom('cases as c')
    .innerJoin('programmes as p', 'p.code', 'c.programme_code')
    .select(['c.programme_code', 'c.stage', 'c.status', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => eb.or([eb('c.member_state', '=', state), eb('p.host_member_state', '=', state)]))
    .groupBy(['c.programme_code', 'c.stage', 'c.status'])
    .orderBy('c.programme_code')
    .orderBy('c.stage')
    .execute();
  return rows.map((r) => {
    const n = Number(r.n);
    const suppressed = n > 0 && n < 5;
    return { programmeCode: r.programme_code, stage: r.stage, status: r.status, count: suppressed ? null : n, suppressed };
  });
}
