/**
 * Referrals to services. A referral rests on the person's consent for the purpose "referral" naming
 * the recipient; it carries only the fields the protection officer chose for the recipient (sealed);
 * the receiving agency sees its referrals and nothing else of the file. Statuses: sent → accepted or
 * declined; accepted → completed. Each referral puts a follow-up task before the sending office.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { auditActorOf, type Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { Executor, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { hasConsent } from '../../registry/consent.ts';
import { ageBand } from './htcds-export.ts';
import { canReceiveReferrals, canWriteConfidential, confidentialScopeOf } from '../protection.policy.ts';
import * as q from '../protection.queries.ts';
import type { NewReferral, ReferralResponse } from '../protection.schemas.ts';
import { auditConfidentialRead, iso, seal, unseal } from './file-support.ts';

export interface ReferralPayload {
  need: string;
  urgency: string;
  name?: string;
  phone?: string | null;
  languages?: string[];
  sex?: string | null;
  ageBand?: string;
  nationality?: string[];
  summary?: string;
}

const FOLLOW_UP_DAYS = { emergency: 1, urgent: 3, normal: 14 } as const;

export async function sendReferral(trx: Trx, ring: Keyring, actor: Actor, personId: string, input: NewReferral) {
  if (!canWriteConfidential(actor)) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const file = await q.findConfidentialFile(trx, actor, personId);
  if (!file) throw new DomainError('PROTECTION_FILE_NOT_FOUND');
  const service = await trx.selectFrom('protection_services').selectAll().where('id', '=', input.serviceId).where('active', '=', true).executeTakeFirst();
  if (!service) throw new DomainError('PROTECTION_SERVICE_NOT_FOUND');
  if (!service.kinds.includes(input.need)) throw new DomainError('PROTECTION_SERVICE_MISMATCH', 'This service does not offer what the referral asks for.');
  const recipient = { memberState: service.member_state, agencyId: service.agency_id };
  if (!(await hasConsent(trx, personId, 'referral', recipient))) {
    throw new DomainError('PROTECTION_CONSENT_REQUIRED', 'The person has not consented to a referral to this recipient.');
  }
  const consent = await q.findReferralConsentId(trx, personId, recipient);
  const person = (await trx
    .selectFrom('people')
    .select(['given_names', 'family_name_1', 'family_name_2', 'phone', 'languages', 'sex', 'birth_date', 'nationalities'])
    .where('id', '=', personId)
    .executeTakeFirst())!;
  const fields = new Set(input.fields);
  // Data minimisation: only what was chosen for this recipient travels with the referral.
  const payload: ReferralPayload = { need: input.need, urgency: input.urgency };
  if (fields.has('name')) payload.name = [person.given_names, person.family_name_1, person.family_name_2].filter(Boolean).join(' ');
  if (fields.has('phone')) payload.phone = person.phone;
  if (fields.has('languages')) payload.languages = person.languages;
  if (fields.has('sex')) payload.sex = person.sex;
  if (fields.has('age_band')) payload.ageBand = ageBand(person.birth_date);
  if (fields.has('nationality')) payload.nationality = person.nationalities;
  if (fields.has('summary') && input.summary) payload.summary = input.summary;
  const id = randomUUID();
  await trx
    .insertInto('protection_referrals')
    .values({
      id,
      file_id: file.id,
      person_id: personId,
      member_state: file.member_state,
      service_id: service.id,
      recipient_agency_id: service.agency_id,
      recipient_member_state: service.member_state,
      from_office_id: actor.officeId!,
      consent_id: consent!.id,
      need: input.need,
      urgency: input.urgency,
      payload: seal(ring, 'protection_referrals', 'payload', id, payload),
      created_by: actor.userId,
    })
    .execute();
  await trx
    .insertInto('protection_tasks')
    .values({
      id: randomUUID(),
      file_id: file.id,
      member_state: file.member_state,
      office_id: actor.officeId!,
      kind: 'referral_follow_up',
      referral_id: id,
      due_at: new Date(Date.now() + FOLLOW_UP_DAYS[input.urgency] * 86_400_000),
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'protection.referral_sent',
    recordType: 'protection_referral',
    recordId: id,
    details: { fileId: file.id, serviceId: service.id, recipientAgencyId: service.agency_id, need: input.need, fields: [...fields] },
  });
  return { id, status: 'sent' as const, version: 1 };
}

function referralSelect(db: Executor) {
  return db
    .selectFrom('protection_referrals as r')
    .innerJoin('protection_services as sv', 'sv.id', 'r.service_id')
    .innerJoin('offices as o', 'o.id', 'r.from_office_id')
    .select([
      'r.id', 'r.file_id', 'r.status', 'r.need', 'r.urgency', 'r.payload', 'r.created_at', 'r.responded_at', 'r.completed_at',
      'r.decline_reason', 'r.version', 'r.recipient_agency_id', 'r.from_office_id', 'sv.name as service_name', 'o.name as from_office_name',
    ]);
}
type ReferralRow = Awaited<ReturnType<ReturnType<typeof referralSelect>['executeTakeFirstOrThrow']>>;

function toReferral(ring: Keyring, r: ReferralRow) {
  return {
    id: r.id,
    status: r.status,
    need: r.need,
    urgency: r.urgency,
    serviceName: r.service_name,
    fromOffice: r.from_office_name,
    createdAt: iso(r.created_at)!,
    respondedAt: iso(r.responded_at),
    completedAt: iso(r.completed_at),
    declineReason: r.decline_reason,
    version: r.version,
    person: unseal<ReferralPayload>(ring, 'protection_referrals', 'payload', r.id, r.payload),
  };
}

/** Referrals sent to the caller's agency: all it ever sees of a file. */
export async function listIncomingReferrals(trx: Trx, ring: Keyring, actor: Actor) {
  if (!canReceiveReferrals(actor)) return [];
  const rows = await referralSelect(trx).where('r.recipient_agency_id', '=', actor.agencyId!).orderBy('r.created_at', 'desc').limit(200).execute();
  if (rows.length > 0) await auditConfidentialRead(trx, actor, 'protection_referral', rows[0]!.id, { incoming: rows.length });
  return rows.map((r) => toReferral(ring, r));
}

