/**
 * An anonymised export of trafficking cases, shaped like the Human Trafficking Case Data Standard
 * (HTCDS v2.0, IOM; as published by CTDC in its "Global K-anon Dataset"): one row per person with
 * CTDC's column names, age in CTDC's broad bands, never a date of birth, a name or an identifier.
 *
 * k-anonymity: every combination of the quasi-identifiers (year of registration, gender, age band,
 * citizenship, country of exploitation) must be shared by at least k rows (k ≥ 5). Rows in smaller
 * groups are generalised step by step (citizenship, then age band, then gender suppressed to "*"),
 * and rows still in a group smaller than k are left out. `isKAnonymous` checks the result.
 */
import type { Actor } from '../../platform/actor.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { Trx } from '../../platform/db.ts';
import { DomainError } from '../../platform/errors.ts';
import { canExportStatistics } from '../protection.policy.ts';
import { auditConfidentialRead, unseal } from './file-support.ts';

/** CTDC ageBroad bands. */
const AGE_BANDS: [number, number, string][] = [
  [0, 8, '0--8'], [9, 17, '9--17'], [18, 20, '18--20'], [21, 23, '21--23'], [24, 26, '24--26'],
  [27, 29, '27--29'], [30, 38, '30--38'], [39, 47, '39--47'], [48, 200, '48+'],
];

export function ageBand(birthDate: string | null, on = new Date()): string {
  if (!birthDate) return 'Unknown';
  const age = on.getUTCFullYear() - Number(birthDate.slice(0, 4));
  return AGE_BANDS.find(([lo, hi]) => age >= lo && age <= hi)?.[2] ?? 'Unknown';
}

/** Answers of the ILO questionnaire → HTCDS methods of control. */
const MEANS_OF_CONTROL: Record<string, string> = {
  documents_kept: 'WithholdsDocuments',
  debt_bondage: 'DebtBondage',
  debt_recruitment: 'DebtBondage',
  threats_destination: 'Threats',
  threats_recruitment: 'Threats',
  confined: 'RestrictsMovement',
  excessive_hours: 'ExcessiveWorkingHours',
  violence_destination: 'PhysicalAbuse',
  violence_recruitment: 'PhysicalAbuse',
  wages_withheld: 'TakesEarnings',
  deceived_job: 'FalsePromises',
  deceived_wages: 'FalsePromises',
};
export const MEANS_COLUMNS = ['DebtBondage', 'TakesEarnings', 'Threats', 'PhysicalAbuse', 'FalsePromises', 'RestrictsMovement', 'ExcessiveWorkingHours', 'WithholdsDocuments'] as const;

export const QUASI_IDENTIFIERS = ['yearOfRegistration', 'gender', 'ageBroad', 'citizenship', 'CountryOfExploitation'] as const;
type Qi = (typeof QUASI_IDENTIFIERS)[number];
/** Suppressed first to last: the most identifying and least useful first. */
const SUPPRESSION_ORDER: Qi[] = ['citizenship', 'ageBroad', 'gender', 'yearOfRegistration'];

export interface HtcdsRow {
  yearOfRegistration: string;
  gender: string;
  ageBroad: string;
  majorityStatus: string;
  citizenship: string;
  CountryOfExploitation: string;
  isForcedLabour: boolean;
  meansOfControl: Record<(typeof MEANS_COLUMNS)[number], boolean>;
}

function classKey(row: HtcdsRow): string {
  return QUASI_IDENTIFIERS.map((q) => row[q]).join('|');
}

function classSizes(rows: HtcdsRow[]): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const r of rows) sizes.set(classKey(r), (sizes.get(classKey(r)) ?? 0) + 1);
  return sizes;
}

export function isKAnonymous(rows: HtcdsRow[], k: number): boolean {
  return [...classSizes(rows).values()].every((n) => n >= k);
}

