/**
 * Issue 6, "Done when" first point: the COMAR Tapachula caseworker screens a seasonal worker (TVTF)
 * in Spanish; document retention and debt bondage make the case urgent with the reasons shown; a
 * protection officer of the same office sees the confidential account, the caseworker does not; a
 * referral to an anti-trafficking service is sent with consent and accepted; the receiving agency
 * (Sin Fronteras) sees the referral and nothing else.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/pact/pact.demo.ts';
import { hashPassword } from '../../src/platform/auth.ts';
import type { Db } from '../../src/platform/db.ts';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { ensureProgrammes, insertHousehold } from '../helpers/cases-factories.ts';
import { expectHeading, signIn } from './app-driver.ts';
import { checkPage } from './checks.ts';
import { scenario } from './harness.ts';

const ACCOUNT = 'El contratista se quedó con mi pasaporte y dice que le debo el viaje';

async function insertStaff(db: Db, role: string, officeName: string, locale: string): Promise<string> {
  const office = await db.selectFrom('offices').select(['id', 'agency_id', 'member_state']).where('name', '=', officeName).executeTakeFirstOrThrow();
  const email = `${role}-${randomUUID().slice(0, 8)}@e2e.puente.test`;
  await db
    .insertInto('users')
    .values({ id: randomUUID(), email, display_name: `E2E ${role}`, password_hash: await hashPassword(DEMO_PASSWORD), member_state: office.member_state, agency_id: office.agency_id, office_id: office.id, roles: [role], locale })
    .execute();
  return email;
}

/** A signed-in API session from Node, for the set-up a scenario does not show (opening the case). */
async function apiSession(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
}

async function answer(page: Page, question: string, yes: boolean): Promise<void> {
  const group = page.locator(`fieldset[data-question="${question}"]`);
  await group.getByLabel(yes ? es.protection.screening.yes : es.protection.screening.no, { exact: true }).check();
}

/** What the three parts share; each part runs within the harness's time limit. */
const story = { personId: '', caseId: '', officerEmail: '', ngoEmail: '' };

scenario('protection 1/3: a caseworker screens a seasonal worker; the case becomes urgent with its reasons', async ({ baseUrl, db, openPage }) => {
  await ensureProgrammes(db);
  const office = await db.selectFrom('offices').select('id').where('name', '=', 'COMAR Tapachula').executeTakeFirstOrThrow();
  const ngoAgency = await db.selectFrom('agencies').select('id').where('name', '=', 'Sin Fronteras IAP').executeTakeFirstOrThrow();
  const { householdId, personIds } = await insertHousehold(db, { officeId: office.id, people: [{ givenNames: 'Juan Carlos', familyName: 'Pérez Xicará' }] });
  const personId = personIds[0]!;
  await db.updateTable('people').set({ sex: 'male', birth_date: '1994-03-02', nationalities: ['GT'], phone: '+502 5555 0101', languages: ['es'] }).where('id', '=', personId).execute();
  const cw = await apiSession(baseUrl, 'caseworker@demo.puente.test');
  const opened = await cw('POST', '/api/cases', { programmeCode: 'mx_tvtf', householdId });
  const openedBody = await opened.text();
  assert.equal(opened.status, 201, openedBody);
  const caseId = (JSON.parse(openedBody) as { id: string }).id;
  const consent = await cw('POST', `/api/registry/people/${personId}/consents`, { purpose: 'referral', recipientAgencyId: ngoAgency.id });
  assert.ok(consent.status < 300, await consent.text());
  Object.assign(story, {
    personId,
    caseId,
    officerEmail: await insertStaff(db, 'protection_officer', 'COMAR Tapachula', 'fr'),
    ngoEmail: await insertStaff(db, 'protection_officer', 'Sin Fronteras Ciudad de México', 'es'),
  });

  const caseworker = await openPage();
  await caseworker.goto('/');
  await signIn(caseworker, en, 'caseworker@demo.puente.test');
  await expectHeading(caseworker, es.home.welcome.replace('{{name}}', 'Carlos Méndez'));
  await caseworker.goto(`/screening?person=${personId}`);
  await expectHeading(caseworker, es.protection.screening.title);
  await caseworker.locator('fieldset[data-question="documents_kept"]').waitFor();
  await answer(caseworker, 'documents_kept', true);
  await answer(caseworker, 'debt_bondage', true);
  await answer(caseworker, 'excessive_hours', false);
  await caseworker.getByLabel(es.protection.screening.account, { exact: true }).fill(ACCOUNT);
  await caseworker.getByRole('button', { name: es.protection.screening.submit, exact: true }).click();
  const result = caseworker.getByRole('status').filter({ hasText: es.protection.screening.result });
  await result.getByText(es.protection.screening.priorityIs.replace('{{priority}}', es.protection.priority.urgent)).waitFor();
  await result.getByText('Hay un elemento de trata presente (indicadores OIT).').waitFor();
  await checkPage(caseworker, 'screening result (es)');
  const kase = await cw('GET', `/api/cases/${caseId}`);
  assert.equal(((await kase.json()) as { priority: string }).priority, 'urgent');
  // The caseworker cannot read the account, with the page's own session.
  const denied = await caseworker.request.get(`/api/protection/people/${personId}/confidential`);
  assert.equal(denied.status(), 403);
  assert.ok(!(await denied.text()).includes('pasaporte'));
});