/** One referral, for its recipient agency or the protection officers who may see its file. */
export async function getReferral(trx: Trx, ring: Keyring, actor: Actor, id: string) {
  const row = await referralSelect(trx).where('r.id', '=', id).executeTakeFirst();
  if (!row) throw new DomainError('PROTECTION_REFERRAL_NOT_FOUND');
  const isRecipient = canReceiveReferrals(actor) && row.recipient_agency_id === actor.agencyId;
  let isSender = false;
  if (!isRecipient && !confidentialScopeOf(actor).none) {
    const fileOk = await trx
      .selectFrom('protection_files')
      .select('id')
      .where('id', '=', row.file_id)
      .where((eb) => q.confidentialVisible(eb, confidentialScopeOf(actor)))
      .executeTakeFirst();
    isSender = fileOk !== undefined;
  }
  if (!isRecipient && !isSender) throw new DomainError('PROTECTION_REFERRAL_NOT_FOUND');
  await auditConfidentialRead(trx, actor, 'protection_referral', id);
  return toReferral(ring, row);
}

async function getIncoming(trx: Trx, actor: Actor, id: string) {
  if (!canReceiveReferrals(actor) || !(actor.scopes.has('protection:write') || actor.scopes.has('cases:write'))) {
    throw new DomainError('PROTECTION_REFERRAL_NOT_FOUND');
  }
  const row = await trx
    .selectFrom('protection_referrals')
    .select(['id', 'status', 'version', 'file_id'])
    .where('id', '=', id)
    .where('recipient_agency_id', '=', actor.agencyId!)
    .executeTakeFirst();
  if (!row) throw new DomainError('PROTECTION_REFERRAL_NOT_FOUND');
  return row;
}

export async function respondToReferral(trx: Trx, actor: Actor, id: string, input: ReferralResponse) {
  const row = await getIncoming(trx, actor, id);
  if (row.status !== 'sent') throw new DomainError('PROTECTION_REFERRAL_STATE', 'The referral was already answered.');
  if (input.decision === 'declined' && !input.reason) {
    throw new DomainError('VALIDATION_FAILED', 'Some fields are not valid.', { fields: [{ path: 'body.reason', code: 'required', key: 'validation.required', message: 'required' }] });
  }
  const updated = await trx
    .updateTable('protection_referrals')
    .set({
      status: input.decision,
      decline_reason: input.decision === 'declined' ? input.reason! : null,
      responded_by: actor.userId,
      responded_at: sql<Date>`now()`,
      version: sql<number>`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', input.expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!updated) throw new DomainError('PROTECTION_REFERRAL_VERSION_CONFLICT');
  await recordAudit(trx, auditActorOf(actor), { action: `protection.referral_${input.decision}`, recordType: 'protection_referral', recordId: id, details: { reason: input.reason ?? null } });
  return { id, status: input.decision, version: updated.version };
}

export async function completeReferral(trx: Trx, actor: Actor, id: string, expectedVersion: number) {
  const row = await getIncoming(trx, actor, id);
  if (row.status !== 'accepted') throw new DomainError('PROTECTION_REFERRAL_STATE', 'Only an accepted referral can be completed.');
  const updated = await trx
    .updateTable('protection_referrals')
    .set({ status: 'completed', completed_at: sql<Date>`now()`, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  if (!updated) throw new DomainError('PROTECTION_REFERRAL_VERSION_CONFLICT');
  await trx.updateTable('protection_tasks').set({ status: 'done', done_at: sql<Date>`now()` }).where('referral_id', '=', id).where('status', '=', 'open').execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'protection.referral_completed', recordType: 'protection_referral', recordId: id });
  return { id, status: 'completed' as const, version: updated.version };
}
