/**
 * Benchmark harness. Each benchmark is a module `bench/<name>.ts` exporting
 * `run(args: BenchArgs): Promise<void>`; it prints its figures for people and
 * ends with one JSON line per figure through `emit`.
 *
 * @example
 *   emit('allocation', 'da_seconds', 0.14, 's');
 *   // {"bench":"allocation","metric":"da_seconds","value":0.14,"unit":"s"}
 */
export interface BenchArgs {
  /** Raw arguments after the benchmark name. */
  argv: string[];
  /** `--key value` and `--flag` options, parsed. */
  options: Record<string, string | boolean>;
}

export function emit(
  bench: string,
  metric: string,
  value: number,
  unit: string,
  extra: Record<string, string | number> = {},
): void {
  process.stdout.write(JSON.stringify({ bench, metric, value, unit, ...extra }) + '\n');
}

export function parseOptions(argv: string[]): Record<string, string | boolean> {
  const options: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const key = arg.slice(2);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      options[key] = next;
      i++;
    } else {
      options[key] = true;
    }
  }
  return options;
}

export function numberOption(options: BenchArgs['options'], key: string, fallback: number): number {
  const value = options[key];
  if (value === undefined || value === true) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`--${key} must be a number, got ${String(value)}`);
  return parsed;
}

/** Milliseconds since `start` (from performance.now()). */
export function since(start: number): number {
  return performance.now() - start;
}

/** A small seeded PRNG (mulberry32) so that runs compare. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
