/**
 * A person's situation facts split in two: what any caseworker who may see the household reads
 * (people.situation, jsonb), and what only the person themself and protection officers read —
 * facts about trafficking and fear of return, which the T visa and asylum rules need
 * (people.situation_sealed: AES-256-GCM, bound to the row, re-encrypted by `npm run keys:rotate`).
 *
 * Screening opens both, on the server; the stored results keep only each criterion's outcome.
 * Record versions keep that a confidential fact changed, never its value.
 */
import { sql } from 'kysely';
import type { Actor } from '../platform/actor.ts';
import { seal, unseal, type Keyring } from '../platform/crypto.ts';
import type { Db } from '../platform/db.ts';
import { jsonb } from '../platform/db.ts';

/** The situation facts that are confidential (read with the T visa's and asylum's rules). */
export const CONFIDENTIAL_SITUATION_KEYS = [
  'traffickingVictim',
  'cooperatedWithLawEnforcement',
  'minorDuringTrafficking',
  'traumaPreventsCooperation',
  'extremeHardshipOnRemoval',
  'fearOfReturn',
] as const;

const CONFIDENTIAL = new Set<string>(CONFIDENTIAL_SITUATION_KEYS);
const WITHHELD = '[confidential]';

type Facts = Record<string, unknown>;

export function splitSituation(situation: Facts): { open: Facts; confidential: Facts } {
  const open: Facts = {};
  const confidential: Facts = {};
  for (const [k, v] of Object.entries(situation)) (CONFIDENTIAL.has(k) ? confidential : open)[k] = v;
  return { open, confidential };
}

/** The sealed column's value: null when there is nothing confidential. */
export function sealSituation(ring: Keyring, personId: string, confidential: Facts): string | null {
  return Object.keys(confidential).length === 0 ? null : seal(ring, 'people', 'situation_sealed', personId, confidential);
}

export function openSituation(ring: Keyring, personId: string, sealed: string | null): Facts {
  return sealed === null ? {} : unseal<Facts>(ring, 'people', 'situation_sealed', personId, sealed);
}

/** Both halves, for screening and for those who may see everything. */
export function fullSituation(ring: Keyring, person: { id: string; situation: Facts; situation_sealed: string | null }): Facts {
  return { ...person.situation, ...openSituation(ring, person.id, person.situation_sealed) };
}

/** For the version history: confidential facts show that they changed, never their value. */
export function withheldSituation(situation: Facts | null | undefined): Facts | null {
  if (!situation) return situation ?? null;
  return Object.fromEntries(Object.entries(situation).map(([k, v]) => [k, CONFIDENTIAL.has(k) ? WITHHELD : v]));
}

/**
 * Who reads the confidential facts of a person: the person's own account, and protection officers
 * (protection:read) who may already see the household.
 */
export function mayReadConfidential(actor: Actor, person: { user_id: string | null }): boolean {
  return actor.scopes.has('protection:read') || (person.user_id !== null && person.user_id === actor.userId);
}

/**
 * Seals confidential facts still held in the open column (data written before they were sealed).
 * Runs at start; a no-op once done.
 */
export async function sealOpenConfidentialFacts(db: Db, ring: Keyring): Promise<number> {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'situation', 'situation_sealed'])
    .where(sql<boolean>`situation ?| array[${sql.join(CONFIDENTIAL_SITUATION_KEYS.map((k) => sql.lit(k)))}]`)
    .execute();
  for (const r of rows) {
    const { open, confidential } = splitSituation(r.situation);
    const merged = { ...openSituation(ring, r.id, r.situation_sealed), ...confidential };
    await db
      .updateTable('people')
      .set({ situation: jsonb(open), situation_sealed: sealSituation(ring, r.id, merged) })
      .where('id', '=', r.id)
      .execute();
  }
  return rows.length;
}
