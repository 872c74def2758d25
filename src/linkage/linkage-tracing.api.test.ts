import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';

let t: TestApp;
let caseworker: Session;
let guatemala: Session;
let applicant: Session;
let protection: Session;
let mother: { id: string; principalPersonId: string };
let daughter: { id: string; principalPersonId: string };
let lookalike: { id: string; principalPersonId: string };
let requestId: string;

async function counts() {
  const out: Record<string, number> = {};
  for (const table of ['linkage_tracing_requests', 'linkage_tracing_matches', 'linkage_notifications', 'notification_outbox'] as const) {
    const row = await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  const statuses = await t.db.selectFrom('linkage_tracing_matches').select(['id', 'status']).orderBy('id').execute();
  return { ...out, statuses };
}

const SOUGHT = { givenNames: 'Ana Lucía', familyName1: 'Gómez', familyName2: 'Pérez', sex: 'female', birthYear: 2006, fatherFamilyName1: 'Gómez' };

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  guatemala = await signInAs(t.app, (await insertUser(t.db, { roles: ['supervisor'], office: 'IGM Ciudad de Guatemala' })).email);
  applicant = await signInAs(t.app, (await insertUser(t.db, { roles: ['applicant'], memberState: 'MX' })).email);
  protection = await signInAs(t.app, (await insertUser(t.db, { roles: ['protection_officer'], office: 'COMAR Tapachula' })).email);
  // A mother looks for her daughter. The daughter registered elsewhere and consented to tracing;
  // a girl with the same names did not consent and must never be shown.
  mother = await registerHouseholdAs(t.app, caseworker, {
    members: [buildPerson({ givenNames: 'Rosa', familyName1: 'Pérez', familyName2: 'López', birthDate: '1978-03-02', nationalities: ['GT'] })],
    consents: [{ purpose: 'tracing' }],
  });
  daughter = await registerHouseholdAs(t.app, caseworker, {
    members: [buildPerson({ givenNames: 'Ana', familyName1: 'Gómez', familyName2: 'Pérez', birthDate: '2006-08-19', nationalities: ['GT'], currentSubdivision: 'MX-NLE' })],
    consents: [{ purpose: 'tracing' }],
  });
  lookalike = await registerHouseholdAs(t.app, caseworker, {
    members: [buildPerson({ givenNames: 'Ana Lucía', familyName1: 'Gómez', familyName2: 'Pérez', birthDate: '2006-01-05', nationalities: ['GT'] })],
    consents: [{ purpose: 'screening' }],
  });
  // Someone unrelated who consented: may be searched, should rank low or not at all.
  await registerHouseholdAs(t.app, caseworker, {
    members: [buildPerson({ givenNames: 'Pedro', familyName1: 'Ramírez', familyName2: 'Soto', sex: 'male', birthDate: '1960-01-01', nationalities: ['HN'] })],
    consents: [{ purpose: 'tracing' }],
  });
});
afterAll(async () => {
  await t?.close();
});

