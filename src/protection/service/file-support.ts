/**
 * What every protection use case needs: the person's file (created on first use), sealing and
 * opening confidential values, raising flags and recomputing the priority — which also orders the
 * person's open cases and, for an emergency, puts a task before a protection officer at once.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { recordCaseEvent } from '../../cases/service/case-support.ts';
import { decidePriority, isHigher, type FlagCode, type Priority, type PriorityReason } from '../frameworks/routing.ts';
import { summaryScopeOf } from '../protection.policy.ts';
import * as q from '../protection.queries.ts';

// Sealing lives in the platform, where the registry's confidential facts use it too.
export { aad, seal, unseal } from '../../platform/crypto.ts';

export type FileRow = NonNullable<Awaited<ReturnType<typeof q.unsafeFindFileByPerson>>>;

/**
 * The person's protection file, created if there is none. A new file is held by the office of the
 * person's open case, else the office that registered the household, else `fallbackOfficeId`.
 */
export async function ensureFile(trx: Trx, person: { id: string; member_state: string }, fallbackOfficeId: string | null): Promise<FileRow> {
  const existing = await q.unsafeFindFileByPerson(trx, person.id);
  if (existing) return existing;
  const officeId = (await q.findHoldingOfficeFor(trx, person.id)) ?? fallbackOfficeId ?? (await q.findProtectionOffice(trx, person.member_state));
  if (!officeId) throw new DomainError('PROTECTION_NO_OFFICE', 'No office can hold a protection file for this person.');
  // ON CONFLICT: two screenings of one person at once must end with one file.
  await trx
    .insertInto('protection_files')
    .values({ id: randomUUID(), person_id: person.id, member_state: person.member_state, office_id: officeId, priority_reasons: jsonb([]) })
    .onConflict((oc) => oc.column('person_id').doNothing())
    .execute();
  return (await q.unsafeFindFileByPerson(trx, person.id))!;
}

export async function insertFlags(
  trx: Trx,
  file: FileRow,
  codes: readonly FlagCode[],
  source: { kind: 'assessment' | 'specific_need' | 'worker_report' | 'manual'; id: string | null; by: string | null },
): Promise<FlagCode[]> {
  const open = new Set((await q.listOpenFlagRows(trx, file.id)).map((f) => f.code));
  const added = [...new Set(codes)].filter((c) => !open.has(c));
  for (const code of added) {
    await trx
      .insertInto('protection_flags')
      .values({ id: randomUUID(), file_id: file.id, person_id: file.person_id, member_state: file.member_state, code, source: source.kind, source_id: source.id, raised_by: source.by })
      .execute();
  }
  return added;
}

const TASK_DUE_HOURS: Record<'emergency_review' | 'urgent_review', number> = { emergency_review: 4, urgent_review: 72 };

/**
 * Recomputes the file's priority from its open flags. When it rises: the person's open cases rise
 * with it (the case queues order by priority), and an emergency or urgent review task goes to the
 * protection officers of the holding office. Lowering a priority is a person's decision, never
 * automatic: a resolved flag leaves the cases as they are.
 */
export async function recomputePriority(trx: Trx, actor: Actor | null, file: FileRow): Promise<{ priority: Priority; reasons: PriorityReason[] }> {
  const flags = (await q.listOpenFlagRows(trx, file.id)).map((f) => f.code);
  const decided = decidePriority(flags);
  const before = file.priority as Priority;
  await trx
    .updateTable('protection_files')
    .set({ priority: decided.priority, priority_reasons: jsonb(decided.reasons), priority_set_at: sql<Date>`now()`, updated_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', file.id)
    .execute();
  if (isHigher(decided.priority, before)) {
    if (decided.priority !== 'normal') {
      const kind = decided.priority === 'emergency' ? 'emergency_review' : 'urgent_review';
      await trx
        .insertInto('protection_tasks')
        .values({
          id: randomUUID(),
          file_id: file.id,
          member_state: file.member_state,
          office_id: file.office_id,
          kind,
          due_at: new Date(Date.now() + TASK_DUE_HOURS[kind] * 3600_000),
        })
        .execute();
    }
    await raiseCasePriority(trx, actor, file.person_id, decided.priority, decided.reasons.map((r) => r.rule));
  }
  await recordAudit(trx, auditActorOf(actor), {
    action: 'protection.priority',
    recordType: 'protection_file',
    recordId: file.id,
    details: { from: before, to: decided.priority, rules: decided.reasons.map((r) => r.rule) },
  });
  return decided;
}

/**
 * The cases domain has no use case to set a priority; `cases.priority` is documented as "set by
 * protection", so this is the one write protection makes to cases. The timeline event and its
 * audit row go through the cases domain's own recordCaseEvent.
 */
async function raiseCasePriority(trx: Trx, actor: Actor | null, personId: string, priority: Priority, rules: string[]): Promise<void> {
  const rank = { normal: 1, urgent: 2, emergency: 3 }[priority];
  for (const c of await q.listOpenCaseIdsOfPerson(trx, personId)) {
    const current = { normal: 1, urgent: 2, emergency: 3 }[c.priority];
    if (current >= rank) continue;
    await trx
      .updateTable('cases')
      .set({ priority, version: sql<number>`version + 1`, updated_at: sql<Date>`now()` })
      .where('id', '=', c.id)
      .execute();
    await recordCaseEvent(trx, actor, c, { kind: 'priority_raised', details: { priority, rules } });
  }
}

export async function auditConfidentialRead(trx: Trx, actor: Actor, recordType: string, recordId: string, details: Record<string, unknown> = {}): Promise<void> {
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.confidential_read', recordType, recordId, details });
}

export function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString();
}

export async function findPersonForStaff(db: Executor, actor: Actor, personId: string) {
  const person = await q.findVisiblePerson(db, summaryScopeOf(actor), personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  return person;
}
