/**
 * The registry and screening in the browser: an applicant registers a household of four in Spanish
 * and sees their pathways explained; a caseworker in another office of the same member state finds
 * the household by a misspelt name; a bad household is refused with the translated error by its field.
 */
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatRegionName } from '../../web/src/i18n/format.ts';
import type { Catalogue } from '../../web/src/i18n/catalogues/en.ts';
import type { Locale } from '../../web/src/i18n/locales.ts';
import { insertUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { CATALOGUES, PHONE, chooseLanguage, expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';

type Member = {
  givenNames: string;
  familyName1?: string;
  familyName2?: string;
  relationship?: keyof Catalogue['registry']['relationships'];
  birth: { year: string; month?: string; day?: string };
  nationality?: string;
};

/** The fieldset of the member at `index` (0 is the principal), found by its legend as a screen reader would. */
function memberGroup(page: Page, c: Catalogue, index: number, inPerson: boolean): Locator {
  const legend =
    index === 0
      ? inPerson
        ? c.registry.form.principalLegendInPerson
        : c.registry.form.principalLegend
      : c.registry.form.memberLegend.replace('{{number}}', String(index + 1));
  return page.getByRole('group', { name: legend, exact: true });
}

async function fillMember(page: Page, c: Catalogue, locale: Locale, index: number, member: Member, inPerson = false): Promise<void> {
  const group = memberGroup(page, c, index, inPerson);
  await group.getByLabel(c.registry.form.givenNames, { exact: true }).fill(member.givenNames);
  if (member.familyName1) await group.getByLabel(c.registry.form.familyName1, { exact: true }).fill(member.familyName1);
  if (member.familyName2) await group.getByLabel(c.registry.form.familyName2, { exact: true }).fill(member.familyName2);
  if (member.relationship) {
    const label = inPerson ? c.registry.form.relationshipInPerson : c.registry.form.relationship;
    await group.getByLabel(label, { exact: true }).selectOption({ label: c.registry.relationships[member.relationship] });
  }
  const birth = group.getByRole('group', { name: c.registry.form.birthDate, exact: true });
  await birth.getByLabel(c.registry.form.year, { exact: true }).fill(member.birth.year);
  if (member.birth.month) await birth.getByLabel(c.registry.form.month, { exact: true }).selectOption(member.birth.month);
  if (member.birth.day) await birth.getByLabel(c.registry.form.day, { exact: true }).fill(member.birth.day);
  if (member.nationality) {
    await group
      .getByLabel(c.registry.form.nationality, { exact: true })
      .selectOption({ label: formatRegionName(member.nationality, locale, member.nationality) });
  }
}

const HOUSEHOLD: Member[] = [
  { givenNames: 'María José', familyName1: 'Hernández', familyName2: 'García', birth: { year: '1990', month: '04', day: '12' }, nationality: 'HN' },
  { givenNames: 'José Luis', familyName1: 'Martínez', familyName2: 'López', relationship: 'partner', birth: { year: '1987' }, nationality: 'HN' },
  { givenNames: 'Valeria', familyName1: 'Martínez', familyName2: 'Hernández', relationship: 'child', birth: { year: '2015', month: '06' }, nationality: 'HN' },
  { givenNames: 'Mateo', familyName1: 'Martínez', familyName2: 'Hernández', relationship: 'child', birth: { year: '2019', month: '02', day: '3' }, nationality: 'HN' },
];

scenario('registry: an applicant registers a household of four in Spanish, sees pathways explained; another office finds it by a misspelt name', async ({ openPage, db }) => {
  const c = CATALOGUES.es;
  const page = await openPage();
  await page.goto('/');
  await chooseLanguage(page, 'es');
  await page.getByRole('link', { name: c.registry.signIn.link, exact: true }).click();
  await expectHeading(page, c.registry.selfRegister.title);

  await fillMember(page, c, 'es', 0, HOUSEHOLD[0]);
  await memberGroup(page, c, 0, false).getByLabel(c.registry.form.phone, { exact: true }).fill('+52 962 555 0199');
  await checkPage(page, 'register');
  for (let index = 1; index < HOUSEHOLD.length; index++) {
    await page.getByRole('button', { name: c.registry.form.addMember, exact: true }).click();
    // The new member's first field takes the focus, and the addition is announced.
    const focused = await page.evaluate(() => document.activeElement?.id);
    assert.equal(focused, `hf-m${index}-givenNames`);
    await page.getByRole('status').filter({ hasText: c.registry.form.memberAdded.replace('{{number}}', String(index + 1)) }).waitFor();
    await fillMember(page, c, 'es', index, HOUSEHOLD[index]);
  }
  await page.getByLabel(c.registry.form.currentCountry, { exact: true }).selectOption({ label: formatRegionName('MX', 'es', 'MX') });
  await page.getByLabel(c.registry.form.status, { exact: true }).selectOption({ label: c.registry.statuses.asylum_seeker });
  const arrival = page.getByRole('group', { name: c.registry.form.arrivalDate, exact: true });
  await arrival.getByLabel(c.registry.form.year, { exact: true }).fill('2026');
  await arrival.getByLabel(c.registry.form.month, { exact: true }).selectOption('09');
  await page.getByLabel(c.registry.purposes.screening.label, { exact: true }).check();
  await page.getByLabel(c.registry.purposes.contact.label, { exact: true }).check();
  await page.getByLabel(c.registry.selfRegister.password, { exact: true }).fill('una-clave-larga-2026');
  await page.setViewportSize(PHONE);
  await assertNoHorizontalScroll(page, 'register at 320px');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: c.registry.selfRegister.submit, exact: true }).click();

  // Registered and signed in: the pathways page, not yet screened.
  await expectHeading(page, c.pathways.mine.title);
  await page.getByText(c.pathways.mine.notScreened, { exact: true }).waitFor();
  await page.getByRole('button', { name: c.pathways.mine.screen, exact: true }).click();
  await page.getByRole('status').filter({ hasText: c.pathways.screening.done.replace('{{total}}', '').trim() }).waitFor();
  const pathways = page.locator('article.pathway');
  await pathways.first().waitFor();
  assert.ok((await pathways.count()) >= 1, 'at least one pathway');
  // The first pathway explains itself criterion by criterion, each with its result in words.
  const first = pathways.first();
  await first.getByRole('heading', { level: 4, name: c.pathways.results.why, exact: true }).waitFor();
  const criteria = await first.locator('li.criterion > p:first-child strong').allInnerTexts();
  assert.ok(criteria.length >= 2, `criteria shown: ${criteria.join(' | ')}`);
  assert.ok(criteria.every((text) => text.trim().length > 1), 'every criterion has its result in words');
  assert.ok((await first.locator('li.criterion svg').count()) === criteria.length, 'every criterion has its icon');
  assert.ok((await page.locator('article.pathway a[href^="http"]').count()) >= 1, 'sources are links');
  await page.getByRole('heading', { level: 4, name: c.pathways.results.nextStepsTitle, exact: true }).first().waitFor();
  await checkPage(page, 'my pathways, screened');
  await page.setViewportSize(PHONE);
  await assertNoHorizontalScroll(page, 'my pathways at 320px');
  await page.setViewportSize({ width: 1280, height: 800 });

  // A caseworker of COMAR in Mexico City, not the office in Tapachula, finds the household by a misspelt name.
  const caseworker = await insertUser(db, { roles: ['caseworker'], office: 'COMAR Ciudad de México', locale: 'es' });
  const office = await openPage();
  await office.goto('/');
  await chooseLanguage(office, 'es');
  await signIn(office, c, caseworker.email, TEST_PASSWORD);
  await openMenuItem(office, c, c.registry.nav.find);
  await expectHeading(office, c.registry.find.title);
  await office.getByLabel(c.registry.find.text, { exact: true }).fill('Maria Jose Hernandes Garsia');
  await office.getByRole('button', { name: c.registry.find.submit, exact: true }).click();
  await office.getByRole('status').filter({ hasText: c.registry.find.results.replace('{{total}}', '').trim() }).waitFor();
  await checkPage(office, 'find a person, results');
  // Other scenarios on the same database may have registered a namesake: open this household's link.
  const own = await db.selectFrom('people').select('household_id').where('phone', '=', '+529625550199').executeTakeFirstOrThrow();
  await office.locator(`a[href$="household=${own.household_id}"]`).click();
  await expectHeading(office, c.registry.household.title.replace('{{name}}', 'María José Hernández García'));
  for (const member of HOUSEHOLD) {
    await office.getByRole('heading', { level: 3, name: [member.givenNames, member.familyName1, member.familyName2].join(' '), exact: true }).waitFor();
  }
  // The caseworker sees the same screening, explained.
  await office.locator('article.pathway').first().waitFor();
  await checkPage(office, 'household');
  await office.setViewportSize(PHONE);
  await assertNoHorizontalScroll(office, 'household at 320px');
});

