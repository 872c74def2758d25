/**
 * Partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as ranges of days, and ages computed from them.
 *
 * A year-only birth date means "born some day that year", so the age at a given date is a range:
 * someone born in 2008 is 17 or 18 on 2026-06-01. The engine answers `unknown` when the range
 * straddles a limit. These functions parse with `charCodeAt` and return numbers, so the engine's
 * hot path allocates nothing.
 */

function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a civil date (H. Hinnant's `days_from_civil`). */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year of a partial date, or -1 when malformed. */
export function partialYear(s: string): number {
  if (s.length !== 4 && s.length !== 7 && s.length !== 10) return -1;
  const y = digits(s, 0, 4);
  return y >= 1800 ? y : -1;
}

/** Month (1-12) of a partial date, 0 when absent, -1 when malformed. */
export function partialMonth(s: string): number {
  if (s.length === 4) return 0;
  if (s.charCodeAt(4) !== 45) return -1;
  const m = digits(s, 5, 2);
  return m >= 1 && m <= 12 ? m : -1;
}

/** Day of a partial date, 0 when absent, -1 when malformed. */
export function partialDay(s: string): number {
  if (s.length !== 10) return 0;
  if (s.charCodeAt(7) !== 45) return -1;
  const d = digits(s, 8, 2);
  const y = partialYear(s);
  const m = partialMonth(s);
  return y > 0 && m > 0 && d >= 1 && d <= daysInMonth(y, m) ? d : -1;
}

export function isPartialDate(s: string): boolean {
  return partialYear(s) > 0 && partialMonth(s) >= 0 && partialDay(s) >= 0;
}

/** Is `s` a full date `YYYY-MM-DD`? */
export function isFullDate(s: string): boolean {
  return s.length === 10 && isPartialDate(s);
}

/** First possible day of a partial date, NaN when malformed. */
export function firstDay(s: string): number {
  const y = partialYear(s);
  const m = partialMonth(s);
  const d = partialDay(s);
  if (y < 0 || m < 0 || d < 0) return NaN;
  return dayNumber(y, m === 0 ? 1 : m, d === 0 ? 1 : d);
}

/** Last possible day of a partial date, NaN when malformed. */
export function lastDay(s: string): number {
  const y = partialYear(s);
  const m = partialMonth(s);
  const d = partialDay(s);
  if (y < 0 || m < 0 || d < 0) return NaN;
  const mm = m === 0 ? 12 : m;
  return dayNumber(y, mm, d === 0 ? daysInMonth(y, mm) : d);
}

function ageOn(by: number, bm: number, bd: number, y: number, m: number, d: number): number {
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Smallest possible age in whole years on y-m-d (born as late as the partial date allows); NaN when malformed. */
export function minAge(birth: string, y: number, m: number, d: number): number {
  const by = partialYear(birth);
  const bm = partialMonth(birth);
  const bd = partialDay(birth);
  if (by < 0 || bm < 0 || bd < 0) return NaN;
  const lm = bm === 0 ? 12 : bm;
  return ageOn(by, lm, bd === 0 ? daysInMonth(by, lm) : bd, y, m, d);
}

/** Largest possible age in whole years on y-m-d (born as early as the partial date allows); NaN when malformed. */
export function maxAge(birth: string, y: number, m: number, d: number): number {
  const by = partialYear(birth);
  const bm = partialMonth(birth);
  const bd = partialDay(birth);
  if (by < 0 || bm < 0 || bd < 0) return NaN;
  return ageOn(by, bm === 0 ? 1 : bm, bd === 0 ? 1 : bd, y, m, d);
}