scenario('protection 2/3: the protection officer reads the account and refers to an anti-trafficking service', async ({ openPage }) => {
  assert.ok(story.personId, 'part 1 must run first');
  const officer = await openPage();
  await officer.goto('/');
  await signIn(officer, en, story.officerEmail);
  await expectHeading(officer, fr.home.welcome.replace('{{name}}', 'E2E protection_officer'));
  await officer.goto(`/protection?person=${story.personId}`);
  await expectHeading(officer, fr.protection.officer.title);
  await officer.getByRole('button', { name: fr.protection.file.showConfidential, exact: true }).click();
  await officer.getByTestId('account').getByText(ACCOUNT).waitFor();

  const referralForm = officer.locator('form[aria-labelledby="referral-title"]');
  await referralForm.getByLabel(fr.protection.referral.need).selectOption('anti_trafficking');
  const service = referralForm.getByLabel(fr.protection.referral.service);
  const option = service.locator('option', { hasText: 'Sin Fronteras' }).first();
  await option.waitFor({ state: 'attached' });
  await service.selectOption((await option.getAttribute('value'))!);
  await referralForm.getByRole('button', { name: fr.protection.referral.submit, exact: true }).click();
  await referralForm.getByText(fr.protection.referral.sent).waitFor();
  await checkPage(officer, 'protection desk (fr)');
});

scenario('protection 3/3: the receiving agency accepts the referral and sees nothing else', async ({ openPage }) => {
  assert.ok(story.personId, 'part 1 must run first');
  const ngo = await openPage();
  await ngo.goto('/');
  await signIn(ngo, en, story.ngoEmail);
  await expectHeading(ngo, es.home.welcome.replace('{{name}}', 'E2E protection_officer'));
  await ngo.goto('/protection');
  const card = ngo.locator('li[data-referral]').filter({ hasText: 'Juan Carlos Pérez Xicará' });
  await card.waitFor();
  assert.ok(!(await ngo.locator('body').innerText()).includes('pasaporte'));
  await card.getByRole('button', { name: es.protection.officer.accept, exact: true }).click();
  await card.getByText(es.protection.file.status.accepted).waitFor();
  const summary = await ngo.request.get(`/api/protection/people/${story.personId}`);
  assert.equal(((await summary.json()) as { exists: boolean }).exists, false);
  assert.equal((await ngo.request.get(`/api/protection/people/${story.personId}/confidential`)).status(), 404);
  assert.equal((await ngo.request.get(`/api/cases/${story.caseId}`)).status(), 404);
});
