/**
 * Data-sharing agreements in the browser: the pact administrator (Spanish, her profile language) is
 * told what is missing and why an agreement of Mexico with itself is refused, records one between
 * Mexico and Guatemala for finding duplicates, then ends it on a phone with a reason; it stays on
 * record as ended.
 */
import assert from 'node:assert/strict';
import { CATALOGUES, PHONE, demoUser, expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';

const REFERENCE = 'Memorando de entendimiento GT-MX 2026/14';

scenario('pact: the pact administrator records a data-sharing agreement and ends it, in Spanish', async ({ openPage, db }) => {
  const admin = demoUser('pact-admin@demo.puente.test');
  const c = CATALOGUES[admin.locale];
  const s = c.sharing;
  const page = await openPage();
  await page.goto('/');
  await signIn(page, CATALOGUES.en, admin.email);
  await expectHeading(page, c.home.welcome.replace('{{name}}', admin.displayName));
  await openMenuItem(page, c, s.nav);
  await expectHeading(page, s.title);
  await page.getByText(s.none, { exact: true }).waitFor();
  await checkPage(page, 'data-sharing agreements');

  // Nothing filled in: what is missing is said at each field, and the focus goes to the first.
  await page.getByRole('button', { name: s.create.submit, exact: true }).click();
  await page.locator('#agreement-a-error').filter({ hasText: s.create.stateRequired }).waitFor();
  await page.locator('#agreement-reference-error').filter({ hasText: s.create.referenceRequired }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'agreement-a');
  await checkPage(page, 'agreement with nothing filled in');

  // Mexico with itself: refused by the server, the reason shown at the field, in Spanish.
  await page.getByLabel(s.create.memberStateA, { exact: true }).selectOption('MX');
  await page.getByLabel(s.create.memberStateB, { exact: true }).selectOption('MX');
  await page.getByLabel(s.purposes.deduplication, { exact: true }).check();
  await page.getByLabel(s.create.reference, { exact: true }).fill(REFERENCE);
  await page.getByRole('button', { name: s.create.submit, exact: true }).click();
  await page.getByRole('alert').filter({ hasText: c.errors.SHARING_AGREEMENT_INVALID }).waitFor();
  await page.locator('#agreement-b-error').filter({ hasText: 'Un acuerdo es entre dos Estados miembros distintos.' }).waitFor();
  assert.equal(await page.getByLabel(s.create.memberStateB, { exact: true }).getAttribute('aria-invalid'), 'true');
  await checkPage(page, 'agreement refused');

  await page.getByLabel(s.create.memberStateB, { exact: true }).selectOption('GT');
  await page.getByRole('button', { name: s.create.submit, exact: true }).click();
  await page.getByRole('status').filter({ hasText: s.create.created }).waitFor();
  const card = page.getByRole('listitem').filter({ hasText: REFERENCE });
  await card.getByRole('heading', { level: 3, name: s.pair.replace('{{a}}', 'Guatemala').replace('{{b}}', 'México'), exact: true }).waitFor();
  await card.locator('strong', { hasText: s.statuses.in_force }).waitFor();
  await card.getByText(s.purposes.deduplication, { exact: true }).waitFor();
  await checkPage(page, 'agreement recorded');

  // A Mexican caseworker reads the agreement from her menu, and can neither end it nor record another.
  const caseworker = await openPage();
  await caseworker.goto('/');
  await signIn(caseworker, CATALOGUES.en, 'caseworker@demo.puente.test');
  await expectHeading(caseworker, c.home.welcome.replace('{{name}}', 'Carlos Méndez'));
  await openMenuItem(caseworker, c, s.nav);
  const seen = caseworker.getByRole('listitem').filter({ hasText: REFERENCE });
  await seen.locator('strong', { hasText: s.statuses.in_force }).waitFor();
  assert.equal(await seen.getByRole('button', { name: s.end }).count(), 0, 'staff cannot end an agreement');
  assert.equal(await caseworker.getByRole('heading', { name: s.create.title, exact: true }).count(), 0, 'staff cannot record an agreement');
  await checkPage(caseworker, 'agreements read by a caseworker');

  // Ending it on a phone: the form opens in the agreement's card.
  await page.setViewportSize(PHONE);
  await card.getByRole('button', { name: s.end }).click();
  const title = s.endForm.title.replace('{{pair}}', 'Guatemala y México').replace('{{purpose}}', s.purposes.deduplication);
  await page.getByRole('heading', { level: 4, name: title, exact: true }).waitFor();
  await assertNoHorizontalScroll(page, 'ending an agreement at 320px');
  await checkPage(page, 'ending an agreement at 320px');
  await page.getByLabel(s.endForm.reason, { exact: true }).fill('Suspendido mientras se revisa el memorando');
  await page.getByRole('button', { name: s.endForm.submit, exact: true }).click();
  await page.getByRole('status').filter({ hasText: s.endForm.ended }).waitFor();
  await card.locator('strong', { hasText: s.statuses.ended }).waitFor();
  await card.getByText(/Suspendido mientras se revisa el memorando/).waitFor();
  assert.equal(await card.getByRole('button', { name: s.end }).count(), 0, 'an ended agreement cannot be ended again');
  await assertNoHorizontalScroll(page, 'agreement ended at 320px');
  await checkPage(page, 'agreement ended at 320px');

  const row = await db.selectFrom('linkage_sharing_agreements').selectAll().where('reference', '=', REFERENCE).executeTakeFirstOrThrow();
  assert.deepEqual([row.member_state_a, row.member_state_b, row.purpose, row.end_reason], ['GT', 'MX', 'deduplication', 'Suspendido mientras se revisa el memorando']);
  const audit = await db.selectFrom('audit_events').select('action').where('record_id', '=', row.id).orderBy('seq').execute();
  assert.deepEqual(audit.map((a) => a.action), ['sharing_agreement.create', 'sharing_agreement.end']);
});
