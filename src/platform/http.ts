/**
 * HTTP conventions shared by every domain: who is calling (deny by default), CSRF for
 * cookie sessions, one error format, idempotency keys on create endpoints.
 */
import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Actor } from './actor.ts';
import { canonicalJson } from './audit.ts';
import { findSessionActor, findTokenActor, SESSION_COOKIE } from './auth.ts';
import type { Db, Trx } from './db.ts';
import { createRateLimiter, type RateLimiter } from './rate-limit.ts';
import { DomainError, errorKey, statusOf, type ErrorCode } from './errors.ts';
import { pickLocale, translate, type Locale } from './i18n.ts';
import type { Scope } from './roles.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. Everything else needs an actor (deny by default). */
    public?: boolean;
    /** The scope an actor needs for this route. */
    scope?: Scope;
  }
}

export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    key: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Response schemas for the errors every authenticated route can answer. */
export const STANDARD_ERRORS = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  413: ErrorBody,
  415: ErrorBody,
  422: ErrorBody,
} as const;

export function errorBody(code: ErrorCode | string, message: string, details?: Record<string, unknown>): ErrorBody {
  return { error: { code, key: errorKey(code), message, ...(details ? { details } : {}) } };
}

function sendError(reply: FastifyReply, status: number, code: string, message: string, details?: Record<string, unknown>) {
  return reply.code(status).type('application/json').send(errorBody(code, message, details));
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthHooks(app: FastifyInstance, db: Db, publicWrites: RateLimiter = createRateLimiter(0)): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req, reply) => {
    const config = req.routeOptions.config;
    const ip = req.ip ?? null;
    const authz = req.headers.authorization;
    if (authz?.startsWith('Bearer ')) {
      req.actor = (await findTokenActor(db, authz.slice(7).trim(), ip)) ?? null;
      if (!req.actor) return sendError(reply, 401, 'AUTH_REQUIRED', 'The API token is not valid.');
    } else {
      const cookie = req.cookies?.[SESSION_COOKIE];
      if (cookie) {
        const found = await findSessionActor(db, cookie, ip);
        if (found) {
          req.actor = found.actor;
          req.csrfToken = found.csrfToken;
        }
      }
    }
    // Deny by default covers the API. Unknown URLs fall through to the 404 handler; the
    // web app's static files, /health and the API documentation are public.
    const url = req.routeOptions.url;
    if (!url || !url.startsWith('/api/') || url.startsWith('/api/docs')) return;
    if (config.public) {
      if (SAFE_METHODS.has(req.method)) return;
      const taken = publicWrites.take(ip ?? 'unknown');
      if (taken.ok) return;
      reply.header('retry-after', String(taken.retryAfterSeconds));
      return sendError(reply, 429, 'RATE_LIMITED', 'Too many requests from this address; wait and try again.', { retryAfterSeconds: taken.retryAfterSeconds });
    }
    if (!req.actor) return sendError(reply, 401, 'AUTH_REQUIRED', 'Sign in first.');
    if (req.actor.via === 'session' && !SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || sent !== req.csrfToken) {
        return sendError(reply, 403, 'AUTH_CSRF', 'The request did not carry the CSRF token of this session.');
      }
    }
    if (config.scope && !req.actor.scopes.has(config.scope)) {
      return sendError(reply, 403, 'FORBIDDEN', 'Your role does not allow this.');
    }
  });
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = pickLocale(req.headers['accept-language'], req.actor?.locale);
    if (err instanceof DomainError) {
      return sendError(reply, statusOf(err.code), err.code, err.message, localiseFields(err.details, locale));
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields = err.validation.map((v) => {
        const path = `${err.validationContext ?? 'body'}${v.instancePath ? v.instancePath.replaceAll('/', '.') : ''}`;
        // Schemas may name a translation key as their message (for example validation.phone).
        const key = v.message?.startsWith('validation.') ? v.message : `validation.${String(v.keyword)}`;
        return { path, code: String(v.keyword), key, message: translate(key, locale) ?? v.message ?? 'invalid' };
      });
      return sendError(reply, 400, 'VALIDATION_FAILED', 'Some fields are not valid.', { fields });
    }
    if (isResponseSerializationError(err)) {
      req.log.error({ err: { message: err.message, url: req.routeOptions.url } }, 'response did not match its schema');
      return sendError(reply, 500, 'INTERNAL', 'Something went wrong on our side.');
    }
    switch (err.code) {
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(reply, 400, 'INVALID_JSON', 'The body is not valid JSON.');
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, 413, 'BODY_TOO_LARGE', 'The body is too large.');
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
        return sendError(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON with Content-Type: application/json.');
    }
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) {
      return sendError(reply, err.statusCode, 'VALIDATION_FAILED', err.message);
    }
    // Never show internals; the log has them (with personal data redacted by the logger).
    req.log.error({ err }, 'unhandled error');
    return sendError(reply, 500, 'INTERNAL', 'Something went wrong on our side.');
  });
}

