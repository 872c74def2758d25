/**
 * Data-sharing agreements between two member states (issue 7): registrations held by two member
 * states are compared, for duplicates or for family tracing, only under an agreement in force for
 * that purpose and with the person's consent. Pact administrators record agreements and end them;
 * an agreement is never deleted, so the record shows under which agreement any comparison was made.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { fieldError, type FieldError } from '../platform/i18n.ts';
import { agreementVisibilityScope } from './pact.policy.ts';
import * as q from './sharing-agreements.queries.ts';
import type {
  EndSharingAgreement,
  NewSharingAgreement,
  SharingAgreement,
  SharingAgreementStatus,
} from './sharing-agreements.schemas.ts';

type AgreementRow = Awaited<ReturnType<typeof q.insertAgreementRow>>;

/** Where an agreement stands on `today` (ISO dates compare as strings). */
export function agreementStatus(row: Pick<AgreementRow, 'valid_from' | 'valid_to' | 'ended_on'>, today: string): SharingAgreementStatus {
  if (row.ended_on !== null && (row.ended_on <= today || row.ended_on <= row.valid_from)) return 'ended';
  if (row.valid_to !== null && row.valid_to < today) return 'expired';
  if (row.valid_from > today) return 'scheduled';
  return 'in_force';
}

function toAgreement(row: AgreementRow, today: string): SharingAgreement {
  return {
    id: row.id,
    memberStateA: row.member_state_a,
    memberStateB: row.member_state_b,
    purpose: row.purpose,
    reference: row.reference,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    status: agreementStatus(row, today),
    createdAt: new Date(row.created_at).toISOString(),
    ended:
      row.ended_on !== null && row.ended_at !== null
        ? { on: row.ended_on, reason: row.end_reason ?? '', at: new Date(row.ended_at).toISOString() }
        : null,
  };
}

/**
 * The agreements the actor may see: all for a pact administrator, else those the actor's member
 * state is party to (decided inside the query).
 * @example await listSharingAgreements(db, actor) // [{ memberStateA: 'GT', memberStateB: 'MX', purpose: 'deduplication', status: 'in_force', … }]
 */
export async function listSharingAgreements(db: Executor, actor: Actor): Promise<SharingAgreement[]> {
  const rows = await q.listAgreementRows(db, agreementVisibilityScope(actor));
  const today = await q.findToday(db);
  return rows.map((r) => toAgreement(r, today));
}

export async function getSharingAgreement(db: Executor, actor: Actor, id: string): Promise<SharingAgreement> {
  const row = await q.findAgreementRow(db, id, agreementVisibilityScope(actor));
  if (!row) throw new DomainError('SHARING_AGREEMENT_NOT_FOUND');
  return toAgreement(row, await q.findToday(db));
}

function invalid(fields: FieldError[]): DomainError {
  return new DomainError('SHARING_AGREEMENT_INVALID', 'Some fields of the agreement are not valid.', { fields });
}

/**
 * Records an agreement between two member states, one per purpose, audited in the same transaction.
 * Refused: a member state with itself, a code that is not a member state of the pact, a last day
 * before the first or already past, and any overlap with an agreement of the same pair and purpose.
 * @example await createSharingAgreements(trx, actor, { memberStateA: 'MX', memberStateB: 'GT', purposes: ['deduplication'], reference: 'MoU MX-GT 2026/14' })
 */
