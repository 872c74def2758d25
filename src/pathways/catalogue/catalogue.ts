/**
 * The seed programme catalogue and the functions the screening service calls on it: which rule
 * version is in force on a date, whether a programme takes applications, and the screening of a
 * household against one programme or all of them. Pure: the database layer stores what these return.
 */
import { compileRule, type CompiledRule } from '../engine/compile-rule.ts';
import { explainEvaluation, type Evaluation, type MissingFact, type Outcome } from '../engine/evaluate-rule.ts';
import type { HouseholdFacts } from '../engine/household-facts.ts';
import { rankScreeningResults } from '../engine/rank-results.ts';
import type { RuleVersion } from '../engine/rules.schemas.ts';
import type { Language, Programme, ProgrammeKind } from './programme.schemas.ts';
import { CA_FAMILY_CLASS } from './programmes/ca-family-class.ts';
import { CA_GAR } from './programmes/ca-gar.ts';
import { CA_HUMANITARIAN_FAMILY } from './programmes/ca-humanitarian-family.ts';
import { CA_SAWP } from './programmes/ca-sawp.ts';
import { CA_TFWP_AGRICULTURAL } from './programmes/ca-tfwp-agricultural.ts';
import { MX_COMAR_ASYLUM } from './programmes/mx-comar.ts';
import { MX_TVTF } from './programmes/mx-tvtf.ts';
import { SAFE_MOBILITY } from './programmes/safe-mobility.ts';
import { US_FRP } from './programmes/us-frp.ts';
import { US_H2A } from './programmes/us-h2a.ts';
import { US_H2B } from './programmes/us-h2b.ts';
import { US_T_VISA } from './programmes/us-t-visa.ts';
import { US_USRAP_P3 } from './programmes/us-usrap-p3.ts';
import { US_USRAP_UNHCR } from './programmes/us-usrap-unhcr.ts';

export const CATALOGUE: readonly Programme[] = [
  US_H2A,
  US_H2B,
  CA_SAWP,
  CA_TFWP_AGRICULTURAL,
  MX_TVTF,
  CA_FAMILY_CLASS,
  CA_HUMANITARIAN_FAMILY,
  US_USRAP_UNHCR,
  US_USRAP_P3,
  CA_GAR,
  MX_COMAR_ASYLUM,
  US_T_VISA,
  SAFE_MOBILITY,
  US_FRP,
];

export function findProgramme(code: string, catalogue: readonly Programme[] = CATALOGUE): Programme | undefined {
  return catalogue.find((p) => p.code === code);
}

export function getProgramme(code: string, catalogue: readonly Programme[] = CATALOGUE): Programme {
  const programme = findProgramme(code, catalogue);
  if (!programme) throw new Error(`unknown programme ${code}`);
  return programme;
}

/** The rule version in force on `asOf` (effectiveFrom inclusive, effectiveTo exclusive). */
export function findRuleVersion(programme: Programme, asOf: string): RuleVersion | undefined {
  return programme.ruleVersions.find((v) => v.effectiveFrom <= asOf && (v.effectiveTo === undefined || asOf < v.effectiveTo));
}

