/**
 * A small CSV reader and writer (RFC 4180 quoting: fields in double quotes, "" for a quote,
 * newlines inside quotes). Values are trimmed of surrounding spaces because FEBRL separates its
 * fields with ", " (linkage.md §3.1: "parse with trimming").
 */

import type { RecordTable } from './table.ts';

/**
 * Parse CSV text with a header row.
 * @example parseCsv('id,name\n1,"García, José"\n').rows // [['1', 'García, José']]
 */
export function parseCsv(text: string): RecordTable {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 34) {
        if (text.charCodeAt(i + 1) === 34) {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      // Copy the run up to the next quote in one slice.
      const next = text.indexOf('"', i);
      const end = next < 0 ? n : next;
      field += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === 44) {
      row.push(field.trim());
      field = '';
      i++;
    } else if (ch === 10 || ch === 13) {
      row.push(field.trim());
      field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
      i += ch === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
    } else if ((ch === 32 || ch === 9) && field === '') {
      // Leading blanks are trimmed anyway; skipping them lets `, "quoted"` open a quote.
      i++;
    } else if (ch === 34 && field === '') {
      quoted = true;
      field = '';
      i++;
    } else {
      // Copy the run up to the next delimiter in one slice.
      let end = i + 1;
      while (end < n) {
        const c = text.charCodeAt(end);
        if (c === 44 || c === 10 || c === 13) break;
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  if (quoted) throw new Error('unterminated quoted field at the end of the file');
  if (field !== '' || row.length > 0) {
    row.push(field.trim());
    rows.push(row);
  }
  if (rows.length === 0) throw new Error('the file is empty: a header row is needed');
  const header = rows[0];
  return { header, rows: rows.slice(1), source: new Uint8Array(0) };
}

/** Quote a value when it holds a comma, a quote or a newline. */
export function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
