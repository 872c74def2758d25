// `npm test`: typecheck, lint, every test on PGlite; with DATABASE_URL set, the database
// tests again on PostgreSQL; with Chromium present, the end-to-end tests.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const databaseUrl = process.env.DATABASE_URL;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function step(title, command, args, env = {}) {
  process.stdout.write(`\n▶ ${title}\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    process.stdout.write(`✗ ${title} failed\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${title} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
}

step('typecheck', 'npx', ['tsc', '--noEmit']);
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('tests on PGlite', 'npx', ['vitest', 'run'], { DATABASE_URL: '' });
if (databaseUrl) {
  // API and database tests are named *.api.test.ts or *.db.test.ts.
  step('database tests on PostgreSQL', 'npx', ['vitest', 'run', '.api.test.ts', '.db.test.ts'], { DATABASE_URL: databaseUrl });
}
if (existsSync(chromium)) {
  if (!existsSync('dist/web/index.html') || process.env.PUENTE_REBUILD_WEB !== '0') step('build the web app', 'npx', ['vite', 'build', '--logLevel', 'warn']);
  step(`end-to-end tests in Chromium${databaseUrl ? ' on PostgreSQL' : ' on PGlite'}`, 'npx', ['tsx', 'test/e2e/run.ts']);
} else {
  process.stdout.write(`\n(end-to-end tests not run: no Chromium at ${chromium}; install Debian's chromium package)\n`);
}
