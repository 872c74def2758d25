/**
 * Names as people write them are kept as written; for search they are folded: lower case,
 * accents and other marks removed, punctuation to spaces, spaces collapsed. "María José
 * Hernández-García" and "maria jose hernandez garcia" fold to the same text.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

export function nameSearchText(p: { givenNames: string; familyName1?: string | null; familyName2?: string | null }): string {
  return foldName([p.givenNames, p.familyName1, p.familyName2].filter(Boolean).join(' '));
}

/** Document numbers compare without spaces, dashes or case. */
export function foldDocumentNumber(number: string): string {
  return number.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function foldPhone(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}
