import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mrzCheckDigit, parseMrz } from './mrz.ts';

// The specimen in ICAO Doc 9303 Part 4, Appendix A (Utopia, Anna Maria Eriksson).
const SPECIMEN = 'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10';

function line2(doc: string, nat: string, dob: string, sex: string, exp: string, personal: string): string {
  const d = doc.padEnd(9, '<');
  const p = personal.padEnd(14, '<');
  const body = `${d}${mrzCheckDigit(d)}${nat}${dob}${mrzCheckDigit(dob)}${sex}${exp}${mrzCheckDigit(exp)}${p}${/^<*$/.test(p) ? '<' : mrzCheckDigit(p)}`;
  const composite = body.slice(0, 10) + body.slice(13, 20) + body.slice(21, 43);
  return body + mrzCheckDigit(composite);
}

describe('passport MRZ', () => {
  it('parses the ICAO specimen and verifies its check digits', () => {
    const r = parseMrz(SPECIMEN, new Date('2026-11-27'));
    expect(r).toEqual({
      ok: true,
      value: {
        documentType: 'P',
        issuingState: 'UTO',
        familyNames: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        documentNumber: 'L898902C3',
        nationality: 'UTO',
        birthDate: '1974-08-12',
        sex: 'female',
        expiryDate: '2012-04-15',
        personalNumber: 'ZE184226B',
      },
    });
  });

  it('names the check digit that fails', () => {
    expect(parseMrz(SPECIMEN.replace('L898902C36', 'L898902C46'))).toEqual({ ok: false, problem: 'mrz_check_document_number' });
    expect(parseMrz(SPECIMEN.replace('7408122F', '7408132F'))).toEqual({ ok: false, problem: 'mrz_check_birth_date' });
    expect(parseMrz(SPECIMEN.slice(0, -1) + '1')).toEqual({ ok: false, problem: 'mrz_check_composite' });
    expect(parseMrz('P<UTO')).toEqual({ ok: false, problem: 'mrz_length' });
    expect(parseMrz(SPECIMEN.replace('ANNA', 'AN-A'))).toEqual({ ok: false, problem: 'mrz_characters' });
  });

  it('parses a Mexican passport with two family names', () => {
    const l1 = 'P<MEXHERNANDEZ<GARCIA<<MARIA<JOSE'.padEnd(44, '<');
    const r = parseMrz(`${l1}\n${line2('G12345678', 'MEX', '850412', 'F', '300101', '')}`, new Date('2026-11-27'));
    expect(r.ok && r.value).toMatchObject({ familyNames: 'HERNANDEZ GARCIA', givenNames: 'MARIA JOSE', birthDate: '1985-04-12', expiryDate: '2030-01-01' });
  });

  // Weights 7, 3, 1 are coprime to 10, so changing one digit into another always changes the
  // check digit; a letter can alias a digit (A=10 ≡ 0), so only digits are changed here.
  it('finds any single changed digit in line 2 (seeded property)', () => {
    const good = line2('A1B2C3D4E', 'GTM', '900101', 'M', '310630', 'X12');
    const l1 = 'P<GTMLOPEZ<<JUAN'.padEnd(44, '<');
    expect(parseMrz(`${l1}\n${good}`).ok).toBe(true);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 43 }), fc.constantFrom(...'0123456789'.split('')), (pos, ch) => {
        // Positions 10-12 (nationality) and 20 (sex) carry no check digit.
        fc.pre(good[pos] !== ch && /\d/.test(good[pos]) && ![10, 11, 12, 20].includes(pos));
        const bad = good.slice(0, pos) + ch + good.slice(pos + 1);
        return parseMrz(`${l1}\n${bad}`).ok === false;
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
