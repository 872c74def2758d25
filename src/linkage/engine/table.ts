/**
 * Records as the engine receives them: a header and rows of strings, with the source of each row
 * (0 for the first file, 1 for the second when linking two files).
 */
export interface RecordTable {
  header: string[];
  rows: string[][];
  /** Per row: which input the row came from. Empty for a single input. */
  source: Uint8Array;
}

/**
 * Read one column as an array of strings ('' when a short row lacks it).
 * @throws Error naming the column and the header when the column does not exist.
 */
export function readColumn(table: RecordTable, name: string): string[] {
  const index = table.header.indexOf(name);
  if (index < 0) throw new Error(`unknown column "${name}"; the header has: ${table.header.join(', ')}`);
  const out = new Array<string>(table.rows.length);
  for (let i = 0; i < table.rows.length; i++) out[i] = table.rows[i][index] ?? '';
  return out;
}

/** Concatenate two tables with the same columns for linking; rows keep their source. */
export function concatTables(a: RecordTable, b: RecordTable): RecordTable {
  const missing = a.header.filter((h) => !b.header.includes(h));
  if (missing.length > 0) throw new Error(`the second file lacks columns: ${missing.join(', ')}`);
  const order = a.header.map((h) => b.header.indexOf(h));
  const rowsB = b.rows.map((r) => order.map((k) => r[k] ?? ''));
  const source = new Uint8Array(a.rows.length + b.rows.length);
  source.fill(1, a.rows.length);
  return { header: a.header, rows: [...a.rows, ...rowsB], source };
}
