/** Allocation rounds, for the programme administrator: open, run (a job with progress), publish. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../platform/db.ts';
import { actorOf, STANDARD_ERRORS } from '../platform/http.ts';
import { runJob } from '../platform/jobs.ts';
import { list, Round, RoundDetail, RunStarted } from './labor.responses.ts';
import { IdParams, NewRound } from './labor.schemas.ts';
import { getRound, listRounds, openRound, publishRound, startRun } from './service/rounds.ts';
import { runAllocationRound } from './service/run-round.ts';

const TAGS = ['labor'];

export function laborRoundRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/api/labor/rounds', { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Allocation rounds of your member state', response: { 200: list(Round), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listRounds(db, actorOf(req)),
    }));

    app.post(
      '/api/labor/rounds',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Open a round: eligible workers rank the approved job orders', body: NewRound, response: { 201: RoundDetail, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => openRound(trx, actorOf(req), req.body))),
    );

    app.get('/api/labor/rounds/:id', { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'A round, with its summary once run', params: IdParams, response: { 200: RoundDetail, ...STANDARD_ERRORS } } }, async (req) =>
      getRound(db, actorOf(req), req.params.id),
    );

    app.post(
      '/api/labor/rounds/:id/run',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Run the allocation as a job (follow it at /api/jobs/:jobId)', params: IdParams, response: { 202: RunStarted, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const started = await db.transaction().execute((trx) => startRun(trx, actorOf(req), req.params.id));
        // The job runs after the commit and records its own progress and failure.
        setImmediate(() => void runJob(db, started.jobId, (ctx) => runAllocationRound(db, ctx, started.roundId)));
        return reply.code(202).send(started);
      },
    );

    app.post(
      '/api/labor/rounds/:id/publish',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Publish a verified round: workers see their offers', params: IdParams, response: { 200: RoundDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => publishRound(trx, actorOf(req), req.params.id)),
    );
  };
}
