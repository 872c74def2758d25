/**
 * Labor test data: request bodies (build*) and setups through the API, with workers inserted as
 * registered, screened households.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.ts';
import { findOffice, insertUser, signInAs, type Session } from './factories.ts';
import { insertHousehold, insertScreeningResult } from './cases-factories.ts';

export function buildEmployer(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'Norfolk Orchards Ltd.',
    tradeName: 'Norfolk Orchards',
    taxId: `8${Math.floor(Math.random() * 1e8).toString().padStart(8, '0')}`,
    sectorSystem: 'NAICS',
    sectorCode: '111331',
    address: { line1: '100 Orchard Road', city: 'Simcoe', subdivision: 'CA-ON', postcode: 'N3Y 4K1', country: 'CA' },
    contacts: [{ name: 'Ann Baker', jobTitle: 'Owner', phone: '+15195550100', email: 'ann@norfolk.example' }],
    ...overrides,
  };
}

export function buildJobOrder(employerId: string, worksiteIds: string[], overrides: Record<string, unknown> = {}) {
  return {
    employerId,
    programmeCode: 'ca_sawp',
    occupationSystem: 'NOC',
    occupationCode: '85100',
    jobTitle: 'Apple harvester',
    duties: 'Pick apples by hand into bins; prune trees; sort fruit.',
    cropsActivities: ['apples', 'pruning'],
    workersNeeded: 2,
    startDate: '2027-04-01',
    endDate: '2027-10-31',
    hoursPerWeek: 48,
    wageHourly: 17.6,
    currency: 'CAD',
    pieceRates: [{ unit: 'bin', rate: 25, expectedUnitsPerHour: 0.8 }],
    payFrequency: 'biweekly',
    deductions: [{ kind: 'airfare_recovery', amount: 10, per: 'percent_of_gross' }],
    housing: { provided: true, type: 'employer_owned', capacity: 12, inspectedOn: '2027-02-15', inspectedBy: 'Haldimand-Norfolk Health Unit', costToWorker: 0 },
    transport: { inbound: 'shared_cost', outbound: 'paid_at_completion', daily: true, description: 'Van from the bunkhouse to the orchard.' },
    meals: { provided: 'kitchen' },
    requirements: { minExperienceSeasons: 0, requiredLanguages: [], skills: ['pruning'], languages: ['es'] },
    worksiteIds,
    ...overrides,
  };
}

export const ATTESTATION = {
  noRecruitmentFees: true,
  noDocumentRetention: true,
  contractInWorkerLanguage: true,
  housingTerms: 'Free bunkhouse, inspected 2027-02-15.',
  transportTerms: 'Daily van; return flight paid at completion.',
  mealsTerms: 'Free kitchen; no meal charge.',
};

export interface LaborWorld {
  employer: Session;
  employerUser: { id: string };
  admin: Session;
  employerId: string;
  worksiteId: string;
}

/** A CA employer user (F.A.R.M.S.), a CA programme administrator, and one employer with a worksite in Ontario. */
export async function setUpEmployer(app: FastifyInstance, db: Db): Promise<LaborWorld> {
  const employerUser = await insertUser(db, { roles: ['employer'], office: 'F.A.R.M.S. Mississauga' });
  const adminUser = await insertUser(db, { roles: ['programme_admin'], office: 'IRCC Ottawa' });
  const employer = await signInAs(app, employerUser.email);
  const admin = await signInAs(app, adminUser.email);
  const e = await app.inject({ method: 'POST', url: '/api/labor/employers', headers: employer.headers, payload: buildEmployer() });
  if (e.statusCode !== 201) throw new Error(`employer: ${e.statusCode} ${e.body}`);
  const employerId = e.json().id as string;
  const w = await app.inject({
    method: 'POST',
    url: `/api/labor/employers/${employerId}/worksites`,
    headers: employer.headers,
    payload: { name: 'North orchard', address: { line1: '12 Concession Rd', city: 'Simcoe', subdivision: 'CA-ON', country: 'CA' } },
  });
  if (w.statusCode !== 201) throw new Error(`worksite: ${w.statusCode} ${w.body}`);
  return { employer, employerUser, admin, employerId, worksiteId: w.json().id };
}

/** An approved job order, through the API. */
export async function approvedJobOrder(app: FastifyInstance, world: LaborWorld, overrides: Record<string, unknown> = {}): Promise<string> {
  const c = await app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], overrides) });
  if (c.statusCode !== 201) throw new Error(`job order: ${c.statusCode} ${c.body}`);
  const id = c.json().id as string;
  await app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/attestations`, headers: world.employer.headers, payload: ATTESTATION });
  const s = await app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/submit`, headers: world.employer.headers, payload: { expectedVersion: 1 } });
  if (s.statusCode !== 200) throw new Error(`submit: ${s.statusCode} ${s.body}`);
  const a = await app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/approve`, headers: world.admin.headers, payload: { expectedVersion: 2 } });
  if (a.statusCode !== 200) throw new Error(`approve: ${a.statusCode} ${a.body}`);
  return id;
}

export interface Worker {
  session: Session;
  personId: string;
  userId: string;
}

/** A worker in Mexico: an applicant user, principal of a household screened eligible for the programme. */
export async function insertWorker(app: FastifyInstance, db: Db, name: string, programmeCode = 'ca_sawp', outcome = 'eligible'): Promise<Worker> {
  const user = await insertUser(db, { roles: ['applicant'], memberState: 'MX', locale: 'es' });
  const office = await findOffice(db, 'INM Tapachula');
  const h = await insertHousehold(db, { memberState: 'MX', subdivision: 'MX-CHP', officeId: office.id, people: [{ givenNames: name, familyName: 'Pérez', userId: user.id }] });
  await insertScreeningResult(db, h.householdId, programmeCode, outcome);
  return { session: await signInAs(app, user.email), personId: h.personIds[0], userId: user.id };
}

