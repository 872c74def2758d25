/**
 * A resettlement case (Canada GAR) from application to arrival: the applicant registers and applies;
 * the COMAR Tapachula caseworker works every stage in the console; the supervisor approves the
 * recommendation from the workload view; the applicant follows each stage in French; the timeline
 * and the audit trail show every step.
 */
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/pact/pact.demo.ts';
import { insertHousehold } from '../helpers/cases-factories.ts';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { checkPage } from './checks.ts';
import { scenario } from './harness.ts';

const E = es.cases;
const F = fr.cases;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

/** Runs a POST from the page and waits until the case page has reloaded after it. */
async function act(page: Page, what: string, action: () => Promise<void>, status = [200, 201]): Promise<void> {
  const posted = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/api/'));
  const reloaded = page.waitForResponse((r) => r.request().method() === 'GET' && r.url().includes('/timeline'));
  // If the scenario ends early, these must not become unhandled rejections.
  posted.catch(() => undefined);
  reloaded.catch(() => undefined);
  await action();
  const res = await posted;
  assert.ok(status.includes(res.status()), `${what}: HTTP ${res.status()} ${await res.text()}`);
  await reloaded;
}

async function move(page: Page, to: string): Promise<void> {
  await page.getByLabel(E.case.moveTo, { exact: true }).selectOption(to);
  await act(page, `move to ${to}`, () => page.getByRole('button', { name: E.case.move, exact: true }).click());
}

async function setFact(page: Page, label: string, value: string): Promise<void> {
  const field = page.getByLabel(label, { exact: true });
  if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
}

async function saveFacts(page: Page, facts: [string, string][]): Promise<void> {
  for (const [label, value] of facts) await setFact(page, label, value);
  await act(page, 'facts', () => page.getByRole('button', { name: E.case.saveFacts, exact: true }).click());
}

async function upload(page: Page, type: keyof typeof E.documentTypes, name: string): Promise<void> {
  await page.getByLabel(E.case.documentType, { exact: true }).selectOption(type);
  await page.getByLabel(E.case.documentFile, { exact: true }).setInputFiles({ name, mimeType: 'application/pdf', buffer: PDF });
  await act(page, `upload ${type}`, () => page.getByRole('button', { name: E.case.upload, exact: true }).click());
}

async function decide(page: Page, kind: 'recommendation' | 'decision', outcome: string, reason: keyof typeof E.decision.reasonCodes, legalBasis: string) {
  await page.getByRole('button', { name: E.case.newDecision, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: E.case.newDecision });
  await dialog.getByLabel(E.decision.kind, { exact: true }).selectOption(kind);
  await dialog.getByLabel(E.decision.outcome, { exact: true }).selectOption(outcome);
  await dialog.getByLabel(E.decision.reasonCodes[reason], { exact: true }).check();
  await dialog.getByLabel(E.decision.legalBasis, { exact: true }).fill(legalBasis);
  await act(page, `${kind} ${outcome}`, () => dialog.getByRole('button', { name: E.decision.submit, exact: true }).click());
}

async function completeOpenTasks(page: Page): Promise<void> {
  const prefix = E.case.complete.replace('{{title}}', '');
  const buttons = page.getByRole('button', { name: prefix });
  for (;;) {
    const open = await buttons.count();
    if (open === 0) return;
    await act(page, 'complete task', () => buttons.first().click());
    // The timeline answer arrives before React renders it: wait until the done task's button is gone,
    // or the next round would count (and click) a button that is about to disappear.
    const deadline = Date.now() + 10_000;
    while ((await buttons.count()) >= open) {
      assert.ok(Date.now() < deadline, `a completed task still shows its button (${open} open)`);
      await page.waitForTimeout(50);
    }
  }
}

