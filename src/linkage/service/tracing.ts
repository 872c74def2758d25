/**
 * Family tracing: a person (or a caseworker for them) asks to find a relative with what they
 * know. Only people who consented to tracing (purpose 'tracing', in force now) are searched, in
 * the requester's member state and in member states with a tracing agreement; candidates are
 * ranked with their explanation for caseworkers. A confirmed match notifies both sides through
 * their caseworkers (a task for each side's member state and a message to whoever registered each
 * household), never the people directly.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { jsonb } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../linkage.queries.ts';
import { registrySettings, toEngineRow } from '../registry-record.ts';
import { scoreFirstAgainstRest } from '../score-records.ts';
import { scoreRelative, type Relationship, type TracingPerson, type TracingTerm } from '../tracing-model.ts';
import { isApplicant } from '../linkage.policy.ts';
import { loadModel } from './check-people.ts';

export interface Sought {
  givenNames?: string;
  familyName1?: string;
  familyName2?: string;
  sex?: 'female' | 'male' | 'other';
  birthYear?: number;
  fatherFamilyName1?: string;
  motherFamilyName1?: string;
}

const MAX_SEARCHED = 5000;
const MAX_SHOWN = 20;
const MIN_PROBABILITY = 0.05;

/** Tracing staff: those who review links (caseworkers and supervisors); others trace only for themselves. */
function isTracingStaff(actor: Actor): boolean {
  return actor.scopes.has('linkage:review');
}

/** A seeker the actor may ask for: staff for people of their member state, anyone for themself. */
async function findSeeker(db: Executor, actor: Actor, personId: string) {
  return db
    .selectFrom('people')
    .selectAll()
    .where('id', '=', personId)
    .where((eb) => eb.or([
      ...(isTracingStaff(actor) ? [eb('member_state', '=', actor.memberState)] : []),
      ...(isApplicant(actor) ? [eb('user_id', '=', actor.userId)] : []),
    ]))
    .executeTakeFirst();
}

function hasTracingConsent(personRef: string) {
  return sql<boolean>`EXISTS (SELECT 1 FROM consents tc WHERE tc.person_id = ${sql.ref(personRef)} AND tc.purpose = 'tracing' AND tc.withdrawn_at IS NULL)`;
}

function toTracingPerson(p: { given_names: string; family_name_1: string | null; family_name_2: string | null; sex: string | null; birth_date: string | null; nationalities: string[]; household_id: string }): TracingPerson {
  return { givenNames: p.given_names, familyName1: p.family_name_1, familyName2: p.family_name_2, sex: p.sex, birthDate: p.birth_date, nationalities: p.nationalities, householdId: p.household_id };
}

const DECLARED = new Set(['given_names', 'family_names', 'birth_date', 'sex']);

