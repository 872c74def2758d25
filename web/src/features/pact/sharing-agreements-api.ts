/**
 * Data-sharing agreements between member states, for pact administrators: list, record, end.
 */
import { ApiError, request } from '../../api.ts';
import type { NewSharingAgreement, SharingAgreement, SharingPurpose } from '../../../../src/pact/sharing-agreements.schemas.ts';

export type { NewSharingAgreement, SharingAgreement, SharingPurpose };

export const SHARING_PURPOSES: readonly SharingPurpose[] = ['deduplication', 'tracing'];

export async function listSharingAgreements(): Promise<SharingAgreement[]> {
  return (await request<{ items: SharingAgreement[] }>('GET', '/api/pact/sharing-agreements')).items;
}

/** Records one agreement per purpose; the key makes a retry of the same submission record it once. */
export async function createSharingAgreements(body: NewSharingAgreement, idempotencyKey: string): Promise<SharingAgreement[]> {
  return (await request<{ items: SharingAgreement[] }>('POST', '/api/pact/sharing-agreements', body, { 'idempotency-key': idempotencyKey })).items;
}

export function endSharingAgreement(id: string, body: { endsOn: string; reason: string }): Promise<SharingAgreement> {
  return request('POST', `/api/pact/sharing-agreements/${encodeURIComponent(id)}/end`, body);
}

/** The server's field errors (path and message in the reader's language), when it sent any. */
export function fieldMessagesOf(error: unknown): { path: string; message: string }[] {
  const fields = error instanceof ApiError ? (error.details as { fields?: unknown } | undefined)?.fields : undefined;
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is { path: string; message: string } => typeof f?.path === 'string' && typeof f?.message === 'string');
}
