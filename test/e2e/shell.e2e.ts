/** The web shell: sign-in, menus per role, the five languages, accessibility on a desktop and a phone. */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserSeed } from '../../src/pact/pact.demo.ts';
import { ROLE_SCOPES, type Role } from '../../src/platform/roles.ts';
import type { Catalogue } from '../../web/src/i18n/catalogues/en.ts';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { ht } from '../../web/src/i18n/catalogues/ht.ts';
import { pt } from '../../web/src/i18n/catalogues/pt.ts';
import { formatCalendarDate, formatDateTime, formatNumber, formatRegionName } from '../../web/src/i18n/format.ts';
import type { Locale } from '../../web/src/i18n/locales.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';

const CATALOGUES: Record<Locale, Catalogue> = { en, es, fr, ht, pt };
const PHONE = { width: 320, height: 640 };

function demoUser(email: string): DemoUserSeed {
  const user = DEMO_USERS.find((u) => u.email === email);
  assert.ok(user, `no demo user ${email}`);
  return user;
}

async function expectHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ timeout: 10_000 });
}

async function chooseLanguage(page: Page, locale: Locale): Promise<void> {
  await page.getByRole('combobox').selectOption(locale);
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
}

async function signIn(page: Page, c: Catalogue, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel(c.auth.email, { exact: true }).fill(email);
  await page.getByLabel(c.auth.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: c.auth.submit, exact: true }).click();
}

async function menuItems(page: Page, c: Catalogue): Promise<string[]> {
  return page.getByRole('navigation', { name: c.nav.label }).getByRole('link').allInnerTexts();
}

function hasScope(role: string, scope: string): boolean {
  return (ROLE_SCOPES[role as Role] as readonly string[]).includes(scope);
}

/** One demo account per language, each with a profile language other than the one chosen. */
const LANGUAGE_TOURS: [Locale, string][] = [
  ['en', 'caseworker@demo.puente.test'],
  ['es', 'employer@demo.puente.test'],
  ['fr', 'auditor@demo.puente.test'],
  ['ht', 'supervisor@demo.puente.test'],
  ['pt', 'protection@demo.puente.test'],
];

for (const [locale, email] of LANGUAGE_TOURS) {
  const user = demoUser(email);
  scenario(`${locale}: ${user.role} signs in; every page translated and accessible, on a desktop and a phone`, async ({ openPage }) => {
    const c = CATALOGUES[locale];
    const page = await openPage();
    await page.goto('/');
    await expectHeading(page, en.auth.title);
    await chooseLanguage(page, locale);
    await expectHeading(page, c.auth.title);
    await checkPage(page, 'sign-in');

    await page.getByRole('button', { name: c.auth.submit, exact: true }).click();
    await page.getByText(c.auth.emailRequired, { exact: true }).waitFor();
    await checkPage(page, 'sign-in with missing fields');

    await signIn(page, c, email);
    await expectHeading(page, c.home.welcome.replace('{{name}}', user.displayName));
    await page.getByRole('heading', { level: 3, name: c.roles[user.role as Role], exact: true }).waitFor();
    await checkPage(page, 'home');

    const pages: [string, string][] = [[c.nav.account, c.account.title]];
    if (hasScope(user.role, 'pact:read')) pages.push([c.nav.memberStates, c.pact.title]);
    if (hasScope(user.role, 'audit:read')) pages.push([c.nav.audit, c.audit.title]);
    for (const [link, heading] of pages) {
      await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: link, exact: true }).click();
      await expectHeading(page, heading);
      await checkPage(page, heading);
    }

    if (hasScope(user.role, 'pact:read')) {
      const { items } = (await (await page.request.get('/api/pact/member-states')).json()) as {
        items: { code: string; name: string; joinedOn: string }[];
      };
      const first = items[0];
      assert.ok(first, 'the demo data has member states');
      await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: c.nav.memberStates, exact: true }).click();
      await page.getByRole('heading', { level: 2, name: formatRegionName(first.code, locale, first.name), exact: true }).waitFor();
      const dates = await page.locator(`time[datetime="${first.joinedOn}"]`).allInnerTexts();
      assert.ok(dates.includes(formatCalendarDate(first.joinedOn, locale)), `dates shown: ${dates.join(', ')}`);
    }

    if (hasScope(user.role, 'audit:read')) {
      await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: c.nav.audit, exact: true }).click();
      await expectHeading(page, c.audit.title);
      const first = page.locator('tbody time').first();
      await first.waitFor();
      const stamp = await first.getAttribute('datetime');
      assert.equal(await first.innerText(), formatDateTime(stamp ?? '', locale));
      await page.getByRole('button', { name: c.audit.verify, exact: true }).click();
      const intact = page.getByRole('status').filter({ hasText: c.audit.intact.split('{{')[0] });
      await intact.waitFor();
      const { rows } = (await (await page.request.get('/api/audit/verify')).json()) as { rows: number };
      assert.equal(await intact.innerText(), c.audit.intact.replace('{{rows}}', formatNumber(rows, locale)));
      await checkPage(page, 'audit trail, verified');
    }

    // The language chosen is remembered on this device.
    await page.reload();
    await expectHeading(page, pages.at(-1)?.[1] ?? '');
    assert.equal(await page.evaluate(() => document.documentElement.lang), locale);

    await page.setViewportSize(PHONE);
    for (const [link, heading] of [[c.nav.home, c.home.welcome.replace('{{name}}', user.displayName)], ...pages]) {
      await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: link, exact: true }).click();
      await expectHeading(page, heading);
      await assertNoHorizontalScroll(page, `${heading} at 320px`);
      await checkPage(page, `${heading} at 320px`);
    }

    await page.getByRole('button', { name: c.auth.signOut, exact: true }).click();
    await expectHeading(page, c.auth.title);
    await page.getByText(c.auth.signedOut, { exact: true }).waitFor();
    await assertNoHorizontalScroll(page, 'sign-in at 320px');
    await checkPage(page, 'signed out at 320px');
  });
}

