/**
 * Seeds the wage floors from seed-data/wage-floors.csv (sources and licences in seed-data/README.md),
 * once, into an empty table: after that the database is the truth and changes go through
 * `addWageFloor`, which versions them.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Trx } from '../../platform/db.ts';

export const WAGE_FLOORS_CSV = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'seed-data/wage-floors.csv');

/** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      if (row.some((f) => f !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export async function seedWageFloors(trx: Trx, file = WAGE_FLOORS_CSV): Promise<number> {
  const existing = await trx.selectFrom('wage_floors').select('id').limit(1).executeTakeFirst();
  if (existing) return 0;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const at = (row: string[], name: string) => {
    const v = row[header.indexOf(name)] ?? '';
    return v === '' ? null : v;
  };
  const values = rows.map((r) => ({
    id: randomUUID(),
    member_state: at(r, 'member_state')!,
    subdivision: at(r, 'subdivision'),
    programme_code: at(r, 'programme_code'),
    occupation_system: at(r, 'occupation_system'),
    occupation_code: at(r, 'occupation_code'),
    skill_level: at(r, 'skill_level'),
    kind: at(r, 'kind')!,
    hourly_rate: at(r, 'hourly_rate')!,
    currency: at(r, 'currency')!,
    effective_from: at(r, 'effective_from')!,
    effective_to: at(r, 'effective_to'),
    historical: at(r, 'historical') === 'true',
    source: at(r, 'source')!,
    source_url: at(r, 'source_url'),
    note: at(r, 'note'),
  }));
  // Programme-specific floors only for programmes in the catalogue.
  const programmes = new Set((await trx.selectFrom('programmes').select('code').execute()).map((p) => p.code));
  const kept = values.filter((v) => v.programme_code === null || programmes.has(v.programme_code));
  for (let i = 0; i < kept.length; i += 200) await trx.insertInto('wage_floors').values(kept.slice(i, i + 200)).execute();
  return kept.length;
}
