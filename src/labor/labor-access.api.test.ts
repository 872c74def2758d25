/**
 * Access and bad input on every labor endpoint: no session (401), a role without the scope (403),
 * another member state's officer or another association's employer user (404), invalid bodies (400),
 * and nothing changed afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { approvedJobOrder, buildEmployer, buildJobOrder, insertWorker, setUpEmployer, type LaborWorld, type Worker } from '../../test/helpers/labor-factories.ts';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';

let t: TestApp;
let world: LaborWorld;
let otherEmployer: Session;
let otherAdmin: Session;
let applicant: Worker;
let jobOrderId = '';
let roundId: string;
const NONE = '00000000-0000-4000-8000-000000000000';

const TABLES = ['employers', 'worksites', 'employer_compliance_events', 'recruiters', 'wage_floors', 'job_orders', 'job_order_attestations', 'allocation_rounds', 'worker_rankings', 'allocation_results', 'placements', 'worker_reports'] as const;
async function counts() {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const r = await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(r.n);
  }
  return out;
}

beforeAll(async () => {
  t = await createTestApp();
  world = await setUpEmployer(t.app, t.db);
  jobOrderId = await approvedJobOrder(t.app, world);
  otherEmployer = await signInAs(t.app, (await insertUser(t.db, { roles: ['employer'], office: 'NCAE Washington' })).email);
  otherAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], memberState: 'US' })).email);
  applicant = await insertWorker(t.app, t.db, 'Rosa');
  const r = await t.app.inject({ method: 'POST', url: '/api/labor/rounds', headers: world.admin.headers, payload: { programmeCode: 'ca_sawp' } });
  roundId = r.json().id;
}, 180_000);
afterAll(async () => t?.close());

type Call = { method: 'GET' | 'POST' | 'PUT' | 'PATCH'; url: () => string; body?: unknown };
const validEmployer = () => buildEmployer();
const CALLS: Record<string, Call> = {
  listEmployers: { method: 'GET', url: () => '/api/labor/employers' },
  createEmployer: { method: 'POST', url: () => '/api/labor/employers', body: validEmployer() },
  getEmployer: { method: 'GET', url: () => `/api/labor/employers/${world.employerId}` },
  addWorksite: { method: 'POST', url: () => `/api/labor/employers/${world.employerId}/worksites`, body: { name: 'South', address: { line1: '1 Rd', city: 'Simcoe', subdivision: 'CA-ON', country: 'CA' } } },
  compliance: { method: 'POST', url: () => `/api/labor/employers/${world.employerId}/compliance`, body: { kind: 'inspection', occurredOn: '2026-05-01', description: 'Housing inspected', source: 'ESDC' } },
  listRecruiters: { method: 'GET', url: () => '/api/labor/recruiters' },
  registerRecruiter: { method: 'POST', url: () => '/api/labor/recruiters', body: { name: 'Agencia Sur', registrationNumber: 'REC-001', country: 'MX' } },
  addWageFloor: { method: 'POST', url: () => '/api/labor/wage-floors', body: { kind: 'programme_rate', hourlyRate: 18, currency: 'CAD', effectiveFrom: '2027-01-01', source: 'ESDC SAWP rates 2027', subdivision: 'CA-ON' } },
  listJobOrders: { method: 'GET', url: () => '/api/labor/job-orders' },
  createJobOrder: { method: 'POST', url: () => '/api/labor/job-orders', body: buildJobOrder(NONE, [NONE]) },
  getJobOrder: { method: 'GET', url: () => `/api/labor/job-orders/${jobOrderId}` },
  updateJobOrder: { method: 'PATCH', url: () => `/api/labor/job-orders/${jobOrderId}`, body: { expectedVersion: 3, hoursPerWeek: 40 } },
  attest: { method: 'POST', url: () => `/api/labor/job-orders/${jobOrderId}/attestations`, body: { noRecruitmentFees: true, noDocumentRetention: true, contractInWorkerLanguage: true, housingTerms: 'x', transportTerms: 'x', mealsTerms: 'x' } },
  submit: { method: 'POST', url: () => `/api/labor/job-orders/${jobOrderId}/submit`, body: { expectedVersion: 3 } },
  approve: { method: 'POST', url: () => `/api/labor/job-orders/${jobOrderId}/approve`, body: { expectedVersion: 3 } },
  returnJo: { method: 'POST', url: () => `/api/labor/job-orders/${jobOrderId}/return`, body: { expectedVersion: 3 } },
  transition: { method: 'POST', url: () => `/api/labor/job-orders/${jobOrderId}/transition`, body: { expectedVersion: 3, to: 'in_season' } },
  placements: { method: 'GET', url: () => `/api/labor/job-orders/${jobOrderId}/placements` },
  arrival: { method: 'POST', url: () => `/api/labor/placements/${NONE}/arrival`, body: { status: 'arrived', on: '2027-04-02' } },
  listRounds: { method: 'GET', url: () => '/api/labor/rounds' },
  openRound: { method: 'POST', url: () => '/api/labor/rounds', body: { programmeCode: 'ca_sawp' } },
  getRound: { method: 'GET', url: () => `/api/labor/rounds/${roundId}` },
  runRound: { method: 'POST', url: () => `/api/labor/rounds/${roundId}/run` },
  publishRound: { method: 'POST', url: () => `/api/labor/rounds/${roundId}/publish` },
  myRounds: { method: 'GET', url: () => '/api/labor/me/rounds' },
  rank: { method: 'PUT', url: () => `/api/labor/me/rounds/${roundId}/ranking`, body: { jobOrderIds: [jobOrderId], experienceSeasons: 2 } },
  myOffers: { method: 'GET', url: () => '/api/labor/me/offers' },
  accept: { method: 'POST', url: () => `/api/labor/me/offers/${NONE}/accept` },
  decline: { method: 'POST', url: () => `/api/labor/me/offers/${NONE}/decline` },
  report: { method: 'POST', url: () => '/api/labor/me/reports', body: { kinds: ['unpaid_wages'], description: 'No pay for two weeks', language: 'es' } },
  myReports: { method: 'GET', url: () => '/api/labor/me/reports' },
  listReports: { method: 'GET', url: () => '/api/labor/reports' },
  handleReport: { method: 'PATCH', url: () => `/api/labor/reports/${NONE}`, body: { status: 'in_review' } },
};

async function call(c: Call, session?: Session, body = c.body) {
  return t.app.inject({ method: c.method, url: c.url(), headers: session?.headers ?? {}, ...(body === undefined ? {} : { payload: body as object }) });
}

describe('labor access', () => {
  it('answers 401 to every endpoint without a session, and changes nothing', async () => {
    const before = await counts();
    for (const [name, c] of Object.entries(CALLS)) expect([name, (await call(c)).statusCode]).toEqual([name, 401]);
    expect(await counts()).toEqual(before);
  });

  it('answers 403 to a role without the scope, and changes nothing', async () => {
    const before = await counts();
    const employerOnly = ['createEmployer', 'addWorksite', 'createJobOrder', 'updateJobOrder', 'attest', 'submit', 'transition', 'arrival'];
    const adminOnly = ['compliance', 'registerRecruiter', 'addWageFloor', 'approve', 'returnJo', 'listRounds', 'openRound', 'getRound', 'runRound', 'publishRound', 'listReports', 'handleReport'];
    const either = ['listEmployers', 'getEmployer', 'listRecruiters', 'listJobOrders', 'getJobOrder', 'placements'];
    for (const name of employerOnly) expect([name, (await call(CALLS[name], world.admin)).statusCode]).toEqual([name, 403]);
    for (const name of adminOnly) expect([name, (await call(CALLS[name], world.employer)).statusCode]).toEqual([name, 403]);
    for (const name of [...either, ...employerOnly, ...adminOnly]) expect([name, (await call(CALLS[name], applicant.session)).statusCode]).toEqual([name, 403]);
    expect(await counts()).toEqual(before);
  });

  it('answers 404 to another member state or association, and changes nothing', async () => {
    const before = await counts();
    for (const name of ['getEmployer', 'addWorksite', 'getJobOrder', 'updateJobOrder', 'attest', 'submit', 'transition', 'placements']) {
      expect([name, (await call(CALLS[name], otherEmployer)).statusCode]).toEqual([name, 404]);
    }
    const foreignJo = buildJobOrder(world.employerId, [world.worksiteId]);
    expect((await call(CALLS.createJobOrder, otherEmployer, foreignJo)).statusCode).toBe(404);
    for (const name of ['compliance', 'approve', 'returnJo', 'getRound', 'runRound', 'publishRound']) {
      expect([name, (await call(CALLS[name], otherAdmin)).statusCode]).toEqual([name, 404]);
    }
    expect((await call(CALLS.openRound, otherAdmin)).statusCode).toBe(404);
    expect((await call(CALLS.handleReport, world.admin)).statusCode).toBe(404);
    for (const name of ['accept', 'decline']) expect([name, (await call(CALLS[name], applicant.session)).statusCode]).toEqual([name, 404]);
    expect((await call(CALLS.arrival, world.employer)).statusCode).toBe(404);
    const lists = await call(CALLS.listEmployers, otherEmployer);
    expect(lists.json().items).toEqual([]);
    expect((await call(CALLS.listJobOrders, otherAdmin)).json().items).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('refuses bad input with 400 and field paths, and changes nothing', async () => {
    const before = await counts();
    const bad: [string, Session, unknown][] = [
      ['createEmployer', world.employer, { ...validEmployer(), taxId: '!' }],
      ['createEmployer', world.employer, { ...validEmployer(), extra: 1 }],
      ['addWorksite', world.employer, { name: '' }],
      ['compliance', world.admin, { kind: 'fine', occurredOn: 'yesterday' }],
      ['registerRecruiter', world.admin, { name: 'x' }],
      ['addWageFloor', world.admin, { kind: 'aewr', hourlyRate: -1, currency: 'EUR', effectiveFrom: '2027', source: 'x' }],
      ['createJobOrder', world.employer, { ...buildJobOrder(world.employerId, [world.worksiteId]), wageHourly: 'a lot' }],
      ['createJobOrder', world.employer, { ...buildJobOrder(world.employerId, [world.worksiteId]), workersNeeded: 0 }],
      ['updateJobOrder', world.employer, { hoursPerWeek: 40 }],
      ['attest', world.employer, { noRecruitmentFees: false, noDocumentRetention: true, contractInWorkerLanguage: true, housingTerms: 'x', transportTerms: 'x', mealsTerms: 'x' }],
      ['submit', world.employer, {}],
      ['approve', world.admin, { expectedVersion: 'two' }],
      ['transition', world.employer, { expectedVersion: 3, to: 'approved' }],
      ['openRound', world.admin, { programmeCode: 'CA SAWP' }],
      ['rank', applicant.session, { jobOrderIds: [jobOrderId, jobOrderId], experienceSeasons: 1 }],
      ['rank', applicant.session, { jobOrderIds: [], experienceSeasons: 1 }],
      ['report', applicant.session, { kinds: ['bad_weather'], description: 'x', language: 'es' }],
      ['handleReport', world.admin, { status: 'deleted' }],
    ];
    for (const [name, session, body] of bad) {
      const r = await call(CALLS[name], session, body);
      expect([name, r.statusCode]).toEqual([name, 400]);
      expect(r.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/labor/feed?limit=9999' })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/labor/job-orders/not-a-uuid', headers: world.employer.headers })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('refuses rule breaks with 409 or 422', async () => {
    const dup = await call(CALLS.createEmployer, world.employer, buildEmployer({ taxId: '123456789' }));
    expect(dup.statusCode).toBe(201);
    expect((await call(CALLS.createEmployer, world.employer, buildEmployer({ taxId: '123456789' }))).json().error.code).toBe('EMPLOYER_TAX_ID_TAKEN');
    expect((await call(CALLS.updateJobOrder, world.employer)).json().error.code).toBe('JOB_ORDER_WRONG_STATE');
    expect((await call(CALLS.openRound, world.admin)).json().error.code).toBe('ROUND_ALREADY_OPEN');
    expect((await call(CALLS.publishRound, world.admin)).json().error.code).toBe('ROUND_WRONG_STATE');
    const floor = await call(CALLS.addWageFloor, world.admin, { ...(CALLS.addWageFloor.body as object), subdivision: 'US-CA' });
    expect(floor.json().error.code).toBe('WAGE_FLOOR_PLACE');
    const floorBody = CALLS.addWageFloor.body as object;
    const refusedFloors = await Promise.all([
      call(CALLS.addWageFloor, world.admin, { ...floorBody, effectiveTo: '2026-12-31' }),
      call(CALLS.addWageFloor, world.admin, { ...floorBody, programmeCode: 'us_h2a' }),
      call(CALLS.addWageFloor, world.admin, { ...floorBody, currency: 'USD' }),
    ]);
    expect(refusedFloors.map((r) => [r.statusCode, r.json().error.code])).toEqual([
      [422, 'WAGE_FLOOR_DATES'],
      [422, 'WAGE_FLOOR_PROGRAMME'],
      [422, 'WAGE_FLOOR_CURRENCY'],
    ]);
    const v1 = await call(CALLS.addWageFloor, world.admin);
    const v2 = await call(CALLS.addWageFloor, world.admin, { ...(CALLS.addWageFloor.body as object), hourlyRate: 18.5 });
    expect([v1.json().version, v2.json().version]).toEqual([1, 2]);
    const pub = await t.app.inject({ method: 'GET', url: '/api/labor/wage-floors?memberState=CA&subdivision=CA-ON&on=2027-06-01' });
    expect(pub.json().items.filter((f: { kind: string }) => f.kind === 'programme_rate').map((f: { hourlyRate: number }) => f.hourlyRate)).toEqual([18.5]);
    const debar = await call(CALLS.compliance, world.admin, { kind: 'debarment', occurredOn: '2026-06-01', description: 'Unpaid wages', source: 'ESDC decision 2026-17', debarredUntil: '2029-06-01' });
    expect(debar.statusCode).toBe(201);
    const jo = await t.app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], { wageHourly: 19 }) });
    const id = jo.json().id;
    await t.app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/attestations`, headers: world.employer.headers, payload: CALLS.attest.body as object });
    await t.app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/submit`, headers: world.employer.headers, payload: { expectedVersion: 1 } });
    const refused = await t.app.inject({ method: 'POST', url: `/api/labor/job-orders/${id}/approve`, headers: world.admin.headers, payload: { expectedVersion: 2 } });
    expect(refused.json().error.code).toBe('EMPLOYER_DEBARRED');
    const piece = await t.app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], { wageHourly: 19, pieceRates: [{ unit: 'bin', rate: 20, expectedUnitsPerHour: 0.5 }] }) });
    expect(piece.statusCode).toBe(422);
    expect(piece.json().error.details.pieceRates[0]).toMatchObject({ hourlyEquivalent: 10, reachesFloor: false });
    const me = await call(CALLS.myRounds, world.admin);
    expect(me.json().error.code).toBe('WORKER_NOT_ELIGIBLE');
  });
});
