/**
 * Authentication: argon2id passwords, server-side sessions (the cookie holds a random
 * value; the database holds its SHA-256), a CSRF token per session, lockout after repeated
 * failures, sign-out everywhere, and hashed, scoped, revocable API tokens.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash as argonHash, verify as argonVerify } from '@node-rs/argon2';
import type { Db, Executor, Trx } from './db.ts';
import type { Actor } from './actor.ts';
import { auditActorOf } from './actor.ts';
import { recordAudit } from './audit.ts';
import { DomainError } from './errors.ts';
import { isRole, scopesOf, type Role, type Scope } from './roles.ts';

export const SESSION_COOKIE = 'puente_session';
export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MINUTES = 15;

/** OWASP's argon2id minimum (m=19 MiB, t=2, p=1). */
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
/** Verifying against this keeps the timing of unknown and known emails alike. */
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return argonHash(password, ARGON2_OPTIONS);
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export interface SignInResult {
  sessionToken: string;
  csrfToken: string;
  userId: string;
  expiresAt: Date;
}

/**
 * Checks the password and opens a session. Failures count towards a lockout; a locked
 * account answers AUTH_LOCKED even with the right password until the lock ends.
 */
export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string | null; ttlHours: number },
): Promise<SignInResult> {
  // Applicants may sign in with their phone number (E.164) instead of an email.
  const identifier = input.email.trim();
  const phone = /^\+?[\d\s().-]{7,}$/.test(identifier) ? `+${identifier.replace(/\D/g, '')}` : undefined;
  const user = await db
    .selectFrom('users')
    .select(['id', 'password_hash', 'failed_sign_ins', 'locked_until', 'disabled_at', 'member_state', 'agency_id'])
    .where((eb) => (phone ? eb('phone', '=', phone) : eb(eb.fn('lower', ['email']), '=', identifier.toLowerCase())))
    .executeTakeFirst();
  const now = new Date();
  if (!user || !user.password_hash || user.disabled_at) {
    dummyHash ??= hashPassword('not-a-real-password');
    await argonVerify(await dummyHash, input.password).catch(() => false);
    throw new DomainError('AUTH_INVALID_CREDENTIALS', 'Email or password is wrong.');
  }
  if (user.locked_until && new Date(user.locked_until) > now) {
    throw new DomainError('AUTH_LOCKED', 'Too many failed sign-ins; try again later.', {
      lockedUntil: new Date(user.locked_until).toISOString(),
    });
  }
  const ok = await argonVerify(user.password_hash, input.password).catch(() => false);
  const actor = { userId: user.id, agencyId: user.agency_id, memberState: user.member_state, ip: input.ip };
  if (!ok) {
    await db.transaction().execute(async (trx) => {
      const failed = user.failed_sign_ins + 1;
      const lock = failed >= MAX_FAILED_SIGN_INS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
      await trx
        .updateTable('users')
        .set({ failed_sign_ins: lock ? 0 : failed, locked_until: lock })
        .where('id', '=', user.id)
        .execute();
      await recordAudit(trx, actor, {
        action: lock ? 'auth.locked' : 'auth.sign_in_failed',
        recordType: 'user',
        recordId: user.id,
      });
    });
    throw new DomainError('AUTH_INVALID_CREDENTIALS', 'Email or password is wrong.');
  }
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_sign_ins: 0, locked_until: null }).where('id', '=', user.id).execute();
    return openSession(trx, user.id, input);
  });
}

/**
 * Opens a session for a user whose identity was just established (a right password, or the
 * account created in this same request), with its audit row.
 */
export async function openSession(trx: Trx, userId: string, input: { ip: string | null; ttlHours: number }): Promise<SignInResult> {
  const user = await trx.selectFrom('users').select(['agency_id', 'member_state']).where('id', '=', userId).executeTakeFirstOrThrow();
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(Date.now() + input.ttlHours * 3_600_000);
  await trx
    .insertInto('sessions')
    .values({ id_hash: sha256(sessionToken), user_id: userId, csrf_token: csrfToken, expires_at: expiresAt, ip: input.ip })
    .execute();
  await recordAudit(trx, { userId, agencyId: user.agency_id, memberState: user.member_state, ip: input.ip }, { action: 'auth.sign_in', recordType: 'user', recordId: userId });
  return { sessionToken, csrfToken, userId, expiresAt };
}

interface UserRowForActor {
  id: string;
  email: string | null;
  phone: string | null;
  display_name: string;
  member_state: string;
  agency_id: string | null;
  office_id: string | null;
  roles: string[];
  locale: string;
  jurisdictions: string[] | null;
}

function actorFromRow(row: UserRowForActor, extra: Pick<Actor, 'via' | 'ip' | 'sessionHash' | 'tokenId'>, scopes?: Set<Scope>): Actor {
  const roles = row.roles.filter(isRole) as Role[];
  return {
    userId: row.id,
    email: row.email ?? row.phone ?? '',
    displayName: row.display_name,
    memberState: row.member_state,
    agencyId: row.agency_id,
    officeId: row.office_id,
    jurisdictions: row.jurisdictions ?? [],
    roles,
    scopes: scopes ?? scopesOf(roles),
    locale: row.locale,
    ...extra,
  };
}

