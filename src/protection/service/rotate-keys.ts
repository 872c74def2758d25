/**
 * Re-encrypts every confidential value (the protection domain's and the registry's) with the keyring's current key.
 * Values already under the current key are left alone, so a rotation that stops half-way can run
 * again. Each table is done in pages, one transaction per page.
 */
import type { Keyring } from '../../platform/crypto.ts';
import type { Db } from '../../platform/db.ts';
import { aad } from './file-support.ts';

/** Every column that holds an envelope. */
export const ENCRYPTED_COLUMNS = [
  { table: 'protection_assessments', column: 'answers' },
  { table: 'protection_assessments', column: 'account' },
  { table: 'protection_assessments', column: 'outcome' },
  { table: 'specific_needs', column: 'details' },
  { table: 'protection_referrals', column: 'payload' },
  // The registry's confidential situation facts (registry/confidential-situation.ts).
  { table: 'people', column: 'situation_sealed' },
] as const;

type EncryptedTable = (typeof ENCRYPTED_COLUMNS)[number]['table'];

export async function rotateProtectionKeys(db: Db, ring: Keyring, pageSize = 500): Promise<{ reencrypted: number; keysInUse: string[] }> {
  let reencrypted = 0;
  const inUse = new Set<string>();
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = await db.transaction().execute(async (trx) => {
        const rows = (await trx
          .selectFrom(table as EncryptedTable)
          .select(['id', `${column} as value` as 'id'])
          .where('id', '>', after)
          .orderBy('id')
          .limit(pageSize)
          .forUpdate()
          .execute()) as unknown as { id: string; value: string | null }[];
        for (const r of rows) {
          if (r.value === null) continue;
          if (ring.keyIdOf(r.value) === ring.currentKeyId) continue;
          const where = aad(table, column, r.id);
          const fresh = ring.encrypt(ring.decrypt(r.value, where), where);
          await trx
            .updateTable(table as EncryptedTable)
            .set({ [column]: fresh } as never)
            .where('id', '=', r.id)
            .execute();
          reencrypted++;
        }
        return rows;
      });
      if (page.length === 0) break;
      after = page[page.length - 1]!.id;
    }
  }
  // What is still in use afterwards (should be the current key only).
  for (const { table, column } of ENCRYPTED_COLUMNS) {
    const rows = (await db.selectFrom(table as EncryptedTable).select(`${column} as value` as 'id').execute()) as unknown as { value: string | null }[];
    for (const r of rows) if (r.value) inUse.add(ring.keyIdOf(r.value));
  }
  return { reencrypted, keysInUse: [...inUse] };
}
