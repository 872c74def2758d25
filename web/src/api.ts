/**
 * The web app's only way to the server: same-origin JSON with the HTTP-only session cookie, the CSRF
 * token on every state-changing request, and every failure as an ApiError that carries the server's
 * translation key, so the page can show the error in the reader's language.
 */

import i18next from 'i18next';
import type { MemberState } from '../../src/pact/pact.schemas.ts';
import type { Role, Scope } from '../../src/platform/roles.ts';

export type { MemberState, Role, Scope };

/** The signed-in user as GET /api/auth/me describes them. */
export type User = {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  /** What the roles allow; the menu offers a page only to those whose scopes open its API. */
  scopes: Scope[];
  memberState: string;
  agency: { id: string; name: string; kind: string } | null;
  office: { id: string; name: string } | null;
  locale: string;
};

type SessionBody = { user: User; csrfToken: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly key: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

// Kept in memory only: the token is handed out with the session and is useless without its cookie.
let csrfToken: string | undefined;
const sessionEndedListeners = new Set<() => void>();

/** Calls `listener` when the server says the session is gone (expired, or ended on another device). */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

function toApiError(status: number, payload: unknown): ApiError {
  const error = (payload as { error?: Partial<Record<'code' | 'key' | 'message', unknown>> & { details?: unknown } })
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.key === 'string') {
    return new ApiError(status, error.code, error.key, String(error.message ?? error.code), error.details);
  }
  return new ApiError(status, 'UNEXPECTED', 'errors.UNEXPECTED', `HTTP ${status}`);
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<T> {
  // The server writes the messages it sends (field errors, say) in the reader's language.
  const headers: Record<string, string> = { ...extraHeaders, accept: 'application/json', 'accept-language': i18next.language };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'errors.NETWORK', 'The server could not be reached.');
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = toApiError(response.status, payload);
    if (error.code === 'AUTH_REQUIRED' && csrfToken) {
      csrfToken = undefined;
      sessionEndedListeners.forEach((listener) => listener());
    }
    throw error;
  }
  if (payload === undefined) throw toApiError(response.status, payload);
  return payload as T;
}

/** The current session, or undefined when nobody is signed in on this browser. */
export async function findSession(): Promise<User | undefined> {
  try {
    const session = await request<SessionBody>('GET', '/api/auth/me');
    csrfToken = session.csrfToken;
    return session.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return undefined;
    throw error;
  }
}

export async function signIn(email: string, password: string): Promise<User> {
  const session = await request<SessionBody>('POST', '/api/auth/sign-in', { email, password });
  csrfToken = session.csrfToken;
  return session.user;
}

export async function signOut(): Promise<void> {
  await request<void>('POST', '/api/auth/sign-out');
  csrfToken = undefined;
}

/** Ends every session of the signed-in user, on every device. */
export async function signOutEverywhere(): Promise<void> {
  await request<void>('POST', '/api/auth/sign-out-everywhere');
  csrfToken = undefined;
}

export async function listMemberStates(): Promise<MemberState[]> {
  const body = await request<{ items: MemberState[] }>('GET', '/api/pact/member-states');
  return body.items;
}

export type AuditEvent = {
  seq: number;
  occurredAt: string;
  actorUserId: string | null;
  actorAgencyId: string | null;
  memberState: string | null;
  action: string;
  recordType: string;
  recordId: string | null;
  ip: string | null;
};

export type AuditVerification = { ok: boolean; rows: number; brokenSeq?: number };

/** A page of the audit trail of the reader's member state, newest first; `beforeSeq` pages back. */
export async function listAuditEvents(options: { beforeSeq?: number; limit: number }): Promise<AuditEvent[]> {
  const query = new URLSearchParams({ limit: String(options.limit) });
  if (options.beforeSeq !== undefined) query.set('beforeSeq', String(options.beforeSeq));
  const body = await request<{ items: AuditEvent[] }>('GET', `/api/audit/events?${query}`);
  return body.items;
}

export async function verifyAuditChain(): Promise<AuditVerification> {
  return request<AuditVerification>('GET', '/api/audit/verify');
}

/** Sends one file as multipart/form-data, with the session's CSRF token (the cases feature's documents). */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK', 'errors.NETWORK', 'The server could not be reached.');
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload as T;
}
