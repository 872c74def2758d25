/**
 * Screening a household: every programme whose intake is open is evaluated against the
 * household's facts with the rule version in force; the results are stored with that version
 * (earlier results are superseded, not deleted, so they stay readable). The applicant and
 * caseworkers read them ranked and explained in their language.
 */
import type { Actor } from '../platform/actor.ts';
import { auditActorOf } from '../platform/actor.ts';
import { recordAudit } from '../platform/audit.ts';
import type { Executor, Trx } from '../platform/db.ts';
import { DomainError } from '../platform/errors.ts';
import { hasConsent } from '../registry/consent.ts';
import type { Keyring } from '../platform/crypto.ts';
import { loadFactsPage } from '../registry/household-facts.ts';
import { getHousehold } from '../registry/read-household.ts';
import { compileRuleVersion, isIntakeOpen, screenProgramme } from './catalogue/catalogue.ts';
import type { Language } from './catalogue/programme.schemas.ts';
import { loadProgrammes } from './catalogue-store.ts';
import type { Evaluation, MissingFact, Outcome } from './engine/evaluate-rule.ts';
import { renderEvaluation } from './engine/messages.ts';
import { rankScreeningResults } from './engine/rank-results.ts';
import { expandEvaluation, type StoredEvaluation } from './stored-evaluation.ts';
import { writeResults } from './write-results.ts';

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Screens a household the actor may see, against every programme accepting applications.
 * Screening needs the principal's consent for that purpose.
 */
export async function screenHousehold(trx: Trx, ring: Keyring, actor: Actor, householdId: string, asOf: string = today()) {
  const household = await getHousehold(trx, actor, householdId);
  if (!(await hasConsent(trx, household.principalPersonId, 'screening'))) {
    throw new DomainError('CONSENT_REQUIRED', 'The household has not consented to screening.', { purpose: 'screening' });
  }
  // The same loader as bulk re-screening, so one household and a page of them read the same facts.
  const facts = (await loadFactsPage(trx, ring, [householdId])).get(householdId);
  if (!facts) throw new DomainError('HOUSEHOLD_NOT_FOUND');
  const programmes = (await loadProgrammes(trx)).filter((p) => isIntakeOpen(p, asOf));
  const results = programmes.map((p) => screenProgramme(p, facts, asOf));
  const memberIds = household.members.map((m) => m.id);
  await writeResults(
    trx,
    results.map((result) => ({ householdId, memberState: household.memberState, result, memberIds })),
    null,
    actor.userId,
  );
  await recordAudit(trx, auditActorOf(actor), {
    action: 'household.screen',
    recordType: 'household',
    recordId: householdId,
    details: { asOf, programmes: results.length, eligible: results.filter((r) => r.outcome === 'eligible').map((r) => r.programmeCode) },
  });
  return results.length;
}

export interface PathwayView {
  programmeCode: string;
  programmeName: string;
  hostMemberState: string;
  kind: string;
  programmeStatus: string;
  outcome: Outcome;
  outcomeText: string;
  ruleVersion: string;
  asOf: string;
  screenedAt: string;
  nextSteps: string;
  missingFacts: string[];
  criteria: { id: string; depth: number; result: string; resultText: string; text: string; source?: { citation: string; url?: string } }[];
}

/** The household's current results, ranked and explained in `language`. */
export async function listHouseholdPathways(db: Executor, actor: Actor, householdId: string, language: Language): Promise<PathwayView[]> {
  const household = await getHousehold(db, actor, householdId);
  const rows = await db
    .selectFrom('screening_results')
    .select(['programme_code', 'rule_version', 'outcome', 'missing_facts', 'evaluation', 'as_of', 'screened_at'])
    .where('household_id', '=', householdId)
    .where('superseded_at', 'is', null)
    .execute();
  const programmes = new Map((await loadProgrammes(db, rows.map((r) => r.programme_code))).map((p) => [p.code, p]));
  const names = Object.fromEntries(household.members.map((m) => [m.id, m.givenNames]));
  const memberIds = household.members.map((m) => m.id);
  const ranked = rankScreeningResults(
    rows.map((r) => ({ ...r, programmeCode: r.programme_code, outcome: r.outcome as Outcome, missingFacts: r.missing_facts as MissingFact[] })),
  );
  return ranked.map((r) => {
    const programme = programmes.get(r.programmeCode);
    const version = programme?.ruleVersions.find((v) => v.version === r.rule_version);
    const evaluation: Evaluation = version
      ? expandEvaluation(compileRuleVersion(version), r.evaluation as unknown as StoredEvaluation, memberIds, {
          ruleVersion: r.rule_version,
          asOf: r.as_of,
          outcome: r.outcome,
          missingFacts: r.missingFacts,
        })
      : { ruleVersion: r.rule_version, asOf: r.as_of, outcome: r.outcome, missingFacts: r.missingFacts, nodes: [] };
    const rendered = renderEvaluation(evaluation, language, names);
    return {
      programmeCode: r.programmeCode,
      programmeName: programme?.name[language] ?? r.programmeCode,
      hostMemberState: programme?.hostState ?? '',
      kind: programme?.kind ?? '',
      programmeStatus: programme?.status ?? 'closed',
      outcome: r.outcome,
      outcomeText: rendered.outcomeText,
      ruleVersion: r.rule_version,
      asOf: r.as_of,
      screenedAt: new Date(r.screened_at).toISOString(),
      nextSteps: programme?.nextSteps[language] ?? '',
      missingFacts: rendered.missingFacts,
      criteria: rendered.nodes.map((n) => ({ id: n.id, depth: n.depth, result: n.result, resultText: n.resultText, text: n.text, source: n.source })),
    };
  });
}