/** The applicant's page shows the current stage in French. */
async function expectApplicantStage(page: Page, frenchName: string): Promise<void> {
  await page.reload();
  await expectHeading(page, F.mine.title);
  await page.getByTestId('stage-name').filter({ hasText: frenchName }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
}

/** The case the three parts of the story share (each part has its own time budget). */
const story = { email: `wideline.${Date.now()}@example.org`, password: 'Wideline-pass-2026', caseId: '', caseNumber: '' };

async function openApplicant(openPage: (o?: { viewport?: { width: number; height: number } }) => Promise<Page>): Promise<Page> {
  const page = await openPage({ viewport: { width: 390, height: 800 } });
  const res = await page.request.post('/api/auth/sign-in', { data: { email: story.email, password: story.password } });
  assert.equal(res.status(), 200, await res.text());
  await page.goto('/my-applications');
  return page;
}

async function openCaseworkerOnCase(openPage: () => Promise<Page>): Promise<Page> {
  const cw = await openPage();
  await cw.goto('/');
  await signIn(cw, en, 'caseworker@demo.puente.test');
  await expectHeading(cw, es.home.welcome.replace('{{name}}', 'Carlos Méndez'));
  await cw.goto(`/cases?case=${story.caseId}`);
  await expectHeading(cw, story.caseNumber);
  return cw;
}

scenario('cases 1/3: an applicant applies for resettlement; identification, referral, and a supervisor approves the recommendation', async ({ openPage }) => {
  // The applicant registers herself and applies (the registry's and the cases API).
  const applicant = await openPage({ viewport: { width: 390, height: 800 } });
  await applicant.goto('/');
  const email = story.email;
  const registered = await applicant.request.post('/api/registry/self-registrations', {
    data: {
      members: [{ givenNames: 'Wideline', familyName1: 'Joseph', currentCountry: 'MX', currentSubdivision: 'MX-CHP', nationalities: ['HT'], languages: ['fr', 'ht'], phone: '+529621234567' }],
      consents: [{ purpose: 'screening' }, { purpose: 'contact' }],
      account: { password: story.password, email, locale: 'fr' },
    },
  });
  assert.equal(registered.status(), 201, await registered.text());
  const { csrfToken } = (await registered.json()) as { csrfToken: string };
  const applied = await applicant.request.post('/api/my/cases', { data: { programmeCode: 'ca_gar' }, headers: { 'x-csrf-token': csrfToken } });
  assert.equal(applied.status(), 201, await applied.text());
  const { id: caseId, caseNumber } = (await applied.json()) as { id: string; caseNumber: string };
  story.caseId = caseId;
  story.caseNumber = caseNumber;
  await applicant.goto('/my-applications');
  await expectApplicantStage(applicant, 'Identification par le HCR');
  await checkPage(applicant, 'my applications (fr)');

  // The caseworker finds the case in the console.
  const cw = await openPage();
  await cw.goto('/');
  await signIn(cw, en, 'caseworker@demo.puente.test');
  await openMenuItem(cw, es, E.nav.queue);
  await expectHeading(cw, E.queue.title);
  await cw.getByLabel(E.queue.searchNumber, { exact: true }).fill(caseNumber);
  await cw.getByRole('button', { name: E.queue.searchSubmit, exact: true }).click();
  await cw.getByRole('link', { name: E.queue.open.replace('{{number}}', caseNumber), exact: true }).click();
  await expectHeading(cw, caseNumber);
  await checkPage(cw, 'case page');

  // UNHCR identification → referral.
  await completeOpenTasks(cw);
  await move(cw, 'referral');
  await expectApplicantStage(applicant, 'Recommandation et catégories de soumission');

  // Referral: categories, the RRF, a recommendation that a supervisor approves.
  await saveFacts(cw, [
    ['Categoría de presentación principal', 'lpp'],
    ['Categoría de presentación secundaria', 'lfs'],
  ]);
  await upload(cw, 'resettlement_registration_form', 'RRF-2026.pdf');
  await decide(cw, 'recommendation', 'recommend', 'protection_need_established', 'Manual de Reasentamiento del ACNUR, 3.2');

  const sv = await openPage();
  await sv.goto('/');
  await signIn(sv, en, 'supervisor@demo.puente.test');
  await openMenuItem(sv, es, E.nav.workload);
  await expectHeading(sv, E.workload.title);
  await sv.getByRole('listitem').filter({ hasText: caseNumber }).getByRole('button', { name: E.case.reviewTitle, exact: true }).click();
  const review = sv.waitForResponse((r) => r.url().includes('/review'));
  await sv.getByRole('dialog', { name: E.case.reviewTitle }).getByRole('button', { name: E.case.approve, exact: true }).click();
  assert.equal((await review).status(), 200);
  await sv.getByRole('status').filter({ hasText: E.decision.statuses.approved }).waitFor();
  await checkPage(sv, 'workload');

  await cw.reload();
  await expectHeading(cw, caseNumber);
  await move(cw, 'prescreening');
  await expectApplicantStage(applicant, 'Pré-examen');
});

scenario('cases 2/3: the applicant sends her identity document; interview with an interpreter, decision, security and medical checks', async ({ openPage }) => {
  assert.ok(story.caseId, 'part 1 opened the case');
  const applicant = await openApplicant(openPage);
  await expectApplicantStage(applicant, 'Pré-examen');
  const cw = await openCaseworkerOnCase(openPage);
  const caseNumber = story.caseNumber;

  // Prescreening: the applicant sends the identity document she is asked for.
  await applicant.getByLabel(F.mine.uploadFor.replace('{{title}}', "Téléversez une copie de votre pièce d'identité"), { exact: true }).setInputFiles({ name: 'PASSEPORT.png', mimeType: 'image/png', buffer: PNG });
  const sent = applicant.waitForResponse((r) => r.url().includes('/documents'));
  await applicant.getByRole('button', { name: F.case.upload, exact: true }).click();
  assert.equal((await sent).status(), 201);
  await applicant.getByRole('status').filter({ hasText: F.mine.sent }).waitFor();
  await cw.reload();
  await expectHeading(cw, caseNumber);
  await move(cw, 'interview');
  await expectApplicantStage(applicant, 'Entretien');

  // Interview with an interpreter, then the decision.
  await cw.getByLabel(E.case.interviewWhen, { exact: true }).fill('2026-12-10T09:00');
  await cw.getByLabel(E.case.interviewPlace, { exact: true }).fill('ACNUR Tapachula');
  await cw.getByLabel(E.case.interviewLanguage, { exact: true }).fill('fr');
  await cw.getByLabel(E.case.interviewInterpreter, { exact: true }).fill('Intérprete de criollo haitiano');
  await act(cw, 'schedule interview', () => cw.getByRole('button', { name: E.case.schedule, exact: true }).click());
  await act(cw, 'interview held', () => cw.getByRole('button', { name: E.case.markHeld, exact: true }).click());
  await decide(cw, 'decision', 'approved', 'eligibility_met', 'IRPR s. 139 y 145');
  await move(cw, 'security_medical');
  await expectApplicantStage(applicant, 'Contrôles de sécurité et médicaux');

  await saveFacts(cw, [
    ['Controles de seguridad aprobados', 'true'],
    ['Examen médico aprobado', 'true'],
  ]);
  await upload(cw, 'medical_report', 'IME-2026.pdf');
  await move(cw, 'orientation');
  await expectApplicantStage(applicant, 'Orientation culturelle');
});

scenario('cases 3/3: orientation, travel and arrival; the timeline and the audit trail show every step', async ({ openPage }) => {
  assert.ok(story.caseId, 'part 1 opened the case');
  const caseId = story.caseId;
  const applicant = await openApplicant(openPage);
  await expectApplicantStage(applicant, 'Orientation culturelle');
  const cw = await openCaseworkerOnCase(openPage);

  await saveFacts(cw, [['Orientación cultural completada', 'true']]);
  await move(cw, 'travel');
  await expectApplicantStage(applicant, 'Voyage');

  await saveFacts(cw, [['Fecha de salida', '2027-01-15']]);
  await upload(cw, 'travel_document', 'VIAJE-2027.pdf');
  await move(cw, 'arrival');
  await expectApplicantStage(applicant, 'Arrivée');
  await checkPage(applicant, 'my applications at arrival (fr)');

  // The timeline shows every move; the audit trail has a row for every step.
  const timeline = cw.locator('ol.timeline li');
  await timeline.filter({ hasText: `${E.events.stage_moved}: Llegada` }).waitFor();
  assert.equal(await timeline.filter({ hasText: E.events.stage_moved }).count(), 7);
  assert.equal(await timeline.filter({ hasText: E.events.recommendation_approved }).count(), 1);

  const auditor = await openPage();
  const signedIn = await auditor.request.post('/api/auth/sign-in', { data: { email: 'auditor@demo.puente.test', password: DEMO_PASSWORD } });
  assert.equal(signedIn.status(), 200);
  const audit = await auditor.request.get(`/api/audit/events?recordId=${caseId}&limit=500`);
  assert.equal(audit.status(), 200, await audit.text());
  const actions = ((await audit.json()) as { items: { action: string }[] }).items.map((a) => a.action);
  assert.equal(actions.filter((a) => a === 'case.stage_moved').length, 7);
  for (const action of ['case.opened', 'case.recommendation_requested', 'case.recommendation_approved', 'case.decision_recorded', 'case.interview_recorded', 'case.document_uploaded']) {
    assert.ok(actions.includes(action), `audit has ${action}`);
  }
});

scenario('cases 4: the queue shows 50 cases at a time; “show more” adds the next page and takes the keyboard to it', async ({ openPage, db }) => {
  const cw = await openPage();
  await cw.goto('/');
  await signIn(cw, en, 'caseworker@demo.puente.test');
  await expectHeading(cw, es.home.welcome.replace('{{name}}', 'Carlos Méndez'));
  const { csrfToken } = (await (await cw.request.get('/api/auth/me')).json()) as { csrfToken: string };
  for (let i = 0; i < 55; i++) {
    const { householdId } = await insertHousehold(db, { people: [{ givenNames: `Página ${i}`, familyName: 'Cola' }] });
    const opened = await cw.request.post('/api/cases', { headers: { 'x-csrf-token': csrfToken }, data: { programmeCode: 'mx_tvtf', householdId } });
    assert.equal(opened.status(), 201, await opened.text());
  }
  const all = ((await (await cw.request.get('/api/cases/queue?programme=mx_tvtf&limit=200')).json()) as { items: { id: string }[] }).items;
  assert.ok(all.length > 50 && all.length <= 100, `${all.length} cases of the programme in the queue`);

  await cw.goto('/cases');
  await cw.getByLabel(E.queue.programme, { exact: true }).fill('mx_tvtf');
  await cw.getByRole('button', { name: E.queue.apply, exact: true }).click();
  await cw.getByRole('status').filter({ hasText: E.queue.shown.replace('{{count}}', '50') }).waitFor();
  const more = cw.getByRole('button', { name: E.queue.more, exact: true });
  await more.focus();
  await cw.keyboard.press('Enter');
  await cw.getByRole('status').filter({ hasText: E.queue.shown.replace('{{count}}', String(all.length)) }).waitFor();
  // The whole queue, in the API's order, each case once; no further page is offered.
  const links = cw.getByRole('table').getByRole('link');
  const shown = await links.evaluateAll((els) => els.map((el) => el.id.replace('case-link-', '')));
  assert.deepEqual(shown, all.map((c) => c.id));
  assert.equal(await more.count(), 0);
  // Focus is on the first case of the page just added.
  const deadline = Date.now() + 5_000;
  while ((await cw.evaluate(() => document.activeElement?.id)) !== `case-link-${all[50].id}`) {
    assert.ok(Date.now() < deadline, 'focus moved to the first new case');
    await cw.waitForTimeout(50);
  }
  await checkPage(cw, 'case queue after showing more (es)');
});
