/**
 * Staff routes for case documents: upload (multipart, type allow-list, size limit, checksum) and
 * download (access checked through the case, audited).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Db } from '../platform/db.ts';
import { actorOf, STANDARD_ERRORS } from '../platform/http.ts';
import { MULTIPART_OPTIONS, receiveUpload, UploadQuery } from './cases-upload.ts';
import { CaseDocument } from './cases.responses.ts';
import { CaseChildParams, CaseParams } from './cases.schemas.ts';
import { assertOpen } from './service/case-support.ts';
import { attachDocument, getVisibleCase, openDocument, removeStoredFile } from './service/documents.ts';

export function documentRoutes(db: Db, config: Config): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, MULTIPART_OPTIONS);

    app.post(
      '/api/cases/:id/documents',
      {
        config: { scope: 'cases:write' },
        schema: { tags: ['cases'], summary: 'Upload a document (PDF, JPEG or PNG, at most 10 MB)', consumes: ['multipart/form-data'], params: CaseParams, querystring: UploadQuery, response: { 201: CaseDocument, ...STANDARD_ERRORS } },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        // Check access before anything is written to disk.
        const c = await getVisibleCase(db, actor, req.params.id);
        assertOpen(c);
        const { file, fileName } = await receiveUpload(req, config.filesDir, c.member_state);
        try {
          const doc = await db.transaction().execute(async (trx) => {
            const fresh = await getVisibleCase(trx, actor, c.id);
            return attachDocument(trx, actor, fresh, file, { type: req.query.type, fileName, taskId: req.query.taskId }, false);
          });
          return reply.code(201).send(doc);
        } catch (err) {
          await removeStoredFile(config.filesDir, file.storageKey);
          throw err;
        }
      },
    );

    app.get(
      '/api/cases/:id/documents/:childId',
      { config: { scope: 'cases:read' }, schema: { tags: ['cases'], summary: 'Download a document (audited)', params: CaseChildParams, response: { 200: z.unknown(), ...STANDARD_ERRORS } } },
      async (req, reply) => {
        const doc = await openDocument(db, actorOf(req), config.filesDir, req.params.id, req.params.childId);
        return reply
          .header('content-type', doc.contentType)
          .header('content-length', String(doc.sizeBytes))
          .header('content-disposition', `attachment; filename="${encodeURIComponent(doc.fileName)}"`)
          .header('x-content-type-options', 'nosniff')
          .header('cache-control', 'no-store')
          .header('digest', `sha-256=${Buffer.from(doc.sha256, 'hex').toString('base64')}`)
          .send(doc.open());
      },
    );
  };
}
