/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL or the embedded database in
 * DATA_DIR, then writes the reference data (the programme catalogue) into empty tables.
 */
import { loadConfig } from '../config.ts';
import { openDb } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { seedReferenceData } from '../seed.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const { applied, alreadyApplied } = await migrate(database.db);
    await seedReferenceData(database.db);
    process.stdout.write(`${alreadyApplied} migrations already applied; applied ${applied.length}${applied.length ? `: ${applied.join(', ')}` : ''}\n`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
