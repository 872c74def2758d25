import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/server.ts';
import { DataDirLockedError, jsonb, openDb } from './db.ts';
import { splitSqlStatements } from './migrate.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ demo: false });
});
afterAll(async () => {
  await t?.close();
});

describe('the database layer', () => {
  it('returns the same types on PGlite and PostgreSQL', async () => {
    const row = await sql<{ n: number; d: string; j: unknown; arr: string[] }>`
      SELECT count(*) AS n, DATE '2026-02-28' AS d, ${jsonb(['a', { b: 1 }])} AS j, ARRAY['x','y'] AS arr`.execute(t.db);
    expect(row.rows[0]).toEqual({ n: 1, d: '2026-02-28', j: ['a', { b: 1 }], arr: ['x', 'y'] });
  });

  it('splits migrations into statements, keeping function bodies whole', () => {
    const parts = splitSqlStatements(`-- a comment; with a semicolon
CREATE TABLE a (x text DEFAULT 'a;b');
CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no; never'; END; $$;
/* block; comment */ SELECT 1`);
    expect(parts).toHaveLength(3);
    expect(parts[1]).toMatch(/END; \$\$$/);
  });
});

describe('the embedded database', () => {
  it('refuses a second process on the same data directory with a clear message', async () => {
    if (process.env.DATABASE_URL) return; // the lock guards PGlite only; a server has its own
    const dir = mkdtempSync(path.join(tmpdir(), 'puente-lock-'));
    const first = await openDb({ dataDir: dir });
    try {
      // Another process's lock: write a live foreign pid (the parent of this test process).
      const { writeFileSync } = await import('node:fs');
      writeFileSync(path.join(dir, 'puente.lock'), String(process.ppid));
      await expect(openDb({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
      await expect(openDb({ dataDir: dir })).rejects.toThrow(/Another Puente process \(pid \d+\) is using the data directory/);
    } finally {
      await first.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
