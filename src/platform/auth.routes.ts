import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Actor } from './actor.ts';
import { createApiToken, findSessionActor, listApiTokens, revokeApiToken, SESSION_COOKIE, signIn, signOut, signOutEverywhere } from './auth.ts';
import type { Db, Executor } from './db.ts';
import { DomainError } from './errors.ts';
import { actorOf, STANDARD_ERRORS } from './http.ts';
import { SCOPES } from './roles.ts';

const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  roles: z.array(z.string()),
  scopes: z.array(z.string()),
  memberState: z.string(),
  agency: z.object({ id: z.uuid(), name: z.string(), kind: z.string() }).nullable(),
  office: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  locale: z.string(),
});
const SessionBody = z.object({ user: Me, csrfToken: z.string() });
const TokenView = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(z.string()),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

async function describe(db: Executor, actor: Actor): Promise<z.infer<typeof Me>> {
  const agency = actor.agencyId
    ? await db.selectFrom('agencies').select(['id', 'name', 'kind']).where('id', '=', actor.agencyId).executeTakeFirst()
    : undefined;
  const office = actor.officeId
    ? await db.selectFrom('offices').select(['id', 'name']).where('id', '=', actor.officeId).executeTakeFirst()
    : undefined;
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    roles: actor.roles,
    scopes: [...actor.scopes].sort(),
    memberState: actor.memberState,
    agency: agency ?? null,
    office: office ?? null,
    locale: actor.locale,
  };
}

export function authRoutes(db: Db, config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/auth/sign-in',
      {
        config: { public: true },
        schema: {
          tags: ['auth'],
          body: z.strictObject({ email: z.string().trim().min(3).max(254), password: z.string().min(1).max(256) }),
          response: { 200: SessionBody, 423: STANDARD_ERRORS[401], ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const result = await signIn(db, { ...req.body, ip: req.ip ?? null, ttlHours: config.sessionTtlHours });
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          httpOnly: true,
          secure: true,
          sameSite: 'lax',
          path: '/',
          expires: result.expiresAt,
        });
        const session = await findSessionActor(db, result.sessionToken, req.ip ?? null);
        if (!session) throw new DomainError('AUTH_REQUIRED');
        return { user: await describe(db, session.actor), csrfToken: result.csrfToken };
      },
    );

    app.get(
      '/api/auth/me',
      { schema: { tags: ['auth'], response: { 200: SessionBody, ...STANDARD_ERRORS } } },
      async (req) => ({ user: await describe(db, actorOf(req)), csrfToken: req.csrfToken ?? '' }),
    );

    app.post(
      '/api/auth/sign-out',
      { schema: { tags: ['auth'], response: { 204: z.null(), ...STANDARD_ERRORS } } },
      async (req, reply) => {
        await db.transaction().execute((trx) => signOut(trx, actorOf(req)));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.post(
      '/api/auth/sign-out-everywhere',
      { schema: { tags: ['auth'], response: { 204: z.null(), ...STANDARD_ERRORS } } },
      async (req, reply) => {
        await db.transaction().execute((trx) => signOutEverywhere(trx, actorOf(req)));
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.code(204).send(null);
      },
    );

    app.get(
      '/api/auth/tokens',
      { config: { scope: 'tokens:manage' }, schema: { tags: ['auth'], response: { 200: z.object({ items: z.array(TokenView) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listApiTokens(db, actorOf(req)) }),
    );

    app.post(
      '/api/auth/tokens',
      {
        config: { scope: 'tokens:manage' },
        schema: {
          tags: ['auth'],
          body: z.strictObject({ name: z.string().trim().min(1).max(100), scopes: z.array(z.enum(SCOPES)).min(1).max(SCOPES.length) }),
          response: { 201: z.object({ token: z.string(), tokenInfo: TokenView }), ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        // A token cannot mint tokens: that would let a leaked token outlive its revocation.
        if (actor.via === 'token') throw new DomainError('FORBIDDEN', 'Sign in to create API tokens.');
        const { token, view } = await db.transaction().execute((trx) => createApiToken(trx, actor, req.body));
        return reply.code(201).send({ token, tokenInfo: view });
      },
    );

    app.delete(
      '/api/auth/tokens/:id',
      {
        config: { scope: 'tokens:manage' },
        schema: { tags: ['auth'], params: z.strictObject({ id: z.uuid() }), response: { 204: z.null(), ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        await db.transaction().execute((trx) => revokeApiToken(trx, actorOf(req), req.params.id));
        return reply.code(204).send(null);
      },
    );
  };
}
