import { describe, expect, it } from 'vitest';
import { dayNumber, firstDay, isFullDate, isPartialDate, lastDay, maxAge, minAge } from './partial-date.ts';

describe('partial dates', () => {
  it('accepts year, year-month and full dates and rejects the rest', () => {
    for (const ok of ['1990', '1990-02', '1990-02-28', '2024-02-29']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['199', '1990-13', '1990-00', '1990-02-30', '2023-02-29', '1990/02/01', 'abcd', '1990-2-01', '']) {
      expect(isPartialDate(bad), bad).toBe(false);
    }
    expect(isFullDate('1990-02')).toBe(false);
  });

  it('turns a partial date into its first and last possible day', () => {
    expect(firstDay('1970-01-01')).toBe(0);
    expect(dayNumber(2000, 3, 1) - dayNumber(2000, 2, 28)).toBe(2);
    expect(lastDay('2024-02') - firstDay('2024-02')).toBe(28);
    expect(lastDay('2023') - firstDay('2023')).toBe(364);
    expect(firstDay('not a date')).toBeNaN();
  });

  it('gives an exact age for a full birth date', () => {
    expect(minAge('2008-06-01', 2026, 5, 31)).toBe(17);
    expect(maxAge('2008-06-01', 2026, 5, 31)).toBe(17);
    expect(minAge('2008-06-01', 2026, 6, 1)).toBe(18);
  });

  it('gives an age range for a year-only or year-month birth date', () => {
    // Born some day in 2008: on 1 June 2026 they are 17 (born after 1 June) or 18.
    expect(minAge('2008', 2026, 6, 1)).toBe(17);
    expect(maxAge('2008', 2026, 6, 1)).toBe(18);
    // On 31 December the whole year has had its birthdays.
    expect(minAge('2008', 2026, 12, 31)).toBe(18);
    expect(minAge('2008-06', 2026, 6, 15)).toBe(17);
    expect(maxAge('2008-06', 2026, 6, 15)).toBe(18);
    expect(minAge('2008-06', 2026, 7, 1)).toBe(18);
  });

  it('handles 29 February birthdays', () => {
    expect(minAge('2008-02-29', 2026, 2, 28)).toBe(17);
    expect(minAge('2008-02-29', 2026, 3, 1)).toBe(18);
    // Born in February 2008 (a leap year): the last possible day is the 29th.
    expect(minAge('2008-02', 2026, 2, 28)).toBe(17);
    expect(maxAge('2008-02', 2026, 2, 28)).toBe(18);
  });
});
