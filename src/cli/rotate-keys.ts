/**
 * `npm run keys:rotate`: re-encrypts every confidential value under a new data key.
 *
 * - Without PUENTE_DATA_KEY: a new key is generated and put first in the key file (DATA_DIR,
 *   mode 0600); every value is re-encrypted with it; then the old keys are removed from the file.
 * - With PUENTE_DATA_KEY: set it to the new key before running; the key file must still hold the
 *   old key, or pass it as PUENTE_OLD_DATA_KEY. Every value is re-encrypted with the configured key,
 *   and the key file is emptied of keys no value uses any more.
 * Stop the server first when it runs on the embedded database (it cannot be shared).
 */
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { createKeyring, generateKey, KEY_FILE_NAME, keyIdFor, parseKey, readKeyFile, writeKeyFile } from '../platform/crypto.ts';
import { openDb } from '../platform/db.ts';
import { migrate } from '../platform/migrate.ts';
import { rotateProtectionKeys } from '../protection/service/rotate-keys.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const file = path.join(config.dataDir, KEY_FILE_NAME);
  const fileKeys = readKeyFile(file);
  const old = process.env.PUENTE_OLD_DATA_KEY ? [parseKey(process.env.PUENTE_OLD_DATA_KEY, 'PUENTE_OLD_DATA_KEY')] : [];
  const current = config.dataKey ? parseKey(config.dataKey) : generateKey();
  if (!config.dataKey) writeKeyFile(file, [current, ...fileKeys]);
  const ring = createKeyring([current, ...fileKeys, ...old]);
  const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrate(database.db);
    const result = await rotateProtectionKeys(database.db, ring);
    const stillUsed = new Set(result.keysInUse);
    const keep = [current, ...fileKeys.filter((k) => keyIdFor(k) !== keyIdFor(current) && stillUsed.has(keyIdFor(k)))];
    if (config.dataKey) writeKeyFile(file, keep.slice(1));
    else writeKeyFile(file, keep);
    process.stdout.write(`Re-encrypted ${result.reencrypted} values with key ${ring.currentKeyId}. Keys in use: ${result.keysInUse.join(', ') || 'none'}.\n`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`keys:rotate failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
