/**
 * Registering a household once: by the applicant themself (public, phone first, with an
 * account) or by a caseworker in person. One transaction writes the household, its people,
 * documents, relatives elsewhere and consents, version 1 of every person, and the audit row.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { hashPassword } from '../platform/auth.ts';
import type { Keyring } from '../platform/crypto.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { jsonb } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { fieldError, type Locale } from '../platform/i18n.ts';
import { sealSituation, splitSituation, withheldSituation } from './confidential-situation.ts';
import { checkHouseholdForDuplicates } from '../linkage/service/check-people.ts';
import { foldDocumentNumber, nameSearchText } from './names.ts';
import { parseMrz } from './mrz.ts';
import type { ConsentInput, NewHousehold, PersonInput, SelfRegistration } from './registry.schemas.ts';
import { checkHousehold } from './validate-household.ts';

export interface RegisteredHousehold {
  householdId: string;
  principalPersonId: string;
  memberState: string;
  userId: string | null;
}

async function isMemberState(db: Executor, code: string): Promise<boolean> {
  return (await db.selectFrom('member_states').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
}

function personValues(ring: Keyring, p: PersonInput, ids: { id: string; householdId: string; memberState: string; userId: string | null; position: number }) {
  const { open, confidential } = splitSituation(p.situation);
  return {
    id: ids.id,
    position: ids.position,
    household_id: ids.householdId,
    member_state: ids.memberState,
    user_id: ids.userId,
    given_names: p.givenNames,
    family_name_1: p.familyName1 ?? null,
    family_name_2: p.familyName2 ?? null,
    name_search: nameSearchText(p),
    sex: p.sex ?? null,
    birth_date: p.birthDate ?? null,
    nationalities: p.nationalities ?? [],
    languages: p.languages ?? [],
    phone: p.phone ?? null,
    email: p.email ?? null,
    current_country: p.currentCountry ?? null,
    current_subdivision: p.currentSubdivision ?? null,
    status: p.status ?? null,
    arrival_date: p.arrivalDate ?? null,
    relationship_to_principal: p.relationshipToPrincipal,
    marital_status: p.maritalStatus ?? null,
    situation: jsonb(open),
    situation_sealed: sealSituation(ring, ids.id, confidential),
  };
}

/** Version 1 of a person: every field given, so the history starts complete. */
function initialChanges(p: PersonInput): Record<string, unknown> {
  const { documents: _d, relatives: _r, ...fields } = p;
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, { from: null, to: k === 'situation' ? withheldSituation(p.situation) : v }]));
}

export async function insertConsents(
  trx: Trx,
  personId: string,
  memberState: string,
  consents: ConsentInput[],
  grantedBy: string | null,
): Promise<void> {
  for (const c of consents) {
    await trx
      .insertInto('consents')
      .values({
        id: randomUUID(),
        person_id: personId,
        member_state: memberState,
        purpose: c.purpose,
        recipient_member_state: c.recipientMemberState ?? null,
        recipient_agency_id: c.recipientAgencyId ?? null,
        granted_by: grantedBy,
      })
      .execute();
  }
}

async function writeHousehold(
  trx: Trx,
  ring: Keyring,
  input: NewHousehold,
  who: { memberState: string; registeredBy: string | null; officeId: string | null; channel: 'self' | 'caseworker'; principalUserId: string | null },
): Promise<RegisteredHousehold> {
  const householdId = randomUUID();
  const personIds = input.members.map(() => randomUUID());
  await trx
    .insertInto('households')
    .values({
      id: householdId,
      member_state: who.memberState,
      registered_by: who.registeredBy,
      registered_office: who.officeId,
      channel: who.channel,
      principal_person_id: personIds[0],
    })
    .execute();
  for (const [i, p] of input.members.entries()) {
    const id = personIds[i];
    await trx
      .insertInto('people')
      .values(personValues(ring, p, { id, householdId, memberState: who.memberState, userId: i === 0 ? who.principalUserId : null, position: i }))
      .execute();
    for (const d of p.documents) {
      await trx
        .insertInto('identity_documents')
        .values({
          id: randomUUID(),
          person_id: id,
          member_state: who.memberState,
          type: d.type,
          number: d.number,
          number_search: foldDocumentNumber(d.number),
          issuing_country: d.issuingCountry,
          expiry_date: d.expiryDate ?? (d.mrz ? (parseMrz(d.mrz) as { ok: true; value: { expiryDate: string } }).value.expiryDate : null),
          mrz: d.mrz ?? null,
        })
        .execute();
    }
    for (const r of p.relatives) {
      const { relationship, givenNames, familyName1, familyName2, birthDate, country, status, arrivalDate, ...situation } = r;
      await trx
        .insertInto('relatives')
        .values({
          id: randomUUID(),
          person_id: id,
          member_state: who.memberState,
          relationship,
          given_names: givenNames ?? null,
          family_name_1: familyName1 ?? null,
          family_name_2: familyName2 ?? null,
          birth_date: birthDate ?? null,
          country: country ?? null,
          status: status ?? null,
          arrival_date: arrivalDate ?? null,
          situation: jsonb(situation),
        })
        .execute();
    }
    await trx
      .insertInto('record_versions')
      .values({
        id: randomUUID(),
        member_state: who.memberState,
        record_type: 'person',
        record_id: id,
        version: 1,
        changed_by: who.registeredBy,
        changes: jsonb(initialChanges(p)),
      })
      .execute();
  }
  await insertConsents(trx, personIds[0], who.memberState, input.consents, who.registeredBy);
  return { householdId, principalPersonId: personIds[0], memberState: who.memberState, userId: who.principalUserId };
}

