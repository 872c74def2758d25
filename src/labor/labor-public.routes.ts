/** The public job feed: approved job orders as JSON and as a searchable web page, without personal data. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../platform/db.ts';
import { STANDARD_ERRORS } from '../platform/http.ts';
import { Feed, list, WageFloorView } from './labor.responses.ts';
import { FeedQuery } from './labor.schemas.ts';
import { listPublicJobOrders, renderJobFeedPage } from './service/public-feed.ts';
import { listWageFloors } from './service/wage-floors.ts';

const TAGS = ['labor'];
const ATTRIBUTION = 'Job orders approved through Puente by the host member states. Wage floors: see /api/labor/wage-floors (sources on each row).';

export function laborPublicRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/labor/feed',
      { config: { public: true }, schema: { tags: TAGS, summary: 'Approved job orders (public, no personal data)', querystring: FeedQuery, response: { 200: Feed, 400: STANDARD_ERRORS[400] } } },
      async (req) => ({ items: await listPublicJobOrders(db, req.query), attribution: ATTRIBUTION }),
    );

    app.get(
      '/api/labor/wage-floors',
      {
        config: { public: true },
        schema: {
          tags: TAGS,
          summary: 'Wage floors in force (public reference data, with sources)',
          querystring: z.strictObject({ memberState: z.string().regex(/^[A-Z]{2}$/).optional(), subdivision: z.string().regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/).optional(), on: z.iso.date().optional() }),
          response: { 200: list(WageFloorView), 400: STANDARD_ERRORS[400] },
        },
      },
      async (req) => ({ items: await listWageFloors(db, req.query) }),
    );

    app.get(
      '/jobs',
      { config: { public: true }, schema: { hide: true, querystring: FeedQuery, response: { 200: z.string(), 400: STANDARD_ERRORS[400] } } },
      async (req, reply) => {
        const items = await listPublicJobOrders(db, req.query);
        return reply.type('text/html; charset=utf-8').send(renderJobFeedPage(items, req.query));
      },
    );
  };
}
