/**
 * The applicant's routes: their cases in their language, applying, replying to the caseworker and
 * uploading the documents they are asked for.
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db.ts';
import { actorOf, idempotent, STANDARD_ERRORS } from '../platform/http.ts';
import { MULTIPART_OPTIONS, receiveUpload, UploadQuery } from './cases-upload.ts';
import { ApplicantCase, ApplicantCases, CaseDocument } from './cases.responses.ts';
import { Apply, CaseParams, LangQuery, NewMessage } from './cases.schemas.ts';
import { getApplicantCaseRow, getMyCase, listMyCases, replyToCaseworker } from './service/applicant-view.ts';
import { assertOpen } from './service/case-support.ts';
import { attachDocument, removeStoredFile } from './service/documents.ts';
import { applyForProgramme } from './service/open-case.ts';

const TAGS = ['cases (applicant)'];
const Changed = z.object({ id: z.uuid(), caseNumber: z.string().optional() });

export function applicantRoutes(db: Db, config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, MULTIPART_OPTIONS);

    app.get(
      '/api/my/cases',
      { config: { scope: 'self:read' }, schema: { tags: TAGS, summary: 'My cases, in plain language', querystring: LangQuery, response: { 200: ApplicantCases, ...STANDARD_ERRORS } } },
      async (req) => ({ items: await listMyCases(db, actorOf(req), req.query.lang) }),
    );

    app.get(
      '/api/my/cases/:id',
      { config: { scope: 'self:read' }, schema: { tags: TAGS, params: CaseParams, querystring: LangQuery, response: { 200: ApplicantCase, ...STANDARD_ERRORS } } },
      async (req) => getMyCase(db, actorOf(req), req.params.id, req.query.lang),
    );

    app.post(
      '/api/my/cases',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Apply to a programme', body: Apply, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const actor = actorOf(req);
        const result = await idempotent(db, req, 201, (trx) => applyForProgramme(trx, actor, req.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/my/cases/:id/messages',
      { config: { scope: 'self:write' }, schema: { tags: TAGS, summary: 'Reply to my caseworker', params: CaseParams, body: NewMessage, response: { 201: Changed, ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const result = await idempotent(db, req, 201, (trx) => replyToCaseworker(trx, actorOf(req), req.params.id, req.body.body));
        return reply.code(result.status).send(result.body);
      },
    );

    app.post(
      '/api/my/cases/:id/documents',
      {
        config: { scope: 'self:write' },
        schema: { tags: TAGS, summary: 'Upload a document I was asked for', consumes: ['multipart/form-data'], params: CaseParams, querystring: UploadQuery, response: { 201: CaseDocument, ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const c = await getApplicantCaseRow(db, actor, req.params.id);
        assertOpen(c);
        const { file, fileName } = await receiveUpload(req, config.filesDir, c.member_state);
        try {
          const doc = await db.transaction().execute(async (trx) => {
            const fresh = await getApplicantCaseRow(trx, actor, c.id);
            return attachDocument(trx, actor, fresh, file, { type: req.query.type, fileName, taskId: req.query.taskId }, true);
          });
          return reply.code(201).send(doc);
        } catch (err) {
          await removeStoredFile(config.filesDir, file.storageKey);
          throw err;
        }
      },
    );
  };
}
