import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import { findSessionActor, openSession, SESSION_COOKIE, signIn, type SignInResult } from '../platform/auth.ts';
import type { Db } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { pickLocale } from '../platform/i18n.ts';
import { grantConsent, withdrawConsent } from './consent.ts';
import { getHousehold, listOwnHouseholds, listPersonVersions } from './read-household.ts';
import { registerHousehold, registerSelf } from './register-household.ts';
import {
  Consent,
  ConsentInput,
  Household,
  NewHousehold,
  PersonPatch,
  PersonVersion,
  SearchHit,
  SearchQuery,
  SelfRegistration,
} from './registry.schemas.ts';
import { searchPeople } from './search-people.ts';
import { updatePerson } from './update-person.ts';
import type { Keyring } from '../platform/crypto.ts';

const Id = z.strictObject({ id: z.uuid() });

export function registryRoutes(db: Db, config: Config, ring: Keyring): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/api/registry/self-registrations',
      {
        config: { public: true },
        schema: {
          tags: ['registry'],
          summary: 'An applicant registers themself and their household (phone first) and is signed in',
          body: SelfRegistration,
          response: { 201: z.object({ household: Household, csrfToken: z.string() }), ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const locale = pickLocale(req.headers['accept-language'], req.body.account.locale);
        const ip = req.ip ?? null;
        const ttlHours = config.sessionTtlHours;
        // Signed in at once, in the same transaction as the account it opens. The stored request
        // hash leaves the password out, and the stored answer holds no session; a retry proves the
        // password by signing in (argon2), so that a retry over a bad connection also lands in the account.
        let opened: SignInResult | undefined;
        const result = await idempotent(
          db,
          req,
          201,
          async (trx) => {
            const registered = await registerSelf(trx, ring, req.body, locale, ip);
            opened = await openSession(trx, registered.userId!, { ip, ttlHours });
            return { householdId: registered.householdId };
          },
          (body) => ({ ...(body as SelfRegistration), account: { ...(body as SelfRegistration).account, password: undefined } }),
        );
        const session = opened ?? (await signIn(db, { email: req.body.members[0].phone ?? '', password: req.body.account.password, ip, ttlHours }));
        reply.setCookie(SESSION_COOKIE, session.sessionToken, { httpOnly: true, secure: true, sameSite: 'lax', path: '/', expires: session.expiresAt });
        const actor = (await findSessionActor(db, session.sessionToken, req.ip ?? null))?.actor;
        if (!actor) throw new DomainError('AUTH_REQUIRED');
        const household = await getHousehold(db, actor, result.body.householdId, ring);
        return reply.code(result.status).send({ household, csrfToken: session.csrfToken });
      },
    );

    app.post(
      '/api/registry/households',
      {
        config: { scope: 'registry:write' },
        schema: {
          tags: ['registry'],
          summary: 'A caseworker registers a household in person',
          body: NewHousehold,
          response: { 201: Household, ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const locale = pickLocale(req.headers['accept-language'], actor.locale);
        const result = await idempotent(db, req, 201, async (trx) => {
          const registered = await registerHousehold(trx, ring, actor, req.body, locale);
          return getHousehold(trx, actor, registered.householdId, ring);
        });
        return reply.code(result.status).send(result.body);
      },
    );

    app.get(
      '/api/registry/households/mine',
      { config: { scope: 'self:read' }, schema: { tags: ['registry'], response: { 200: z.object({ items: z.array(Household) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listOwnHouseholds(db, actorOf(req), ring) }),
    );

    app.get(
      '/api/registry/households/:id',
      { schema: { tags: ['registry'], params: Id, response: { 200: Household, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => getHousehold(trx, actorOf(req), req.params.id, ring)),
    );

    app.patch(
      '/api/registry/people/:id',
      {
        schema: {
          tags: ['registry'],
          summary: "Change a person's details; the change is versioned",
          params: Id,
          body: PersonPatch,
          response: { 200: z.object({ version: z.number(), changed: z.array(z.string()) }), ...STANDARD_ERRORS },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return db.transaction().execute((trx) => updatePerson(trx, ring, actor, req.params.id, req.body, pickLocale(req.headers['accept-language'], actor.locale)));
      },
    );

    app.get(
      '/api/registry/people/:id/versions',
      { schema: { tags: ['registry'], params: Id, response: { 200: z.object({ items: z.array(PersonVersion) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listPersonVersions(db, actorOf(req), req.params.id) }),
    );

    app.post(
      '/api/registry/people/:id/consents',
      {
        schema: { tags: ['registry'], params: Id, body: ConsentInput, response: { 201: z.object({ items: z.array(Consent) }), ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const locale = pickLocale(req.headers['accept-language'], actor.locale);
        const items = await db.transaction().execute((trx) => grantConsent(trx, actor, req.params.id, req.body, locale));
        return reply.code(201).send({ items });
      },
    );

    app.post(
      '/api/registry/consents/:id/withdraw',
      { schema: { tags: ['registry'], params: Id, response: { 200: Consent, ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        return db.transaction().execute((trx) => withdrawConsent(trx, actor, req.params.id));
      },
    );

    app.get(
      '/api/registry/search',
      {
        config: { scope: 'registry:read' },
        schema: { tags: ['registry'], querystring: SearchQuery, response: { 200: z.object({ items: z.array(SearchHit) }), ...STANDARD_ERRORS } },
      },
      async (req) => {
        const actor = actorOf(req);
        return { items: await db.transaction().execute((trx) => searchPeople(trx, actor, req.query)) };
      },
    );
  };
}
