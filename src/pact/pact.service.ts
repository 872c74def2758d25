/**
 * The pact directory: member states, agencies, offices and users.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import { hashPassword } from '../platform/auth.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import type { Role } from '../platform/roles.ts';
import { canManageUsersOf, userVisibilityScope } from './pact.policy.ts';
import * as q from './pact.queries.ts';
import type { AdmitMemberState, Agency, MemberState, NewUser, Office, User } from './pact.schemas.ts';

type MemberStateRow = Awaited<ReturnType<typeof q.listMemberStateRows>>[number];
type AgencyRow = Awaited<ReturnType<typeof q.listAgencyRows>>[number];
type OfficeRow = Awaited<ReturnType<typeof q.listOfficeRows>>[number];
type UserRow = Awaited<ReturnType<typeof q.listUserRows>>[number];

function toMemberState(r: MemberStateRow): MemberState {
  return { code: r.code, name: r.name, joinedOn: r.joined_on, roles: r.roles as MemberState['roles'] };
}
function toAgency(r: AgencyRow): Agency {
  return { id: r.id, memberState: r.member_state, name: r.name, kind: r.kind as Agency['kind'] };
}
function toOffice(r: OfficeRow): Office {
  return { id: r.id, agencyId: r.agency_id, memberState: r.member_state, name: r.name, city: r.city, jurisdictions: r.jurisdictions };
}
function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email ?? '',
    displayName: r.display_name,
    memberState: r.member_state,
    agencyId: r.agency_id,
    officeId: r.office_id,
    roles: r.roles as Role[],
    locale: r.locale as User['locale'],
  };
}

export async function listMemberStates(db: Executor): Promise<MemberState[]> {
  return (await q.listMemberStateRows(db)).map(toMemberState);
}

export async function getMemberState(db: Executor, code: string): Promise<MemberState> {
  const row = await q.findMemberStateRow(db, code);
  if (!row) throw new DomainError('NOT_FOUND', `No member state ${code}.`);
  return toMemberState(row);
}

export async function listAgencies(db: Executor, memberState?: string): Promise<Agency[]> {
  return (await q.listAgencyRows(db, memberState)).map(toAgency);
}

export async function listOffices(db: Executor, memberState?: string): Promise<Office[]> {
  return (await q.listOfficeRows(db, memberState)).map(toOffice);
}

/** ISO 3166-2 subdivisions start with their country's code. */
function checkJurisdictions(memberState: string, jurisdictions: string[]): void {
  const foreign = jurisdictions.filter((j) => !j.startsWith(`${memberState}-`));
  if (foreign.length > 0) {
    throw new DomainError('RULE_VIOLATION', 'An office can only serve subdivisions of its own member state.', {
      fields: foreign.map((j) => ({ path: 'jurisdictions', code: 'foreign_subdivision', key: 'validation.foreignSubdivision', message: j })),
    });
  }
}

/**
 * Admits a new member state with its agencies and offices, in one transaction.
 * @example await admitMemberState(trx, actor, { code: 'BZ', name: 'Belize', joinedOn: '2026-11-01', roles: ['transit'], agencies: [] })
 */
export async function admitMemberState(trx: Trx, actor: Actor, input: AdmitMemberState) {
  if (await q.findMemberStateRow(trx, input.code)) {
    throw new DomainError('MEMBER_STATE_EXISTS', `${input.code} is already a member state.`);
  }
  for (const agency of input.agencies) for (const office of agency.offices) checkJurisdictions(input.code, office.jurisdictions);
  await trx
    .insertInto('member_states')
    .values({ code: input.code, name: input.name, joined_on: input.joinedOn, roles: input.roles })
    .execute();
  const agencies: (Agency & { offices: Office[] })[] = [];
  for (const a of input.agencies) {
    const agency: Agency = { id: randomUUID(), memberState: input.code, name: a.name, kind: a.kind };
    await trx.insertInto('agencies').values({ id: agency.id, member_state: input.code, name: a.name, kind: a.kind }).execute();
    const offices: Office[] = [];
    for (const o of a.offices) {
      const office: Office = { id: randomUUID(), agencyId: agency.id, memberState: input.code, ...o };
      await trx
        .insertInto('offices')
        .values({ id: office.id, agency_id: agency.id, member_state: input.code, name: o.name, city: o.city, jurisdictions: o.jurisdictions })
        .execute();
      offices.push(office);
    }
    agencies.push({ ...agency, offices });
  }
  await recordAudit(trx, auditActorOf(actor), {
    action: 'member_state.admit',
    recordType: 'member_state',
    recordId: input.code,
    details: { name: input.name, roles: input.roles, agencies: input.agencies.map((a) => a.name) },
  });
  return { code: input.code, name: input.name, joinedOn: input.joinedOn, roles: input.roles, agencies };
}

export async function listUsers(db: Executor, actor: Actor): Promise<User[]> {
  return (await q.listUserRows(db, userVisibilityScope(actor), 500)).map(toUser);
}

export async function getUser(db: Executor, actor: Actor, id: string): Promise<User> {
  const row = await q.findUserRow(db, id, userVisibilityScope(actor));
  if (!row) throw new DomainError('USER_NOT_FOUND');
  return toUser(row);
}

export async function createUser(trx: Trx, actor: Actor, input: NewUser): Promise<User> {
  // A member state the actor may not manage is answered as if it did not exist.
  if (!canManageUsersOf(actor, input.memberState) || !(await q.findMemberStateRow(trx, input.memberState))) {
    throw new DomainError('NOT_FOUND', `No member state ${input.memberState}.`);
  }
  if (input.agencyId) {
    const agency = await q.findAgencyRow(trx, input.agencyId);
    if (!agency || agency.member_state !== input.memberState) throw new DomainError('AGENCY_NOT_FOUND');
  }
  if (input.officeId) {
    const office = await q.findOfficeRow(trx, input.officeId);
    if (!office || office.member_state !== input.memberState) throw new DomainError('OFFICE_NOT_FOUND');
    if (office.agency_id !== input.agencyId) throw new DomainError('OFFICE_AGENCY_MISMATCH', 'The office belongs to another agency.');
  }
  const staff = input.roles.some((r) => r !== 'applicant');
  if (staff && !input.agencyId) {
    throw new DomainError('RULE_VIOLATION', 'Staff accounts belong to an agency.', {
      fields: [{ path: 'agencyId', code: 'required', key: 'validation.required', message: 'required for staff' }],
    });
  }
  if (input.roles.includes('pact_admin') && !actor.roles.includes('pact_admin')) {
    throw new DomainError('FORBIDDEN', 'Only a pact administrator can create another.');
  }
  const taken = await trx
    .selectFrom('users')
    .select('id')
    .where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase()))
    .executeTakeFirst();
  if (taken) throw new DomainError('USER_EMAIL_TAKEN', 'An account with this email exists.');
  const id = randomUUID();
  const row = await trx
    .insertInto('users')
    .values({
      id,
      email: input.email,
      display_name: input.displayName,
      password_hash: await hashPassword(input.password),
      member_state: input.memberState,
      agency_id: input.agencyId,
      office_id: input.officeId,
      roles: input.roles,
      locale: input.locale,
    })
    .returning(['id', 'email', 'display_name', 'member_state', 'agency_id', 'office_id', 'roles', 'locale'])
    .executeTakeFirstOrThrow();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'user.create',
    recordType: 'user',
    recordId: id,
    details: { roles: input.roles, memberState: input.memberState, agencyId: input.agencyId, officeId: input.officeId },
  });
  return toUser(row);
}