scenario('registry: an applicant changes their details, meets a change made meanwhile, and withdraws a consent', async ({ openPage }) => {
  const c = CATALOGUES.pt;
  const page = await openPage({ viewport: PHONE });
  await page.goto('/');
  await chooseLanguage(page, 'pt');
  await page.getByRole('link', { name: c.registry.signIn.link, exact: true }).click();
  await expectHeading(page, c.registry.selfRegister.title);
  // A member added by mistake is removed again; the focus returns to the button that adds one.
  await page.getByRole('button', { name: c.registry.form.addMember, exact: true }).click();
  await page.getByRole('button', { name: c.registry.form.removeMember.replace('{{number}}', '2'), exact: true }).click();
  assert.equal(await memberGroup(page, c, 1, false).count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'hf-add-member');

  // Registered through the API in this browser, which signs it in.
  const registered = await page.request.post('/api/registry/self-registrations', {
    headers: { 'idempotency-key': `e2e-${Date.now()}`, 'accept-language': 'pt' },
    data: {
      members: [
        { givenNames: 'Wislande', familyName1: 'Pierre', birthDate: '1992-07', nationalities: ['HT'], phone: '+52 55 5555 0142', currentCountry: 'MX', status: 'refugee' },
        { givenNames: 'Jean', familyName1: 'Pierre', birthDate: '2016', relationshipToPrincipal: 'child', currentCountry: 'MX', status: 'refugee' },
      ],
      consents: [{ purpose: 'screening' }, { purpose: 'contact' }],
      account: { password: 'senha-muito-longa-2026', locale: 'pt' },
    },
  });
  assert.equal(registered.status(), 201, await registered.text());
  const { household, csrfToken } = (await registered.json()) as { household: { members: { id: string }[] }; csrfToken: string };
  await page.goto('/my-details');
  await expectHeading(page, c.registry.myDetails.title);
  await assertNoHorizontalScroll(page, 'my details at 320px');
  await checkPage(page, 'my details');

  const jean = 'Jean Pierre';
  await page.getByRole('button', { name: c.registry.household.edit.replace('{{name}}', jean), exact: true }).click();
  const editor = page.getByRole('form', { name: c.registry.household.edit.replace('{{name}}', jean), exact: true });
  const birth = editor.getByRole('group', { name: c.registry.form.birthDate, exact: true });
  await birth.getByLabel(c.registry.form.month, { exact: true }).selectOption('05');
  await checkPage(page, 'my details, editing');
  // Meanwhile a caseworker (here, the API) changes the same person.
  const meanwhile = await page.request.patch(`/api/registry/people/${household.members[1].id}`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { expectedVersion: 1, changes: { familyName2: 'Louis' } },
  });
  assert.equal(meanwhile.status(), 200, await meanwhile.text());
  await editor.getByRole('button', { name: c.registry.editor.save, exact: true }).click();
  await page.getByRole('alert').filter({ hasText: c.registry.editor.conflict }).waitFor();
  // The form now shows the latest details, the new family name included; saving again goes through.
  const latest = page.getByRole('form', { name: c.registry.household.edit.replace('{{name}}', `${jean} Louis`), exact: true });
  assert.equal(await latest.getByLabel(c.registry.form.familyName2, { exact: true }).inputValue(), 'Louis');
  await latest.getByRole('group', { name: c.registry.form.birthDate, exact: true }).getByLabel(c.registry.form.month, { exact: true }).selectOption('05');
  await latest.getByRole('button', { name: c.registry.editor.save, exact: true }).click();
  await page.getByRole('status').filter({ hasText: c.registry.editor.saved }).waitFor();
  await page.getByText(c.registry.household.version.replace('{{version}}', '3'), { exact: true }).waitFor();

  await page
    .getByRole('button', { name: c.registry.consents.withdrawLabel.replace('{{purpose}}', c.registry.purposes.contact.label), exact: true })
    .click();
  await page.getByRole('status').filter({ hasText: c.registry.consents.withdrawn }).waitFor();
  await checkPage(page, 'my details, consent withdrawn');

  // Later, the applicant signs in with the phone number they registered with.
  await page.getByRole('button', { name: c.auth.signOut, exact: true }).click();
  await expectHeading(page, c.auth.title);
  await signIn(page, c, '+52 55 5555 0142', 'senha-muito-longa-2026');
  await page.getByRole('navigation', { name: c.nav.label }).getByRole('link', { name: c.pathways.nav.mine, exact: true }).waitFor();
});

