/**
 * `npm run audit:verify`: walks the audit chain and names the first broken row.
 * Exit code 0 when the chain holds, 2 when it is broken.
 */
import { loadConfig } from '../config.ts';
import { verifyAuditChain } from '../platform/audit.ts';
import { openDb } from '../platform/db.ts';

async function main(): Promise<number> {
  const config = loadConfig();
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const result = await verifyAuditChain(database.db);
    if (result.ok) {
      process.stdout.write(`audit chain OK: ${result.rows} rows verified\n`);
      return 0;
    }
    process.stdout.write(
      `audit chain BROKEN at row seq=${result.brokenSeq}: ${result.reason} (${result.rows} rows before it verified)\n`,
    );
    return 2;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`audit verification failed to run: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
