/**
 * Machine-readable zone of a passport (ICAO Doc 9303 Part 4, TD3: two lines of 44
 * characters). Parses the fields and checks every check digit (Doc 9303 Part 3 §4.9:
 * weights 7, 3, 1; digits are themselves, A–Z are 10–35, the filler < is 0).
 */

export interface ParsedMrz {
  documentType: string;
  issuingState: string;
  familyNames: string;
  givenNames: string;
  documentNumber: string;
  nationality: string;
  /** YYYY-MM-DD; the century is inferred (births are never in the future). */
  birthDate: string;
  sex: 'female' | 'male' | 'other';
  /** YYYY-MM-DD; expiry dates are taken as 20YY. */
  expiryDate: string;
  personalNumber: string;
}

export type MrzProblem =
  | 'mrz_length'
  | 'mrz_characters'
  | 'mrz_not_passport'
  | 'mrz_check_document_number'
  | 'mrz_check_birth_date'
  | 'mrz_check_expiry_date'
  | 'mrz_check_personal_number'
  | 'mrz_check_composite'
  | 'mrz_date';

export type MrzResult = { ok: true; value: ParsedMrz } | { ok: false; problem: MrzProblem };

function charValue(c: string): number {
  if (c === '<') return 0;
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  return code - 55; // 'A' is 65 → 10
}

export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += charValue(field[i]) * weights[i % 3];
  return sum % 10;
}

function checks(field: string, digit: string): boolean {
  // An all-filler optional field may carry a filler as its check digit.
  if (digit === '<') return /^<*$/.test(field);
  return mrzCheckDigit(field) === Number(digit);
}

function mrzDate(yymmdd: string, kind: 'birth' | 'expiry', today: Date): string | undefined {
  if (!/^\d{6}$/.test(yymmdd)) return undefined;
  const yy = Number(yymmdd.slice(0, 2));
  const mm = Number(yymmdd.slice(2, 4));
  const dd = Number(yymmdd.slice(4, 6));
  let year = 2000 + yy;
  if (kind === 'birth' && year > today.getUTCFullYear()) year -= 100;
  const d = new Date(Date.UTC(year, mm - 1, dd));
  if (d.getUTCMonth() !== mm - 1 || d.getUTCDate() !== dd) return undefined;
  return d.toISOString().slice(0, 10);
}

function names(field: string): { familyNames: string; givenNames: string } {
  const [family = '', given = ''] = field.split('<<');
  const clean = (s: string) => s.replace(/<+/g, ' ').trim();
  return { familyNames: clean(family), givenNames: clean(given) };
}

/**
 * @example parseMrz('P<MEXHERNANDEZ<GARCIA<<MARIA<JOSE<<<<<<<<<<<<<\nG123456786MEX8504123F3001012<<<<<<<<<<<<<<06')
 */
export function parseMrz(text: string, today: Date = new Date()): MrzResult {
  const lines = text
    .trim()
    .split(/\r?\n/)
    .map((l) => l.trim().toUpperCase());
  if (lines.length !== 2 || lines.some((l) => l.length !== 44)) return { ok: false, problem: 'mrz_length' };
  if (lines.some((l) => !/^[A-Z0-9<]+$/.test(l))) return { ok: false, problem: 'mrz_characters' };
  const [l1, l2] = lines;
  if (l1[0] !== 'P') return { ok: false, problem: 'mrz_not_passport' };
  const documentNumber = l2.slice(0, 9);
  if (!checks(documentNumber, l2[9])) return { ok: false, problem: 'mrz_check_document_number' };
  if (!checks(l2.slice(13, 19), l2[19])) return { ok: false, problem: 'mrz_check_birth_date' };
  if (!checks(l2.slice(21, 27), l2[27])) return { ok: false, problem: 'mrz_check_expiry_date' };
  if (!checks(l2.slice(28, 42), l2[42])) return { ok: false, problem: 'mrz_check_personal_number' };
  const composite = l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, 43);
  if (!checks(composite, l2[43])) return { ok: false, problem: 'mrz_check_composite' };
  const birthDate = mrzDate(l2.slice(13, 19), 'birth', today);
  const expiryDate = mrzDate(l2.slice(21, 27), 'expiry', today);
  if (!birthDate || !expiryDate) return { ok: false, problem: 'mrz_date' };
  const sexChar = l2[20];
  return {
    ok: true,
    value: {
      documentType: l1.slice(0, 2).replace(/<+$/, ''),
      issuingState: l1.slice(2, 5).replace(/<+$/, ''),
      ...names(l1.slice(5)),
      documentNumber: documentNumber.replace(/<+$/, ''),
      nationality: l2.slice(10, 13).replace(/<+$/, ''),
      birthDate,
      sex: sexChar === 'F' ? 'female' : sexChar === 'M' ? 'male' : 'other',
      expiryDate,
      personalNumber: l2.slice(28, 42).replace(/<+$/, ''),
    },
  };
}

/**
 * ICAO alpha-3 codes of the countries Puente meets most, to their ISO 3166-1 alpha-2 codes.
 * (ISO 3166-1; D is Germany's code in machine-readable documents, Doc 9303 Part 3.)
 */
export const ALPHA3_TO_ALPHA2: Readonly<Record<string, string>> = {
  ARG: 'AR', BLZ: 'BZ', BOL: 'BO', BRA: 'BR', CAN: 'CA', CHL: 'CL', COL: 'CO', CRI: 'CR', CUB: 'CU', DOM: 'DO',
  ECU: 'EC', SLV: 'SV', GTM: 'GT', GUY: 'GY', HTI: 'HT', HND: 'HN', JAM: 'JM', MEX: 'MX', NIC: 'NI', PAN: 'PA',
  PRY: 'PY', PER: 'PE', SUR: 'SR', TTO: 'TT', USA: 'US', URY: 'UY', VEN: 'VE', ESP: 'ES', PRT: 'PT', FRA: 'FR',
  D: 'DE', GBR: 'GB', ITA: 'IT', CHN: 'CN', IND: 'IN', AFG: 'AF', SYR: 'SY', UKR: 'UA', RUS: 'RU', SEN: 'SN',
  CMR: 'CM', GHA: 'GH', NGA: 'NG', AGO: 'AO', COD: 'CD', ERI: 'ER', ETH: 'ET', SOM: 'SO', BGD: 'BD', NPL: 'NP',
};
