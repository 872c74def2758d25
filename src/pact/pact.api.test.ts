import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { countRows, insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';

let t: TestApp;
let pactAdmin: Session;
let mxProgrammeAdmin: Session;
let caProgrammeAdmin: Session;
let caseworker: Session;
let mxUserId: string;

beforeAll(async () => {
  t = await createTestApp();
  pactAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['pact_admin'], agencyName: 'Secretaría del Trabajo y Previsión Social' })).email);
  mxProgrammeAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], agencyName: 'Secretaría del Trabajo y Previsión Social' })).email);
  caProgrammeAdmin = await signInAs(t.app, (await insertUser(t.db, { roles: ['programme_admin'], office: 'IRCC Ottawa' })).email);
  const cw = await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
  mxUserId = cw.id;
  caseworker = await signInAs(t.app, cw.email);
});
afterAll(async () => {
  await t?.close();
});

const BELIZE = {
  code: 'BZ',
  name: 'Belize',
  joinedOn: '2022-06-10',
  roles: ['transit', 'destination'],
  agencies: [
    {
      name: 'Belize Immigration and Nationality Department',
      kind: 'government',
      offices: [{ name: 'Immigration Belmopan', city: 'Belmopan', jurisdictions: ['BZ-CY'] }],
    },
    { name: 'UNHCR Belize', kind: 'unhcr', offices: [] },
  ],
};

describe('the pact directory', () => {
  it('lists the eleven demo member states publicly', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/pact/member-states' });
    expect(res.statusCode).toBe(200);
    const codes = res.json().items.map((m: { code: string }) => m.code).sort();
    expect(codes).toEqual(['CA', 'CO', 'CR', 'EC', 'GT', 'HN', 'HT', 'MX', 'PA', 'SV', 'US']);
  });

  it('gives each member state UNHCR, IOM, an NGO, an employer association and offices with ISO 3166-2 jurisdictions', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/pact/agencies', headers: caseworker.headers });
    const agencies = res.json().items as { memberState: string; kind: string }[];
    for (const code of ['CA', 'US', 'MX', 'GT', 'HN', 'SV', 'CO', 'CR', 'EC', 'PA', 'HT']) {
      const kinds = new Set(agencies.filter((a) => a.memberState === code).map((a) => a.kind));
      expect([...kinds].sort()).toEqual(expect.arrayContaining(['employer_association', 'government', 'iom', 'ngo', 'unhcr']));
    }
    const offices = (await t.app.inject({ method: 'GET', url: '/api/pact/offices?memberState=MX', headers: caseworker.headers })).json().items;
    const tapachula = offices.find((o: { name: string }) => o.name === 'COMAR Tapachula');
    expect(tapachula.jurisdictions).toEqual(['MX-CHP']);
  });

  it('lets a pact administrator admit a member state with its agencies, audited', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers: pactAdmin.headers, payload: BELIZE });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.agencies).toHaveLength(2);
    expect(body.agencies[0].offices[0].jurisdictions).toEqual(['BZ-CY']);
    const audit = await t.db.selectFrom('audit_events').select(['action', 'actor_user_id']).where('record_id', '=', 'BZ').execute();
    expect(audit.map((a) => a.action)).toEqual(['member_state.admit']);
    const again = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers: pactAdmin.headers, payload: BELIZE });
    expect(again.statusCode).toBe(409);
  });

  it('refuses an office that serves another state\'s subdivisions', async () => {
    const bad = { ...BELIZE, code: 'NI', name: 'Nicaragua', agencies: [{ name: 'Dirección General de Migración', kind: 'government', offices: [{ name: 'Managua', city: 'Managua', jurisdictions: ['MX-CHP'] }] }] };
    const before = await countRows(t.db, 'member_states');
    const res = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers: pactAdmin.headers, payload: bad });
    expect(res.statusCode).toBe(422);
    expect(await countRows(t.db, 'member_states')).toBe(before);
  });
});

describe('access to the pact endpoints', () => {
  it('answers 401 to an anonymous caller and changes nothing', async () => {
    const before = await countRows(t.db, 'member_states');
    const admit = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', payload: { ...BELIZE, code: 'DO' } });
    expect(admit.statusCode).toBe(401);
    expect(admit.json().error.code).toBe('AUTH_REQUIRED');
    for (const url of ['/api/pact/agencies', '/api/pact/offices', '/api/pact/users', `/api/pact/users/${mxUserId}`, '/api/audit/events', '/api/auth/me']) {
      expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
    }
    expect(await countRows(t.db, 'member_states')).toBe(before);
  });

  it('answers 403 to a user without the role and changes nothing', async () => {
    const before = [await countRows(t.db, 'member_states'), await countRows(t.db, 'users')];
    const admit = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers: caseworker.headers, payload: { ...BELIZE, code: 'DO' } });
    expect(admit.statusCode).toBe(403);
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: caseworker.headers,
      payload: { email: 'x@example.org', displayName: 'X', password: 'a-long-password-1', memberState: 'MX', roles: ['applicant'] },
    });
    expect(create.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit/events', headers: caseworker.headers })).statusCode).toBe(403);
    expect([await countRows(t.db, 'member_states'), await countRows(t.db, 'users')]).toEqual(before);
  });

  it('answers 404 to a user of another member state and changes nothing', async () => {
    const seen = await t.app.inject({ method: 'GET', url: `/api/pact/users/${mxUserId}`, headers: caProgrammeAdmin.headers });
    expect(seen.statusCode).toBe(404);
    const own = await t.app.inject({ method: 'GET', url: `/api/pact/users/${mxUserId}`, headers: mxProgrammeAdmin.headers });
    expect(own.statusCode).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/api/pact/users', headers: caProgrammeAdmin.headers })).json().items;
    expect(list.every((u: { memberState: string }) => u.memberState === 'CA')).toBe(true);

    const before = await countRows(t.db, 'users');
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: caProgrammeAdmin.headers,
      payload: { email: 'new-mx@example.org', displayName: 'New', password: 'a-long-password-1', memberState: 'MX', roles: ['applicant'] },
    });
    expect(create.statusCode).toBe(404);
    expect(await countRows(t.db, 'users')).toBe(before);
  });

  it('lets a programme administrator create staff in their own member state, not pact administrators', async () => {
    const agencies = (await t.app.inject({ method: 'GET', url: '/api/pact/agencies?memberState=MX', headers: mxProgrammeAdmin.headers })).json().items;
    const comar = agencies.find((a: { name: string }) => a.name.startsWith('Comisión Mexicana'));
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: mxProgrammeAdmin.headers,
      payload: { email: 'nuevo@comar.example', displayName: 'Nuevo', password: 'a-long-password-1', memberState: 'MX', agencyId: comar.id, roles: ['caseworker'], locale: 'es' },
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).not.toHaveProperty('password');
    const escalate = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: mxProgrammeAdmin.headers,
      payload: { email: 'boss@comar.example', displayName: 'Boss', password: 'a-long-password-1', memberState: 'MX', agencyId: comar.id, roles: ['pact_admin'] },
    });
    expect(escalate.statusCode).toBe(403);
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: mxProgrammeAdmin.headers,
      payload: { email: 'NUEVO@comar.example', displayName: 'Nuevo 2', password: 'a-long-password-1', memberState: 'MX', agencyId: comar.id, roles: ['caseworker'] },
    });
    expect(dup.statusCode).toBe(409);
  });
});
