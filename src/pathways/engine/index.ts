/**
 * The eligibility engine's public surface. Other domains (the screening service, the benchmark)
 * import from here, not from the files behind it.
 */
export { HouseholdFacts, MemberFacts, RelativeFacts, ResidenceStatus, Relationship, PartialDate } from './household-facts.ts';
export { RuleNode, RuleVersion, RuleSource, Criterion, checkRule, listChildren } from './rules.schemas.ts';
export { FACTS, type FactPath, listFactPaths } from './fact-registry.ts';
export { compileRule, countCriterionEvaluations, type CompiledRule } from './compile-rule.ts';
export {
  evaluateOutcome,
  explainEvaluation,
  type Evaluation,
  type NodeExplanation,
  type MissingFact,
  type Outcome,
  type CriterionResult,
} from './evaluate-rule.ts';
export { rankScreeningResults, type RankableResult } from './rank-results.ts';
export {
  LANGUAGES,
  type Language,
  renderEvaluation,
  translateMessage,
  explainCriterion,
  describeMissingFact,
  hasMessage,
  type RenderedEvaluation,
} from './messages.ts';
export { generateHousehold, createSeededRandom } from './generate-household.ts';
export { minAge, maxAge, isPartialDate } from './partial-date.ts';
