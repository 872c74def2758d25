import { describe, expect, it } from 'vitest';
import { parseDate, isOneDigitEdit } from './dates.ts';
import { parseFullName, parseName } from './names.ts';
import { canonicalGivenNames, NICKNAMES } from './nicknames.ts';
import { foldText, normalisePhone, normaliseIdentifier } from './normalise.ts';
import { phoneticKey } from './phonetic.ts';

describe('foldText', () => {
  it('drops accents and case and turns punctuation into spaces', () => {
    expect(foldText(' José-Luis  NÚÑEZ ')).toBe('jose luis nunez');
    expect(foldText('Cap-Haïtien')).toBe('cap haitien');
  });

  it('normalises identifiers and phones', () => {
    expect(normaliseIdentifier('ab-12 345')).toBe('AB12345');
    expect(normalisePhone('+52 55 1234 5678')).toBe('512345678');
  });
});

describe('parseName', () => {
  it('keeps particles out of the family-name keys', () => {
    const p = parseName('María José', 'de la Cruz', 'Núñez');
    expect(p).toMatchObject({ given: ['maria', 'jose'], family1: 'cruz', family2: 'nunez' });
    expect(p.particles).toEqual(['de', 'la']);
  });

  it('splits two family names written in one field', () => {
    expect(parseName('Juan', 'García López')).toMatchObject({ family1: 'garcia', family2: 'lopez' });
  });

  it('moves a lone second family name into first place', () => {
    expect(parseName('Ana', '', 'Pérez')).toMatchObject({ family1: 'perez', family2: '' });
  });

  it('drops particles inside given names', () => {
    expect(parseName('María de los Ángeles', 'Ruiz').given).toEqual(['maria', 'angeles']);
  });

  it('keeps San and Santa as part of the family name', () => {
    expect(parseName('Luis', 'Santa Cruz').family1).toBe('santacruz');
  });
});

describe('parseFullName', () => {
  it('takes the last two name groups as the family names', () => {
    expect(parseFullName('Juan Carlos Pérez de la Cruz')).toMatchObject({
      given: ['juan', 'carlos'],
      family1: 'perez',
      family2: 'cruz',
    });
    expect(parseFullName('Juan Pérez')).toMatchObject({ given: ['juan'], family1: 'perez', family2: '' });
  });
});

describe('phoneticKey', () => {
  it.each([
    ['Ximena', 'Jimena'],
    ['Núñez', 'Nunes'],
    ['Guadalupe', 'Wadalupe'],
    ['Yolanda', 'Iolanda'],
    ['Vásquez', 'Basquez'],
    ['Guillermo', 'Guiyermo'],
    ['Cecilia', 'Sesilia'],
    ['Hernández', 'Ernandes'],
    ['Gonçalves', 'Gonsalves'],
  ])('%s sounds like %s', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('keeps names apart that sound different', () => {
    expect(phoneticKey('García')).not.toBe(phoneticKey('Garza'));
    expect(phoneticKey('Gómez')).not.toBe(phoneticKey('Jiménez'));
  });
});

describe('nicknames', () => {
  it.each([
    ['pepe', 'jose'],
    ['chucho', 'jesus'],
    ['lupe', 'guadalupe'],
    ['paco', 'francisco'],
    ['pancho', 'francisco'],
    ['nacho', 'ignacio'],
    ['memo', 'guillermo'],
    ['lalo', 'eduardo'],
    ['tono', 'antonio'],
    ['concha', 'concepcion'],
  ])('%s is a nickname of %s', (nick, name) => {
    expect(canonicalGivenNames(nick)).toContain(name);
  });

  it('keeps every meaning of an ambiguous nickname (Beto)', () => {
    expect(NICKNAMES.beto).toEqual(expect.arrayContaining(['alberto', 'roberto']));
  });

  it('has only folded keys and values', () => {
    for (const [k, vs] of Object.entries(NICKNAMES)) {
      expect(foldText(k)).toBe(k);
      for (const v of vs) expect(foldText(v)).toBe(v);
    }
  });
});

describe('parseDate', () => {
  it('reads full, compact, year-month and year-only dates', () => {
    expect(parseDate('1985-03-07')).toMatchObject({ year: 1985, month: 3, day: 7, valid: true });
    expect(parseDate('19850307')).toMatchObject({ year: 1985, month: 3, day: 7, digits: 19850307, valid: true });
    expect(parseDate('1985-03')).toMatchObject({ year: 1985, month: 3, day: 0, valid: false });
    expect(parseDate('1985')).toMatchObject({ year: 1985, month: 0, day: 0, valid: false });
    expect(parseDate('')).toBeUndefined();
    expect(parseDate('not a date')).toBeUndefined();
  });

  it('keeps the digits of an impossible date for typo comparison', () => {
    expect(parseDate('19851307')).toMatchObject({ digits: 19851307, valid: false });
  });

  it('recognises one-digit edits and neighbour transpositions', () => {
    expect(isOneDigitEdit(19850307, 19850308)).toBe(true);
    expect(isOneDigitEdit(19850307, 19580307)).toBe(true);
    expect(isOneDigitEdit(19850307, 19850370)).toBe(true);
    expect(isOneDigitEdit(19850307, 19860308)).toBe(false);
    expect(isOneDigitEdit(19850307, 19850307)).toBe(false);
  });
});
