import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';
import { buildHousehold, buildPerson, registerHouseholdAs } from '../../test/helpers/registry-factories.ts';

let t: TestApp;
let tapachula: Session;
let cdmx: Session;
let canada: Session;
let applicant: Session;

async function countHouseholds(): Promise<number> {
  const row = await t.db.selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await createTestApp();
  tapachula = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' })).email);
  cdmx = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Ciudad de México' })).email);
  canada = await signInAs(t.app, (await insertUser(t.db, { roles: ['caseworker'], office: 'IRCC Ottawa' })).email);
  applicant = await signInAs(t.app, (await insertUser(t.db, { roles: ['applicant'] })).email);
});
afterAll(async () => {
  await t?.close();
});

describe('self-registration (phone first)', () => {
  const body = {
    ...buildHousehold(),
    account: { password: 'una-clave-larga-2026', locale: 'es' },
  };

  it('registers a household of four, signs the applicant in, and is safe to retry', async () => {
    const headers = { 'idempotency-key': 'self-reg-household-0001', 'accept-language': 'es' };
    const first = await t.app.inject({ method: 'POST', url: '/api/registry/self-registrations', headers, payload: body });
    expect(first.statusCode).toBe(201);
    const household = first.json().household;
    expect(household.members).toHaveLength(4);
    expect(household.memberState).toBe('MX');
    expect(household.members[0].phone).toBe('+529625550101');
    expect(household.members[2].birthDate).toBe('2015-06');
    const cookie = String(first.headers['set-cookie']).split(';')[0];

    const again = await t.app.inject({ method: 'POST', url: '/api/registry/self-registrations', headers, payload: body });
    expect(again.statusCode).toBe(201);
    expect(again.json().household.id).toBe(household.id);
    const count = await t.db.selectFrom('households').select('id').where('id', '=', household.id).execute();
    expect(count).toHaveLength(1);

    const mine = await t.app.inject({ method: 'GET', url: '/api/registry/households/mine', headers: { cookie } });
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((h: { id: string }) => h.id)).toEqual([household.id]);

    // The applicant signs in later with the phone number.
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: '+52 962 555 0101', password: 'una-clave-larga-2026' } });
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.roles).toEqual(['applicant']);
  });

  it('keeps no password in the stored request, and a retry with another password opens no session', async () => {
    const payload = { ...buildHousehold({ members: [buildPerson({ phone: '+52 962 555 0177', givenNames: 'Lucía' })] }), account: { password: 'otra-clave-larga-2026', locale: 'es' } };
    const headers = { 'idempotency-key': 'self-reg-household-0002' };
    const first = await t.app.inject({ method: 'POST', url: '/api/registry/self-registrations', headers, payload });
    expect(first.statusCode).toBe(201);
    const stored = await t.db.selectFrom('idempotency_keys').select(['response_body']).where('key', '=', 'self-reg-household-0002').executeTakeFirstOrThrow();
    expect(JSON.stringify(stored.response_body)).not.toMatch(/otra-clave|session|csrf/i);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/registry/self-registrations',
      headers,
      payload: { ...payload, account: { ...payload.account, password: 'no-es-la-clave-2026' } },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const rows = await t.db.selectFrom('households').select('id').where('id', '=', first.json().household.id).execute();
    expect(rows).toHaveLength(1);
  });

  it('needs a phone for the principal', async () => {
    const before = await countHouseholds();
    const noPhone = buildPerson();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/registry/self-registrations',
      headers: { 'accept-language': 'es' },
      payload: { members: [noPhone], consents: [], account: { password: 'una-clave-larga-2026' } },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ path: 'body.members.0.phone', key: 'validation.required', message: 'Este campo es obligatorio.' });
    expect(await countHouseholds()).toBe(before);
  });
});

describe('bad input gets a clear translated error and writes nothing', () => {
  const cases: [string, Record<string, unknown>, string, string][] = [
    ['an impossible date', buildHousehold({ members: [buildPerson({ birthDate: '1990-02-30' })] }), 'body.members.0.birthDate', 'validation.partialDate'],
    ['a date in the future', buildHousehold({ members: [buildPerson({ arrivalDate: '2099-01-01' })] }), 'body.members.0.arrivalDate', 'validation.futureDate'],
    ['an unknown country code', buildHousehold({ members: [buildPerson({ nationalities: ['XX'] })] }), 'body.members.0.nationalities.0', 'validation.unknownCountry'],
    ['a region of another country', buildHousehold({ members: [buildPerson({ currentSubdivision: 'GT-QZ' })] }), 'body.members.0.currentSubdivision', 'validation.subdivisionCountry'],
    [
      'a child older than its parent',
      buildHousehold({ members: [buildPerson(), buildPerson({ givenNames: 'Ana', birthDate: '1980', relationshipToPrincipal: 'child' })] }),
      'body.members.1.birthDate',
      'validation.childOlderThanParent',
    ],
    [
      'a malformed MRZ',
      buildHousehold({
        members: [buildPerson({ documents: [{ type: 'passport', number: 'G12345678', issuingCountry: 'HN', mrz: 'P<HNDHERNANDEZ<<MARIA\nG123' }] })],
      }),
      'body.members.0.documents.0.mrz',
      'validation.mrz',
    ],
    ['a bad phone number', buildHousehold({ members: [buildPerson({ phone: '962-555' })] }), 'body.members.0.phone', 'validation.phone'],
  ];
  for (const [name, payload, path, key] of cases) {
    it(`refuses ${name}`, async () => {
      const before = await countHouseholds();
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/registry/households',
        headers: { ...tapachula.headers, 'accept-language': 'fr' },
        payload,
      });
      expect(res.statusCode).toBe(400);
      const field = res.json().error.details.fields.find((f: { path: string }) => f.path === path);
      expect(field, JSON.stringify(res.json().error.details.fields)).toBeDefined();
      expect(field.key).toBe(key);
      // Translated into the caller's language (French here), not the key.
      expect(field.message).not.toBe(key);
      expect(field.message).toMatch(/[a-zé]/);
      expect(await countHouseholds()).toBe(before);
    });
  }
});

