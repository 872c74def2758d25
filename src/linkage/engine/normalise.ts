/**
 * Text normalisation shared by parsing, keys and comparisons.
 *
 * Accents are folded with NFKD and mark stripping (linkage.md §4.1: "Fold with NFKD and strip marks
 * for comparison, but keep the original"); ç and ß are spelt out first because NFKD leaves ß alone
 * and the phonetic key needs to know that ç sounds like s.
 */

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^a-z0-9 ]+/g;
const SPACES = /\s+/g;

/**
 * Lower-case, strip accents, turn punctuation and hyphens into spaces, collapse spaces.
 * @example foldText(' José-Luis  NÚÑEZ ') // 'jose luis nunez'
 */
export function foldText(value: string): string {
  if (value === '') return '';
  let s = value.toLowerCase();
  if (s.includes('ß')) s = s.replace(/ß/g, 'ss');
  if (s.includes('æ')) s = s.replace(/æ/g, 'ae');
  if (s.includes('ø')) s = s.replace(/ø/g, 'o');
  s = s.normalize('NFKD').replace(MARKS, '');
  return s.replace(NOT_WORD, ' ').replace(SPACES, ' ').trim();
}

/** Folded text with every space removed ("de la cruz" → "delacruz"). */
export function foldCompact(value: string): string {
  return foldText(value).replace(/ /g, '');
}

/** Digits and letters only, upper-cased: document numbers ("AB-12 345" → "AB12345"). */
export function normaliseIdentifier(value: string): string {
  return foldText(value).replace(/[^a-z0-9]/g, '').toUpperCase();
}

/** Digits only, keeping the last 9 so that country prefixes and trunk zeros do not matter. */
export function normalisePhone(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length > 9 ? digits.slice(-9) : digits;
}
