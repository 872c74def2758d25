import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import {
  AdmitMemberState,
  AdmittedMemberState,
  Agency,
  CountryCode,
  ListQuery,
  MemberState,
  NewUser,
  Office,
  User,
} from './pact.schemas.ts';
import * as pact from './pact.service.ts';
import { sharingAgreementRoutes } from './sharing-agreements.routes.ts';

export function pactRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/pact/member-states',
      {
        config: { public: true },
        schema: { tags: ['pact'], summary: 'Member states of the pact', response: { 200: z.object({ items: z.array(MemberState) }) } },
      },
      async () => ({ items: await pact.listMemberStates(db) }),
    );

    app.get(
      '/api/pact/member-states/:code',
      {
        config: { public: true },
        schema: {
          tags: ['pact'],
          params: z.strictObject({ code: CountryCode }),
          response: { 200: MemberState, ...STANDARD_ERRORS },
        },
      },
      async (req) => pact.getMemberState(db, req.params.code),
    );

    app.post(
      '/api/pact/member-states',
      {
        config: { scope: 'pact:admin' },
        schema: {
          tags: ['pact'],
          summary: 'Admit a member state with its agencies and offices',
          body: AdmitMemberState,
          response: { 201: AdmittedMemberState, ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await idempotent(db, req, 201, (trx) => pact.admitMemberState(trx, actor, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.get(
      '/api/pact/agencies',
      {
        config: { scope: 'pact:read' },
        schema: { tags: ['pact'], querystring: ListQuery, response: { 200: z.object({ items: z.array(Agency) }), ...STANDARD_ERRORS } },
      },
      async (req) => ({ items: await pact.listAgencies(db, req.query.memberState) }),
    );

    app.get(
      '/api/pact/offices',
      {
        config: { scope: 'pact:read' },
        schema: { tags: ['pact'], querystring: ListQuery, response: { 200: z.object({ items: z.array(Office) }), ...STANDARD_ERRORS } },
      },
      async (req) => ({ items: await pact.listOffices(db, req.query.memberState) }),
    );

    app.get(
      '/api/pact/users',
      {
        config: { scope: 'users:manage' },
        schema: { tags: ['pact'], response: { 200: z.object({ items: z.array(User) }), ...STANDARD_ERRORS } },
      },
      async (req) => ({ items: await pact.listUsers(db, actorOf(req)) }),
    );

    app.get(
      '/api/pact/users/:id',
      {
        config: { scope: 'users:manage' },
        schema: { tags: ['pact'], params: z.strictObject({ id: z.uuid() }), response: { 200: User, ...STANDARD_ERRORS } },
      },
      async (req) => pact.getUser(db, actorOf(req), req.params.id),
    );

    app.post(
      '/api/pact/users',
      {
        config: { scope: 'users:manage' },
        schema: { tags: ['pact'], body: NewUser, response: { 201: User, ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await idempotent(db, req, 201, (trx) => pact.createUser(trx, actor, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    await app.register(sharingAgreementRoutes(db));
  };
}
