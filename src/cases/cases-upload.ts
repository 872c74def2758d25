/**
 * Receiving one uploaded file from a multipart request, for staff and applicants alike.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../platform/errors.ts';
import { DocumentType } from './cases.schemas.ts';
import { MAX_DOCUMENT_BYTES, storeFile, type StoredFile } from './service/documents.ts';

export const UploadQuery = z.strictObject({ type: DocumentType, taskId: z.uuid().optional() });

export const MULTIPART_OPTIONS = { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1000 } };

export async function receiveUpload(req: FastifyRequest, filesDir: string, memberState: string): Promise<{ file: StoredFile; fileName: string }> {
  if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE', 'Send the document as multipart/form-data with one file.');
  let part;
  try {
    part = await req.file(MULTIPART_OPTIONS);
  } catch (err) {
    throw new DomainError('VALIDATION_FAILED', err instanceof Error ? err.message : 'The upload could not be read.');
  }
  if (!part) throw new DomainError('VALIDATION_FAILED', 'The request carries no file.');
  const file = await storeFile(filesDir, memberState, part.mimetype, part.file);
  return { file, fileName: part.filename || 'document' };
}
