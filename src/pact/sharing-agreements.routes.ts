import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { EndSharingAgreement, NewSharingAgreement, SharingAgreement } from './sharing-agreements.schemas.ts';
import * as agreements from './sharing-agreements.service.ts';

/** Data-sharing agreements between member states; registered by the pact routes. */
export function sharingAgreementRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/pact/sharing-agreements',
      {
        config: { scope: 'sharing:read' },
        schema: {
          tags: ['pact'],
          summary: 'Data-sharing agreements: all for a pact administrator, else those of your member state',
          response: { 200: z.object({ items: z.array(SharingAgreement) }), ...STANDARD_ERRORS },
        },
      },
      async (req) => ({ items: await agreements.listSharingAgreements(db, actorOf(req)) }),
    );

    app.get(
      '/api/pact/sharing-agreements/:id',
      {
        config: { scope: 'sharing:read' },
        schema: { tags: ['pact'], params: z.strictObject({ id: z.uuid() }), response: { 200: SharingAgreement, ...STANDARD_ERRORS } },
      },
      async (req) => agreements.getSharingAgreement(db, actorOf(req), req.params.id),
    );

    app.post(
      '/api/pact/sharing-agreements',
      {
        config: { scope: 'pact:admin' },
        schema: {
          tags: ['pact'],
          summary: 'Record a data-sharing agreement between two member states, one per purpose',
          body: NewSharingAgreement,
          response: { 201: z.object({ items: z.array(SharingAgreement) }), ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await idempotent(db, req, 201, async (trx) => ({ items: await agreements.createSharingAgreements(trx, actor, req.body) }));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/pact/sharing-agreements/:id/end',
      {
        config: { scope: 'pact:admin' },
        schema: {
          tags: ['pact'],
          summary: 'End a data-sharing agreement from a date, with the reason; it is kept on record',
          params: z.strictObject({ id: z.uuid() }),
          body: EndSharingAgreement,
          response: { 200: SharingAgreement, ...STANDARD_ERRORS },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        return db.transaction().execute((trx) => agreements.endSharingAgreement(trx, actor, req.params.id, req.body));
      },
    );
  };
}
