import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { insertUser, signInAs } from '../../test/helpers/factories.ts';
import { canonicalJson, recordAudit, verifyAuditChain } from './audit.ts';
import { openDb } from './db.ts';
import { loadDemoData } from './demo.ts';
import { migrate } from './migrate.ts';

const run = promisify(execFile);
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the audit trail', () => {
  it('keys are sorted at every level in canonical JSON', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}');
  });

  it('verifies the chain of the demo data and of later changes', async () => {
    const s = await signInAs(t.app, (await insertUser(t.db, { roles: ['auditor'], agencyName: 'ACNUR México' })).email);
    const res = await t.app.inject({ method: 'GET', url: '/api/audit/verify', headers: s.headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(true);
    expect(res.json().rows).toBeGreaterThan(1);
  });

  it('shows an auditor the events of their own member state only, and records the reading', async () => {
    const mx = await insertUser(t.db, { roles: ['auditor'], agencyName: 'ACNUR México' });
    const ca = await insertUser(t.db, { roles: ['auditor'], office: 'IRCC Ottawa' });
    const sMx = await signInAs(t.app, mx.email);
    const sCa = await signInAs(t.app, ca.email);
    const mxEvents = (await t.app.inject({ method: 'GET', url: '/api/audit/events?limit=500', headers: sMx.headers })).json().items;
    expect(mxEvents.length).toBeGreaterThan(0);
    expect(mxEvents.every((e: { memberState: string }) => e.memberState === 'MX')).toBe(true);
    const caEvents = (await t.app.inject({ method: 'GET', url: '/api/audit/events?limit=500', headers: sCa.headers })).json().items;
    expect(caEvents.some((e: { actorUserId: string }) => e.actorUserId === mx.id)).toBe(false);
    const reads = await t.db.selectFrom('audit_events').select('action').where('actor_user_id', '=', mx.id).where('action', '=', 'audit.read').execute();
    expect(reads.length).toBe(1);
  });

  it('refuses updates and deletes of audit rows', async () => {
    await expect(sql`UPDATE audit_events SET action = 'x' WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('keeps the chain linear when many changes are audited at once', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction().execute((trx) => recordAudit(trx, { userId: null, agencyId: null, memberState: 'MX' }, { action: 'test.concurrent', recordType: 'test', recordId: String(i) })),
      ),
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('names the first broken row after one row is altered directly in the database', async () => {
    const target = await t.db.selectFrom('audit_events').select('seq').orderBy('seq').offset(2).limit(1).executeTakeFirstOrThrow();
    // Only a superuser can switch the append-only trigger off: this is the attacker with database access.
    await t.db.connection().execute(async (conn) => {
      await sql`SET session_replication_role = replica`.execute(conn);
      await sql`UPDATE audit_events SET details = '{"tampered": true}'::jsonb WHERE seq = ${target.seq}`.execute(conn);
      await sql`SET session_replication_role = DEFAULT`.execute(conn);
    });
    const result = await verifyAuditChain(t.db);
    expect(result).toMatchObject({ ok: false, brokenSeq: target.seq });
  });
});

describe('npm run audit:verify', () => {
  it('passes on the demo data and fails naming the row after tampering', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'puente-audit-'));
    try {
      const database = await openDb({ dataDir: dir });
      await migrate(database.db);
      await loadDemoData(database.db);
      await database.close();
      const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '' };
      const ok = await run(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], { env });
      expect(ok.stdout).toMatch(/audit chain OK: 1 rows verified/);

      const again = await openDb({ dataDir: dir });
      await again.db.connection().execute(async (conn) => {
        await sql`SET session_replication_role = replica`.execute(conn);
        await sql`UPDATE audit_events SET action = 'demo.tampered' WHERE seq = 1`.execute(conn);
      });
      await again.close();
      const broken = await run(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts'], { env }).then(
        () => undefined,
        (err: { code: number; stdout: string }) => err,
      );
      expect(broken?.code).toBe(2);
      expect(broken?.stdout).toMatch(/BROKEN at row seq=1/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Two child processes each start tsx and PGlite: allow for a loaded machine.
  }, 180_000);
});
