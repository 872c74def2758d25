/**
 * A small scenario runner for the end-to-end tests. Files named `*.e2e.ts` in this folder call
 * `scenario()` when imported; run.ts imports them all and runs each scenario in its own browser
 * context (fresh cookies and storage), then fails it on any page error, console error or missing
 * translation that the pages logged.
 */
import type { Browser, BrowserContext, Page, ViewportSize } from 'playwright-core';
import type { Db } from '../../src/platform/db.ts';

export interface ScenarioContext {
  baseUrl: string;
  /** The server's database, for what a scenario needs beyond the demo data (another office's user, say). */
  db: Db;
  /** A page in a new browser context, so nothing is shared with other pages or scenarios. */
  openPage(options?: { viewport?: ViewportSize }): Promise<Page>;
}

export interface Scenario {
  name: string;
  run(context: ScenarioContext): Promise<void>;
}

const scenarios: Scenario[] = [];

export function scenario(name: string, run: Scenario['run']): void {
  scenarios.push({ name, run });
}

export function registeredScenarios(): readonly Scenario[] {
  return scenarios;
}

/** Console noise that is not a defect: the browser logs every 4xx answer, which the app expects and handles. */
function isExpectedConsoleMessage(text: string): boolean {
  return /^Failed to load resource: the server responded with a status of 4\d\d/.test(text);
}

export interface ScenarioResult {
  name: string;
  ok: boolean;
  ms: number;
  error?: unknown;
}

export async function runScenario(
  browser: Browser,
  baseUrl: string,
  db: Db,
  { name, run }: Scenario,
  { timeoutMs, onFailure }: { timeoutMs: number; onFailure: (page: Page, name: string) => Promise<void> },
): Promise<ScenarioResult> {
  const started = Date.now();
  const contexts: BrowserContext[] = [];
  const pages: Page[] = [];
  const problems: string[] = [];

  async function openPage(options: { viewport?: ViewportSize } = {}): Promise<Page> {
    const context = await browser.newContext({ baseURL: baseUrl, viewport: options.viewport ?? { width: 1280, height: 800 } });
    contexts.push(context);
    const page = await context.newPage();
    pages.push(page);
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !isExpectedConsoleMessage(text)) problems.push(`console error: ${text}`);
      if (message.type() === 'warning' && text.startsWith('i18n:')) problems.push(`console warning: ${text}`);
    });
    return page;
  }

  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      run({ baseUrl, db, openPage }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    if (problems.length > 0) throw new Error(`the pages reported problems:\n  ${problems.join('\n  ')}`);
    return { name, ok: true, ms: Date.now() - started };
  } catch (error) {
    const last = pages.at(-1);
    if (last && !last.isClosed()) await onFailure(last, name).catch(() => undefined);
    return { name, ok: false, ms: Date.now() - started, error };
  } finally {
    clearTimeout(timer);
    await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  }
}
