/** Checks that scenarios share: untranslated keys, accessibility (axe-core), reflow on a phone. */
import assert from 'node:assert/strict';
import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** A web address written without its scheme in the server's texts, such as `SeasonalJobs.dol.gov`. */
const BARE_HOST_NAME = /\b[\w-]+(\.[\w-]+)*\.(gov|org|com|net|int|ca|mx|news|press)\b/gi;
/** A file named in recorded data, such as a wage floor's note citing `pathways.md` or a `.csv` table. */
const FILE_NAME = /\b[\w-]+\.(md|csv|json|pdf|xlsx?|html?)\b/gi;

/**
 * A translation key shown instead of its text looks like `nav.home` or `errors.AUTH_LOCKED`. E-mail
 * addresses, web addresses (with or without their scheme), file names, identifiers shown as code (an
 * audit action such as `auth.sign_in`) and cited sources are removed first, since they have dots too.
 */
const KEY_LIKE = /\b[a-z][a-zA-Z_]*\.[a-zA-Z_]+(\.[a-zA-Z_]+)*\b/g;

export async function assertNoUntranslatedKeys(page: Page, where: string): Promise<void> {
  const texts = await page.evaluate(() => {
    const attributes = ['aria-label', 'title', 'placeholder', 'alt'];
    const labelled = [...document.querySelectorAll(attributes.map((a) => `[${a}]`).join(','))].flatMap((element) =>
      attributes.map((a) => element.getAttribute(a) ?? ''),
    );
    let body = document.body.innerText;
    for (const code of document.querySelectorAll('code, cite')) body = body.replace((code as HTMLElement).innerText, ' ');
    return [document.title, body, ...labelled];
  });
  const found = texts
    .map((text) => text.replace(/\S+@\S+/g, ' ').replace(/\bhttps?:\/\/\S+/g, ' ').replace(BARE_HOST_NAME, ' ').replace(FILE_NAME, ' '))
    .flatMap((text) => text.match(KEY_LIKE) ?? []);
  assert.deepEqual(found, [], `${where}: text that looks like an untranslated key: ${found.join(', ')}`);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/** Runs axe-core on the page as it is and fails on any serious or critical violation. */
export async function assertAccessible(page: Page, where: string): Promise<void> {
  const hasAxe = await page.evaluate(() => 'axe' in window);
  if (!hasAxe) await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }));
  }, AXE_TAGS);
  const blocking = violations.filter((v: AxeViolation) => v.impact === 'serious' || v.impact === 'critical');
  const report = blocking
    .map((v: AxeViolation) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)
    .join('\n  ');
  assert.equal(blocking.length, 0, `${where}: accessibility violations:\n  ${report}`);
}

/** WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need scrolling sideways. */
export async function assertNoHorizontalScroll(page: Page, where: string): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  assert.ok(scrollWidth <= clientWidth, `${where}: the page is ${scrollWidth}px wide in a ${clientWidth}px window`);
}

/** Runs every page-level check; call it once a page has settled. */
export async function checkPage(page: Page, where: string): Promise<void> {
  await assertNoUntranslatedKeys(page, where);
  await assertAccessible(page, where);
}
