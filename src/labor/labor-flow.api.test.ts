/**
 * The "Done when" through the API: below the floor refused with the floor and its source;
 * fixed; approved; workers rank; a round runs and is verified; the worker sees the offer and the
 * contract terms in Spanish and accepts; a case opens. Then a later round offers the place declined.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, waitForJob } from '../../test/helpers/factories.ts';
import { approvedJobOrder, ATTESTATION, buildJobOrder, insertWorker, setUpEmployer, type LaborWorld } from '../../test/helpers/labor-factories.ts';

let t: TestApp;
let world: LaborWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await setUpEmployer(t.app, t.db);
}, 180_000);
afterAll(async () => t?.close());

describe('job order to case', () => {
  it('runs end to end', async () => {
    const { app } = t;
    const low = await app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], { wageHourly: 16, workersNeeded: 1 }) });
    expect(low.statusCode).toBe(422);
    const err = low.json().error;
    expect(err.code).toBe('JOB_ORDER_BELOW_WAGE_FLOOR');
    expect(err.details.floor).toMatchObject({ kind: 'provincial_minimum', hourlyRate: 17.6, currency: 'CAD', subdivision: 'CA-ON' });
    expect(err.details.floor.source).toMatch(/Ontario Employment Standards Act/);

    const created = await app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], { wageHourly: 17.6, workersNeeded: 1 }) });
    expect(created.statusCode).toBe(201);
    const jo = created.json();
    expect(jo.wageCheck.floor.hourlyRate).toBe(17.6);

    // Not approvable before submission, nor without the attestation.
    const early = await app.inject({ method: 'POST', url: `/api/labor/job-orders/${jo.id}/approve`, headers: world.admin.headers, payload: { expectedVersion: 1 } });
    expect(early.statusCode).toBe(409);
    expect((await app.inject({ method: 'POST', url: `/api/labor/job-orders/${jo.id}/submit`, headers: world.employer.headers, payload: { expectedVersion: 1 } })).statusCode).toBe(200);
    const unattested = await app.inject({ method: 'POST', url: `/api/labor/job-orders/${jo.id}/approve`, headers: world.admin.headers, payload: { expectedVersion: 2 } });
    expect(unattested.json().error.code).toBe('JOB_ORDER_ATTESTATION_MISSING');
    expect((await app.inject({ method: 'POST', url: `/api/labor/job-orders/${jo.id}/attestations`, headers: world.employer.headers, payload: ATTESTATION })).statusCode).toBe(201);
    const approved = await app.inject({ method: 'POST', url: `/api/labor/job-orders/${jo.id}/approve`, headers: world.admin.headers, payload: { expectedVersion: 2 } });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');

    const feed = await app.inject({ method: 'GET', url: '/api/labor/feed?programme=ca_sawp' });
    expect(feed.json().items.map((i: { id: string }) => i.id)).toContain(jo.id);
    expect(feed.body).not.toContain('Ann Baker');
    const page = await app.inject({ method: 'GET', url: '/jobs?q=apple' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Apple harvester');

    const round = await app.inject({ method: 'POST', url: '/api/labor/rounds', headers: world.admin.headers, payload: { programmeCode: 'ca_sawp' } });
    expect(round.statusCode).toBe(201);
    const roundId = round.json().id;

    const ana = await insertWorker(app, t.db, 'Ana');
    const luis = await insertWorker(app, t.db, 'Luis');
    const outsider = await insertWorker(app, t.db, 'Pedro', 'ca_sawp', 'not_eligible');
    const mine = await app.inject({ method: 'GET', url: '/api/labor/me/rounds', headers: ana.session.headers });
    expect(mine.json().items.map((r: { id: string }) => r.id)).toEqual([roundId]);
    expect((await app.inject({ method: 'GET', url: '/api/labor/me/rounds', headers: outsider.session.headers })).json().items).toEqual([]);
    const denied = await app.inject({ method: 'PUT', url: `/api/labor/me/rounds/${roundId}/ranking`, headers: outsider.session.headers, payload: { jobOrderIds: [jo.id], experienceSeasons: 3 } });
    expect(denied.statusCode).toBe(404);

    for (const [w, seasons] of [[ana, 4], [luis, 1]] as const) {
      const r = await app.inject({ method: 'PUT', url: `/api/labor/me/rounds/${roundId}/ranking`, headers: w.session.headers, payload: { jobOrderIds: [jo.id], experienceSeasons: seasons, skills: ['pruning'] } });
      expect(r.statusCode).toBe(200);
    }

    const run = await app.inject({ method: 'POST', url: `/api/labor/rounds/${roundId}/run`, headers: world.admin.headers });
    expect(run.statusCode).toBe(202);
    const job = await waitForJob(app, world.admin, run.json().jobId);
    expect(job.error).toBeNull();
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ workers: 2, placed: 1, stable: true });

    // Nothing is visible to workers before publication.
    expect((await app.inject({ method: 'GET', url: '/api/labor/me/offers', headers: ana.session.headers })).json().items).toEqual([]);
    expect((await app.inject({ method: 'POST', url: `/api/labor/rounds/${roundId}/publish`, headers: world.admin.headers })).statusCode).toBe(200);

    const offers = await app.inject({ method: 'GET', url: '/api/labor/me/offers?lang=es', headers: ana.session.headers });
    const offer = offers.json().items[0];
    expect(offer.status).toBe('offered');
    expect(offer.jobOrder.id).toBe(jo.id);
    expect(offer.contractTerms.map((c: { text: string }) => c.text)).toContain('Nadie puede quedarse con su pasaporte ni sus documentos de identidad.');
    expect(offer.contractTerms.find((c: { key: string }) => c.key === 'wage').text).toMatch(/^Salario: 17,60/);

    // Luis ranked the same job order; Ana's four seasons outscore his one: he is told by how much.
    const luisOffer = (await app.inject({ method: 'GET', url: '/api/labor/me/offers', headers: luis.session.headers })).json().items[0];
    expect(luisOffer.status).toBe('unplaced');
    expect(luisOffer.refusals[0]).toMatchObject({ jobOrderId: jo.id, kind: 'FULL', lowestAdmittedScore: offer.score });
    expect(luisOffer.refusals[0].yourScore).toBeLessThan(offer.score);

    const accepted = await app.inject({ method: 'POST', url: `/api/labor/me/offers/${offer.id}/accept`, headers: ana.session.headers });
    expect(accepted.statusCode).toBe(201);
    const c = await t.db.selectFrom('cases').select(['programme_code', 'household_id', 'stage']).where('id', '=', accepted.json().caseId).executeTakeFirstOrThrow();
    expect(c.programme_code).toBe('ca_sawp');
    expect(accepted.json().caseNumber).toMatch(/^MX-/);
    const again = await app.inject({ method: 'POST', url: `/api/labor/me/offers/${offer.id}/accept`, headers: ana.session.headers });
    expect(again.statusCode).toBe(409);

    const after = await app.inject({ method: 'GET', url: `/api/labor/job-orders/${jo.id}`, headers: world.employer.headers });
    expect(after.json()).toMatchObject({ status: 'filled', placements: 1 });
    const placements = await app.inject({ method: 'GET', url: `/api/labor/job-orders/${jo.id}/placements`, headers: world.employer.headers });
    expect(placements.json().items[0]).toMatchObject({ workerName: 'Ana Pérez', status: 'placed' });
    const pid = placements.json().items[0].id;
    expect((await app.inject({ method: 'POST', url: `/api/labor/placements/${pid}/arrival`, headers: world.employer.headers, payload: { status: 'arrived', on: '2027-04-02' } })).statusCode).toBe(200);

    // Ana reports, anonymously, a fee charged by a recruiter: the inspectorate of Canada gets it, without her name.
    const report = await app.inject({
      method: 'POST',
      url: '/api/labor/me/reports',
      headers: ana.session.headers,
      payload: { kinds: ['recruitment_fee'], description: 'Me cobraron 5000 pesos por la visa.', language: 'es', anonymous: true, placementId: pid },
    });
    expect(report.statusCode).toBe(201);
    expect(report.json()).toMatchObject({ inspectorate: 'Employment and Social Development Canada', protectionFlag: true });
    const queue = await app.inject({ method: 'GET', url: '/api/labor/reports', headers: world.admin.headers });
    expect(queue.json().items[0]).toMatchObject({ anonymous: true, reporterPersonId: null, kinds: ['recruitment_fee'], indicators: ['fee_charged'] });
  }, 180_000);

  it('lists, with a new floor, the live job orders that pay below it during their season and from when', async () => {
    const { app } = t;
    const season = { occupationCode: '85102', startDate: '2028-04-01', endDate: '2028-10-31' };
    const below = await approvedJobOrder(app, world, { ...season, wageHourly: 17.8 });
    const above = await approvedJobOrder(app, world, { ...season, wageHourly: 19 });
    const owed = async (id: string) => (await app.inject({ method: 'GET', url: `/api/labor/job-orders/${id}`, headers: world.employer.headers })).json().floorsOwed;
    expect(await owed(below)).toEqual([]);
    await approvedJobOrder(app, world, { ...season, occupationCode: '85103', wageHourly: 17.8 });
    const draft = await app.inject({ method: 'POST', url: '/api/labor/job-orders', headers: world.employer.headers, payload: buildJobOrder(world.employerId, [world.worksiteId], { ...season, wageHourly: 17.8 }) });
    expect(draft.statusCode).toBe(201);

    // Another employer user of the association, whose account is disabled: not told.
    const gone = await insertUser(t.db, { roles: ['employer'], office: 'F.A.R.M.S. Mississauga' });
    await t.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', gone.id).execute();

    const floor = { kind: 'programme_rate', subdivision: 'CA-ON', programmeCode: 'ca_sawp', occupationSystem: 'NOC', occupationCode: '85102', hourlyRate: 18.2, currency: 'CAD', effectiveFrom: '2028-06-01', source: 'ESDC SAWP wage rates 2028 (test)' };
    const recorded = await app.inject({ method: 'POST', url: '/api/labor/wage-floors', headers: world.admin.headers, payload: floor });
    expect(recorded.statusCode, recorded.body).toBe(201);
    const reference = (await t.db.selectFrom('job_orders').select('reference').where('id', '=', below).executeTakeFirstOrThrow()).reference;
    expect(recorded.json().reaches).toEqual([{ id: below, reference, employerId: world.employerId, employerName: 'Norfolk Orchards', wageHourly: 17.8, currency: 'CAD', owedFrom: '2028-06-01', owedUntil: '2028-10-31' }]);
    // The employer is told, through the outbox, in the same transaction.
    const told = async () =>
      (await t.db.selectFrom('notification_outbox').select(['recipient_user_id', 'template', 'params']).where('template', 'like', 'labor.wage_floor%').orderBy('created_at').execute()).map((o) => {
        const p = o.params as { reference: string; hourlyRate: number; owedFrom: string };
        return [o.template, o.recipient_user_id, p.reference, p.hourlyRate, p.owedFrom];
      });
    // The employer sees it on the job order too.
    expect(await owed(below)).toEqual([expect.objectContaining({ id: recorded.json().id, hourlyRate: 18.2, currency: 'CAD', owedFrom: '2028-06-01', owedUntil: '2028-10-31' })]);
    expect(await owed(above)).toEqual([]);
    const first = ['labor.wage_floor_owed', world.employerUser.id, reference, 18.2, '2028-06-01'];
    expect(await told()).toEqual([first]);
    // A new version that changes only its source tells nobody again; one that lowers the rate below
    // the wage tells the employer that the floor is no longer owed.
    expect((await app.inject({ method: 'POST', url: '/api/labor/wage-floors', headers: world.admin.headers, payload: { ...floor, source: 'ESDC SAWP wage rates 2028, corrected title' } })).json().version).toBe(2);
    expect(await told()).toEqual([first]);
    const lowered = await app.inject({ method: 'POST', url: '/api/labor/wage-floors', headers: world.admin.headers, payload: { ...floor, hourlyRate: 17.7 } });
    expect([lowered.json().version, lowered.json().reaches]).toEqual([3, []]);
    expect(await owed(below)).toEqual([]);
    expect(await told()).toEqual([first, ['labor.wage_floor_no_longer_owed', world.employerUser.id, reference, 17.7, '2028-06-01']]);
    const audit = await t.db.selectFrom('audit_events').select('details').where('action', '=', 'labor.wage_floor.add').where('record_id', '=', recorded.json().id).executeTakeFirstOrThrow();
    expect((audit.details as { reaches: string[] }).reaches).toEqual([reference]);

    // A floor that ends before these seasons reaches none of them.
    const earlier = await app.inject({ method: 'POST', url: '/api/labor/wage-floors', headers: world.admin.headers, payload: { ...floor, effectiveFrom: '2027-01-01', effectiveTo: '2028-03-31' } });
    expect(earlier.json().reaches).toEqual([]);
  }, 60_000);
});
