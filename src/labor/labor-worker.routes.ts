/** The worker's routes: rounds to rank in, offers with contract terms in her language, reports. And the inspectorate's queue. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { pickLocale } from '../platform/i18n.ts';
import { Accepted, Declined, list, Offer, RankingSaved, Report, ReportReceipt, WorkerRound } from './labor.responses.ts';
import { HandleReport, IdParams, LangQuery, NewReport, Ranking, ReportListQuery } from './labor.schemas.ts';
import { handleReport, listOwnReports, listReports, submitReport } from './service/reports.ts';
import { acceptOffer, declineOffer, listOffers, listWorkerRounds, saveRanking } from './service/worker.ts';

const TAGS = ['labor'];

export function laborWorkerRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/labor/me/rounds', { config: { scope: 'self:read' }, schema: { tags: TAGS, summary: 'Open rounds of programmes you are screened eligible for', response: { 200: list(WorkerRound), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listWorkerRounds(db, actorOf(req)),
    }));

    app.put(
      '/api/labor/me/rounds/:id/ranking',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Rank the job orders you would accept, best first', params: IdParams, body: Ranking, response: { 200: RankingSaved, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => saveRanking(trx, actorOf(req), req.params.id, req.body)),
    );

    app.get(
      '/api/labor/me/offers',
      { config: { scope: 'self:read' }, schema: { tags: TAGS, summary: 'Your offers, contract terms in your language, and why', querystring: LangQuery, response: { 200: list(Offer), ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        return { items: await listOffers(db, actor, req.query.lang ?? pickLocale(req.headers['accept-language'], actor.locale)) };
      },
    );

    app.post(
      '/api/labor/me/offers/:id/accept',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Accept an offer: a placement and a case open', params: IdParams, response: { 201: Accepted, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => acceptOffer(trx, actorOf(req), req.params.id));
        return reply.code(r.status).send(r.body);
      },
    );

    app.post(
      '/api/labor/me/offers/:id/decline',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Decline an offer (the place goes to a later round)', params: IdParams, response: { 200: Declined, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => declineOffer(trx, actorOf(req), req.params.id)),
    );

    app.post(
      '/api/labor/me/reports',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Report a problem to the labour inspectorate (anonymously if you wish)', body: NewReport, response: { 201: ReportReceipt, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => submitReport(trx, actorOf(req), req.body));
        return reply.code(r.status).send(r.body);
      },
    );

    app.get('/api/labor/me/reports', { config: { scope: 'self:read' }, schema: { tags: TAGS, summary: 'Your named reports', response: { 200: list(Report), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listOwnReports(db, actorOf(req)),
    }));

    app.get(
      '/api/labor/reports',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Workers’ reports about your member state (audited)', querystring: ReportListQuery, response: { 200: list(Report), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await db.transaction().execute((trx) => listReports(trx, actorOf(req), req.query.status)) }),
    );

    app.patch(
      '/api/labor/reports/:id',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Handle a report', params: IdParams, body: HandleReport, response: { 200: Report, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => handleReport(trx, actorOf(req), req.params.id, req.body)),
    );
  };
}
