/**
 * Test servers on a real database with the real migrations: PGlite in memory by default,
 * a fresh database on the PostgreSQL server when DATABASE_URL is set (created per test
 * file and dropped afterwards, so files can run in parallel).
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { buildApp } from '../../src/app.ts';
import { loadConfig, type Config } from '../../src/config.ts';
import { openDb, type Db, type DbHandle } from '../../src/platform/db.ts';
import { loadDemoData } from '../../src/platform/demo.ts';
import { migrate } from '../../src/platform/migrate.ts';
import { seedReferenceData } from '../../src/seed.ts';

export interface TestApp {
  app: FastifyInstance;
  db: Db;
  database: DbHandle;
  config: Config;
  close: () => Promise<void>;
}

async function openTestDatabase(): Promise<{ database: DbHandle; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url) return { database: await openDb({ dataDir: 'memory://' }), drop: async () => {} };
  const name = `puente_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDb({ databaseUrl: testUrl.toString(), poolSize: 8 });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // The pool's connections finish closing after pool.end() resolves: wait for them (up to 5 s), or
      // FORCE terminates one while it says goodbye and the client throws 57P01 with nobody listening.
      for (let i = 0; i < 50; i++) {
        const left = await c.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
        if (left.rows[0]?.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function createTestApp(options: { demo?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const { database, drop } = await openTestDatabase();
  await migrate(database.db);
  await seedReferenceData(database.db);
  if (options.demo ?? true) await loadDemoData(database.db);
  const config = loadConfig({ DATA_DIR: 'data/test', LOG_LEVEL: 'silent', PUBLIC_RATE_LIMIT: '0', ...options.env } as NodeJS.ProcessEnv, []);
  const app = await buildApp({ config, database, logger: false });
  await app.ready();
  return {
    app,
    db: database.db,
    database,
    config,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}

/** A listening server for end-to-end tests. */
export async function startTestServer(): Promise<TestApp & { url: string }> {
  const t = await createTestApp();
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  return { ...t, url: address };
}