/**
 * Generalises and suppresses until every quasi-identifier class has at least k rows.
 * @example anonymise(rows, 5).rows.length <= rows.length
 */
export function anonymise(input: HtcdsRow[], k: number): { rows: HtcdsRow[]; generalised: number; suppressed: number } {
  if (k < 5) throw new Error('k must be at least 5');
  let rows = input.map((r) => ({ ...r }));
  const touched = new Set<HtcdsRow>();
  for (const field of SUPPRESSION_ORDER) {
    const sizes = classSizes(rows);
    for (const r of rows) {
      if ((sizes.get(classKey(r)) ?? 0) < k) {
        r[field] = '*';
        touched.add(r);
      }
    }
  }
  const sizes = classSizes(rows);
  const before = rows.length;
  rows = rows.filter((r) => (sizes.get(classKey(r)) ?? 0) >= k);
  return { rows, generalised: touched.size, suppressed: before - rows.length };
}

function gender(sex: string | null): string {
  return sex === 'female' ? 'Female' : sex === 'male' ? 'Male' : 'Unknown';
}

/** Builds the HTCDS row of one person from their latest trafficking screening. */
export function toHtcdsRow(p: { sex: string | null; birth_date: string | null; nationalities: string[]; member_state: string; conducted_at: Date | string }, answers: Record<string, boolean>): HtcdsRow {
  const band = ageBand(p.birth_date);
  const means = Object.fromEntries(MEANS_COLUMNS.map((m) => [m, false])) as HtcdsRow['meansOfControl'];
  for (const [answer, yes] of Object.entries(answers)) {
    const m = MEANS_OF_CONTROL[answer];
    if (yes && m) means[m as keyof typeof means] = true;
  }
  return {
    yearOfRegistration: String(new Date(p.conducted_at).getUTCFullYear()),
    gender: gender(p.sex),
    ageBroad: band,
    majorityStatus: band === 'Unknown' ? 'Unknown' : band === '0--8' || band === '9--17' ? 'Minor' : 'Adult',
    citizenship: p.nationalities[0] ?? 'Unknown',
    CountryOfExploitation: p.member_state,
    isForcedLabour: true,
    meansOfControl: means,
  };
}

/**
 * The publishable export of the caller's member state. The answers are opened in the server only
 * to derive the methods of control; the output has no free text and no identifier.
 */
export async function exportHtcds(trx: Trx, ring: Keyring, actor: Actor, k: number) {
  if (!canExportStatistics(actor)) throw new DomainError('FORBIDDEN');
  const rows = await trx
    .selectFrom('protection_assessments as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select(['a.id', 'a.answers', 'a.conducted_at', 'a.person_id', 'p.sex', 'p.birth_date', 'p.nationalities', 'a.member_state'])
    .where('a.member_state', '=', actor.memberState)
    .where('a.questionnaire', '=', 'trafficking-ilo')
    .where((eb) => eb.or([eb(eb.val('trafficking_presumed_victim'), '=', eb.fn.any('a.flag_codes')), eb(eb.val('trafficking_indicators'), '=', eb.fn.any('a.flag_codes'))]))
    .orderBy('a.conducted_at', 'desc')
    .execute();
  const latest = new Map<string, (typeof rows)[number]>();
  for (const r of rows) if (!latest.has(r.person_id)) latest.set(r.person_id, r);
  const records = [...latest.values()].map((r) => toHtcdsRow(r, unseal<Record<string, boolean>>(ring, 'protection_assessments', 'answers', r.id, r.answers)));
  const result = anonymise(records, k);
  await auditConfidentialRead(trx, actor, 'htcds_export', actor.memberState, { k, records: records.length, published: result.rows.length, suppressed: result.suppressed });
  return { standard: 'HTCDS v2.0 (CTDC k-anonymised columns)', k, quasiIdentifiers: [...QUASI_IDENTIFIERS], records: records.length, suppressed: result.suppressed, rows: result.rows };
}