/** The version in force, or for a closed programme the last one, so old results stay explainable. */
function ruleVersionForScreening(programme: Programme, asOf: string): RuleVersion {
  const current = findRuleVersion(programme, asOf);
  if (current) return current;
  const sorted = [...programme.ruleVersions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const past = sorted.filter((v) => v.effectiveFrom <= asOf);
  return past.length > 0 ? past[past.length - 1] : sorted[0];
}

export type Availability = 'accepting' | 'paused' | 'closed' | 'not_yet_open' | 'outside_intake_window';

export function availabilityOn(programme: Programme, asOf: string): Availability {
  if (programme.status === 'closed' || (programme.closedOn !== undefined && asOf >= programme.closedOn)) return 'closed';
  if (programme.openedOn !== undefined && asOf < programme.openedOn) return 'not_yet_open';
  if (programme.status === 'paused') return 'paused';
  if (programme.intakeWindows.length === 0) return 'accepting';
  const inWindow = programme.intakeWindows.some((w) => w.opensOn <= asOf && (w.closesOn === undefined || asOf <= w.closesOn));
  return inWindow ? 'accepting' : 'outside_intake_window';
}

/** Does the programme take applications on `asOf`? The screening service screens only these. */
export function isIntakeOpen(programme: Programme, asOf: string): boolean {
  return availabilityOn(programme, asOf) === 'accepting';
}

const compiledCache = new WeakMap<RuleVersion, CompiledRule>();

/** Compiles a rule version once and keeps it for as long as the version object lives. */
export function compileRuleVersion(version: RuleVersion): CompiledRule {
  let compiled = compiledCache.get(version);
  if (!compiled) {
    compiled = compileRule(version);
    compiledCache.set(version, compiled);
  }
  return compiled;
}

export interface ScreeningResult {
  programmeCode: string;
  hostState: string;
  kind: ProgrammeKind;
  availability: Availability;
  isAcceptingApplications: boolean;
  /** The rules' answer, except that a closed programme is never eligible. */
  outcome: Outcome;
  ruleVersion: string;
  asOf: string;
  evaluation: Evaluation;
  missingFacts: MissingFact[];
}

/**
 * Screens a household against one programme on a date, criterion by criterion.
 *
 * @example
 *   const r = screenProgramme(getProgramme('ca_sawp'), household, '2026-11-27');
 *   r.outcome // 'eligible'; r.evaluation.nodes explain why
 */
export function screenProgramme(programme: Programme, household: HouseholdFacts, asOf: string): ScreeningResult {
  const version = ruleVersionForScreening(programme, asOf);
  const evaluation = explainEvaluation(compileRuleVersion(version), household, asOf);
  const availability = availabilityOn(programme, asOf);
  // A closed programme takes nobody, whatever its rules say; the explanation stays for the record.
  const outcome: Outcome = availability === 'closed' ? 'not_eligible' : evaluation.outcome;
  return {
    programmeCode: programme.code,
    hostState: programme.hostState,
    kind: programme.kind,
    availability,
    isAcceptingApplications: availability === 'accepting',
    outcome,
    ruleVersion: version.version,
    asOf,
    evaluation,
    missingFacts: outcome === 'needs_information' ? evaluation.missingFacts : [],
  };
}

/** Screens a household against every programme of the catalogue, in catalogue order. */
export function screenAgainstCatalogue(
  household: HouseholdFacts,
  asOf: string,
  catalogue: readonly Programme[] = CATALOGUE,
): ScreeningResult[] {
  return catalogue.map((p) => screenProgramme(p, household, asOf));
}

export interface ApplicantPathway {
  programmeCode: string;
  name: string;
  outcome: Outcome;
  availability: Availability;
  missingFactCount: number;
  nextSteps: string;
  result: ScreeningResult;
}

/**
 * "Your possible pathways and why": results ranked for the applicant, with names and next steps
 * in their language.
 *
 * @example listPathwaysForApplicant(screenAgainstCatalogue(h, '2026-11-27'), 'es')[0].nextSteps
 */
export function listPathwaysForApplicant(
  results: readonly ScreeningResult[],
  language: Language,
  catalogue: readonly Programme[] = CATALOGUE,
): ApplicantPathway[] {
  return rankScreeningResults(results).map((result) => {
    const programme = getProgramme(result.programmeCode, catalogue);
    return {
      programmeCode: result.programmeCode,
      name: programme.name[language],
      outcome: result.outcome,
      availability: result.availability,
      missingFactCount: result.missingFacts.length,
      nextSteps: programme.nextSteps[language],
      result,
    };
  });
}

/** What to store for a screening: small, JSON-serialisable, enough to explain it again later. */
export interface StoredScreening {
  programmeCode: string;
  ruleVersion: string;
  asOf: string;
  outcome: Outcome;
  availability: Availability;
  /** Node id to result, in the rule's order. */
  criteria: Record<string, string>;
  missingFacts: MissingFact[];
}

export function summariseScreening(result: ScreeningResult): StoredScreening {
  const criteria: Record<string, string> = {};
  for (const node of result.evaluation.nodes) criteria[node.id] = node.result;
  return {
    programmeCode: result.programmeCode,
    ruleVersion: result.ruleVersion,
    asOf: result.asOf,
    outcome: result.outcome,
    availability: result.availability,
    criteria,
    missingFacts: result.missingFacts,
  };
}

/**
 * Did re-screening change what the applicant is told? Compares the outcome and the missing facts,
 * not the date or the rule version, so a new version that changes nothing for a household is not
 * reported as a change for it.
 */
export function hasScreeningChanged(before: StoredScreening, after: StoredScreening): boolean {
  if (before.outcome !== after.outcome) return true;
  if (before.missingFacts.length !== after.missingFacts.length) return true;
  const key = (m: MissingFact) => `${m.fact}|${m.memberId ?? ''}|${m.relativeIndex ?? ''}`;
  const seen = new Set(before.missingFacts.map(key));
  return after.missingFacts.some((m) => !seen.has(key(m)));
}
