/**
 * The duplicate check: a person's blocking keys are stored, their candidates fetched with indexed
 * look-ups (their own member state, and other member states under a data-sharing agreement where
 * both people consented to sharing), scored with the engine, and every pair at or above the review
 * threshold goes to the review queue with its field-by-field weights. A pair already decided keeps
 * its decision: a rejection is never put back in the queue.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Trx } from '../../platform/db.ts';
import { jsonb } from '../../platform/db.ts';
import type { LinkageModel } from '../engine/model.ts';
import * as q from '../linkage.queries.ts';
import { blockingKeys, registrySettings, toEngineRow } from '../registry-record.ts';
import { registrySeedModel, scoreFirstAgainstRest, type ScoredCandidate } from '../score-records.ts';
import { unsafeMergePair } from './merge.ts';

export const REGISTRY_SETTINGS_NAME = 'registry';
/** Candidates scored per new record at most, those sharing the most blocking keys first. */
const MAX_CANDIDATES = 200;

export interface CheckResult {
  checked: number;
  candidates: number;
  queued: number;
  autoMerged: number;
}

/** The model in force: the active trained one, else the shipped seed model. */
export async function loadModel(db: Executor): Promise<{ id: string | null; model: LinkageModel }> {
  const active = await q.findActiveModel(db, REGISTRY_SETTINGS_NAME);
  return active ? { id: active.id, model: active.model as unknown as LinkageModel } : { id: null, model: registrySeedModel() };
}

interface KeyRow {
  person_id: string;
  member_state: string;
  rule: number;
  key: string;
}

/** Replaces the blocking keys of the given people with `rows`. */
async function replaceKeys(trx: Trx, personIds: string[], rows: KeyRow[]): Promise<void> {
  await trx.deleteFrom('linkage_keys').where('person_id', 'in', personIds).execute();
  // A few thousand rows per statement keep under PostgreSQL's 65,535 parameters.
  for (let k = 0; k < rows.length; k += 5000) {
    await trx.insertInto('linkage_keys').values(rows.slice(k, k + 5000)).onConflict((oc) => oc.doNothing()).execute();
  }
}

function keyRows(person: q.PersonForLinkage, keys: Array<{ rule: number; key: string }>): KeyRow[] {
  return keys.map((k) => ({ person_id: person.id, member_state: person.member_state, rule: k.rule, key: k.key }));
}

/**
 * Check people (just registered, or all of them in the batch job) for duplicates.
 * Runs in the caller's transaction so that keys and queued pairs commit with the registration.
 * @example await checkPeopleForDuplicates(trx, registered.personIds, 'registration')
 */
export async function checkPeopleForDuplicates(
  trx: Trx,
  personIds: string[],
  foundBy: 'registration' | 'batch',
  loaded?: { id: string | null; model: LinkageModel },
  ownState = true,
): Promise<CheckResult> {
  const settings = registrySettings();
  const { id: modelId, model } = loaded ?? (await loadModel(trx));
  const people = await q.listPeopleForLinkage(trx, personIds);
  const result: CheckResult = { checked: people.length, candidates: 0, queued: 0, autoMerged: 0 };
  const agreements = new Map<string, string[]>();
  for (const person of people) {
    const row = toEngineRow(person);
    const keys = blockingKeys(settings, row);
    await replaceKeys(trx, [person.id], keyRows(person, keys));
    let states = agreements.get(person.member_state);
    if (!states) {
      states = await q.listAgreementStates(trx, person.member_state, 'deduplication');
      agreements.set(person.member_state, states);
    }
    const candidateIds = await q.listCandidateIds(trx, person, keys, states, MAX_CANDIDATES, ownState);
    if (candidateIds.length === 0) continue;
    const candidates = await q.listPeopleForLinkage(trx, candidateIds);
    result.candidates += candidates.length;
    const scored = scoreFirstAgainstRest(settings, model, [row, ...candidates.map(toEngineRow)]);
    const { reviewThreshold, autoMergeThreshold } = await q.findThresholds(trx, person.member_state);
    for (const s of scored) {
      if (s.matchProbability < reviewThreshold) continue;
      const outcome = await queueScoredPair(trx, person, candidates[s.index - 1], s, modelId, foundBy, autoMergeThreshold);
      if (outcome === 'none') continue;
      result.queued++;
      if (outcome === 'merged') result.autoMerged++;
    }
  }
  return result;
}

