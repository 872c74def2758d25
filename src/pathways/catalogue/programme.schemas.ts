/**
 * A programme in the catalogue: who runs it, what kind it is, whether it takes applications, its
 * quotas and its eligibility rules, versioned and effective-dated (pathways.md, design implication:
 * "program rules as versioned, dated data").
 */
import { z } from 'zod';
import { CountryCode } from '../engine/household-facts.ts';
import { isFullDate } from '../engine/partial-date.ts';
import { LANGUAGES } from '../engine/messages.ts';
import { RuleSource, RuleVersion } from '../engine/rules.schemas.ts';

export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

export const Translated = z.object({
  en: z.string().min(1),
  es: z.string().min(1),
  fr: z.string().min(1),
  ht: z.string().min(1),
  pt: z.string().min(1),
});
export type Translated = z.infer<typeof Translated>;

const FullDate = z.string().refine(isFullDate, { message: 'pathways.rules.date_invalid' });

export const ProgrammeKind = z.enum(['work', 'family', 'humanitarian']);
export type ProgrammeKind = z.infer<typeof ProgrammeKind>;

export const ProgrammeStatus = z.enum(['open', 'paused', 'closed']);
export type ProgrammeStatus = z.infer<typeof ProgrammeStatus>;

/** A period in which applications are taken; `closesOn` is the last day, inclusive. */
export const IntakeWindow = z.object({
  opensOn: FullDate,
  closesOn: FullDate.optional(),
  note: z.string().optional(),
});
export type IntakeWindow = z.infer<typeof IntakeWindow>;

export const Quota = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/),
  limit: z.number().int().positive(),
  unit: z.enum(['visas', 'persons', 'applications', 'work_permits']),
  periodFrom: FullDate.optional(),
  periodTo: FullDate.optional(),
  note: z.string().min(3),
  source: RuleSource,
});
export type Quota = z.infer<typeof Quota>;

export const Programme = z
  .object({
    code: z.string().regex(/^[a-z0-9_]+$/),
    name: Translated,
    /** The member state that decides: the destination country. */
    hostState: CountryCode,
    kind: ProgrammeKind,
    status: ProgrammeStatus,
    openedOn: FullDate.optional(),
    /** First day the programme no longer takes applications. */
    closedOn: FullDate.optional(),
    /** Empty means continuous intake while open. */
    intakeWindows: z.array(IntakeWindow),
    quotas: z.array(Quota),
    ruleVersions: z.array(RuleVersion).min(1),
    nextSteps: Translated,
    sources: z.array(RuleSource).min(1),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'closed' && p.closedOn === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a closed programme names its closing date', path: ['closedOn'] });
    }
    const versions = new Set<string>();
    const sorted = [...p.ruleVersions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    for (let i = 0; i < sorted.length; i++) {
      if (versions.has(sorted[i].version)) ctx.addIssue({ code: 'custom', message: `duplicate version ${sorted[i].version}` });
      versions.add(sorted[i].version);
      const next = sorted[i + 1];
      const to = sorted[i].effectiveTo;
      if (next !== undefined && (to === undefined || to > next.effectiveFrom)) {
        ctx.addIssue({ code: 'custom', message: `rule versions ${sorted[i].version} and ${next.version} overlap`, path: ['ruleVersions'] });
      }
    }
  });
export type Programme = z.infer<typeof Programme>;
