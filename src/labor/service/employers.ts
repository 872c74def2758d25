/**
 * Employers, their worksites and compliance history, and registered recruiters. An employer user
 * registers employers for the association they belong to (FARMS, NCAE…), which then acts for them.
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { jsonb, type Executor, type Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { fieldError } from '../../platform/i18n.ts';
import * as q from '../labor.queries.ts';
import type { NewComplianceEvent, NewEmployer, NewRecruiter, NewWorksite } from '../labor.schemas.ts';

type EmployerRow = NonNullable<Awaited<ReturnType<typeof q.findEmployerRow>>>;

export function toEmployer(r: EmployerRow) {
  return {
    id: r.id,
    memberState: r.member_state,
    legalName: r.legal_name,
    tradeName: r.trade_name,
    taxId: r.tax_id,
    sectorSystem: r.sector_system,
    sectorCode: r.sector_code,
    address: r.address,
    contacts: r.contacts,
    actingAgencyId: r.acting_agency_id,
    debarredUntil: r.debarred_until,
  };
}

function checkSubdivision(memberState: string, subdivision: string, path: string) {
  if (!subdivision.startsWith(`${memberState}-`)) {
    throw new DomainError('VALIDATION_FAILED', 'The place must be in the member state.', { fields: [fieldError(path, 'validation.subdivisionCountry')] });
  }
}

/** @example await createEmployer(trx, actor, { legalName: 'Granja Norte Inc.', taxId: '12-3456789', … }) */
export async function createEmployer(trx: Trx, actor: Actor, input: NewEmployer) {
  checkSubdivision(actor.memberState, input.address.subdivision, 'body.address.subdivision');
  const taken = await trx.selectFrom('employers').select('id').where('member_state', '=', actor.memberState).where('tax_id', '=', input.taxId.toUpperCase()).executeTakeFirst();
  if (taken) throw new DomainError('EMPLOYER_TAX_ID_TAKEN', 'An employer with this tax identifier is already registered.');
  const id = randomUUID();
  await trx
    .insertInto('employers')
    .values({
      id,
      member_state: actor.memberState,
      legal_name: input.legalName,
      trade_name: input.tradeName ?? null,
      tax_id: input.taxId.toUpperCase(),
      sector_system: input.sectorSystem,
      sector_code: input.sectorCode,
      address: jsonb(input.address),
      contacts: jsonb(input.contacts),
      acting_agency_id: actor.scopes.has('labor:employer') ? actor.agencyId : null,
      created_by: actor.userId,
    })
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.employer.create', recordType: 'employer', recordId: id, details: { sectorCode: input.sectorCode } });
  return getEmployer(trx, actor, id);
}

export async function getEmployer(db: Executor, actor: Actor, id: string) {
  const row = await q.findEmployerRow(db, actor, id);
  if (!row) throw new DomainError('EMPLOYER_NOT_FOUND');
  const [worksites, compliance] = await Promise.all([q.listWorksiteRows(db, id), q.listComplianceRows(db, id)]);
  return {
    ...toEmployer(row),
    worksites: worksites.map((w) => ({ id: w.id, name: w.name, address: w.address, subdivision: w.subdivision })),
    compliance: compliance.map((c) => ({ id: c.id, kind: c.kind, occurredOn: c.occurred_on, description: c.description, source: c.source, debarredUntil: c.debarred_until })),
  };
}

export async function listEmployers(db: Executor, actor: Actor) {
  return (await q.listEmployerRows(db, actor)).map(toEmployer);
}

export async function addWorksite(trx: Trx, actor: Actor, employerId: string, input: NewWorksite) {
  const employer = await q.findEmployerRow(trx, actor, employerId);
  if (!employer) throw new DomainError('EMPLOYER_NOT_FOUND');
  checkSubdivision(employer.member_state, input.address.subdivision, 'body.address.subdivision');
  const id = randomUUID();
  await trx
    .insertInto('worksites')
    .values({ id, employer_id: employerId, member_state: employer.member_state, name: input.name, address: jsonb(input.address), subdivision: input.address.subdivision })
    .execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.worksite.create', recordType: 'worksite', recordId: id, details: { employerId } });
  return { id, name: input.name, address: input.address, subdivision: input.address.subdivision };
}

/** Compliance history is recorded by the programme administrator; a debarment stops approvals. */
export async function recordComplianceEvent(trx: Trx, actor: Actor, employerId: string, input: NewComplianceEvent) {
  const employer = await q.findEmployerRow(trx, actor, employerId);
  if (!employer) throw new DomainError('EMPLOYER_NOT_FOUND');
  if (input.kind === 'debarment' && !input.debarredUntil) {
    throw new DomainError('VALIDATION_FAILED', 'A debarment needs its end date.', { fields: [fieldError('body.debarredUntil', 'validation.required')] });
  }
  const id = randomUUID();
  await trx
    .insertInto('employer_compliance_events')
    .values({ id, employer_id: employerId, member_state: employer.member_state, kind: input.kind, occurred_on: input.occurredOn, description: input.description, source: input.source, debarred_until: input.debarredUntil ?? null, recorded_by: actor.userId })
    .execute();
  if (input.debarredUntil && (!employer.debarred_until || employer.debarred_until < input.debarredUntil)) {
    await trx.updateTable('employers').set({ debarred_until: input.debarredUntil, updated_at: new Date() }).where('id', '=', employerId).execute();
  }
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.employer.compliance', recordType: 'employer', recordId: employerId, details: { kind: input.kind, debarredUntil: input.debarredUntil ?? null } });
  return { id };
}

export async function registerRecruiter(trx: Trx, actor: Actor, input: NewRecruiter) {
  const taken = await trx.selectFrom('recruiters').select('id').where('member_state', '=', actor.memberState).where('registration_number', '=', input.registrationNumber).executeTakeFirst();
  if (taken) throw new DomainError('RECRUITER_EXISTS');
  for (const employerId of input.employerIds) {
    if (!(await q.findEmployerRow(trx, actor, employerId))) throw new DomainError('EMPLOYER_NOT_FOUND');
  }
  const id = randomUUID();
  await trx
    .insertInto('recruiters')
    .values({ id, member_state: actor.memberState, name: input.name, registration_number: input.registrationNumber, country: input.country, created_by: actor.userId })
    .execute();
  if (input.employerIds.length > 0) {
    const since = new Date().toISOString().slice(0, 10);
    await trx.insertInto('recruiter_employers').values(input.employerIds.map((employerId) => ({ recruiter_id: id, employer_id: employerId, member_state: actor.memberState, since }))).execute();
  }
  await recordAudit(trx, auditActorOf(actor), { action: 'labor.recruiter.register', recordType: 'recruiter', recordId: id, details: { employers: input.employerIds.length } });
  return { id, name: input.name, registrationNumber: input.registrationNumber, country: input.country, status: 'active', employerIds: input.employerIds };
}

/** Recruiters registered in the actor's member state, with the employers (visible to the actor) they act for. */
export async function listRecruiters(db: Executor, actor: Actor) {
  const rows = await db.selectFrom('recruiters').selectAll().where('member_state', '=', actor.memberState).orderBy('name').limit(500).execute();
  const links = rows.length
    ? await db
        .selectFrom('recruiter_employers')
        .select(['recruiter_id', 'employer_id'])
        .where('recruiter_id', 'in', rows.map((r) => r.id))
        .where('employer_id', 'in', q.visibleEmployerIds(db, actor))
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    registrationNumber: r.registration_number,
    country: r.country,
    status: r.status,
    employerIds: links.filter((l) => l.recruiter_id === r.id).map((l) => l.employer_id),
  }));
}