describe('family tracing', () => {
  it('finds the consenting daughter first, with the reasons, and never shows the one who did not consent', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/linkage/tracing-requests',
      headers: caseworker.headers,
      payload: { seekerId: mother.principalPersonId, relationship: 'child', sought: SOUGHT },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    requestId = body.id;
    expect(body.candidates.length).toBeGreaterThan(0);
    expect(body.candidates[0].personId).toBe(daughter.principalPersonId);
    const factors = body.candidates[0].terms.map((x: { factor: string; label: string }) => `${x.factor}:${x.label}`);
    expect(factors).toEqual(expect.arrayContaining(['family_names:passed_to_child', 'age_gap:plausible', 'father_name:agrees', 'origin:shared']));
    const ids = body.candidates.map((c: { personId: string }) => c.personId);
    expect(ids).not.toContain(lookalike.principalPersonId);
    expect(ids).not.toContain(mother.principalPersonId);
    const stored = await t.db.selectFrom('linkage_tracing_matches').select('candidate_id').execute();
    expect(stored.map((s) => s.candidate_id)).not.toContain(lookalike.principalPersonId);
  });

  it('stops showing a candidate who withdraws consent', async () => {
    const consent = await t.db.selectFrom('consents').select('id').where('person_id', '=', daughter.principalPersonId).where('purpose', '=', 'tracing').executeTakeFirstOrThrow();
    await t.db.updateTable('consents').set({ withdrawn_at: new Date() }).where('id', '=', consent.id).execute();
    const hidden = await t.app.inject({ method: 'GET', url: `/api/linkage/tracing-requests/${requestId}`, headers: caseworker.headers });
    expect(hidden.json().candidates.map((c: { personId: string }) => c.personId)).not.toContain(daughter.principalPersonId);
    await t.db.updateTable('consents').set({ withdrawn_at: null }).where('id', '=', consent.id).execute();
  });

  it('a confirmed match notifies both sides through their caseworkers, not directly', async () => {
    const view = await t.app.inject({ method: 'GET', url: `/api/linkage/tracing-requests/${requestId}`, headers: caseworker.headers });
    const matchId = view.json().candidates[0].matchId;
    const res = await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${matchId}/decisions`, headers: caseworker.headers, payload: { decision: 'confirm' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ matchId, status: 'confirmed' });
    const notes = await t.app.inject({ method: 'GET', url: '/api/linkage/notifications', headers: caseworker.headers });
    expect(notes.json().items.map((n: { personId: string }) => n.personId).sort()).toEqual([mother.principalPersonId, daughter.principalPersonId].sort());
    const outbox = await t.db.selectFrom('notification_outbox').select(['recipient_user_id', 'template', 'params']).where('template', '=', 'linkage.tracing_match').execute();
    expect(outbox).toHaveLength(2);
    // Messages go to staff, and carry no names.
    expect(JSON.stringify(outbox)).not.toMatch(/Ana|Rosa|Gómez/);
    const again = await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${matchId}/decisions`, headers: caseworker.headers, payload: { decision: 'reject' } });
    expect(again.statusCode).toBe(409);
    const request = await t.app.inject({ method: 'GET', url: '/api/linkage/tracing-requests', headers: caseworker.headers });
    expect(request.json().items[0]).toMatchObject({ id: requestId, status: 'matched' });
  });

  it('answers 401, 403 and 404 on every tracing endpoint and changes nothing', async () => {
    const before = await counts();
    const matchId = before.statuses[0].id;
    const create = { seekerId: mother.principalPersonId, relationship: 'child', sought: SOUGHT };
    expect((await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', payload: create })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/tracing-requests' })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/linkage/tracing-requests/${requestId}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${matchId}/decisions`, payload: { decision: 'reject' } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/notifications' })).statusCode).toBe(401);
    // Without the role.
    expect((await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', headers: protection.headers, payload: create })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${matchId}/decisions`, headers: applicant.headers, payload: { decision: 'reject' } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/notifications', headers: applicant.headers })).statusCode).toBe(403);
    // Not theirs to see: an applicant for someone else, another member state.
    expect((await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', headers: applicant.headers, payload: create })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/linkage/tracing-requests/${requestId}`, headers: applicant.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', headers: guatemala.headers, payload: create })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/linkage/tracing-requests/${requestId}`, headers: guatemala.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${matchId}/decisions`, headers: guatemala.headers, payload: { decision: 'reject' } })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/notifications', headers: guatemala.headers })).json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/tracing-requests', headers: guatemala.headers })).json().items).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('rejects bad input and changes nothing', async () => {
    const before = await counts();
    const bad = [
      { seekerId: 'nope', relationship: 'child', sought: SOUGHT },
      { seekerId: mother.principalPersonId, relationship: 'cousin', sought: SOUGHT },
      { seekerId: mother.principalPersonId, relationship: 'child', sought: { ...SOUGHT, birthYear: 1200 } },
      { seekerId: mother.principalPersonId, relationship: 'child', sought: { ...SOUGHT, nickname: 'Anita' } },
      { seekerId: mother.principalPersonId, relationship: 'child' },
    ];
    for (const payload of bad) {
      const res = await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', headers: caseworker.headers, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const unknown = await t.app.inject({ method: 'POST', url: '/api/linkage/tracing-requests', headers: caseworker.headers, payload: { ...bad[0], seekerId: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/linkage/tracing-requests/not-a-uuid', headers: caseworker.headers })).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'POST', url: `/api/linkage/tracing-matches/${before.statuses[0].id}/decisions`, headers: caseworker.headers, payload: { decision: 'maybe' } })).statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });
});
