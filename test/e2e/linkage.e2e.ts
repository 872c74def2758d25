/**
 * Duplicates and family tracing in the browser. The same woman is registered in two offices
 * ("María José Hernández García", then "Maria Jose Garcia" with day and month swapped) and her case
 * is opened on the second registration; a reviewer sees the pair with its reasons in Spanish,
 * merges, undoes and merges again, and her case follows her. A caseworker's tracing request finds
 * the daughter who consented and never shows the one who did not.
 */
import assert from 'node:assert/strict';
import { insertUser, TEST_PASSWORD } from '../helpers/factories.ts';
import { CATALOGUES, chooseLanguage, expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { checkPage } from './checks.ts';
import { scenario } from './harness.ts';

async function apiSession(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: TEST_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    assert.ok(r.status < 300, `${method} ${path}: ${r.status} ${await r.clone().text()}`);
    return r.json() as Promise<Record<string, unknown>>;
  };
}

function person(overrides: Record<string, unknown>) {
  return { sex: 'female', nationalities: ['HN'], languages: ['es'], currentCountry: 'MX', status: 'asylum_seeker', ...overrides };
}

scenario('linkage: the same woman registered in two offices is reviewed in Spanish, merged, undone and merged again; her case follows her', async ({ openPage, baseUrl, db }) => {
  const tapachula = await insertUser(db, { roles: ['caseworker'], office: 'COMAR Tapachula', locale: 'es' });
  const cdmx = await insertUser(db, { roles: ['caseworker'], office: 'COMAR Ciudad de México' });
  const atTapachula = await apiSession(baseUrl, tapachula.email);
  const atCdmx = await apiSession(baseUrl, cdmx.email);
  const first = await atTapachula('POST', '/api/registry/households', {
    members: [person({ givenNames: 'María José', familyName1: 'Hernández', familyName2: 'García', birthDate: '1990-04-12', currentSubdivision: 'MX-CHP' })],
    consents: [{ purpose: 'screening' }],
  });
  const second = await atCdmx('POST', '/api/registry/households', {
    members: [person({ givenNames: 'Maria Jose', familyName1: 'Garcia', birthDate: '1990-12-04', currentSubdivision: 'MX-CMX' })],
    consents: [{ purpose: 'screening' }],
  });
  const opened = await atCdmx('POST', '/api/cases', { programmeCode: 'mx_comar_asylum', householdId: second.id });
  const holder = async () => (await db.selectFrom('case_members').select('person_id').where('case_id', '=', String(opened.id)).executeTakeFirstOrThrow()).person_id;
  assert.equal(await holder(), second.principalPersonId);

  const c = CATALOGUES.es;
  const page = await openPage();
  await page.goto('/');
  await chooseLanguage(page, 'es');
  await signIn(page, c, tapachula.email, TEST_PASSWORD);
  await openMenuItem(page, c, c.linkage.nav.review);
  await expectHeading(page, c.linkage.review.title);
  const row = page.getByRole('row').filter({ hasText: 'Maria Jose Garcia' });
  await row.waitFor();
  await checkPage(page, 'duplicates queue');
  await row.getByRole('button').click();
  await page.getByRole('heading', { name: c.linkage.compare.title }).waitFor();
  // The reasons, field by field: the swapped day and month count for the pair.
  const birthRow = page.locator('.linkage-weights tr').filter({ hasText: c.linkage.compare.fields.birth_date });
  await birthRow.filter({ hasText: 'day and month swapped' }).waitFor();
  assert.match(await birthRow.innerText(), /\+/);
  await checkPage(page, 'pair comparison');

  const status = page.getByRole('status').filter({ hasText: /./ });
  await page.getByRole('button', { name: c.linkage.compare.merge, exact: true }).click();
  await status.filter({ hasText: c.linkage.compare.merged.split('.')[0] }).waitFor();
  assert.equal(await holder(), first.principalPersonId);

  await page.getByRole('button', { name: c.linkage.compare.undo, exact: true }).click();
  await status.filter({ hasText: c.linkage.compare.undone }).waitFor();
  assert.equal(await holder(), second.principalPersonId);

  await page.getByRole('button', { name: c.linkage.compare.merge, exact: true }).click();
  await page.getByRole('button', { name: c.linkage.compare.undo, exact: true }).waitFor();
  assert.equal(await holder(), first.principalPersonId);
  const history = page.getByRole('listitem').filter({ hasText: c.linkage.compare.decisionKinds.merge });
  assert.equal(await history.count(), 2);
});

scenario('linkage: a tracing request finds the consenting daughter and never shows the one who did not consent', async ({ openPage, baseUrl, db }) => {
  const worker = await insertUser(db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
  const api = await apiSession(baseUrl, worker.email);
  const mother = await api('POST', '/api/registry/households', {
    members: [person({ givenNames: 'Rosa', familyName1: 'Pérez', familyName2: 'López', birthDate: '1978-03-02', nationalities: ['GT'] })],
    consents: [{ purpose: 'tracing' }],
  });
  await api('POST', '/api/registry/households', {
    members: [person({ givenNames: 'Ana', familyName1: 'Gómez', familyName2: 'Pérez', birthDate: '2006-08-19', nationalities: ['GT'] })],
    consents: [{ purpose: 'tracing' }],
  });
  await api('POST', '/api/registry/households', {
    members: [person({ givenNames: 'Ana Lucía', familyName1: 'Gómez', familyName2: 'Pérez', birthDate: '2006-01-05', nationalities: ['GT'] })],
    consents: [{ purpose: 'screening' }],
  });

  const c = CATALOGUES.en;
  const page = await openPage();
  await page.goto('/');
  await signIn(page, c, worker.email, TEST_PASSWORD);
  await openMenuItem(page, c, c.linkage.nav.tracing);
  await expectHeading(page, c.linkage.tracing.title);
  await page.getByLabel(c.linkage.tracing.seeker, { exact: true }).fill(String(mother.principalPersonId));
  await page.getByLabel(c.linkage.tracing.relationship, { exact: true }).selectOption({ label: c.linkage.tracing.relationships.child });
  await page.getByLabel(c.linkage.tracing.givenNames, { exact: true }).fill('Ana Lucía');
  await page.getByLabel(c.linkage.tracing.familyName1, { exact: true }).fill('Gómez');
  await page.getByLabel(c.linkage.tracing.familyName2, { exact: true }).fill('Pérez');
  await page.getByLabel(c.linkage.tracing.birthYear, { exact: true }).fill('2006');
  await page.getByRole('button', { name: c.linkage.tracing.submit, exact: true }).click();
  const results = page.getByRole('table', { name: c.linkage.tracing.resultsCaption });
  await results.waitFor();
  const names = await results.getByRole('rowheader').allInnerTexts();
  assert.equal(names[0], 'Ana Gómez Pérez');
  assert.ok(!names.includes('Ana Lucía Gómez Pérez'), 'the girl who did not consent is never shown');
  await results.getByText(c.linkage.tracing.labels.passed_to_child, { exact: false }).first().waitFor();
  await checkPage(page, 'tracing results');
  await results.getByRole('button', { name: c.linkage.tracing.confirmMatch, exact: true }).first().click();
  await page.getByRole('status').filter({ hasText: c.linkage.tracing.confirmed }).waitFor();
  await page.getByText(c.linkage.tracing.notificationText.replace('{{name}}', 'Rosa Pérez')).waitFor();
});