export async function createSharingAgreements(trx: Trx, actor: Actor, input: NewSharingAgreement): Promise<SharingAgreement[]> {
  const today = await q.findToday(trx);
  const validFrom = input.validFrom ?? today;
  const validTo = input.validTo ?? null;
  const fields: FieldError[] = [];
  if (input.memberStateA === input.memberStateB) fields.push(fieldError('body.memberStateB', 'validation.sameMemberState'));
  input.purposes.forEach((purpose, i) => {
    if (input.purposes.indexOf(purpose) !== i) fields.push(fieldError(`body.purposes.${i}`, 'validation.duplicatePurpose'));
  });
  if (validTo !== null && validTo < validFrom) fields.push(fieldError('body.validTo', 'validation.endBeforeStart'));
  else if (validTo !== null && validTo < today) fields.push(fieldError('body.validTo', 'validation.notBeforeToday'));
  if (fields.length > 0) throw invalid(fields);

  const [a, b] = [input.memberStateA, input.memberStateB].sort() as [string, string];
  // The lock also proves both are member states; it is taken before the overlap check (see the query).
  const found = new Set((await q.lockMemberStateRows(trx, [a, b])).map((r) => r.code));
  const unknown = (['memberStateA', 'memberStateB'] as const).filter((f) => !found.has(input[f]));
  if (unknown.length > 0) {
    throw new DomainError('SHARING_AGREEMENT_MEMBER_STATE_UNKNOWN', `Not a member state of the pact: ${unknown.map((f) => input[f]).join(', ')}.`, {
      fields: unknown.map((f) => fieldError(`body.${f}`, 'validation.unknownMemberState', { code: input[f] })),
    });
  }

  const created: SharingAgreement[] = [];
  for (const purpose of input.purposes) {
    const overlapping = await q.listOverlappingAgreementIds(trx, { a, b, purpose }, validFrom, validTo);
    if (overlapping.length > 0) {
      throw new DomainError('SHARING_AGREEMENT_OVERLAP', `${a} and ${b} already have a ${purpose} agreement for some of these days.`, {
        purpose,
        agreementIds: overlapping.map((r) => r.id),
      });
    }
    const row = await q.insertAgreementRow(trx, { id: randomUUID(), a, b, purpose, reference: input.reference, validFrom, validTo, createdBy: actor.userId });
    await recordAudit(trx, auditActorOf(actor), {
      action: 'sharing_agreement.create',
      recordType: 'sharing_agreement',
      recordId: row.id,
      details: { memberStates: [a, b], purpose, reference: input.reference, validFrom, validTo },
    });
    created.push(toAgreement(row, today));
  }
  return created;
}

/**
 * Ends an agreement from `endsOn` (today when absent) with a reason, audited; the row stays.
 * An end cannot be back-dated (comparisons made under the agreement were lawful when made) nor
 * lengthen an agreement past its own last day.
 * @example await endSharingAgreement(trx, actor, id, { endsOn: '2027-01-01', reason: 'Memorandum denounced by note of 2026-12-01' })
 */
export async function endSharingAgreement(trx: Trx, actor: Actor, id: string, input: EndSharingAgreement): Promise<SharingAgreement> {
  const row = await q.findAgreementRow(trx, id, undefined, true);
  if (!row) throw new DomainError('SHARING_AGREEMENT_NOT_FOUND');
  const today = await q.findToday(trx);
  const status = agreementStatus(row, today);
  if (row.ended_on !== null || status === 'expired') {
    throw new DomainError('SHARING_AGREEMENT_ENDED', 'This agreement has already ended or is ending.', { status });
  }
  const endsOn = input.endsOn ?? today;
  if (endsOn < today) throw invalid([fieldError('body.endsOn', 'validation.notBeforeToday')]);
  if (row.valid_to !== null && endsOn > dayAfter(row.valid_to)) {
    throw invalid([fieldError('body.endsOn', 'validation.endsAfterExpiry', { validTo: row.valid_to })]);
  }
  const ended = await q.endAgreementRow(trx, id, { endsOn, reason: input.reason, endedBy: actor.userId });
  await recordAudit(trx, auditActorOf(actor), {
    action: 'sharing_agreement.end',
    recordType: 'sharing_agreement',
    recordId: id,
    details: { memberStates: [row.member_state_a, row.member_state_b], purpose: row.purpose, endsOn, reason: input.reason },
  });
  return toAgreement(ended, today);
}

function dayAfter(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
