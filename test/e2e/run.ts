/**
 * `npm run test:e2e [-- FILTER]`: drives the built web app in Debian's Chromium against an in-process
 * server on a fresh database with the demo data. Build the web app first (`npx vite build`).
 * FILTER runs only the scenarios whose name contains it. Exits 1 if any scenario fails.
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startTestServer } from '../helpers/server.ts';
import { registeredScenarios, runScenario } from './harness.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FAILURES_DIR = path.join(ROOT, 'dist/e2e-failures');
const SCENARIO_TIMEOUT_MS = 60_000;

function fail(message: string): never {
  process.stderr.write(`e2e: ${message}\n`);
  process.exit(1);
}

async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(FAILURES_DIR, { recursive: true });
  const file = path.join(FAILURES_DIR, `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  await page.screenshot({ path: file, fullPage: true });
  process.stdout.write(`    screenshot: ${path.relative(ROOT, file)}\n`);
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/web/index.html'))) fail('dist/web is missing; run `npx vite build` first.');
  if (!existsSync(CHROMIUM)) fail(`no Chromium at ${CHROMIUM}; install Debian's chromium or set CHROMIUM_PATH.`);

  for (const file of readdirSync(HERE).filter((f) => f.endsWith('.e2e.ts')).sort()) {
    await import(pathToFileURL(path.join(HERE, file)).href);
  }
  const filter = process.argv[2];
  const scenarios = registeredScenarios().filter((s) => !filter || s.name.includes(filter));
  if (scenarios.length === 0) fail(filter ? `no scenario matches "${filter}".` : 'no scenarios found.');

  const server = await startTestServer();
  // launch() gives every run a fresh, temporary user-data-dir, removed on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  process.stdout.write(`e2e: ${scenarios.length} scenarios against ${server.url} in Chromium ${browser.version()}\n`);

  let failed = 0;
  try {
    for (const scenario of scenarios) {
      const result = await runScenario(browser, server.url, server.db, scenario, {
        timeoutMs: SCENARIO_TIMEOUT_MS,
        onFailure: saveScreenshot,
      });
      if (result.ok) {
        process.stdout.write(`  ✓ ${result.name} (${result.ms} ms)\n`);
      } else {
        failed += 1;
        const error = result.error instanceof Error ? result.error.message : String(result.error);
        process.stdout.write(`  ✗ ${result.name} (${result.ms} ms)\n    ${error.replaceAll('\n', '\n    ')}\n`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`e2e: ${scenarios.length - failed} passed, ${failed} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`e2e: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
