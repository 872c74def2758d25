/**
 * Unicode CLDR, which Intl relies on, has no Haitian Creole data: formatting for "ht" falls back to
 * French as used in Haiti (fr-HT) for the order of parts and the separators, with the month and
 * country names below, so that a Creole page shows no French words.
 */
export const HT_FORMAT_LOCALE = 'fr-HT';

export const HT_MONTHS = [
  'janvye',
  'fevriye',
  'mas',
  'avril',
  'me',
  'jen',
  'jiyè',
  'out',
  'septanm',
  'oktòb',
  'novanm',
  'desanm',
] as const;

/** Countries of the Americas by ISO 3166-1 alpha-2 code; others fall back to their French name. */
export const HT_REGION_NAMES: Record<string, string> = {
  AR: 'Ajantin',
  BO: 'Bolivi',
  BR: 'Brezil',
  BZ: 'Beliz',
  CA: 'Kanada',
  CL: 'Chili',
  CO: 'Kolonbi',
  CR: 'Kosta Rika',
  CU: 'Kiba',
  DO: 'Repiblik Dominikèn',
  EC: 'Ekwatè',
  GT: 'Gwatemala',
  HN: 'Ondiras',
  HT: 'Ayiti',
  JM: 'Jamayik',
  MX: 'Meksik',
  NI: 'Nikaragwa',
  PA: 'Panama',
  PE: 'Pewou',
  PY: 'Paragwe',
  SV: 'Salvadò',
  US: 'Etazini',
  UY: 'Irigwe',
  VE: 'Venezwela',
};
