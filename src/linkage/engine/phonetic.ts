/**
 * A phonetic key for names in Spanish, Portuguese and French (and Haitian Creole spellings of
 * French names). English keys (Soundex, Double Metaphone) miss the variants that matter in the
 * region; the rules below encode those listed in linkage.md §4.1: b/v, s/z/c(e,i) (seseo), ll/y
 * (yeísmo), silent h, x/j ("Ximena/Jimena"), g(e,i)/j, qu/k/c, gü/w ("Guadalupe/Wadalupe"), i/y,
 * Portuguese nh/lh and French gn, ch, eau/au, ou. Written here from those rules; the idea follows
 * talisman's experimental Spanish "fonetico" and Spanish Metaphone (both cited in linkage.md).
 */

import { foldText } from './normalise.ts';

// Ordered rewrite rules on the folded, space-free name. Upper-case letters are temporary markers
// so that a later rule cannot rewrite the result of an earlier one.
const RULES: Array<[RegExp, string]> = [
  [/sch/g, 'X'],
  [/ch/g, 'X'],
  [/sh/g, 'X'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/lh/g, 'Y'],
  [/ll/g, 'Y'],
  [/nh/g, 'N'],
  [/gn/g, 'N'],
  [/eau/g, 'o'],
  [/au/g, 'o'],
  [/ou/g, 'u'],
  [/qu/g, 'K'],
  [/gu([ei])/g, 'G$1'],
  [/gu([ao])/g, 'W$1'],
  [/^hu([aeio])/g, 'W$1'],
  [/g([eiy])/g, 'J$1'],
  [/c([eiy])/g, 'S$1'],
  [/^x/g, 'J'],
  [/x/g, 'S'],
  [/z/g, 'S'],
  [/c/g, 'K'],
  [/q/g, 'K'],
  [/k/g, 'K'],
  [/v/g, 'b'],
  [/w/g, 'W'],
  [/y/g, 'i'],
  [/h/g, ''],
];

/**
 * Phonetic key of one name or word; '' for an empty input.
 * @example phoneticKey('Ximena') === phoneticKey('Jimena') // true
 * @example phoneticKey('Núñez') === phoneticKey('Nunes')   // true
 */
export function phoneticKey(value: string): string {
  let s = value.toLowerCase().replace(/ç/g, 's');
  s = foldText(s).replace(/[^a-z]/g, '');
  if (s === '') return '';
  for (const [pattern, replacement] of RULES) s = s.replace(pattern, replacement);
  s = s.toLowerCase().replace(/Y/gi, 'i');
  // Doubled letters carry no sound difference in these languages ("rr" aside, which we accept).
  let out = '';
  for (let i = 0; i < s.length; i++) if (i === 0 || s[i] !== s[i - 1]) out += s[i];
  return out;
}
