/**
 * Dates of birth as registries hold them: full (YYYY-MM-DD or YYYYMMDD), year and month, year only,
 * or 1 January standing in for an unknown day (linkage.md §4.1: "01/01/YYYY or year-only
 * placeholders for unknown birth dates"; Splink's model had a level for suspicious 1 January).
 */

export interface ParsedDate {
  year: number;
  /** 0 when unknown. */
  month: number;
  /** 0 when unknown. */
  day: number;
  /** The eight digits YYYYMMDD as a number when the value had them, valid or not; -1 otherwise. */
  digits: number;
  /** True when year, month and day make a real calendar date. */
  valid: boolean;
}

const ISO = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/**
 * Parse a date of birth; undefined when there is no usable year.
 * @example parseDate('1985-03') // { year: 1985, month: 3, day: 0, digits: -1, valid: false }
 */
export function parseDate(raw: string): ParsedDate | undefined {
  const s = raw.trim();
  if (s === '') return undefined;
  let m = COMPACT.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    return { year: y, month: mo, day: d, digits: Number(s), valid: isRealDate(y, mo, d) };
  }
  m = ISO.exec(s);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = m[2] ? Number(m[2]) : 0;
  const d = m[3] ? Number(m[3]) : 0;
  if (mo > 12) return undefined;
  if (d === 0) return { year: y, month: mo, day: 0, digits: -1, valid: false };
  return { year: y, month: mo, day: d, digits: y * 10000 + mo * 100 + d, valid: isRealDate(y, mo, d) };
}

/** Days since 1970-01-01 of a valid date. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86_400_000);
}

/** Whether two 8-digit YYYYMMDD numbers differ by one substitution or one adjacent transposition. */
export function isOneDigitEdit(a: number, b: number): boolean {
  let diffs = 0;
  let firstPos = -1;
  let ca = 0;
  let cb = 0;
  for (let pos = 0; pos < 8; pos++) {
    const da = a % 10;
    const db = b % 10;
    if (da !== db) {
      diffs++;
      if (diffs === 1) {
        firstPos = pos;
        ca = da;
        cb = db;
      } else if (diffs === 2) {
        // A transposition of neighbours: the two mismatches are adjacent and cross over.
        if (pos !== firstPos + 1 || da !== cb || db !== ca) return false;
      } else return false;
    }
    a = (a - da) / 10;
    b = (b - db) / 10;
  }
  return diffs >= 1;
}