export async function createTracingRequest(trx: Trx, actor: Actor, input: { seekerId: string; relationship: Relationship; sought: Sought }) {
  const seeker = await findSeeker(trx, actor, input.seekerId);
  if (!seeker) throw new DomainError('PERSON_NOT_FOUND');
  const requestId = randomUUID();
  await trx
    .insertInto('linkage_tracing_requests')
    .values({ id: requestId, member_state: seeker.member_state, seeker_id: seeker.id, relationship: input.relationship, sought: jsonb(input.sought), requested_by: actor.userId })
    .execute();
  const states = [seeker.member_state, ...(await q.listAgreementStates(trx, seeker.member_state, 'tracing'))];
  const candidates = await trx
    .selectFrom('people as p')
    .select(['p.id', 'p.given_names', 'p.family_name_1', 'p.family_name_2', 'p.sex', 'p.birth_date', 'p.nationalities', 'p.household_id', 'p.member_state', 'p.phone', 'p.current_subdivision'])
    .where('p.id', '!=', seeker.id)
    .where('p.member_state', 'in', states)
    .where(hasTracingConsent('p.id'))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('linkage_clusters as c').select('c.person_id').whereRef('c.person_id', '=', 'p.id').where('c.merged_into', 'is not', null))))
    .limit(MAX_SEARCHED)
    .execute();
  const s = input.sought;
  const soughtRow = toEngineRow({
    id: 'sought', given_names: s.givenNames ?? '', family_name_1: s.familyName1 ?? null, family_name_2: s.familyName2 ?? null, sex: s.sex ?? null,
    birth_date: s.birthYear ? String(s.birthYear) : null, nationalities: [], document_number: null, phone: null, current_subdivision: null,
  });
  const { model } = await loadModel(trx);
  const declared = scoreFirstAgainstRest(registrySettings(), model, [soughtRow, ...candidates.map((c) => toEngineRow({ ...c, document_number: null }))]);
  const scored = candidates.map((c, k) => {
    const names: TracingTerm[] = (declared[k]?.terms ?? [])
      .filter((t) => DECLARED.has(t.comparison) && t.level !== 0)
      .map((t) => ({ factor: `declared_${t.comparison}`, label: t.label, weight: t.weight }));
    return { candidate: c, ...scoreRelative(input.relationship, toTracingPerson(seeker), s, toTracingPerson(c), names) };
  });
  const shown = scored.filter((x) => x.probability >= MIN_PROBABILITY).sort((a, b) => b.score - a.score).slice(0, MAX_SHOWN);
  for (const x of shown) {
    await trx
      .insertInto('linkage_tracing_matches')
      .values({ id: randomUUID(), request_id: requestId, member_state: seeker.member_state, candidate_id: x.candidate.id, candidate_member_state: x.candidate.member_state, score: x.score, terms: jsonb(x.terms) })
      .execute();
  }
  await recordAudit(trx, auditActorOf(actor), {
    action: 'linkage.tracing.request',
    recordType: 'linkage_tracing_request',
    recordId: requestId,
    details: { seekerId: seeker.id, relationship: input.relationship, searched: candidates.length, proposed: shown.length },
  });
  return getTracingRequest(trx, actor, requestId);
}

function visibleRequests(db: Executor, actor: Actor) {
  return db
    .selectFrom('linkage_tracing_requests as r')
    .where((eb) => eb.or([
      ...(isTracingStaff(actor) ? [eb('r.member_state', '=', actor.memberState)] : []),
      eb('r.requested_by', '=', actor.userId),
    ]));
}

/**
 * A request with its candidates for staff; the person who asked sees the request and its status
 * only (a match reaches them through their caseworker). A candidate who withdrew consent since
 * is no longer shown.
 */
export async function getTracingRequest(db: Executor, actor: Actor, id: string) {
  const r = await visibleRequests(db, actor).selectAll('r').where('r.id', '=', id).executeTakeFirst();
  if (!r) throw new DomainError('TRACING_REQUEST_NOT_FOUND');
  const staff = isTracingStaff(actor) && r.member_state === actor.memberState;
  const matches = staff
    ? await db
      .selectFrom('linkage_tracing_matches as m')
      .innerJoin('people as p', 'p.id', 'm.candidate_id')
      .select(['m.id', 'm.candidate_id', 'm.candidate_member_state', 'm.score', 'm.terms', 'm.status', 'p.given_names', 'p.family_name_1', 'p.family_name_2', 'p.birth_date', 'p.sex'])
      .where('m.request_id', '=', id)
      .where(hasTracingConsent('m.candidate_id'))
      .orderBy('m.score', 'desc')
      .orderBy('m.id')
      .execute()
    : [];
  return {
    id: r.id,
    seekerId: r.seeker_id,
    relationship: r.relationship,
    sought: r.sought as Sought,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    candidates: matches.map((m) => ({
      matchId: m.id,
      personId: m.candidate_id,
      memberState: m.candidate_member_state,
      name: [m.given_names, m.family_name_1, m.family_name_2].filter(Boolean).join(' '),
      birthDate: m.birth_date,
      sex: m.sex,
      score: m.score,
      probability: 1 / (1 + Math.pow(2, -m.score)),
      terms: m.terms as TracingTerm[],
      status: m.status,
    })),
  };
}

