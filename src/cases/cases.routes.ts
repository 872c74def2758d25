/**
 * Routes of the cases domain for staff: parse, authorise (scope at the route, visibility in the
 * query), call one service function. Documents and the applicant's routes are in their own files.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { applicantRoutes } from './cases-applicant.routes.ts';
import { documentRoutes } from './cases-documents.routes.ts';
import { CaseDetail, CaseList, Decision, Stats, Timeline, Workflow, Workload } from './cases.responses.ts';
import {
  AssignCase,
  CaseChildParams,
  CaseParams,
  CompleteTask,
  ExportQuery,
  MoveCase,
  NewDecision,
  NewInterview,
  NewMessage,
  NewNote,
  NewTask,
  OpenCase,
  ProgrammeParams,
  QueueQuery,
  RecordFacts,
  RecordInterview,
  ReviewDecision,
  SearchQuery,
  UpdateWorkflow,
} from './cases.schemas.ts';
import { reviewDecision, recordDecision } from './service/decide-case.ts';
import { moveCase } from './service/move-case.ts';
import { logAdapter, startOutboxDispatcher, type NotificationAdapter } from './service/notifications.ts';
import { openCase } from './service/open-case.ts';
import { exportCases, getCase, getStats, getTimeline, getWorkload, listQueue, searchCases } from './service/read-case.ts';
import { addNote, addTask, assignCase, completeTask, recordFacts, recordInterview, scheduleInterview, sendMessage } from './service/work-case.ts';
import { getCurrentWorkflow, listWorkflowVersions, updateWorkflow } from './service/workflows.ts';

const TAGS = ['cases'];
/** What a change answers: the record's id, and for the case its new version. */
export const Changed = z.object({ id: z.uuid(), version: z.number().optional(), stage: z.string().optional(), status: z.string().optional(), caseNumber: z.string().optional() });

export interface CasesOptions {
  /** Where notifications go (an email or SMS provider); by default the log, without personal data. */
  notificationAdapter?: NotificationAdapter;
  /** How often the outbox is dispatched. */
  dispatchIntervalMs?: number;
}

