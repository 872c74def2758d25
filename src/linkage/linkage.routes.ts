import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { actorOf, STANDARD_ERRORS } from '../platform/http.ts';
import { getJob, runJob } from '../platform/jobs.ts';
import {
  DecisionInput,
  DecisionResult,
  LinkageNotification,
  MergeResult,
  PairComparison,
  QueueItem,
  QueueQuery,
  Thresholds,
  ThresholdsInput,
  TracingDecisionInput,
  TracingDecisionResult,
  TracingRequest,
  TracingRequestInput,
  TracingRequestSummary,
  UndoResult,
  VersionInput,
} from './linkage.schemas.ts';
import { canAdministerLinkage, canRequestTracing } from './linkage.policy.ts';
import { mergePair, undoMerge } from './service/merge.ts';
import { recheckMemberState, startRecheck, startTraining, trainRegistryModel } from './service/recheck.ts';
import { decidePair, getPairComparison, listReviewQueue } from './service/review.ts';
import { getThresholds, setThresholds } from './service/thresholds.ts';
import { createTracingRequest, decideTracingMatch, getTracingRequest, listLinkageNotifications, listTracingRequests } from './service/tracing.ts';

const Id = z.strictObject({ id: z.uuid() });
const JobStarted = z.object({ jobId: z.uuid() });
const Job = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.string(),
  progressDone: z.number(),
  progressTotal: z.number(),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
const tags = ['linkage'];

function requireAdmin(actor: Actor): void {
  if (!canAdministerLinkage(actor)) throw new DomainError('FORBIDDEN');
}

export function linkageRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/linkage/pairs',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'The review queue of likely duplicates, most probable first', querystring: QueueQuery, response: { 200: z.object({ items: z.array(QueueItem) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listReviewQueue(db, actorOf(req), req.query) }),
    );

    app.get(
      '/api/linkage/pairs/:id',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'Both records side by side, with the weight of each field', params: Id, response: { 200: PairComparison, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => getPairComparison(trx, actorOf(req), req.params.id)),
    );

    app.post(
      '/api/linkage/pairs/:id/decisions',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'Confirm (the same person) or reject (never to be merged)', params: Id, body: DecisionInput, response: { 200: DecisionResult, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => decidePair(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/linkage/pairs/:id/merge',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'Merge the two records; cases and relatives follow the person', params: Id, body: VersionInput, response: { 200: MergeResult, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => mergePair(trx, actorOf(req), req.params.id, req.body.version)),
    );

    app.post(
      '/api/linkage/pairs/:id/undo',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'Undo the merge: everything that moved goes back', params: Id, body: VersionInput, response: { 200: UndoResult, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => undoMerge(trx, actorOf(req), req.params.id, req.body.version)),
    );

    app.post(
      '/api/linkage/rechecks',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: "Re-check the whole of your member state's registry for duplicates (a job)", response: { 202: JobStarted, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        const jobId = await db.transaction().execute((trx) => startRecheck(trx, actor));
        setImmediate(() => void runJob(db, jobId, (ctx) => recheckMemberState(db, ctx, actor.memberState)));
        return reply.code(202).send({ jobId });
      },
    );

    app.post(
      '/api/linkage/model/trainings',
      { schema: { tags, summary: 'Train the registry model on the registry, without labels (a job)', response: { 202: JobStarted, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        requireAdmin(actor);
        const jobId = await db.transaction().execute((trx) => startTraining(trx, actor));
        setImmediate(() => void runJob(db, jobId, (ctx) => trainRegistryModel(db, ctx, actor.userId)));
        return reply.code(202).send({ jobId });
      },
    );

    app.get(
      '/api/linkage/jobs/:id',
      { schema: { tags, summary: 'Progress of a linkage job', params: Id, response: { 200: Job, ...STANDARD_ERRORS } } },
      async (req) => {
        const job = await getJob(db, actorOf(req), req.params.id);
        if (!job.kind.startsWith('linkage.')) throw new DomainError('JOB_NOT_FOUND');
        return job;
      },
    );

    app.get(
      '/api/linkage/thresholds',
      { schema: { tags, summary: 'Review and automatic-merge thresholds of your member state', response: { 200: Thresholds, ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        if (!canAdministerLinkage(actor) && !actor.scopes.has('linkage:review')) throw new DomainError('FORBIDDEN');
        return getThresholds(db, actor);
      },
    );

    app.put(
      '/api/linkage/thresholds',
      { schema: { tags, summary: 'A programme administrator sets the thresholds (no automatic merge unless set)', body: ThresholdsInput, response: { 200: Thresholds, ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        requireAdmin(actor);
        return db.transaction().execute((trx) => setThresholds(trx, actor, req.body));
      },
    );

    app.post(
      '/api/linkage/tracing-requests',
      { schema: { tags, summary: 'Ask to find a relative; candidates who consented to tracing are ranked for caseworkers', body: TracingRequestInput, response: { 201: TracingRequest, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        if (!canRequestTracing(actor)) throw new DomainError('FORBIDDEN');
        const result = await db.transaction().execute((trx) => createTracingRequest(trx, actor, req.body));
        return reply.code(201).send(result);
      },
    );

    app.get(
      '/api/linkage/tracing-requests',
      { schema: { tags, summary: 'Tracing requests you asked for, or of your member state', response: { 200: z.object({ items: z.array(TracingRequestSummary) }), ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        if (!canRequestTracing(actor)) throw new DomainError('FORBIDDEN');
        return { items: await listTracingRequests(db, actor) };
      },
    );

    app.get(
      '/api/linkage/tracing-requests/:id',
      { schema: { tags, summary: 'A tracing request; caseworkers see the ranked candidates with their explanation', params: Id, response: { 200: TracingRequest, ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        if (!canRequestTracing(actor)) throw new DomainError('FORBIDDEN');
        return getTracingRequest(db, actor, req.params.id);
      },
    );

    app.post(
      '/api/linkage/tracing-matches/:id/decisions',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: "Confirm or reject a candidate; a confirmation notifies both sides' caseworkers", params: Id, body: TracingDecisionInput, response: { 200: TracingDecisionResult, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => decideTracingMatch(trx, actorOf(req), req.params.id, req.body.decision)),
    );

    app.get(
      '/api/linkage/notifications',
      { config: { scope: 'linkage:review' }, schema: { tags, summary: 'Tracing matches to pass on, for the caseworkers of your member state', response: { 200: z.object({ items: z.array(LinkageNotification) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listLinkageNotifications(db, actorOf(req)) }),
    );
  };
}
