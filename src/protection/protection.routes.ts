/**
 * Routes of the protection domain: parse, authorise (scope at the route, visibility in the query),
 * call one service function. The keyring comes from buildApp, which loads it once.
 */
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Keyring } from '../platform/crypto.ts';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { pickLocale, type Locale } from '../platform/i18n.ts';
import { QUESTIONNAIRES, findQuestionnaire } from './frameworks/questionnaires.ts';
import { NEED_CATEGORIES, SPECIFIC_NEED_CODES, SPECIFIC_NEEDS_VERSION } from './frameworks/specific-needs.ts';
import { textIn } from './frameworks/texts.ts';
import { canScreen } from './protection.policy.ts';
import * as R from './protection.responses.ts';
import * as S from './protection.schemas.ts';
import { recordAssessment, recordSelfAssessment } from './service/assess.ts';
import { exportHtcds } from './service/htcds-export.ts';
import { raiseFlag, raiseFlagFromWorkerReport, recordSpecificNeed, resolveFlag, shareFile } from './service/needs-and-flags.ts';
import { completeTask, getConfidential, getFileSummary, listQueue, listTasks } from './service/read-file.ts';
import { completeReferral, getReferral, listIncomingReferrals, respondToReferral, sendReferral } from './service/referrals.ts';
import { listServices } from './service/services-directory.ts';
import type { WorkerReportIndicator } from './frameworks/evaluate.ts';

const TAGS = ['protection'];

function localeOf(req: FastifyRequest, lang?: Locale): Locale {
  return lang ?? pickLocale(req.headers['accept-language'], req.actor?.locale);
}