function validationFailed(errors: ReturnType<typeof checkHousehold>): DomainError {
  return new DomainError('VALIDATION_FAILED', 'Some fields are not valid.', { fields: errors });
}

/** A caseworker registers a household in person; their member state holds the record. */
export async function registerHousehold(trx: Trx, ring: Keyring, actor: Actor, input: NewHousehold, locale: Locale): Promise<RegisteredHousehold> {
  const errors = checkHousehold(input, locale);
  if (input.memberState && input.memberState !== actor.memberState) {
    // Staff register for their own member state; sharing with others goes through consent.
    errors.push(fieldError('body.memberState', 'validation.invalid', {}, locale));
  }
  if (errors.length > 0) throw validationFailed(errors);
  const registered = await writeHousehold(trx, ring, input, {
    memberState: actor.memberState,
    registeredBy: actor.userId,
    officeId: actor.officeId,
    channel: 'caseworker',
    principalUserId: null,
  });
  // Linkage: likely duplicates go to the review queue in the same transaction (issue 7).
  await checkHouseholdForDuplicates(trx, registered.householdId);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'household.register',
    recordType: 'household',
    recordId: registered.householdId,
    details: { channel: 'caseworker', members: input.members.length, consents: input.consents.map((c) => c.purpose) },
  });
  return registered;
}

/**
 * An applicant registers themself: the principal's phone is required (phone first) and
 * becomes their sign-in; the record is held by the member state where they are now, or by
 * the one they choose when they are outside the pact.
 */
export async function registerSelf(trx: Trx, ring: Keyring, input: SelfRegistration, locale: Locale, ip: string | null): Promise<RegisteredHousehold> {
  const errors = checkHousehold(input, locale);
  const principal = input.members[0];
  if (!principal.phone) errors.push(fieldError('body.members.0.phone', 'validation.required', {}, locale));
  let memberState = input.memberState;
  if (!memberState && principal.currentCountry && (await isMemberState(trx, principal.currentCountry))) {
    memberState = principal.currentCountry;
  }
  if (!memberState || !(await isMemberState(trx, memberState))) {
    errors.push(fieldError('body.memberState', 'validation.memberStateRequired', {}, locale));
  }
  if (principal.phone) {
    const taken = await trx.selectFrom('users').select('id').where('phone', '=', principal.phone).executeTakeFirst();
    if (taken) errors.push(fieldError('body.members.0.phone', 'validation.phoneTaken', {}, locale));
  }
  if (input.account.email) {
    const taken = await trx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['email']), '=', input.account.email!.toLowerCase()))
      .executeTakeFirst();
    if (taken) errors.push(fieldError('body.account.email', 'validation.phoneTaken', {}, locale));
  }
  if (errors.length > 0 || !memberState) throw validationFailed(errors);
  const userId = randomUUID();
  await trx
    .insertInto('users')
    .values({
      id: userId,
      email: input.account.email ?? null,
      phone: principal.phone ?? null,
      display_name: [principal.givenNames, principal.familyName1].filter(Boolean).join(' '),
      password_hash: await hashPassword(input.account.password),
      member_state: memberState,
      agency_id: null,
      office_id: null,
      roles: ['applicant'],
      locale: input.account.locale,
    })
    .execute();
  const registered = await writeHousehold(trx, ring, input, {
    memberState,
    registeredBy: userId,
    officeId: null,
    channel: 'self',
    principalUserId: userId,
  });
  // Linkage: likely duplicates go to the review queue in the same transaction (issue 7).
  await checkHouseholdForDuplicates(trx, registered.householdId);
  await recordAudit(
    trx,
    { userId, agencyId: null, memberState, ip },
    {
      action: 'household.register',
      recordType: 'household',
      recordId: registered.householdId,
      details: { channel: 'self', members: input.members.length, consents: input.consents.map((c) => c.purpose) },
    },
  );
  return registered;
}
