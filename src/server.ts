/**
 * Starts Puente: open the database, migrate, load demo data when it should, listen, and
 * shut down gracefully (requests in flight finish; the database closes last).
 */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { DataDirLockedError, openDb } from './platform/db.ts';
import { hasDemoData, loadDemoData } from './platform/demo.ts';
import { migrate } from './platform/migrate.ts';
import { seedReferenceData } from './seed.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { applied } = await migrate(database.db);
  await seedReferenceData(database.db);
  // Demo data: on by default for the embedded database, only when asked on a server.
  const wantDemo = config.demo ?? database.kind === 'pglite';
  let demo: Awaited<ReturnType<typeof loadDemoData>> | undefined;
  if (wantDemo && !(await hasDemoData(database.db))) demo = await loadDemoData(database.db);

  const app = await buildApp({ config, database });
  let closing = false;
  async function shutdown(signal: string): Promise<void> {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  }
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const address = await app.listen({ port: config.port, host: config.host });
  const where = database.kind === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  const lines = [
    '',
    `Puente is running at ${address.replace('127.0.0.1', 'localhost')}`,
    `  database: ${where}${applied.length ? ` (applied ${applied.length} migrations)` : ''}`,
    `  API documentation: ${address}/api/docs`,
  ];
  if (wantDemo) {
    const { DEMO_USERS, DEMO_PASSWORD } = await import('./pact/pact.demo.ts');
    lines.push(`  demo data ${demo ? 'loaded' : 'present'}; sign in with any of these (password ${DEMO_PASSWORD}):`);
    for (const u of DEMO_USERS) lines.push(`    ${u.role.padEnd(19)} ${u.email}`);
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof DataDirLockedError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    process.stderr.write(`Puente could not start: ${err instanceof Error ? err.stack : String(err)}\n`);
  }
  process.exit(1);
});