export function protectionRoutes(db: Db, ring: Keyring): FastifyPluginAsyncZod {
  return async (app) => {
    const P = '/api/protection';

    app.get(`${P}/specific-needs/codes`, { schema: { tags: TAGS, summary: 'UNHCR specific-needs codes, translated', querystring: S.LangQuery, response: { 200: R.NeedCodeList, ...STANDARD_ERRORS } } }, async (req) => {
      const locale = localeOf(req, req.query.lang);
      return {
        version: SPECIFIC_NEEDS_VERSION,
        items: SPECIFIC_NEED_CODES.map((c) => ({ code: c.code, category: c.category, categoryName: textIn(NEED_CATEGORIES[c.category], locale), description: textIn(c.description, locale) })),
      };
    });

    app.get(`${P}/questionnaires`, { schema: { tags: TAGS, summary: 'The questionnaires in force', querystring: S.LangQuery, response: { 200: R.QuestionnaireList, ...STANDARD_ERRORS } } }, async (req) => {
      const locale = localeOf(req, req.query.lang);
      const latest = new Map(QUESTIONNAIRES.map((x) => [x.code, findQuestionnaire(x.code)!]));
      return { items: [...latest.values()].map((x) => ({ code: x.code, version: x.version, framework: x.framework, title: textIn(x.title, locale) })) };
    });

    app.get(
      `${P}/questionnaires/:code`,
      { schema: { tags: TAGS, summary: 'A questionnaire for an interviewer, or the discreet self version', params: S.QuestionnaireParams, querystring: S.QuestionnaireQuery, response: { 200: R.QuestionnaireView, ...STANDARD_ERRORS } } },
      async (req) => {
        const actor = actorOf(req);
        const locale = localeOf(req, req.query.lang);
        const x = findQuestionnaire(req.params.code)!;
        // Applicants only ever get the discreet self version.
        const mode = canScreen(actor) ? req.query.mode : 'self';
        const questions = x.questions.filter((qq) => mode === 'interviewer' || qq.self).map((qq) => ({ id: qq.id, text: textIn(mode === 'self' ? qq.self! : qq.text, locale) }));
        return { code: x.code, version: x.version, framework: x.framework, mode, title: textIn(mode === 'self' ? x.selfTitle : x.title, locale), questions };
      },
    );

    app.post(
      `${P}/people/:personId/assessments`,
      { config: { scope: 'registry:write' }, schema: { tags: TAGS, summary: 'Record a screening (answers sealed)', params: S.PersonParams, body: S.NewAssessment, response: { 201: R.AssessmentResult, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => recordAssessment(trx, ring, actorOf(req), req.params.personId, req.body, localeOf(req)));
        return reply.code(r.status).send(r.body);
      },
    );

    app.post(
      `${P}/me/assessments`,
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'The applicant answers the discreet questions', body: S.NewSelfAssessment, response: { 201: R.SelfAssessmentReceipt, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => recordSelfAssessment(trx, ring, actorOf(req), req.body, localeOf(req)));
        return reply.code(r.status).send(r.body);
      },
    );

    app.get(
      `${P}/people/:personId`,
      { schema: { tags: TAGS, summary: 'Protection summary of a person: priority, reasons, flag and need codes', params: S.PersonParams, querystring: S.LangQuery, response: { 200: R.FileSummary, ...STANDARD_ERRORS } } },
      async (req) => getFileSummary(db, actorOf(req), req.params.personId, localeOf(req, req.query.lang)),
    );

    app.get(
      `${P}/people/:personId/confidential`,
      { config: { scope: 'protection:read' }, schema: { tags: TAGS, summary: 'Confidential part of the file (audited)', params: S.PersonParams, response: { 200: R.ConfidentialFile, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return db.transaction().execute((trx) => getConfidential(trx, ring, actorOf(req), req.params.personId));
      },
    );

    app.post(
      `${P}/people/:personId/specific-needs`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Record a specific need (details sealed)', params: S.PersonParams, body: S.NewSpecificNeed, response: { 201: R.NeedRecorded, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => recordSpecificNeed(trx, ring, actorOf(req), req.params.personId, req.body));
        return reply.code(r.status).send(r.body);
      },
    );

    app.post(
      `${P}/people/:personId/flags`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Raise a flag by hand', params: S.PersonParams, body: S.NewFlag, response: { 201: R.Priority, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => raiseFlag(trx, actorOf(req), req.params.personId, req.body.code as never))),
    );

    app.post(
      `${P}/flags/:id/resolve`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Resolve a flag', params: S.IdParams, response: { 200: R.Priority, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => resolveFlag(trx, actorOf(req), req.params.id)),
    );

    app.post(
      `${P}/people/:personId/shares`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Share the file with another office', params: S.PersonParams, body: S.NewShare, response: { 201: R.Shared, ...STANDARD_ERRORS } } },
      async (req, reply) => reply.code(201).send(await db.transaction().execute((trx) => shareFile(trx, actorOf(req), req.params.personId, req.body.officeId))),
    );

    app.get(
      `${P}/queue`,
      { config: { scope: 'protection:read' }, schema: { tags: TAGS, summary: 'Files of your office, most urgent first', querystring: S.PageQuery, response: { 200: R.Queue, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listQueue(db, actorOf(req), req.query, localeOf(req)) }),
    );

    app.get(
      `${P}/tasks`,
      { config: { scope: 'protection:read' }, schema: { tags: TAGS, summary: 'Protection tasks of your office', querystring: S.TaskQuery, response: { 200: R.Tasks, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listTasks(db, actorOf(req), req.query.status) }),
    );

    app.post(
      `${P}/tasks/:id/done`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Mark a task done', params: S.IdParams, response: { 200: R.TaskDone, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => completeTask(trx, actorOf(req), req.params.id)),
    );

    app.get(
      `${P}/services`,
      { schema: { tags: TAGS, summary: 'Service directory, by place and need', querystring: S.ServiceQuery, response: { 200: R.ServiceList, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listServices(db, req.query) }),
    );

    app.post(
      `${P}/people/:personId/referrals`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Refer to a service (needs consent)', params: S.PersonParams, body: S.NewReferral, response: { 201: R.ReferralChange, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const r = await idempotent(db, req, 201, (trx) => sendReferral(trx, ring, actorOf(req), req.params.personId, req.body));
        return reply.code(r.status).send(r.body);
      },
    );

    app.get(
      `${P}/referrals/incoming`,
      { schema: { tags: TAGS, summary: 'Referrals sent to your agency (audited)', response: { 200: R.ReferralList, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return { items: await db.transaction().execute((trx) => listIncomingReferrals(trx, ring, actorOf(req))) };
      },
    );

    app.get(
      `${P}/referrals/:id`,
      { schema: { tags: TAGS, summary: 'One referral (audited)', params: S.IdParams, response: { 200: R.Referral, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        reply.header('cache-control', 'no-store');
        return db.transaction().execute((trx) => getReferral(trx, ring, actorOf(req), req.params.id));
      },
    );

    app.post(
      `${P}/referrals/:id/response`,
      { schema: { tags: TAGS, summary: 'Accept or decline a referral (receiving agency)', params: S.IdParams, body: S.ReferralResponse, response: { 200: R.ReferralChange, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => respondToReferral(trx, actorOf(req), req.params.id, req.body)),
    );

    app.post(
      `${P}/referrals/:id/completion`,
      { schema: { tags: TAGS, summary: 'Mark a referral completed (receiving agency)', params: S.IdParams, body: S.ReferralCompletion, response: { 200: R.ReferralChange, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => completeReferral(trx, actorOf(req), req.params.id, req.body.expectedVersion)),
    );

    app.post(
      `${P}/worker-reports`,
      { config: { scope: 'protection:write' }, schema: { tags: TAGS, summary: 'Raise a flag from a worker report (system clients)', body: S.WorkerReport, response: { 201: R.WorkerReportResult, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await db.transaction().execute((trx) =>
          raiseFlagFromWorkerReport(trx, { personId: req.body.personId, memberState: actor.memberState, indicators: req.body.indicators as WorkerReportIndicator[], actor }),
        );
        return reply.code(201).send(result);
      },
    );

    app.get(
      `${P}/exports/htcds`,
      { config: { scope: 'stats:read' }, schema: { tags: TAGS, summary: 'Anonymised trafficking cases (HTCDS shape, k-anonymous)', querystring: S.ExportQuery, response: { 200: R.HtcdsExport, ...STANDARD_ERRORS } } },
      async (req) => db.transaction().execute((trx) => exportHtcds(trx, ring, actorOf(req), req.query.k)),
    );
  };
}
