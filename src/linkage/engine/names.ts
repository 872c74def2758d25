/**
 * Name parsing into given names, first and second family name and particles.
 *
 * Regional names have two family names (paterno, materno) and particles (de, del, de la, dos…);
 * linkage.md §4.1-4.2 shows that parsing the structure matters more than the string metric:
 * Jaro-Winkler("de la cruz", "cruz") is 0. Particles are removed for keys and comparisons and kept
 * for display. Parsing runs once per record, before any pair is scored.
 */

import { foldText } from './normalise.ts';

/** Particles that join a family name to its root (CURP-style lists, linkage.md §4.1). */
export const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'la', 'las', 'los', 'y', 'e', 'da', 'das', 'do', 'dos', 'di', 'du', 'des', 'le', 'les',
  'van', 'von', 'der', 'den', 'mc', 'mac', 'st', 'san', 'santa',
]);

// "san" and "santa" start real family names ("San Martín", "Santa Cruz"): they count as particles
// only when followed by another word, so "Santa" alone stays a name.
const SOFT_PARTICLES: ReadonlySet<string> = new Set(['san', 'santa', 'st']);

export interface ParsedName {
  /** Given-name tokens, folded, particles removed ("María de los Ángeles" → maria, angeles). */
  given: string[];
  /** First (paternal) family name, folded, without particles; '' when unknown. */
  family1: string;
  /** Second (maternal) family name; '' when unknown. */
  family2: string;
  /** Particles met, in order, for display. */
  particles: string[];
}

// Registries repeat the same few thousand names: fold each distinct value once.
const wordCache = new Map<string, readonly string[]>();
const NO_WORDS: readonly string[] = [];

function splitWords(value: string): readonly string[] {
  if (value === '') return NO_WORDS;
  let words = wordCache.get(value);
  if (!words) {
    const folded = foldText(value);
    words = folded === '' ? NO_WORDS : folded.split(' ');
    if (wordCache.size > 1_000_000) wordCache.clear();
    wordCache.set(value, words);
  }
  return words;
}

/**
 * Group words into family names: a particle attaches to the word after it and is dropped from the
 * key ("de la cruz" → "cruz"), except "san"/"santa", which are glued to it ("santa cruz" →
 * "santacruz") because they are part of the name itself.
 */
function groupFamilyWords(words: readonly string[], particles: string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (PARTICLES.has(w) && i < words.length - 1) {
      if (SOFT_PARTICLES.has(w)) {
        // Keep "san"/"santa" glued to the next word: "santacruz" stays distinct from "cruz".
        names.push(w + words[i + 1]);
        i++;
        continue;
      }
      particles.push(w);
      continue;
    }
    names.push(w);
  }
  return names;
}

/**
 * Parse given names and one or two family-name fields.
 * When the second field is empty and the first holds two names ("García López"), they are split.
 * @example parseName('María José', 'de la Cruz', 'Núñez') // given [maria, jose], family1 cruz, family2 nunez
 */
export function parseName(givenNames: string, familyName1: string, familyName2 = ''): ParsedName {
  const particles: string[] = [];
  const given = groupGiven(splitWords(givenNames), particles);
  const f1 = groupFamilyWords(splitWords(familyName1), particles);
  const f2 = groupFamilyWords(splitWords(familyName2), particles);
  let family1 = f1[0] ?? '';
  let family2 = f2[0] ?? '';
  if (family2 === '' && f1.length > 1) family2 = f1[1];
  if (family1 === '' && family2 !== '') {
    family1 = family2;
    family2 = '';
  }
  return { given, family1, family2, particles };
}

function groupGiven(words: readonly string[], particles: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (PARTICLES.has(w) && !SOFT_PARTICLES.has(w)) particles.push(w);
    else out.push(w);
  }
  return out;
}

/**
 * Parse a whole name in one field ("Juan Carlos Pérez de la Cruz"): the last two name groups are
 * the family names when there are three or more, otherwise the last one is.
 * @example parseFullName('Juan Pérez Sánchez') // given [juan], family1 perez, family2 sanchez
 */
export function parseFullName(full: string): ParsedName {
  const particles: string[] = [];
  const words = splitWords(full);
  // Find where the family part starts: walk back over two name groups and their particles.
  let groups = 0;
  let start = words.length;
  const wanted = words.filter((w) => !PARTICLES.has(w)).length >= 3 ? 2 : 1;
  for (let i = words.length - 1; i >= 0 && groups < wanted; i--) {
    start = i;
    if (!PARTICLES.has(words[i])) groups++;
    while (start > 0 && PARTICLES.has(words[start - 1])) start--;
    i = start;
  }
  const family = groupFamilyWords(words.slice(start), particles);
  const given = groupGiven(words.slice(0, start), particles);
  return { given, family1: family[0] ?? '', family2: family[1] ?? '', particles };
}