scenario('every demo account sees the menu and home page of its role, in its profile language', async ({ openPage }) => {
  const page = await openPage();
  await page.goto('/');
  // Nothing is chosen on this device, so each user's profile language applies once signed in, and
  // stays on the sign-in page after signing out.
  let current = en;
  for (const user of DEMO_USERS) {
    await expectHeading(page, current.auth.title);
    await signIn(page, current, user.email);
    current = CATALOGUES[user.locale];
    await expectHeading(page, current.home.welcome.replace('{{name}}', user.displayName));
    const expected = [
      current.nav.home,
      ...(hasScope(user.role, 'pact:read') ? [current.nav.memberStates] : []),
      ...(hasScope(user.role, 'audit:read') ? [current.nav.audit] : []),
      current.nav.account,
    ];
    assert.deepEqual(await menuItems(page, current), expected, `menu of ${user.email}`);
    await page.getByRole('heading', { level: 3, name: current.roles[user.role as Role], exact: true }).waitFor();
    await checkPage(page, `home of ${user.role}`);
    await page.getByRole('button', { name: current.auth.signOut, exact: true }).click();
  }
});

scenario('a wrong password shows the error in the chosen language', async ({ openPage }) => {
  const page = await openPage();
  await page.goto('/');
  await chooseLanguage(page, 'ht');
  await signIn(page, ht, 'applicant@demo.puente.test', 'not-the-password');
  await page.getByRole('alert').filter({ hasText: ht.errors.AUTH_INVALID_CREDENTIALS }).waitFor();
  await checkPage(page, 'sign-in with a wrong password');
});

scenario('a page outside the role, or unknown, answers "page not found"', async ({ openPage }) => {
  const page = await openPage();
  await page.goto('/member-states');
  await expectHeading(page, en.auth.title);
  await chooseLanguage(page, 'fr');
  await chooseLanguage(page, 'en');
  await signIn(page, en, 'applicant@demo.puente.test');
  await expectHeading(page, en.notFound.title);
  await checkPage(page, 'not found');
  await page.goto('/no-such-page');
  await expectHeading(page, en.notFound.title);
  await page.getByRole('link', { name: en.notFound.home, exact: true }).click();
  await expectHeading(page, en.home.welcome.replace('{{name}}', demoUser('applicant@demo.puente.test').displayName));
});

scenario('signing out on all devices ends the sessions of other browsers', async ({ openPage }) => {
  const here = await openPage();
  const elsewhere = await openPage();
  const user = demoUser('pact-admin@demo.puente.test');
  const c = CATALOGUES[user.locale];
  for (const page of [here, elsewhere]) {
    await page.goto('/account');
    await signIn(page, en, user.email);
    await expectHeading(page, c.account.title);
  }
  await here.getByRole('button', { name: c.account.signOutEverywhere, exact: true }).click();
  await expectHeading(here, c.auth.title);
  await elsewhere.reload();
  // Signed out, the page no longer knows the profile's language and nothing was chosen on the device.
  await expectHeading(elsewhere, en.auth.title);
});
