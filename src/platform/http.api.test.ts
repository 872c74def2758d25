import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { countRows, insertUser, signInAs, type Session } from '../../test/helpers/factories.ts';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  const user = await insertUser(t.db, { roles: ['pact_admin'], agencyName: 'Secretaría del Trabajo y Previsión Social' });
  admin = await signInAs(t.app, user.email);
});
afterAll(async () => {
  await t?.close();
});

describe('platform HTTP conventions', () => {
  it('answers /health when the database answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('ok');
  });

  it('serves OpenAPI 3 generated from the route schemas', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/pact/member-states');
    expect(doc.paths['/api/pact/member-states'].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('answers unknown API paths with the error format', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nothing-here', headers: admin.headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', key: 'errors.NOT_FOUND' });
  });

  const BAD_BODIES: { name: string; payload: string; contentType: string; status: number; code: string }[] = [
    { name: 'malformed JSON', payload: '{"code": "BZ",', contentType: 'application/json', status: 400, code: 'INVALID_JSON' },
    { name: 'wrong types', payload: JSON.stringify({ code: 12, name: true, joinedOn: 'yesterday', roles: 'transit' }), contentType: 'application/json', status: 400, code: 'VALIDATION_FAILED' },
    { name: 'unknown fields', payload: JSON.stringify({ code: 'BZ', name: 'Belize', joinedOn: '2026-01-01', roles: ['transit'], admin: true }), contentType: 'application/json', status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an oversized body', payload: JSON.stringify({ code: 'BZ', name: 'x'.repeat(1_100_000) }), contentType: 'application/json', status: 413, code: 'BODY_TOO_LARGE' },
    { name: 'a body that is not JSON', payload: 'code=BZ', contentType: 'application/x-www-form-urlencoded', status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'an unknown country code', payload: JSON.stringify({ code: 'bz1', name: 'Belize', joinedOn: '2026-01-01', roles: ['transit'] }), contentType: 'application/json', status: 400, code: 'VALIDATION_FAILED' },
    { name: 'an impossible date', payload: JSON.stringify({ code: 'BZ', name: 'Belize', joinedOn: '2026-02-30', roles: ['transit'] }), contentType: 'application/json', status: 400, code: 'VALIDATION_FAILED' },
  ];
  for (const bad of BAD_BODIES) {
    it(`refuses ${bad.name} with a clear ${bad.status} and writes nothing`, async () => {
      const before = [await countRows(t.db, 'member_states'), await countRows(t.db, 'audit_events')];
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/pact/member-states',
        headers: { ...admin.headers, 'content-type': bad.contentType },
        payload: bad.payload,
      });
      expect(res.statusCode).toBe(bad.status);
      expect(res.json().error.code).toBe(bad.code);
      expect(res.json().error.key).toBe(`errors.${bad.code}`);
      expect([await countRows(t.db, 'member_states'), await countRows(t.db, 'audit_events')]).toEqual(before);
    });
  }

  it('names each invalid field', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/pact/users',
      headers: admin.headers,
      payload: { email: 'not-an-email', displayName: '', password: 'short', memberState: 'MX', roles: ['wizard'] },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['body.email', 'body.displayName', 'body.password', 'body.roles.0']));
  });

  it('replays a create with the same idempotency key instead of creating twice', async () => {
    const payload = { code: 'BZ', name: 'Belize', joinedOn: '2026-11-01', roles: ['transit'], agencies: [] };
    const headers = { ...admin.headers, 'idempotency-key': 'admit-belize-0001' };
    const first = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers, payload });
    const again = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers, payload });
    expect(first.statusCode).toBe(201);
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    const other = await t.app.inject({ method: 'POST', url: '/api/pact/member-states', headers, payload: { ...payload, name: 'Belice' } });
    expect(other.statusCode).toBe(422);
    expect(other.json().error.code).toBe('IDEMPOTENCY_KEY_REUSED');
    const rows = await t.db.selectFrom('member_states').select('name').where('code', '=', 'BZ').execute();
    expect(rows).toEqual([{ name: 'Belize' }]);
  });
});

describe('public writes are rate-limited per address', () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await createTestApp({ env: { PUBLIC_RATE_LIMIT: '3' } });
  });
  afterAll(async () => {
    await limited?.close();
  });

  it('answers 429 with Retry-After after the burst, writes nothing for it, and leaves reads and other addresses alone', async () => {
    const user = await insertUser(limited.db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
    const attempt = (remoteAddress: string) =>
      limited.app.inject({ method: 'POST', url: '/api/auth/sign-in', remoteAddress, payload: { email: user.email, password: 'not-the-password' } });
    for (let i = 0; i < 3; i++) expect((await attempt('203.0.113.7')).statusCode).toBe(401);
    const failedBefore = await limited.db.selectFrom('users').select('failed_sign_ins').where('id', '=', user.id).executeTakeFirstOrThrow();
    const refused = await attempt('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(refused.json().error).toMatchObject({ code: 'RATE_LIMITED', key: 'errors.RATE_LIMITED' });
    const failedAfter = await limited.db.selectFrom('users').select('failed_sign_ins').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(failedAfter.failed_sign_ins).toBe(failedBefore.failed_sign_ins);
    // Public reads are not limited; another address has its own allowance.
    expect((await limited.app.inject({ method: 'GET', url: '/api/pact/member-states', remoteAddress: '203.0.113.7' })).statusCode).toBe(200);
    expect((await attempt('198.51.100.9')).statusCode).toBe(401);
  });
});
