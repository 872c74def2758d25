/**
 * Routes of the labor domain for employers and programme administrators: parse, authorise (scope at
 * the route, visibility in the query), call one service function. The worker's routes, the rounds and
 * the public feed are in their own files, registered from here.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { laborPublicRoutes } from './labor-public.routes.ts';
import { laborRoundRoutes } from './labor-rounds.routes.ts';
import { laborWorkerRoutes } from './labor-worker.routes.ts';
import { isEmployerUser, isLaborAdmin } from './labor.policy.ts';
import { Created, Employer, EmployerDetail, JobOrder, JobOrderDetail, list, Placement, PlacementChanged, Recruiter, RecordedWageFloor, Worksite } from './labor.responses.ts';
import {
  ArrivalUpdate,
  Decide,
  IdParams,
  JobOrderListQuery,
  NewAttestation,
  NewComplianceEvent,
  NewEmployer,
  NewJobOrder,
  NewRecruiter,
  NewWageFloor,
  NewWorksite,
  Transition,
  UpdateJobOrder,
  Versioned,
} from './labor.schemas.ts';
import { addWorksite, createEmployer, getEmployer, listEmployers, listRecruiters, recordComplianceEvent, registerRecruiter } from './service/employers.ts';
import { approveJobOrder, attestJobOrder, createJobOrder, getJobOrder, listJobOrders, moveJobOrder, returnJobOrder, submitJobOrder, updateJobOrder } from './service/job-orders.ts';
import { listPlacements, recordArrival } from './service/placements.ts';
import { addWageFloor } from './service/wage-floors.ts';

const TAGS = ['labor'];

/** Routes both employers and administrators use: the route needs one of the two scopes. */
function laborActor(req: Parameters<typeof actorOf>[0]): Actor {
  const actor = actorOf(req);
  if (!isEmployerUser(actor) && !isLaborAdmin(actor)) throw new DomainError('FORBIDDEN', 'Your role does not allow this.');
  return actor;
}

export function laborRoutes(db: Db): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(laborPublicRoutes(db));
    await app.register(laborWorkerRoutes(db));
    await app.register(laborRoundRoutes(db));

    app.get('/api/labor/employers', { schema: { tags: TAGS, summary: 'Employers you act for (or of your member state)', response: { 200: list(Employer), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listEmployers(db, laborActor(req)),
    }));

    app.post(
      '/api/labor/employers',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Register an employer', body: NewEmployer, response: { 201: EmployerDetail, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => createEmployer(trx, actorOf(req), req.body));
        return reply.code(r.status).send(r.body);
      },
    );

    app.get('/api/labor/employers/:id', { schema: { tags: TAGS, summary: 'An employer with worksites and compliance history', params: IdParams, response: { 200: EmployerDetail, ...STANDARD_ERRORS } } }, async (req) =>
      getEmployer(db, laborActor(req), req.params.id),
    );

    app.post(
      '/api/labor/employers/:id/worksites',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Add a worksite', params: IdParams, body: NewWorksite, response: { 201: Worksite, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => addWorksite(trx, actorOf(req), req.params.id, req.body))),
    );

    app.post(
      '/api/labor/employers/:id/compliance',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Record a violation, inspection, back wages or debarment', params: IdParams, body: NewComplianceEvent, response: { 201: Created, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => recordComplianceEvent(trx, actorOf(req), req.params.id, req.body))),
    );

    app.get('/api/labor/recruiters', { schema: { tags: TAGS, summary: 'Registered recruiters of your member state', response: { 200: list(Recruiter), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listRecruiters(db, laborActor(req)),
    }));

    app.post(
      '/api/labor/recruiters',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Register a recruiter and the employers it acts for', body: NewRecruiter, response: { 201: Recruiter, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => registerRecruiter(trx, actorOf(req), req.body))),
    );

    app.post(
      '/api/labor/wage-floors',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Record a wage floor (a new version when one with the same scope and date exists); lists the live job orders that pay below it', body: NewWageFloor, response: { 201: RecordedWageFloor, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => addWageFloor(trx, actorOf(req), req.body))),
    );

    app.get('/api/labor/job-orders', { schema: { tags: TAGS, summary: 'Job orders you may see', querystring: JobOrderListQuery, response: { 200: list(JobOrder), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await listJobOrders(db, laborActor(req), req.query),
    }));

    app.post(
      '/api/labor/job-orders',
      {
        config: { scope: 'labor:employer' },
        schema: { tags: TAGS, summary: 'Draft a job order (refused below the wage floor, naming it)', body: NewJobOrder, response: { 201: JobOrderDetail, ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => createJobOrder(trx, actorOf(req), req.body));
        return reply.code(r.status).send(r.body);
      },
    );

    app.get('/api/labor/job-orders/:id', { schema: { tags: TAGS, summary: 'A job order', params: IdParams, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } }, async (req) =>
      getJobOrder(db, laborActor(req), req.params.id),
    );

    app.patch(
      '/api/labor/job-orders/:id',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Change a draft', params: IdParams, body: UpdateJobOrder, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => updateJobOrder(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      '/api/labor/job-orders/:id/attestations',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Attest the fair-recruitment terms', params: IdParams, body: NewAttestation, response: { 201: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => attestJobOrder(trx, actorOf(req), req.params.id, req.body))),
    );

    app.post(
      '/api/labor/job-orders/:id/submit',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Submit for approval', params: IdParams, body: Versioned, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => submitJobOrder(trx, actorOf(req), req.params.id, req.body.expectedVersion)),
    );

    app.post(
      '/api/labor/job-orders/:id/approve',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Approve a submitted job order', params: IdParams, body: Decide, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => approveJobOrder(trx, actorOf(req), req.params.id, req.body.expectedVersion, req.body.note)),
    );

    app.post(
      '/api/labor/job-orders/:id/return',
      { config: { scope: 'labor:admin' }, schema: { tags: TAGS, summary: 'Return a submitted job order to the employer', params: IdParams, body: Decide, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => returnJobOrder(trx, actorOf(req), req.params.id, req.body.expectedVersion, req.body.note)),
    );

    app.post(
      '/api/labor/job-orders/:id/transition',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Start the season (arrivals) or close it', params: IdParams, body: Transition, response: { 200: JobOrderDetail, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => moveJobOrder(trx, actorOf(req), req.params.id, req.body.expectedVersion, req.body.to)),
    );

    app.get('/api/labor/job-orders/:id/placements', { schema: { tags: TAGS, summary: 'Workers placed in a job order (audited)', params: IdParams, response: { 200: list(Placement), ...STANDARD_ERRORS } } }, async (req) => ({
      items: await db.transaction().execute((trx) => listPlacements(trx, laborActor(req), req.params.id)),
    }));

    app.post(
      '/api/labor/placements/:id/arrival',
      { config: { scope: 'labor:employer' }, schema: { tags: TAGS, summary: 'Record an arrival, the season end or an early departure', params: IdParams, body: ArrivalUpdate, response: { 200: PlacementChanged, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => recordArrival(trx, actorOf(req), req.params.id, req.body)),
    );
  };
}