/**
 * Queue a scored pair for review (a pair already decided keeps its decision) and merge it when the
 * programme administrator's automatic threshold allows. Returns what happened.
 */
export async function queueScoredPair(
  trx: Trx,
  person: q.PersonForLinkage,
  other: q.PersonForLinkage,
  s: ScoredCandidate,
  modelId: string | null,
  foundBy: 'registration' | 'batch',
  autoMergeThreshold: number | null,
): Promise<'none' | 'queued' | 'merged'> {
  const pairId = await queuePair(trx, person, other, s, modelId, foundBy);
  if (!pairId) return 'none';
  // Nothing merges without a person deciding, unless the member state's programme administrator
  // set an automatic threshold; cross-border pairs always wait for a person.
  if (autoMergeThreshold !== null && s.matchProbability >= autoMergeThreshold && other.member_state === person.member_state) {
    if (await unsafeMergePair(trx, null, pairId, 'auto_merge')) return 'merged';
  }
  return 'queued';
}

/** Replace the stored blocking keys of many people at once (the batch re-check). */
export async function writeKeysOfPeople(trx: Trx, people: q.PersonForLinkage[]): Promise<number> {
  if (people.length === 0) return 0;
  const settings = registrySettings();
  const rows = people.flatMap((p) => keyRows(p, blockingKeys(settings, toEngineRow(p))));
  await replaceKeys(trx, people.map((p) => p.id), rows);
  return rows.length;
}

async function queuePair(
  trx: Trx,
  person: q.PersonForLinkage,
  other: q.PersonForLinkage,
  s: ScoredCandidate,
  modelId: string | null,
  foundBy: 'registration' | 'batch',
): Promise<string | undefined> {
  const [a, b] = person.id < other.id ? [person, other] : [other, person];
  const conflict = await q.hasDocumentConflict(trx, a.id, b.id);
  const terms = jsonb([{ comparison: 'prior', level: 0, label: 'prior', m: null, u: null, weight: s.prior }, ...s.terms]);
  const id = randomUUID();
  // A pair already in the table keeps its status and decision; only a pending one gets the new score.
  const row = await trx
    .insertInto('linkage_pairs')
    .values({
      id,
      member_state: a.member_state,
      other_member_state: b.member_state,
      person_a: a.id,
      person_b: b.id,
      match_weight: s.matchWeight,
      match_probability: s.matchProbability,
      terms,
      model_id: modelId,
      cannot_link: conflict ? 'document_conflict' : null,
      found_by: foundBy,
    })
    .onConflict((oc) =>
      oc.columns(['person_a', 'person_b']).doUpdateSet({
        match_weight: s.matchWeight,
        match_probability: s.matchProbability,
        terms,
        model_id: modelId,
        cannot_link: sql`COALESCE(linkage_pairs.cannot_link, ${conflict ? 'document_conflict' : null})`,
        updated_at: new Date(),
      }).where('linkage_pairs.status', '=', 'pending'),
    )
    .returning(['id', 'status', 'cannot_link'])
    .executeTakeFirst();
  if (!row || row.status !== 'pending' || row.id !== id || row.cannot_link) return undefined;
  return row.id;
}

/**
 * The registry calls this right after a household is registered, in the same transaction: every
 * member is checked against what its member state holds (and what agreements and consent allow).
 * @example await checkHouseholdForDuplicates(trx, registered.householdId)
 */
export async function checkHouseholdForDuplicates(trx: Trx, householdId: string): Promise<CheckResult> {
  const ids = (await trx.selectFrom('people').select('id').where('household_id', '=', householdId).execute()).map((r) => r.id);
  return checkPeopleForDuplicates(trx, ids, 'registration');
}
