/**
 * The audit trail: one row per change or confidential read, written in the same
 * transaction as what it records. Rows are hash-chained: each row's hash covers its own
 * fields and the previous row's hash, so altering or removing a row breaks the chain
 * from that row on, and `verifyAuditChain` names the first broken row.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Executor, Trx } from './db.ts';

export interface AuditActor {
  userId: string | null;
  agencyId: string | null;
  memberState: string | null;
  ip?: string | null;
}

export interface AuditEntry {
  action: string;
  recordType: string;
  recordId?: string | null;
  /** Field names and non-confidential values only. */
  details?: Record<string, unknown>;
}

export const GENESIS_HASH = '0'.repeat(64);
/** Any constant works; it only has to be the same in every process. */
const AUDIT_LOCK_KEY = 424242;

/** JSON with object keys sorted at every level, so jsonb's reordering does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

interface HashedFields {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  memberState: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  ip: string | null;
  details: unknown;
  prevHash: string;
}

export function auditHash(f: HashedFields): string {
  return createHash('sha256')
    .update(
      canonicalJson([
        f.seq,
        f.occurredAt,
        f.actorUserId,
        f.actorAgencyId,
        f.memberState,
        f.action,
        f.recordType,
        f.recordId,
        f.ip,
        f.details,
        f.prevHash,
      ]),
    )
    .digest('hex');
}

/**
 * Append one audit row. Must be called with the transaction of the change it records.
 * The advisory lock serialises appends so the chain stays linear under concurrency; it is
 * released when the transaction ends.
 */
export async function recordAudit(trx: Trx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx
    .selectFrom('audit_events')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    // Milliseconds survive the timestamptz round trip exactly on both drivers.
    occurredAt: new Date().toISOString(),
    actorUserId: actor.userId,
    actorAgencyId: actor.agencyId,
    memberState: actor.memberState,
    action: entry.action,
    recordType: entry.recordType,
    recordId: entry.recordId ?? null,
    ip: actor.ip ?? null,
    details: entry.details ?? {},
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  await trx
    .insertInto('audit_events')
    .values({
      seq: fields.seq,
      occurred_at: fields.occurredAt,
      actor_user_id: fields.actorUserId,
      actor_agency_id: fields.actorAgencyId,
      member_state: fields.memberState,
      action: fields.action,
      record_type: fields.recordType,
      record_id: fields.recordId,
      ip: fields.ip,
      details: sql`${JSON.stringify(fields.details)}::jsonb`,
      prev_hash: fields.prevHash,
      hash: auditHash(fields),
    })
    .execute();
}

export type AuditVerification =
  | { ok: true; rows: number }
  | { ok: false; rows: number; brokenSeq: number; reason: string };

/** Walks the whole chain in seq order, in pages, and reports the first row that does not verify. */
export async function verifyAuditChain(db: Executor, pageSize = 5000): Promise<AuditVerification> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let rows = 0;
  for (;;) {
    const page = await db
      .selectFrom('audit_events')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(pageSize)
      .execute();
    if (page.length === 0) return { ok: true, rows };
    for (const row of page) {
      if (row.seq !== expectedSeq) {
        return { ok: false, rows, brokenSeq: expectedSeq, reason: `row ${expectedSeq} is missing` };
      }
      if (row.prev_hash !== prevHash) {
        return { ok: false, rows, brokenSeq: row.seq, reason: 'prev_hash does not match the previous row' };
      }
      const hash = auditHash({
        seq: row.seq,
        occurredAt: new Date(row.occurred_at).toISOString(),
        actorUserId: row.actor_user_id,
        actorAgencyId: row.actor_agency_id,
        memberState: row.member_state,
        action: row.action,
        recordType: row.record_type,
        recordId: row.record_id,
        ip: row.ip,
        details: row.details,
        prevHash: row.prev_hash,
      });
      if (hash !== row.hash) {
        return { ok: false, rows, brokenSeq: row.seq, reason: 'content does not match its hash' };
      }
      prevHash = row.hash;
      expectedSeq++;
      rows++;
    }
  }
}

