import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { countRows, insertUser, signInAs, TEST_PASSWORD } from '../../test/helpers/factories.ts';
import { DEMO_PASSWORD } from '../pact/pact.demo.ts';
import { MAX_FAILED_SIGN_INS } from './auth.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('sign-in and sessions', () => {
  it('signs in a demo account with a secure HTTP-only cookie and returns who it is', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'Caseworker@demo.puente.test', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/puente_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = res.json();
    expect(body.user.roles).toEqual(['caseworker']);
    expect(body.user.office.name).toBe('COMAR Tapachula');
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('refuses a wrong password with 401 and the same answer as an unknown email', async () => {
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'caseworker@demo.puente.test', password: 'nope' } });
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'nobody@demo.puente.test', password: 'nope' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('AUTH_INVALID_CREDENTIALS');
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('locks an account after repeated failures, even for the right password, and audits it', async () => {
    const user = await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Monterrey' });
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: 'wrong-password' } });
      expect(res.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('AUTH_LOCKED');
    const audit = await t.db.selectFrom('audit_events').select('action').where('record_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toContain('auth.locked');
  });

  it('needs the CSRF token for changes made with a session cookie', async () => {
    const s = await signInAs(t.app, 'caseworker@demo.puente.test', DEMO_PASSWORD);
    const without = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie: s.cookie } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('AUTH_CSRF');
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('signs out one session, and everywhere', async () => {
    const user = await insertUser(t.db, { roles: ['supervisor'], office: 'COMAR Tijuana' });
    const a = await signInAs(t.app, user.email);
    const b = await signInAs(t.app, user.email);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: a.headers });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: a.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b.headers })).statusCode).toBe(200);
    const c = await signInAs(t.app, user.email);
    const everywhere = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere', headers: c.headers });
    expect(everywhere.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: b.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: c.headers })).statusCode).toBe(401);
  });
});

describe('API tokens', () => {
  it('are shown once, stored hashed, scoped, and revocable', async () => {
    const admin = await insertUser(t.db, { roles: ['programme_admin'], office: 'IRCC Montréal' });
    const s = await signInAs(t.app, admin.email);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: s.headers,
      payload: { name: 'statistics export', scopes: ['pact:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, tokenInfo } = created.json();
    const stored = await t.db.selectFrom('api_tokens').select('token_hash').where('id', '=', tokenInfo.id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const bearer = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/pact/agencies', headers: bearer })).statusCode).toBe(200);
    // Within the user's roles but outside the token's scopes.
    expect((await t.app.inject({ method: 'GET', url: '/api/pact/users', headers: bearer })).statusCode).toBe(403);

    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${tokenInfo.id}`, headers: s.headers });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/pact/agencies', headers: bearer })).statusCode).toBe(401);
  });

  it('cannot hold a scope its user lacks', async () => {
    const s = await signInAs(t.app, 'caseworker@demo.puente.test', DEMO_PASSWORD);
    const before = await countRows(t.db, 'api_tokens');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/tokens',
      headers: s.headers,
      payload: { name: 'too strong', scopes: ['pact:admin'] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('TOKEN_SCOPE_NOT_HELD');
    expect(await countRows(t.db, 'api_tokens')).toBe(before);
  });

  it("cannot revoke another user's token (404)", async () => {
    const a = await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
    const b = await insertUser(t.db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
    const sa = await signInAs(t.app, a.email);
    const sb = await signInAs(t.app, b.email);
    const created = await t.app.inject({ method: 'POST', url: '/api/auth/tokens', headers: sa.headers, payload: { name: 'x', scopes: ['pact:read'] } });
    const res = await t.app.inject({ method: 'DELETE', url: `/api/auth/tokens/${created.json().tokenInfo.id}`, headers: sb.headers });
    expect(res.statusCode).toBe(404);
    const row = await t.db.selectFrom('api_tokens').select('revoked_at').where('id', '=', created.json().tokenInfo.id).executeTakeFirstOrThrow();
    expect(row.revoked_at).toBeNull();
  });
});