/** Field errors carry a translation key; their message follows the caller's language. */
function localiseFields(details: Record<string, unknown> | undefined, locale: Locale): Record<string, unknown> | undefined {
  if (!details || !Array.isArray(details.fields)) return details;
  const fields = (details.fields as { key?: string; params?: Record<string, unknown>; message?: string }[]).map((f) => ({
    ...f,
    message: (f.key && translate(f.key, locale, f.params)) ?? f.message,
  }));
  return { ...details, fields };
}

/** The actor of a route that is not public; the auth hook guarantees it exists. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('AUTH_REQUIRED');
  return req.actor;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,128}$/;

/**
 * Runs a create operation in a transaction, once per idempotency key: a retry with the
 * same key and body gets the first answer; the same key with another body is refused.
 * The key row is written in the same transaction, so a failed attempt leaves no trace.
 */
export async function idempotent<T, S extends number>(
  db: Db,
  req: FastifyRequest,
  status: S,
  run: (trx: Trx) => Promise<T>,
  /** What of the body identifies the request; secrets (a password) must be left out, since the hash is stored. */
  identity: (body: unknown) => unknown = (body) => body,
): Promise<{ status: S; body: T; replayed: boolean }> {
  const key = req.headers['idempotency-key'];
  if (key === undefined) {
    return db.transaction().execute(async (trx) => ({ status, body: await run(trx), replayed: false }));
  }
  if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
    throw new DomainError('VALIDATION_FAILED', 'Idempotency-Key must be 8 to 128 letters, digits or -_.:', {
      fields: [{ path: 'headers.idempotency-key', code: 'format', key: 'validation.idempotencyKey', message: 'invalid' }],
    });
  }
  const principal = req.actor ? `user:${req.actor.userId}` : 'public';
  const route = `${req.method} ${req.routeOptions.url ?? req.url}`;
  const requestHash = createHash('sha256').update(canonicalJson(identity(req.body ?? null) ?? null)).digest('hex');
  return db.transaction().execute(async (trx) => {
    // On PostgreSQL a concurrent twin waits here until the first commits or rolls back.
    const inserted = await trx
      .insertInto('idempotency_keys')
      .values({ key, principal, route, request_hash: requestHash })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!inserted) {
      const previous = await trx
        .selectFrom('idempotency_keys')
        .select(['request_hash', 'status_code', 'response_body'])
        .where('principal', '=', principal)
        .where('route', '=', route)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (previous.request_hash !== requestHash) {
        throw new DomainError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used with a different request.');
      }
      if (previous.status_code === null) throw new DomainError('IDEMPOTENCY_IN_PROGRESS');
      return { status: previous.status_code as S, body: previous.response_body as T, replayed: true };
    }
    const body = await run(trx);
    await trx
      .updateTable('idempotency_keys')
      .set({ status_code: status, response_body: sql`${JSON.stringify(body)}::jsonb` })
      .where('principal', '=', principal)
      .where('route', '=', route)
      .where('key', '=', key)
      .execute();
    return { status, body, replayed: false };
  });
}