function userWithOffice(db: Executor) {
  return db
    .selectFrom('users')
    .leftJoin('offices', 'offices.id', 'users.office_id')
    .select([
      'users.id',
      'users.email',
      'users.phone',
      'users.display_name',
      'users.member_state',
      'users.agency_id',
      'users.office_id',
      'users.roles',
      'users.locale',
      'offices.jurisdictions',
    ])
    .where('users.disabled_at', 'is', null);
}

export interface SessionActor {
  actor: Actor;
  csrfToken: string;
}

/**
 * The session's user and office in one statement: every authenticated request starts here, so it
 * is one round trip (sessions by primary key, users by primary key, offices by primary key).
 */
export async function findSessionActor(db: Db, sessionToken: string, ip: string | null): Promise<SessionActor | undefined> {
  const idHash = sha256(sessionToken);
  const row = await userWithOffice(db)
    .innerJoin('sessions', 'sessions.user_id', 'users.id')
    .select(['sessions.csrf_token', 'sessions.expires_at'])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= new Date()) return undefined;
  return { actor: actorFromRow(row, { via: 'session', ip, sessionHash: idHash }), csrfToken: row.csrf_token };
}

export async function findTokenActor(db: Db, token: string, ip: string | null): Promise<Actor | undefined> {
  const row = await db
    .selectFrom('api_tokens')
    .select(['id', 'user_id', 'scopes'])
    .where('token_hash', '=', sha256(token))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (!row) return undefined;
  const user = await userWithOffice(db).where('users.id', '=', row.user_id).executeTakeFirst();
  if (!user) return undefined;
  // A token never holds more than its user does today: roles may have been taken away.
  const held = scopesOf(user.roles);
  const scopes = new Set(row.scopes.filter((s): s is Scope => held.has(s as Scope)));
  await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute();
  return actorFromRow(user, { via: 'token', ip, tokenId: row.id }, scopes);
}

export async function signOut(trx: Trx, actor: Actor): Promise<void> {
  if (actor.sessionHash) await trx.deleteFrom('sessions').where('id_hash', '=', actor.sessionHash).execute();
  await recordAudit(trx, auditActorOf(actor), { action: 'auth.sign_out', recordType: 'user', recordId: actor.userId });
}

export async function signOutEverywhere(trx: Trx, actor: Actor): Promise<number> {
  const result = await trx.deleteFrom('sessions').where('user_id', '=', actor.userId).executeTakeFirst();
  const count = Number(result.numDeletedRows);
  await recordAudit(trx, auditActorOf(actor), {
    action: 'auth.sign_out_everywhere',
    recordType: 'user',
    recordId: actor.userId,
    details: { sessions: count },
  });
  return count;
}

export interface ApiTokenView {
  id: string;
  name: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function tokenView(row: {
  id: string;
  name: string;
  scopes: string[];
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    scopes: row.scopes,
    createdAt: new Date(row.created_at).toISOString(),
    lastUsedAt: row.last_used_at ? new Date(row.last_used_at).toISOString() : null,
    revokedAt: row.revoked_at ? new Date(row.revoked_at).toISOString() : null,
  };
}

/** Creates a token for the actor's own user; the secret is shown once and never stored. */
export async function createApiToken(
  trx: Trx,
  actor: Actor,
  input: { name: string; scopes: Scope[] },
): Promise<{ token: string; view: ApiTokenView }> {
  const notHeld = input.scopes.filter((s) => !actor.scopes.has(s));
  if (notHeld.length > 0) {
    throw new DomainError('TOKEN_SCOPE_NOT_HELD', 'A token cannot hold scopes its user does not have.', { scopes: notHeld });
  }
  const token = `pnt_${randomToken()}`;
  const row = await trx
    .insertInto('api_tokens')
    .values({ id: randomUUID(), name: input.name, token_hash: sha256(token), user_id: actor.userId, scopes: input.scopes })
    .returning(['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'])
    .executeTakeFirstOrThrow();
  await recordAudit(trx, auditActorOf(actor), {
    action: 'token.create',
    recordType: 'api_token',
    recordId: row.id,
    details: { name: input.name, scopes: input.scopes },
  });
  return { token, view: tokenView(row) };
}

export async function listApiTokens(db: Executor, actor: Actor): Promise<ApiTokenView[]> {
  const rows = await db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'scopes', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', actor.userId)
    .orderBy('created_at', 'desc')
    .execute();
  return rows.map(tokenView);
}

export async function revokeApiToken(trx: Trx, actor: Actor, id: string): Promise<void> {
  const result = await trx
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('user_id', '=', actor.userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new DomainError('TOKEN_NOT_FOUND');
  await recordAudit(trx, auditActorOf(actor), { action: 'token.revoke', recordType: 'api_token', recordId: id });
}
