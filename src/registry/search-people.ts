/**
 * Finding a person: by name with typos (trigram similarity on the folded name), by document
 * number, by phone. Only what the caller may see; each search is audited without its terms.
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Trx } from '../platform/db.ts';
import { foldDocumentNumber, foldName, foldPhone } from './names.ts';
import * as q from './registry.queries.ts';

export interface SearchInput {
  name?: string;
  document?: string;
  phone?: string;
  limit: number;
}

export async function searchPeople(trx: Trx, actor: Actor, input: SearchInput) {
  type Hit = {
    personId: string;
    householdId: string;
    givenNames: string;
    familyName1: string | null;
    familyName2: string | null;
    birthDate: string | null;
    currentSubdivision: string | null;
    matchedOn: 'name' | 'document' | 'phone';
    similarity: number;
  };
  const hits = new Map<string, Hit>();
  function add(rows: { id: string; household_id: string; given_names: string; family_name_1: string | null; family_name_2: string | null; birth_date: string | null; current_subdivision: string | null; similarity?: number }[], matchedOn: Hit['matchedOn']) {
    for (const r of rows) {
      if (hits.has(r.id)) continue;
      hits.set(r.id, {
        personId: r.id,
        householdId: r.household_id,
        givenNames: r.given_names,
        familyName1: r.family_name_1,
        familyName2: r.family_name_2,
        birthDate: r.birth_date,
        currentSubdivision: r.current_subdivision,
        matchedOn,
        similarity: r.similarity === undefined ? 1 : Number(r.similarity),
      });
    }
  }
  if (input.document) add(await q.searchByDocument(trx, actor, foldDocumentNumber(input.document), input.limit), 'document');
  if (input.phone) add(await q.searchByPhone(trx, actor, foldPhone(input.phone), input.limit), 'phone');
  // Two typos in a short name bring word similarity to about 0.55; pg_trgm's default of 0.6
  // would miss them. SET LOCAL keeps the index usable and ends with the transaction.
  if (input.name) await sql`SET LOCAL pg_trgm.word_similarity_threshold = 0.45`.execute(trx);
  if (input.name) add(await q.searchByName(trx, actor, foldName(input.name), input.limit), 'name');
  const items = [...hits.values()].slice(0, input.limit);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'registry.search',
    recordType: 'person',
    details: { by: Object.keys(input).filter((k) => k !== 'limit' && input[k as keyof SearchInput]), results: items.length },
  });
  return items;
}
