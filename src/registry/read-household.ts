/**
 * Reading households and people the actor may see, and their history.
 */
import { auditActorOf, type Actor } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Keyring } from '../platform/crypto.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { fullSituation, mayReadConfidential } from './confidential-situation.ts';
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

function toPerson(p: PersonRow, documents: DocumentRow[], relatives: RelativeRow[], situation: Record<string, unknown>): Person {
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
    situation,
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
  reader?: Reader,
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
          reader && m.situation_sealed !== null && mayReadConfidential(reader.actor, m) ? openFor(reader, m) : m.situation,
        ),
      ),
      consents: consents.filter((c) => memberIds.has(c.person_id)).map(toConsent),
    };
  });
}

/** Who reads, with the keyring to open confidential facts for those who may see them. */
export interface Reader {
  actor: Actor;
  ring: Keyring;
  /** Filled in: the people whose confidential facts were opened for someone other than themself. */
  openedFor?: string[];
}

function openFor(reader: Reader, person: PersonRow): Record<string, unknown> {
  if (person.user_id !== reader.actor.userId) (reader.openedFor ??= []).push(person.id);
  return fullSituation(reader.ring, person);
}

/**
 * One household the actor may see. With `ring`, confidential situation facts are opened for the
 * person themself and for protection officers; a read by anyone but the person is audited, in the
 * transaction `db` must then be.
 */
export async function getHousehold(db: Executor, actor: Actor, id: string, ring?: Keyring): Promise<Household> {
  const row = await q.findHouseholdRow(db, actor, id);
  if (!row) throw new DomainError('HOUSEHOLD_NOT_FOUND');
  const reader: Reader | undefined = ring ? { actor, ring } : undefined;
  const [household] = await loadHouseholds(db, [row], reader);
  const opened = reader?.openedFor ?? [];
  if (opened.length > 0) {
    if (!db.isTransaction) throw new Error('getHousehold opens confidential facts only inside a transaction, so that the read is audited.');
    await recordAudit(db as Trx, auditActorOf(actor), {
      action: 'person.confidential_read',
      recordType: 'household',
      recordId: id,
      details: { people: opened, what: 'situation' },
    });
  }
  return household;
}

/** The households the actor belongs to (an applicant's own). */
export async function listOwnHouseholds(db: Executor, actor: Actor, ring?: Keyring): Promise<Household[]> {
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
  return loadHouseholds(db, rows, ring ? { actor, ring } : undefined);
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
