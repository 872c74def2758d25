/**
 * `npm run bench -- NAME [options]`: runs one benchmark from bench/NAME.ts.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { parseOptions } from '../../bench/harness.ts';

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench');

function available(): string[] {
  return readdirSync(benchDir)
    .filter((f) => f.endsWith('.ts') && f !== 'harness.ts' && !f.endsWith('-generator.ts') && !f.includes('.test.') && !f.startsWith('_'))
    .map((f) => f.replace(/\.ts$/, ''));
}

async function main(): Promise<void> {
  const [name, ...argv] = process.argv.slice(2);
  const names = available();
  if (!name || !names.includes(name)) {
    process.stderr.write(`Usage: npm run bench -- NAME [options]\nBenchmarks: ${names.join(', ')}\n`);
    process.exit(name ? 1 : 0);
  }
  const mod = (await import(path.join(benchDir, `${name}.ts`))) as {
    run: (args: { argv: string[]; options: Record<string, string | boolean> }) => Promise<void>;
  };
  await mod.run({ argv, options: parseOptions(argv) });
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
