/** The web shell: sign-in, menus per role, the five languages, accessibility on a desktop and a phone. */
import assert from 'node:assert/strict';
import { DEMO_USERS } from '../../src/pact/pact.demo.ts';
import type { Role } from '../../src/platform/roles.ts';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { ht } from '../../web/src/i18n/catalogues/ht.ts';
import { formatCalendarDate, formatDateTime, formatNumber, formatRegionName } from '../../web/src/i18n/format.ts';
import { LOCALE_NAMES, type Locale } from '../../web/src/i18n/locales.ts';
import {
  CATALOGUES,
  PHONE,
  chooseLanguage,
  demoUser,
  expectHeading,
  hasScope,
  menuItems,
  openMenuItem,
  signIn,
} from './app-driver.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';

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
      await openMenuItem(page, c, link);
      await expectHeading(page, heading);
      await checkPage(page, heading);
    }

    if (hasScope(user.role, 'pact:read')) {
      const { items } = (await (await page.request.get('/api/pact/member-states')).json()) as {
        items: { code: string; name: string; joinedOn: string }[];
      };
      const first = items[0];
      assert.ok(first, 'the demo data has member states');
      await openMenuItem(page, c, c.nav.memberStates);
      await page.getByRole('heading', { level: 2, name: formatRegionName(first.code, locale, first.name), exact: true }).waitFor();
      const dates = await page.locator(`time[datetime="${first.joinedOn}"]`).allInnerTexts();
      assert.ok(dates.includes(formatCalendarDate(first.joinedOn, locale)), `dates shown: ${dates.join(', ')}`);
    }

    if (hasScope(user.role, 'audit:read')) {
      await openMenuItem(page, c, c.nav.audit);
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
      await openMenuItem(page, c, link);
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
      ...(hasScope(user.role, 'sharing:read') ? [current.sharing.nav] : []),
      ...(hasScope(user.role, 'audit:read') ? [current.nav.audit] : []),
      ...(hasScope(user.role, 'registry:read') ? [current.registry.nav.find] : []),
      ...(hasScope(user.role, 'registry:write') ? [current.registry.nav.register] : []),
      ...(user.role === 'applicant' ? [current.pathways.nav.mine, current.registry.nav.myDetails] : []),
      ...(hasScope(user.role, 'cases:read') ? [current.cases.nav.queue] : []),
      ...(hasScope(user.role, 'cases:approve') ? [current.cases.nav.workload] : []),
      ...(user.role === 'applicant' ? [current.cases.nav.mine, current.labor.nav.offers] : []),
      ...(hasScope(user.role, 'labor:employer') ? [current.labor.nav.employer] : []),
      ...(hasScope(user.role, 'labor:admin') ? [current.labor.nav.approvals, current.labor.nav.rounds, current.labor.nav.reports, current.labor.nav.compliance, current.labor.nav.recruiters, current.labor.nav.wageFloors] : []),
      ...(hasScope(user.role, 'pathways:admin') ? [current.programmes.nav] : []),
      ...(user.role === 'protection_officer' ? [current.protection.nav.officer] : []),
      ...(['caseworker', 'protection_officer', 'supervisor'].includes(user.role) ? [current.protection.nav.screening] : []),
      ...(hasScope(user.role, 'registry:read') ? [current.protection.nav.services] : []),
      ...(user.role === 'applicant' ? [current.protection.nav.self] : []),
      ...(hasScope(user.role, 'linkage:review') ? [current.linkage.nav.review] : []),
      ...(['caseworker', 'supervisor', 'applicant'].includes(user.role) ? [current.linkage.nav.tracing] : []),
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

scenario('the skip link and the language menu work with the keyboard alone', async ({ openPage }) => {
  const page = await openPage({ viewport: PHONE });
  await page.goto('/');
  await expectHeading(page, en.auth.title);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), en.app.skipToContent);
  await page.keyboard.press('Tab'); // the name of the app, a link home
  await page.keyboard.press('Tab');
  const toggle = page.locator('.language-switcher button[aria-expanded]');
  assert.equal(await toggle.evaluate((element) => element === document.activeElement), true, 'focus on the language button');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: LOCALE_NAMES.es, exact: true }).waitFor();
  await checkPage(page, 'language menu open');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: LOCALE_NAMES.es, exact: true }).waitFor({ state: 'hidden' });
  assert.equal(await toggle.evaluate((element) => element === document.activeElement), true, 'Escape returns the focus');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab'); // English
  await page.keyboard.press('Tab'); // Español
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await expectHeading(page, es.auth.title);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.evaluate((element) => element === document.activeElement), true, 'the choice returns the focus');
});