scenario('registry: a child born before the principal is refused with the translated error next to the field', async ({ openPage, db }) => {
  const c = CATALOGUES.fr;
  const page = await openPage();
  await page.goto('/');
  await chooseLanguage(page, 'fr');
  await signIn(page, c, 'caseworker@demo.puente.test');
  await openMenuItem(page, c, c.registry.nav.register);
  await expectHeading(page, c.registry.inPerson.title);
  await checkPage(page, 'register someone');
  const before = await db.selectFrom('households').select('id').execute();

  await fillMember(page, c, 'fr', 0, { givenNames: 'Wilner', familyName1: 'Joseph', birth: { year: '1995' }, nationality: 'HT' }, true);
  await page.getByRole('button', { name: c.registry.form.addMember, exact: true }).click();
  await fillMember(page, c, 'fr', 1, { givenNames: 'Ricardo', familyName1: 'Joseph', relationship: 'child', birth: { year: '1980', month: '03' } }, true);
  await page.getByRole('button', { name: c.registry.inPerson.submit, exact: true }).click();

  // The summary takes the focus and links to the field; the message, translated by the server, sits by the field.
  const message = 'Un enfant ne peut pas être né avant son parent.';
  const summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: c.registry.form.problemsTitle }) });
  await summary.getByRole('link', { name: message, exact: true }).waitFor();
  assert.equal(await summary.evaluate((element) => element === document.activeElement), true, 'the summary has the focus');
  const year = memberGroup(page, c, 1, true).getByRole('group', { name: c.registry.form.birthDate, exact: true }).getByLabel(c.registry.form.year, { exact: true });
  assert.equal(await year.getAttribute('aria-invalid'), 'true');
  const describedBy = (await year.getAttribute('aria-describedby')) ?? '';
  const described = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? ''), describedBy);
  assert.ok(described.includes(message), `the year is described by: ${described.join(' | ')}`);
  await summary.getByRole('link', { name: message, exact: true }).click();
  assert.equal(await year.evaluate((element) => element === document.activeElement), true, 'the link moves the focus to the field');
  await checkPage(page, 'register someone, refused');
  const after = await db.selectFrom('households').select('id').execute();
  assert.equal(after.length, before.length, 'nothing was written');
});
