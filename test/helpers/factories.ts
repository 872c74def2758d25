/**
 * Factories: insert<Thing>(db, overrides) with sensible defaults, and sign-in helpers.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../../src/platform/auth.ts';
import type { Db } from '../../src/platform/db.ts';

export const TEST_PASSWORD = 'Test-password-123!';
let cachedHash: Promise<string> | undefined;

export interface TestUser {
  id: string;
  email: string;
  memberState: string;
  agencyId: string | null;
  officeId: string | null;
}

/** An office by name from the demo data, with its agency. */
export async function findOffice(db: Db, name: string): Promise<{ id: string; agencyId: string; memberState: string }> {
  const row = await db
    .selectFrom('offices')
    .select(['id', 'agency_id', 'member_state'])
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return { id: row.id, agencyId: row.agency_id, memberState: row.member_state };
}

export async function insertUser(
  db: Db,
  overrides: { roles: string[]; office?: string; memberState?: string; agencyName?: string; email?: string; locale?: string },
): Promise<TestUser> {
  cachedHash ??= hashPassword(TEST_PASSWORD);
  let memberState = overrides.memberState ?? 'MX';
  let agencyId: string | null = null;
  let officeId: string | null = null;
  if (overrides.office) {
    const office = await findOffice(db, overrides.office);
    ({ memberState } = office);
    agencyId = office.agencyId;
    officeId = office.id;
  } else if (overrides.agencyName) {
    const agency = await db.selectFrom('agencies').select(['id', 'member_state']).where('name', '=', overrides.agencyName).executeTakeFirstOrThrow();
    agencyId = agency.id;
    memberState = agency.member_state;
  }
  const id = randomUUID();
  const email = overrides.email ?? `${overrides.roles[0]}-${id.slice(0, 8)}@test.puente.test`;
  await db
    .insertInto('users')
    .values({
      id,
      email,
      display_name: `Test ${overrides.roles.join(' ')}`,
      password_hash: await cachedHash,
      member_state: memberState,
      agency_id: agencyId,
      office_id: officeId,
      roles: overrides.roles,
      locale: overrides.locale ?? 'en',
    })
    .execute();
  return { id, email, memberState, agencyId, officeId };
}

export interface Session {
  cookie: string;
  csrf: string;
  /** Headers for inject(): the cookie and the CSRF token. */
  headers: Record<string, string>;
}

export async function signInAs(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${email} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.headers['set-cookie'];
  const raw = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  const cookie = String(raw).split(';')[0];
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return { cookie, csrf, headers: { cookie, 'x-csrf-token': csrf } };
}

/** Counts rows of a table, to show that a refused request changed nothing. */
export async function countRows(db: Db, table: 'users' | 'member_states' | 'agencies' | 'offices' | 'audit_events' | 'api_tokens'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface JobView {
  status: string;
  progressDone: number;
  progressTotal: number;
  result: Record<string, unknown> | null;
  error: string | null;
}

/** Polls a background job until it has succeeded or failed (through `/api/jobs/:id` or a domain's own job URL). */
export async function waitForJob(app: FastifyInstance, session: Session, jobId: string, base = '/api/jobs'): Promise<JobView> {
  // Up to 20 seconds: a loaded machine runs the job's thread slowly.
  for (const deadline = Date.now() + 20_000; Date.now() < deadline; ) {
    const job = (await app.inject({ method: 'GET', url: `${base}/${jobId}`, headers: session.headers })).json() as JobView;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('job did not finish');
}
