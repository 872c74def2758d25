/**
 * The settings format: which column is the id, how columns map to comparisons, which blocking
 * rules make candidate pairs, and how training runs. Documented in docs/linkage-settings.md; the
 * shipped examples are settings/febrl.settings.json and settings/registry.settings.json.
 * Concepts and defaults follow Splink (comparisons → levels → m/u, blocking rules, EM sessions).
 */

import { z } from 'zod';

const KeyExpression = z.string().min(1);

export const ComparisonSettings = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('exact'),
    name: z.string().min(1),
    column: z.string().min(1),
    term_frequency: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('jaro_winkler'),
    name: z.string().min(1),
    column: z.string().min(1),
    // Splink's NameComparison bands (comparison_library.py).
    thresholds: z.array(z.number().gt(0).lt(1)).min(1).max(6).default([0.92, 0.88, 0.7]),
    term_frequency: z.boolean().default(false),
    /** Another column whose value may have been swapped with this one (given name ↔ surname). */
    swap_column: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('damerau_levenshtein'),
    name: z.string().min(1),
    column: z.string().min(1),
    thresholds: z.array(z.number().int().min(1)).min(1).max(6).default([1, 2]),
    normalise: z.enum(['text', 'identifier', 'phone']).default('identifier'),
    term_frequency: z.boolean().default(false),
  }),
  z.object({
    type: z.literal('date'),
    name: z.string().min(1),
    column: z.string().min(1),
  }),
  z.object({
    type: z.literal('given_names'),
    name: z.string().min(1),
    thresholds: z.array(z.number().gt(0).lt(1)).length(3).default([0.92, 0.88, 0.7]),
    term_frequency: z.boolean().default(true),
  }),
  z.object({
    type: z.literal('family_names'),
    name: z.string().min(1),
    threshold: z.number().gt(0).lt(1).default(0.92),
    term_frequency: z.boolean().default(true),
  }),
]);
export type ComparisonSettings = z.infer<typeof ComparisonSettings>;

export const LinkageSettings = z.object({
  id_column: z.string().min(1),
  /** Where the person's name is: separate fields, or one full-name field to parse. */
  person: z
    .object({
      given: z.string().min(1).optional(),
      family1: z.string().min(1).optional(),
      family2: z.string().min(1).optional(),
      full: z.string().min(1).optional(),
    })
    .optional(),
  comparisons: z.array(ComparisonSettings).min(1).max(13),
  /** Candidate pairs are the union of these rules; each rule is a list of key expressions. */
  blocking_rules: z.array(z.array(KeyExpression).min(1)).min(1),
  /** Blocks larger than this are skipped and reported (linkage.md §5.4: cap block size). */
  max_block_size: z.number().int().min(2).default(5000),
  training: z
    .object({
      seed: z.number().int().default(42),
      u_max_pairs: z.number().int().min(1000).default(2_000_000),
      deterministic_rules: z.array(z.array(KeyExpression).min(1)).min(1),
      deterministic_recall: z.number().gt(0).max(1).default(0.8),
      em_blocking_rules: z.array(z.array(KeyExpression).min(1)).min(1),
      em_max_pairs: z.number().int().min(1000).default(2_000_000),
      em_max_iterations: z.number().int().min(1).default(25),
      em_convergence: z.number().gt(0).default(1e-4),
    })
    .strict(),
  /** Pairs at or above this match probability are matches (evaluation, clusters by default). */
  threshold: z.number().gt(0).lt(1).default(0.9),
  cluster_threshold: z.number().gt(0).lt(1).optional(),
  /** Pairs below this probability are not written out (they would swamp the file). */
  output_threshold: z.number().min(0).lt(1).default(0.5),
});
export type LinkageSettings = z.infer<typeof LinkageSettings>;

/**
 * Validate parsed JSON as settings; throws an Error whose message lists every problem.
 * @example parseSettings(JSON.parse(readFileSync('settings/febrl.settings.json', 'utf8')))
 */
export function parseSettings(json: unknown): LinkageSettings {
  const result = LinkageSettings.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`invalid settings:\n${problems.join('\n')}`);
  }
  const names = new Set<string>();
  for (const c of result.data.comparisons) {
    if (names.has(c.name)) throw new Error(`invalid settings: comparison name "${c.name}" is used twice`);
    names.add(c.name);
    if ((c.type === 'given_names' || c.type === 'family_names') && !result.data.person) {
      throw new Error(`invalid settings: comparison "${c.name}" of type ${c.type} needs a "person" section`);
    }
  }
  return result.data;
}

/** Columns a settings file reads, to check them against a CSV header before any work. */
export function listSettingsColumns(settings: LinkageSettings): string[] {
  const cols = new Set<string>([settings.id_column]);
  const p = settings.person;
  for (const c of [p?.given, p?.family1, p?.family2, p?.full]) if (c) cols.add(c);
  for (const c of settings.comparisons) {
    if ('column' in c) cols.add(c.column);
    if (c.type === 'jaro_winkler' && c.swap_column) cols.add(c.swap_column);
  }
  return [...cols];
}

/**
 * The same settings with every comparison on the given columns removed, and every rule that
 * uses them. The benchmarks use this to measure FEBRL "without identifiers" from the shipped file.
 */
export function withoutColumns(settings: LinkageSettings, columns: string[]): LinkageSettings {
  const drop = new Set(columns);
  const usesDropped = (rule: string[]) => rule.some((k) => keyColumn(k).split('|').some((c) => drop.has(c)));
  return {
    ...settings,
    comparisons: settings.comparisons.filter((c) => !('column' in c) || !drop.has(c.column)),
    blocking_rules: settings.blocking_rules.filter((r) => !usesDropped(r)),
    training: {
      ...settings.training,
      deterministic_rules: settings.training.deterministic_rules.filter((r) => !usesDropped(r)),
      em_blocking_rules: settings.training.em_blocking_rules.filter((r) => !usesDropped(r)),
    },
  };
}

/** The column (or person field) a key expression such as "phonetic(surname)" reads. */
export function keyColumn(expression: string): string {
  const m = /^\s*([a-z0-9_]+)\s*\(\s*([^,)]+?)\s*(?:,\s*\d+\s*)?\)\s*$/i.exec(expression);
  return m ? m[2] : expression.trim();
}

/** The function of a key expression ("phonetic" in "phonetic(surname)"), or '' for a bare column. */
export function keyFunction(expression: string): { fn: string; arg: number } {
  const m = /^\s*([a-z0-9_]+)\s*\(\s*[^,)]+?\s*(?:,\s*(\d+)\s*)?\)\s*$/i.exec(expression);
  return m ? { fn: m[1].toLowerCase(), arg: m[2] ? Number(m[2]) : 0 } : { fn: '', arg: 0 };
}
