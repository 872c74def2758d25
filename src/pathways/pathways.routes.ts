import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../platform/db.ts';
import { actorOf, STANDARD_ERRORS } from '../platform/http.ts';
import { pickLocale } from '../platform/i18n.ts';
import { getJob, runJob } from '../platform/jobs.ts';
import { availabilityOn, findRuleVersion } from './catalogue/catalogue.ts';
import type { Language } from './catalogue/programme.schemas.ts';
import { LANGUAGES } from './engine/messages.ts';
import { loadProgrammes } from './catalogue-store.ts';
import type { Keyring } from '../platform/crypto.ts';
import { addRuleVersion, rescreenProgramme } from './rescreen.ts';
import { listHouseholdPathways, screenHousehold, today } from './screen-household.ts';

const Lang = z.strictObject({ lang: z.enum(LANGUAGES).optional() });
const Source = z.object({ citation: z.string(), url: z.string().optional() });

const ProgrammeSummary = z.object({
  code: z.string(),
  name: z.string(),
  hostMemberState: z.string(),
  kind: z.string(),
  status: z.string(),
  availability: z.string(),
  closedOn: z.string().nullable(),
  currentRuleVersion: z.string().nullable(),
  ruleVersions: z.array(z.object({ version: z.string(), effectiveFrom: z.string(), effectiveTo: z.string().nullable(), changeNote: z.string() })),
  nextSteps: z.string(),
  sources: z.array(Source),
});

const Pathway = z.object({
  programmeCode: z.string(),
  programmeName: z.string(),
  hostMemberState: z.string(),
  kind: z.string(),
  programmeStatus: z.string(),
  outcome: z.enum(['eligible', 'not_eligible', 'needs_information']),
  outcomeText: z.string(),
  ruleVersion: z.string(),
  asOf: z.string(),
  screenedAt: z.string(),
  nextSteps: z.string(),
  missingFacts: z.array(z.string()),
  criteria: z.array(z.object({ id: z.string(), depth: z.number(), result: z.string(), resultText: z.string(), text: z.string(), source: Source.optional() })),
});

const Job = z.object({
  id: z.uuid(),
  kind: z.string(),
  status: z.string(),
  progressDone: z.number(),
  progressTotal: z.number(),
  params: z.record(z.string(), z.unknown()),
  result: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

function languageOf(lang: Language | undefined, acceptLanguage: string | undefined, fallback?: string): Language {
  return lang ?? pickLocale(acceptLanguage, fallback);
}

export function pathwaysRoutes(db: Db, ring: Keyring): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/pathways/programmes',
      {
        config: { public: true },
        schema: { tags: ['pathways'], summary: 'The programme catalogue, with status and rule versions', querystring: Lang, response: { 200: z.object({ items: z.array(ProgrammeSummary) }), ...STANDARD_ERRORS } },
      },
      async (req) => {
        const language = languageOf(req.query.lang, req.headers['accept-language']);
        const asOf = today();
        const programmes = await loadProgrammes(db);
        return {
          items: programmes.map((p) => ({
            code: p.code,
            name: p.name[language],
            hostMemberState: p.hostState,
            kind: p.kind,
            status: p.status,
            availability: availabilityOn(p, asOf),
            closedOn: p.closedOn ?? null,
            currentRuleVersion: findRuleVersion(p, asOf)?.version ?? null,
            ruleVersions: p.ruleVersions.map((v) => ({ version: v.version, effectiveFrom: v.effectiveFrom, effectiveTo: v.effectiveTo ?? null, changeNote: v.changeNote })),
            nextSteps: p.nextSteps[language],
            sources: p.sources,
          })),
        };
      },
    );

    app.post(
      '/api/pathways/programmes/:code/rule-versions',
      {
        config: { scope: 'pathways:admin' },
        schema: {
          tags: ['pathways'],
          summary: "Add a rule version to one of your member state's programmes; everyone affected is re-screened by a job",
          params: z.strictObject({ code: z.string().regex(/^[a-z0-9_]+$/) }),
          body: z.record(z.string(), z.unknown()),
          response: { 202: z.object({ jobId: z.uuid(), version: z.string() }), ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await db.transaction().execute((trx) => addRuleVersion(trx, actor, req.params.code, req.body));
        // The job runs after the commit and records its own progress and failure.
        setImmediate(() => void runJob(db, result.jobId, (ctx) => rescreenProgramme(db, ring, ctx, req.params.code)));
        return reply.code(202).send(result);
      },
    );

    app.post(
      '/api/pathways/households/:id/screenings',
      {
        schema: {
          tags: ['pathways'],
          summary: 'Screen a household against every programme taking applications',
          params: z.strictObject({ id: z.uuid() }),
          response: { 201: z.object({ programmes: z.number() }), ...STANDARD_ERRORS },
        },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const programmes = await db.transaction().execute((trx) => screenHousehold(trx, ring, actor, req.params.id));
        return reply.code(201).send({ programmes });
      },
    );

    app.get(
      '/api/pathways/households/:id/pathways',
      {
        schema: {
          tags: ['pathways'],
          summary: 'Your possible pathways and why: ranked, criterion by criterion, in your language',
          params: z.strictObject({ id: z.uuid() }),
          querystring: Lang,
          response: { 200: z.object({ items: z.array(Pathway) }), ...STANDARD_ERRORS },
        },
      },
      async (req) => {
        const actor = actorOf(req);
        const language = languageOf(req.query.lang, req.headers['accept-language'], actor.locale);
        return { items: await listHouseholdPathways(db, actor, req.params.id, language) };
      },
    );

    app.get(
      '/api/jobs/:id',
      { schema: { tags: ['platform'], summary: 'Progress of a job', params: z.strictObject({ id: z.uuid() }), response: { 200: Job, ...STANDARD_ERRORS } } },
      async (req) => getJob(db, actorOf(req), req.params.id),
    );
  };
}