export async function listTracingRequests(db: Executor, actor: Actor) {
  const rows = await visibleRequests(db, actor)
    .innerJoin('people as p', 'p.id', 'r.seeker_id')
    .select(['r.id', 'r.relationship', 'r.status', 'r.created_at', 'r.seeker_id', 'p.given_names', 'p.family_name_1'])
    .orderBy('r.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, seekerId: r.seeker_id, seekerName: [r.given_names, r.family_name_1].filter(Boolean).join(' '), relationship: r.relationship, status: r.status, createdAt: r.created_at.toISOString() }));
}

async function notifySide(trx: Trx, personId: string, matchId: string) {
  const p = await trx
    .selectFrom('people as p')
    .innerJoin('households as h', 'h.id', 'p.household_id')
    .leftJoin('users as u', 'u.id', 'h.registered_by')
    .select(['p.member_state', 'h.registered_by', 'u.roles'])
    .where('p.id', '=', personId)
    .executeTakeFirstOrThrow();
  await trx.insertInto('linkage_notifications').values({ id: randomUUID(), member_state: p.member_state, person_id: personId, match_id: matchId, kind: 'tracing_match' }).execute();
  // The caseworker who registered the household hears of it; a self-registered household is
  // reached through the task in its member state's queue instead, never directly.
  const roles = (p.roles ?? []) as string[];
  if (p.registered_by && !roles.every((role) => role === 'applicant')) {
    await trx
      .insertInto('notification_outbox')
      .values({ id: randomUUID(), member_state: p.member_state, recipient_user_id: p.registered_by, case_id: null, channel: 'email', template: 'linkage.tracing_match', params: jsonb({ matchId }) })
      .execute();
  }
}

/** A caseworker confirms or rejects a proposed relative; a confirmation notifies both sides' caseworkers. */
export async function decideTracingMatch(trx: Trx, actor: Actor, matchId: string, decision: 'confirm' | 'reject') {
  const m = await trx
    .selectFrom('linkage_tracing_matches as m')
    .innerJoin('linkage_tracing_requests as r', 'r.id', 'm.request_id')
    .select(['m.id', 'm.status', 'm.request_id', 'm.candidate_id', 'r.seeker_id'])
    .where('m.id', '=', matchId)
    .where('r.member_state', '=', actor.memberState)
    .where(hasTracingConsent('m.candidate_id'))
    .executeTakeFirst();
  if (!m) throw new DomainError('TRACING_MATCH_NOT_FOUND');
  if (m.status !== 'proposed') throw new DomainError('TRACING_MATCH_DECIDED', 'This candidate was already decided.', { status: m.status });
  const status: 'confirmed' | 'rejected' = decision === 'confirm' ? 'confirmed' : 'rejected';
  await trx.updateTable('linkage_tracing_matches').set({ status, decided_by: actor.userId, decided_at: new Date() }).where('id', '=', matchId).execute();
  if (decision === 'confirm') {
    await trx.updateTable('linkage_tracing_requests').set({ status: 'matched' }).where('id', '=', m.request_id).execute();
    await notifySide(trx, m.seeker_id, matchId);
    await notifySide(trx, m.candidate_id, matchId);
  }
  await recordAudit(trx, auditActorOf(actor), { action: `linkage.tracing.${decision}`, recordType: 'linkage_tracing_match', recordId: matchId, details: { requestId: m.request_id } });
  return { matchId, status };
}

/** Open tracing tasks for the caseworkers of the actor's member state. */
export async function listLinkageNotifications(db: Executor, actor: Actor) {
  const rows = await db
    .selectFrom('linkage_notifications as n')
    .innerJoin('people as p', 'p.id', 'n.person_id')
    .select(['n.id', 'n.kind', 'n.status', 'n.match_id', 'n.person_id', 'n.created_at', 'p.given_names', 'p.family_name_1'])
    .where('n.member_state', '=', actor.memberState)
    .orderBy('n.created_at', 'desc')
    .limit(100)
    .execute();
  return rows.map((r) => ({ id: r.id, kind: r.kind, status: r.status, matchId: r.match_id, personId: r.person_id, personName: [r.given_names, r.family_name_1].filter(Boolean).join(' '), createdAt: r.created_at.toISOString() }));
}
