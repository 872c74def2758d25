/**
 * SQL of the data-sharing agreements (table linkage_sharing_agreements, which the linkage domain
 * reads to decide which member states' registrations it compares).
 */
import { sql } from 'kysely';
import type { Executor } from '../platform/db.ts';
import type { SharingPurpose } from './sharing-agreements.schemas.ts';

const COLUMNS = [
  'id',
  'member_state_a',
  'member_state_b',
  'purpose',
  'valid_from',
  'valid_to',
  'reference',
  'created_at',
  'ended_on',
  'end_reason',
  'ended_at',
] as const;

/** Today on the database's clock: the same day the linkage queries compare against. */
export async function findToday(db: Executor): Promise<string> {
  const row = await sql<{ today: string }>`SELECT CURRENT_DATE::text AS today`.execute(db);
  return row.rows[0]!.today;
}

/** Agreements, limited inside the query to those a member state is party to (undefined: all). */
export function listAgreementRows(db: Executor, partyTo: string | undefined) {
  let q = db
    .selectFrom('linkage_sharing_agreements')
    .select(COLUMNS)
    .orderBy('member_state_a')
    .orderBy('member_state_b')
    .orderBy('purpose')
    .orderBy('valid_from', 'desc')
    .orderBy('created_at', 'desc')
    .limit(1000);
  if (partyTo) q = q.where((eb) => eb.or([eb('member_state_a', '=', partyTo), eb('member_state_b', '=', partyTo)]));
  return q.execute();
}

export function findAgreementRow(db: Executor, id: string, partyTo: string | undefined, forUpdate = false) {
  let q = db.selectFrom('linkage_sharing_agreements').select(COLUMNS).where('id', '=', id);
  if (partyTo) q = q.where((eb) => eb.or([eb('member_state_a', '=', partyTo), eb('member_state_b', '=', partyTo)]));
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}

/**
 * Locks a member state's row against other agreement writes until the transaction ends, so two
 * administrators cannot both create overlapping agreements for one pair. FOR NO KEY UPDATE does
 * not block rows that merely reference the member state.
 */
export function lockMemberStateRows(db: Executor, codes: string[]) {
  return db.selectFrom('member_states').select('code').where('code', 'in', codes).orderBy('code').forNoKeyUpdate().execute();
}

/**
 * Agreements of the pair and purpose whose days in force meet [from, to] (to null: open-ended).
 * An agreement ended before it came into force has no day in force and meets nothing.
 */
export function listOverlappingAgreementIds(
  db: Executor,
  pair: { a: string; b: string; purpose: SharingPurpose },
  from: string,
  to: string | null,
) {
  let q = db
    .selectFrom('linkage_sharing_agreements')
    .select('id')
    .where('member_state_a', '=', pair.a)
    .where('member_state_b', '=', pair.b)
    .where('purpose', '=', pair.purpose)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', eb.ref('valid_from'))]))
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>=', from)]));
  if (to !== null) q = q.where('valid_from', '<=', to);
  return q.execute();
}

export function insertAgreementRow(
  db: Executor,
  row: { id: string; a: string; b: string; purpose: SharingPurpose; reference: string; validFrom: string; validTo: string | null; createdBy: string },
) {
  return db
    .insertInto('linkage_sharing_agreements')
    .values({
      id: row.id,
      member_state_a: row.a,
      member_state_b: row.b,
      purpose: row.purpose,
      reference: row.reference,
      valid_from: row.validFrom,
      valid_to: row.validTo,
      created_by: row.createdBy,
    })
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}

/** Ends an agreement: it applies until the day before endsOn (valid_to), which linkage reads. */
export function endAgreementRow(db: Executor, id: string, end: { endsOn: string; reason: string; endedBy: string }) {
  return db
    .updateTable('linkage_sharing_agreements')
    .set({
      ended_on: end.endsOn,
      valid_to: sql<string>`(${end.endsOn}::date - 1)`,
      end_reason: end.reason,
      ended_by: end.endedBy,
      ended_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .returning(COLUMNS)
    .executeTakeFirstOrThrow();
}