export function casesRoutes(db: Db, config: Config, options: CasesOptions = {}): FastifyPluginAsyncZod {
  return async (app) => {
    const stopDispatcher = startOutboxDispatcher(db, options.notificationAdapter ?? logAdapter(app.log), app.log, options.dispatchIntervalMs);
    app.addHook('onClose', async () => stopDispatcher());

    app.get(
      '/api/cases/queue',
      { config: { scope: 'cases:read' }, schema: { tags: TAGS, summary: 'Open cases, most urgent first', querystring: QueueQuery, response: { 200: CaseList, ...STANDARD_ERRORS } } },
      async (req) => listQueue(db, actorOf(req), req.query),
    );

    app.get(
      '/api/cases/search',
      { config: { scope: 'cases:read' }, schema: { tags: TAGS, summary: 'Find cases by number, name, document, stage, dates', querystring: SearchQuery, response: { 200: CaseList, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await searchCases(db, actorOf(req), req.query) }),
    );

    app.get(
      '/api/cases/export.csv',
      {
        config: { scope: 'cases:read' },
        schema: { tags: TAGS, summary: 'CSV of the cases of your own office (audited)', querystring: ExportQuery, response: { 200: z.string(), ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const csv = await exportCases(db, actorOf(req), req.query);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="cases.csv"')
          .header('cache-control', 'no-store')
          .send(csv);
      },
    );

    app.get(
      '/api/cases/workload',
      { config: { scope: 'cases:approve' }, schema: { tags: TAGS, summary: 'Workload, overdue cases and pending approvals of your offices', response: { 200: Workload, ...STANDARD_ERRORS } } },
      async (req) => getWorkload(db, actorOf(req)),
    );

    app.get(
      '/api/cases/stats',
      { config: { scope: 'stats:read' }, schema: { tags: TAGS, summary: 'Counts by programme, stage and status (small cells suppressed)', response: { 200: Stats, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await getStats(db, actorOf(req)) }),
    );

    app.get(
      '/api/cases/workflows/:code',
      { config: { scope: 'pathways:read' }, schema: { tags: TAGS, summary: 'The workflow new cases of a programme follow', params: ProgrammeParams, response: { 200: Workflow, ...STANDARD_ERRORS } } },
      async (req) => getCurrentWorkflow(db, req.params.code),
    );

    app.get(
      '/api/cases/workflows/:code/versions',
      { config: { scope: 'pathways:read' }, schema: { tags: TAGS, params: ProgrammeParams, response: { 200: z.object({ items: z.array(Workflow) }), ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listWorkflowVersions(db, req.params.code) }),
    );

    app.put(
      '/api/cases/workflows/:code',
      {
        config: { scope: 'pathways:admin' },
        schema: { tags: TAGS, summary: 'Publish a new workflow version (cases in flight keep theirs)', params: ProgrammeParams, body: UpdateWorkflow, response: { 200: Workflow, ...STANDARD_ERRORS } },
      },
      async (req) => db.transaction().execute((trx) => updateWorkflow(trx, actorOf(req), req.params.code, req.body)),
    );

    app.post(
      '/api/cases',
      { config: { scope: 'cases:write' }, schema: { tags: TAGS, summary: 'Open a case for a household', body: OpenCase, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await idempotent(db, req, 201, async (trx) => {
          const opened = await openCase(trx, actor, req.body);
          return { id: opened.id, caseNumber: opened.caseNumber, version: 1 };
        });
        return reply.code(result.status).send(result.body);
      },
    );

    app.get(
      '/api/cases/:id',
      { config: { scope: 'cases:read' }, schema: { tags: TAGS, summary: 'The case page', params: CaseParams, response: { 200: CaseDetail, ...STANDARD_ERRORS } } },
      async (req) => getCase(db, actorOf(req), req.params.id),
    );

    app.get(
      '/api/cases/:id/timeline',
      { config: { scope: 'cases:read' }, schema: { tags: TAGS, summary: 'Every event on the case', params: CaseParams, response: { 200: Timeline, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await getTimeline(db, actorOf(req), req.params.id) }),
    );

    const write = { config: { scope: 'cases:write' as const } };

    app.post(
      '/api/cases/:id/move',
      { ...write, schema: { tags: TAGS, summary: 'Move the case to a next stage', params: CaseParams, body: MoveCase, response: { 200: Changed, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => moveCase(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/cases/:id/assign',
      { ...write, schema: { tags: TAGS, summary: 'Assign or reassign the case', params: CaseParams, body: AssignCase, response: { 200: Changed, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => assignCase(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/cases/:id/facts',
      { ...write, schema: { tags: TAGS, summary: 'Record facts the stages need', params: CaseParams, body: RecordFacts, response: { 200: Changed, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => recordFacts(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/cases/:id/tasks',
      { ...write, schema: { tags: TAGS, summary: 'Add a task with a due date', params: CaseParams, body: NewTask, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => addTask(trx, actorOf(req), req.params.id, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/cases/:id/tasks/:childId/complete',
      { ...write, schema: { tags: TAGS, summary: 'Finish a task', params: CaseChildParams, body: CompleteTask, response: { 200: Changed, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => completeTask(trx, actorOf(req), req.params.id, req.params.childId, req.body.status)),
    );

    app.post(
      '/api/cases/:id/interviews',
      { ...write, schema: { tags: TAGS, summary: 'Schedule an interview', params: CaseParams, body: NewInterview, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => scheduleInterview(trx, actorOf(req), req.params.id, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/cases/:id/interviews/:childId/record',
      { ...write, schema: { tags: TAGS, summary: 'Record how an interview went', params: CaseChildParams, body: RecordInterview, response: { 200: Changed, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => recordInterview(trx, actorOf(req), req.params.id, req.params.childId, req.body)),
    );

    app.post(
      '/api/cases/:id/notes',
      { ...write, schema: { tags: TAGS, summary: 'Add a note (staff only)', params: CaseParams, body: NewNote, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => addNote(trx, actorOf(req), req.params.id, req.body.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/cases/:id/messages',
      { ...write, schema: { tags: TAGS, summary: 'Send a message to the applicant', params: CaseParams, body: NewMessage, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => sendMessage(trx, actorOf(req), req.params.id, req.body.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/cases/:id/decisions',
      {
        ...write,
        schema: { tags: TAGS, summary: 'Record a decision, or ask for approval of a recommendation or closure', params: CaseParams, body: NewDecision, response: { 201: Decision, ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => recordDecision(trx, actorOf(req), req.params.id, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/cases/:id/decisions/:childId/review',
      {
        config: { scope: 'cases:approve' },
        schema: { tags: TAGS, summary: 'Approve or reject a recommendation or closure (not your own)', params: CaseChildParams, body: ReviewDecision, response: { 200: Decision, ...STANDARD_ERRORS } },
      },
      async (req) => db.transaction().execute((trx) => reviewDecision(trx, actorOf(req), req.params.id, req.params.childId, req.body)),
    );

    await app.register(documentRoutes(db, config));
    await app.register(applicantRoutes(db, config));
  };
}
