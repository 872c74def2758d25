/**
 * Documents: stored outside the database under the files directory (DATA_DIR/files by default),
 * with their SHA-256 checksum, size and type. Only PDF, JPEG and PNG are taken, and the first
 * bytes must match the declared type, so a renamed executable or HTML page is refused. Downloads
 * check access to the case and are audited.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import type { Actor } from '../../platform/actor.ts';
import { auditActorOf } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Db, Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import * as q from '../cases.queries.ts';
import type { DocumentType } from '../cases.schemas.ts';
import { assertOpen, getVisibleCase, recordCaseEvent, toDocument } from './case-support.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const SIGNATURES: Record<string, number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};
export const ALLOWED_CONTENT_TYPES = Object.keys(SIGNATURES);

export interface StoredFile {
  storageKey: string;
  sha256: string;
  sizeBytes: number;
  contentType: string;
}

function matchesSignature(head: Buffer, contentType: string): boolean {
  const sig = SIGNATURES[contentType];
  return sig !== undefined && head.length >= sig.length && sig.every((b, i) => head[i] === b);
}

/**
 * Streams an upload to disk, hashing as it goes; a file over the limit or whose content does not
 * match its type is removed and refused.
 */
export async function storeFile(filesDir: string, memberState: string, contentType: string, file: Readable & { truncated?: boolean }): Promise<StoredFile> {
  if (!ALLOWED_CONTENT_TYPES.includes(contentType)) {
    file.resume();
    throw new DomainError('CASE_DOCUMENT_TYPE_REFUSED', `Send PDF, JPEG or PNG, not ${contentType}.`);
  }
  const month = new Date().toISOString().slice(0, 7);
  const storageKey = path.posix.join(memberState, month, randomUUID());
  const finalPath = path.join(filesDir, storageKey);
  const partPath = `${finalPath}.part`;
  await mkdir(path.dirname(finalPath), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      if (head.length < 16) head = Buffer.concat([head, chunk.subarray(0, 16 - head.length)]);
      done(null, chunk);
    },
  });
  try {
    await pipeline(file, meter, createWriteStream(partPath, { mode: 0o600 }));
    if (file.truncated || size > MAX_DOCUMENT_BYTES) throw new DomainError('CASE_DOCUMENT_TOO_LARGE', `Documents are at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    if (size === 0) throw new DomainError('VALIDATION_FAILED', 'The file is empty.');
    if (!matchesSignature(head, contentType)) throw new DomainError('CASE_DOCUMENT_TYPE_REFUSED', 'The content of the file does not match its type.');
    await rename(partPath, finalPath);
  } catch (err) {
    await rm(partPath, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('CASE_DOCUMENT_TOO_LARGE', `Documents are at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    throw err;
  }
  return { storageKey, sha256: hash.digest('hex'), sizeBytes: size, contentType };
}

export async function removeStoredFile(filesDir: string, storageKey: string): Promise<void> {
  await rm(path.join(filesDir, storageKey), { force: true });
}

export interface DocumentMeta {
  type: DocumentType;
  fileName: string;
  taskId?: string;
}

/** Records a stored file on a case; completes the applicant's task the document answers, if named. */
export async function attachDocument(
  trx: Trx,
  actor: Actor,
  c: { id: string; member_state: string; stage: string; case_number: string; status: string },
  file: StoredFile,
  meta: DocumentMeta,
  byApplicant: boolean,
) {
  assertOpen(c);
  if (meta.taskId) {
    const task = await trx.selectFrom('case_tasks').select(['id', 'status', 'for_applicant']).where('id', '=', meta.taskId).where('case_id', '=', c.id).executeTakeFirst();
    if (!task || (byApplicant && !task.for_applicant)) throw new DomainError('CASE_TASK_NOT_FOUND');
    if (task.status !== 'open') throw new DomainError('CASE_TASK_NOT_OPEN', 'The task is already finished.');
  }
  const id = randomUUID();
  const row = await trx
    .insertInto('case_documents')
    .values({
      id,
      case_id: c.id,
      member_state: c.member_state,
      type: meta.type,
      file_name: meta.fileName.slice(0, 255),
      content_type: file.contentType,
      size_bytes: file.sizeBytes,
      sha256: file.sha256,
      storage_key: file.storageKey,
      task_id: meta.taskId ?? null,
      uploaded_by: actor.userId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (meta.taskId) {
    await trx.updateTable('case_tasks').set({ status: 'done', completed_by: actor.userId, completed_at: new Date() }).where('id', '=', meta.taskId).execute();
  }
  await recordCaseEvent(trx, actor, c, {
    kind: 'document_uploaded',
    details: { documentId: id, type: meta.type, sha256: file.sha256, sizeBytes: file.sizeBytes, byApplicant },
    visibleToApplicant: byApplicant,
  });
  return toDocument(row);
}

/** Checks access, audits the read, and opens the file. */
export async function openDocument(db: Db, actor: Actor, filesDir: string, caseId: string, documentId: string) {
  return db.transaction().execute(async (trx) => {
    const c = await getVisibleCase(trx, actor, caseId);
    const doc = await q.findDocumentRow(trx, c.id, documentId);
    if (!doc) throw new DomainError('CASE_DOCUMENT_NOT_FOUND');
    // A file lost from the files directory is reported as missing, not as a server error.
    const found = await access(path.join(filesDir, doc.storage_key)).then(() => true, () => false);
    if (!found) throw new DomainError('CASE_DOCUMENT_NOT_FOUND', 'The file of this document is missing from storage.');
    await recordAudit(trx, auditActorOf(actor), {
      action: 'case.document_downloaded',
      recordType: 'case_document',
      recordId: doc.id,
      details: { caseId: c.id, caseNumber: c.case_number, type: doc.type },
    });
    return {
      fileName: doc.file_name,
      contentType: doc.content_type,
      sizeBytes: doc.size_bytes,
      sha256: doc.sha256,
      open: () => createReadStream(path.join(filesDir, doc.storage_key)),
    };
  });
}

export { getVisibleCase };
