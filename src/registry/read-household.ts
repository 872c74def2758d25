/**
 * Reading households and people the actor may see, and their history.
 */
import type { Actor } from '../platform/actor.ts';
import type { Executor } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { parseMrz } from './mrz.ts';
import * as q from './registry.queries.ts';
import type { Consent, Household, Person } from './registry.schemas.ts';

type PersonRow = Awaited<ReturnType<typeof q.listPeopleRows>>[number];
type DocumentRow = Awaited<ReturnType<typeof q.listDocumentRows>>[number];
type RelativeRow = Awaited<ReturnType<typeof q.listRelativeRows>>[number];
type ConsentRow = Awaited<ReturnType<typeof q.listConsentRows>>[number];

function iso(d: Date | string | null): string | null {
  return d === null ? null : new Date(d).toISOString();
}

export function toConsent(c: ConsentRow): Consent {
  return {
    id: c.id,
    personId: c.person_id,
    purpose: c.purpose as Consent['purpose'],
    recipientMemberState: c.recipient_member_state,
    recipientAgencyId: c.recipient_agency_id,
    grantedAt: iso(c.granted_at)!,
    withdrawnAt: iso(c.withdrawn_at),
  };
}

function toPerson(p: PersonRow, documents: DocumentRow[], relatives: RelativeRow[]): Person {
  return {
    id: p.id,
    householdId: p.household_id,
    givenNames: p.given_names,
    familyName1: p.family_name_1,
    familyName2: p.family_name_2,
    sex: p.sex,
    birthDate: p.birth_date,
    nationalities: p.nationalities,
    languages: p.languages,
    phone: p.phone,
    email: p.email,
    currentCountry: p.current_country,
    currentSubdivision: p.current_subdivision,
    status: p.status,
    arrivalDate: p.arrival_date,
    relationshipToPrincipal: p.relationship_to_principal,
    maritalStatus: p.marital_status,
    situation: p.situation,
    version: p.version,
    documents: documents.map((d) => ({
      id: d.id,
      type: d.type as Person['documents'][number]['type'],
      number: d.number,
      issuingCountry: d.issuing_country,
      expiryDate: d.expiry_date,
      mrzChecked: d.mrz !== null && parseMrz(d.mrz).ok,
    })),
    relatives: relatives.map((r) => ({
      id: r.id,
      relationship: r.relationship,
      givenNames: r.given_names,
      familyName1: r.family_name_1,
      familyName2: r.family_name_2,
      birthDate: r.birth_date,
      country: r.country,
      status: r.status,
    })),
  };
}

/** Several households with everything in them, in four queries whatever their number. */
export async function loadHouseholds(
  db: Executor,
  rows: { id: string; member_state: string; channel: string; principal_person_id: string | null; created_at: Date }[],
): Promise<Household[]> {
  const people = await q.listPeopleRows(db, rows.map((r) => r.id));
  const ids = people.map((p) => p.id);
  const [documents, relatives, consents] = await Promise.all([
    q.listDocumentRows(db, ids),
    q.listRelativeRows(db, ids),
    q.listConsentRows(db, ids),
  ]);
  return rows.map((h) => {
    const members = people.filter((p) => p.household_id === h.id);
    const memberIds = new Set(members.map((m) => m.id));
    return {
      id: h.id,
      memberState: h.member_state,
      channel: h.channel as Household['channel'],
      principalPersonId: h.principal_person_id ?? members[0]?.id,
      createdAt: iso(h.created_at)!,
      members: members.map((m) =>
        toPerson(
          m,
          documents.filter((d) => d.person_id === m.id),
          relatives.filter((r) => r.person_id === m.id),
        ),
      ),
      consents: consents.filter((c) => memberIds.has(c.person_id)).map(toConsent),
    };
  });
}

export async function getHousehold(db: Executor, actor: Actor, id: string): Promise<Household> {
  const row = await q.findHouseholdRow(db, actor, id);
  if (!row) throw new DomainError('HOUSEHOLD_NOT_FOUND');
  const [household] = await loadHouseholds(db, [row]);
  return household;
}

/** The households the actor belongs to (an applicant's own). */
export async function listOwnHouseholds(db: Executor, actor: Actor): Promise<Household[]> {
  const rows = await db
    .selectFrom('households')
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb.selectFrom('people').select('people.id').whereRef('people.household_id', '=', 'households.id').where('people.user_id', '=', actor.userId),
      ),
    )
    .orderBy('created_at')
    .execute();
  return loadHouseholds(db, rows);
}

export async function listPersonVersions(db: Executor, actor: Actor, personId: string) {
  const person = await q.findVisiblePersonRow(db, actor, personId);
  if (!person) throw new DomainError('PERSON_NOT_FOUND');
  const rows = await db
    .selectFrom('record_versions')
    .select(['version', 'changed_by', 'changed_at', 'changes'])
    .where('record_type', '=', 'person')
    .where('record_id', '=', personId)
    .orderBy('version')
    .execute();
  return rows.map((r) => ({ version: r.version, changedBy: r.changed_by, changedAt: iso(r.changed_at)!, changes: r.changes }));
}
