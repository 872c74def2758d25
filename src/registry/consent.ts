/**
 * Consent per purpose, given and withdrawn. Withdrawal keeps the row (when it was given,
 * when it was withdrawn, by whom); what needs consent checks `hasConsent` at the time it acts.
 */
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { fieldError, type Locale } from '../platform/i18n.ts';
import { toConsent } from './read-household.ts';
import { insertConsents } from './register-household.ts';
import * as q from './registry.queries.ts';
import type { ConsentInput } from './registry.schemas.ts';

export async function grantConsent(trx: Trx, actor: Actor, personId: string, input: ConsentInput, locale: Locale) {
  const person = await q.findVisiblePersonRow(trx, actor, personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  if (input.purpose === 'sharing' && !input.recipientMemberState && !input.recipientAgencyId) {
    throw new DomainError('VALIDATION_FAILED', 'Some fields are not valid.', { fields: [fieldError('body', 'validation.recipientRequired', {}, locale)] });
  }
  await insertConsents(trx, personId, person.member_state, [input], actor.userId);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'consent.grant',
    recordType: 'person',
    recordId: personId,
    details: { purpose: input.purpose, recipientMemberState: input.recipientMemberState ?? null, recipientAgencyId: input.recipientAgencyId ?? null },
  });
  const rows = await q.listConsentRows(trx, [personId]);
  return rows.map(toConsent);
}

export async function withdrawConsent(trx: Trx, actor: Actor, consentId: string) {
  const consent = await trx
    .selectFrom('consents')
    .selectAll()
    .where('id', '=', consentId)
    .where('person_id', 'in', trx.selectFrom('people').select('id').where('household_id', 'in', q.visibleHouseholdIds(trx, actor)))
    .executeTakeFirst();
  if (!consent) throw new DomainError('CONSENT_NOT_FOUND');
  if (consent.withdrawn_at) throw new DomainError('CONSENT_ALREADY_WITHDRAWN', 'This consent was already withdrawn.');
  const row = await trx
    .updateTable('consents')
    .set({ withdrawn_at: new Date(), withdrawn_by: actor.userId })
    .where('id', '=', consentId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'consent.withdraw',
    recordType: 'person',
    recordId: consent.person_id,
    details: { consentId, purpose: consent.purpose },
  });
  return toConsent(row);
}

/** Is there consent in force for this purpose (and recipient, when one is named)? */
export async function hasConsent(
  db: Executor,
  personId: string,
  purpose: ConsentInput['purpose'],
  recipient: { memberState?: string; agencyId?: string } = {},
): Promise<boolean> {
  let query = db
    .selectFrom('consents')
    .select('id')
    .where('person_id', '=', personId)
    .where('purpose', '=', purpose)
    .where('withdrawn_at', 'is', null);
  if (recipient.agencyId) {
    const agencyId = recipient.agencyId;
    query = query.where((eb) => eb.or([eb('recipient_agency_id', '=', agencyId), eb('recipient_member_state', '=', recipient.memberState ?? '')]));
  } else if (recipient.memberState) {
    query = query.where('recipient_member_state', '=', recipient.memberState);
  }
  return (await query.limit(1).executeTakeFirst()) !== undefined;
}