describe('finding people', () => {
  it('a caseworker in another office of the same member state finds the household by a misspelt name', async () => {
    const household = await registerHouseholdAs(t.app, tapachula, buildHousehold({ members: [buildPerson({ givenNames: 'Guadalupe', familyName1: 'Ixcoy', familyName2: 'Tzoc', phone: '+502 5555 1234' })] }));
    const res = await t.app.inject({ method: 'GET', url: '/api/registry/search?name=guadalupe%20ixkoy%20tsoc', headers: cdmx.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ householdId: household.id, matchedOn: 'name' });
    const byPhone = await t.app.inject({ method: 'GET', url: '/api/registry/search?phone=%2B502%205555-1234', headers: cdmx.headers });
    expect(byPhone.json().items[0].householdId).toBe(household.id);
    // Another member state sees nothing of it.
    const other = await t.app.inject({ method: 'GET', url: '/api/registry/search?name=guadalupe%20ixcoy', headers: canada.headers });
    expect(other.json().items).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: `/api/registry/households/${household.id}`, headers: canada.headers })).statusCode).toBe(404);
  });

  it('finds by document number whatever the spacing', async () => {
    const household = await registerHouseholdAs(
      t.app,
      tapachula,
      buildHousehold({ members: [buildPerson({ givenNames: 'Wilmer', documents: [{ type: 'national_id', number: '0801-1990-12345', issuingCountry: 'HN' }] })] }),
    );
    const res = await t.app.inject({ method: 'GET', url: '/api/registry/search?document=0801199012345', headers: cdmx.headers });
    expect(res.json().items.map((i: { householdId: string }) => i.householdId)).toContain(household.id);
  });
});

describe('changes are versioned', () => {
  it('records who changed what, and refuses a stale change with 409', async () => {
    const household = await registerHouseholdAs(t.app, tapachula, buildHousehold());
    const person = household.members[0];
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${person.id}`,
      headers: cdmx.headers,
      payload: { expectedVersion: 1, changes: { currentSubdivision: 'MX-CMX', status: 'refugee' } },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ version: 2, changed: ['currentSubdivision', 'status'] });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${person.id}`,
      headers: tapachula.headers,
      payload: { expectedVersion: 1, changes: { status: 'irregular' } },
    });
    expect(stale.statusCode).toBe(409);
    const versions = (await t.app.inject({ method: 'GET', url: `/api/registry/people/${person.id}/versions`, headers: tapachula.headers })).json().items;
    expect(versions).toHaveLength(2);
    expect(versions[1].changes).toEqual({ currentSubdivision: { from: 'MX-CHP', to: 'MX-CMX' }, status: { from: 'asylum_seeker', to: 'refugee' } });
    const row = await t.db.selectFrom('people').select(['status', 'version']).where('id', '=', person.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'refugee', version: 2 });
  });

  it('consent can be withdrawn, once', async () => {
    const household = await registerHouseholdAs(t.app, tapachula, buildHousehold());
    const contact = household.consents.find((c) => c.purpose === 'contact')!;
    const res = await t.app.inject({ method: 'POST', url: `/api/registry/consents/${contact.id}/withdraw`, headers: tapachula.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().withdrawnAt).not.toBeNull();
    const again = await t.app.inject({ method: 'POST', url: `/api/registry/consents/${contact.id}/withdraw`, headers: tapachula.headers });
    expect(again.statusCode).toBe(409);
  });
});

describe('access to the registry', () => {
  it('401 anonymous, 403 without the role, 404 other member state; nothing changes', async () => {
    const household = await registerHouseholdAs(t.app, tapachula, buildHousehold());
    const before = await countHouseholds();
    expect((await t.app.inject({ method: 'POST', url: '/api/registry/households', payload: buildHousehold() })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: `/api/registry/households/${household.id}` })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/registry/households', headers: applicant.headers, payload: buildHousehold() })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/registry/search?name=maria', headers: applicant.headers })).statusCode).toBe(403);
    // An applicant who is not in the household cannot see it.
    expect((await t.app.inject({ method: 'GET', url: `/api/registry/households/${household.id}`, headers: applicant.headers })).statusCode).toBe(404);
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/people/${household.members[0].id}`,
      headers: canada.headers,
      payload: { expectedVersion: 1, changes: { status: 'irregular' } },
    });
    expect(patch.statusCode).toBe(404);
    const withdraw = await t.app.inject({ method: 'POST', url: `/api/registry/consents/${household.consents[0].id}/withdraw`, headers: canada.headers });
    expect(withdraw.statusCode).toBe(404);
    expect(await countHouseholds()).toBe(before);
    const person = await t.db.selectFrom('people').select('status').where('id', '=', household.members[0].id).executeTakeFirstOrThrow();
    expect(person.status).toBe('asylum_seeker');
  });
});
