/**
 * Issue 5, "Done when": an employer (F.A.R.M.S., Ontario) drafts a job order below the wage floor and
 * is refused with the floor and its source; fixes it, attests and submits; the programme
 * administrator (IRCC, in French) approves it and opens a round; workers rank it (one with the
 * keyboard, in Spanish); the round runs, is verified and published; the worker reads the offer and the
 * contract terms in Spanish and accepts; a case opens; the employer records her arrival.
 */
import assert from 'node:assert/strict';
import type { Db } from '../../src/platform/db.ts';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { es } from '../../web/src/i18n/catalogues/es.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { ensureProgrammes, insertHousehold, insertScreeningResult } from '../helpers/cases-factories.ts';
import { ATTESTATION, buildEmployer, buildJobOrder } from '../helpers/labor-factories.ts';
import { expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';
import { apiSession, fill, insertUser, notice, OFFICER } from './labor-support.ts';

const E = en.labor;
const F = fr.labor;
const S = es.labor;


/** A worker in Mexico: an applicant, principal of a household screened eligible for SAWP. */
async function insertWorker(db: Db, givenNames: string): Promise<string> {
  const user = await insertUser(db, 'applicant', { memberState: 'MX', locale: 'es', name: `${givenNames} Pérez` });
  const office = await db.selectFrom('offices').select('id').where('name', '=', 'INM Tapachula').executeTakeFirstOrThrow();
  const h = await insertHousehold(db, { memberState: 'MX', subdivision: 'MX-CHP', officeId: office.id, people: [{ givenNames, familyName: 'Pérez', userId: user.id }] });
  await insertScreeningResult(db, h.householdId, 'ca_sawp', 'eligible');
  return user.email;
}


const story = { employerEmail: '', employerId: '', reference: '', jobOrderId: '', otherTitle: 'Cherry picker', roundNumber: 0, ana: '', luis: '' };
const TITLE = 'Apple harvester';
const EMPLOYER = 'Norfolk Orchards';

scenario('labour 1/6: an employer is refused below the wage floor, with the floor and its source; fixes, attests and submits', async ({ baseUrl, db, openPage }) => {
  await ensureProgrammes(db);
  const user = await insertUser(db, 'employer', { office: 'F.A.R.M.S. Mississauga', locale: 'en', name: 'Ann Baker' });
  const api = await apiSession(baseUrl, user.email);
  const employer = await api('POST', '/api/labor/employers', buildEmployer());
  await api('POST', `/api/labor/employers/${employer.id}/worksites`, { name: 'North orchard', address: { line1: '12 Concession Rd', city: 'Simcoe', subdivision: 'CA-ON', country: 'CA' } });
  Object.assign(story, { employerEmail: user.email, employerId: employer.id });

  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, user.email);
  await expectHeading(page, fill(en.home.welcome, { name: 'Ann Baker' }));
  await openMenuItem(page, en, E.nav.employer);
  await expectHeading(page, E.employer.title);
  await page.getByRole('heading', { level: 2, name: `${E.employer.list} – ${EMPLOYER}` }).waitFor();
  await page.getByText(E.employer.none, { exact: true }).waitFor();
  await checkPage(page, 'employer portal, no job orders');

  await page.getByRole('button', { name: E.employer.new, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: E.employer.new, exact: true }).waitFor();
  await page.getByLabel(E.form.programme, { exact: true }).selectOption('ca_sawp');
  await page.getByLabel(E.form.occupationCode, { exact: true }).fill('85100');
  await page.getByLabel(E.form.jobTitle, { exact: true }).fill(TITLE);
  await page.getByLabel(E.form.workersNeeded, { exact: true }).fill('1');
  await page.getByLabel(E.form.startDate, { exact: true }).fill('2027-04-01');
  await page.getByLabel(E.form.endDate, { exact: true }).fill('2027-10-31');
  await page.getByLabel(E.form.hoursPerWeek, { exact: true }).fill('48');
  await page.getByLabel(E.form.duties, { exact: true }).fill('Pick apples by hand into bins; prune trees; sort fruit.');
  await page.getByLabel(E.form.crops, { exact: true }).fill('apples, pruning');
  await page.getByLabel(E.form.transportDescription, { exact: true }).fill('Van from the bunkhouse to the orchard.');
  await page.getByLabel(E.form.skills, { exact: true }).fill('pruning');
  await page.getByLabel(E.form.languages, { exact: true }).fill('es');
  const wage = page.getByLabel(E.form.wageHourly, { exact: true });
  await wage.fill('16');
  await page.getByRole('button', { name: E.form.create, exact: true }).click();

  // Refused next to the wage field, naming the floor (Ontario's minimum, 17.60 CAD) and its source.
  const refusal = page.locator('.labor-floor');
  await refusal.waitFor();
  const text = await refusal.innerText();
  assert.ok(text.includes('17.60'), `the floor is named: ${text}`);
  assert.ok(text.includes(E.floor.kinds.provincial_minimum), text);
  assert.match(text, /Ontario Employment Standards Act/);
  assert.equal(await wage.getAttribute('aria-invalid'), 'true');
  assert.equal(await wage.getAttribute('aria-describedby'), await refusal.getAttribute('id'));
  assert.equal(await wage.evaluate((el) => el === document.activeElement), true, 'the focus goes to the wage');
  await checkPage(page, 'job order refused below the wage floor');

  await wage.fill('17.60');
  await page.getByRole('button', { name: E.form.create, exact: true }).click();
  await notice(page, E.employer.saved);
  const { items } = await api('GET', `/api/labor/job-orders?employerId=${employer.id}`);
  const created = items.find((i) => i.jobTitle === TITLE)!;
  story.jobOrderId = String(created.id);
  story.reference = String(created.reference);
  await page.getByRole('heading', { level: 2, name: fill(E.employer.detail, { reference: story.reference }), exact: true }).waitFor();
  await page.getByText(/Wage check passed/).waitFor();

  await page.getByLabel(E.attestation.noFees, { exact: true }).check();
  await page.getByLabel(E.attestation.noDocuments, { exact: true }).check();
  await page.getByLabel(E.attestation.contractLanguage, { exact: true }).check();
  await page.getByLabel(E.attestation.housingTerms, { exact: true }).fill(ATTESTATION.housingTerms);
  await page.getByLabel(E.attestation.transportTerms, { exact: true }).fill(ATTESTATION.transportTerms);
  await page.getByLabel(E.attestation.mealsTerms, { exact: true }).fill(ATTESTATION.mealsTerms);
  await page.getByRole('button', { name: E.attestation.submit, exact: true }).click();
  await notice(page, E.attestation.saved);
  await page.getByRole('button', { name: E.employer.submit, exact: true }).click();
  await notice(page, E.employer.submitted);
  await page.getByRole('row').filter({ hasText: story.reference }).getByText(E.status.submitted, { exact: true }).waitFor();
  await checkPage(page, 'job order submitted');
  await page.setViewportSize({ width: 320, height: 640 });
  await assertNoHorizontalScroll(page, 'employer portal at 320px');
  await checkPage(page, 'employer portal at 320px');
  await page.getByRole('button', { name: E.employer.new, exact: true }).click();
  await page.getByRole('heading', { level: 2, name: E.employer.new, exact: true }).waitFor();
  await page.getByLabel(E.form.inbound, { exact: true }).waitFor();
  await assertNoHorizontalScroll(page, 'job order form at 320px');
  await checkPage(page, 'job order form at 320px');
});

scenario('labour 2/6: the programme administrator approves the job order and opens a round', async ({ baseUrl, openPage }) => {
  assert.ok(story.jobOrderId, 'part 1 must run first');
  // A second job order, approved through the API, so that the worker has two to put in order.
  const employerApi = await apiSession(baseUrl, story.employerEmail);
  const worksite = (await employerApi('GET', `/api/labor/employers/${story.employerId}`)).worksites as { id: string }[];
  const other = await employerApi('POST', '/api/labor/job-orders', buildJobOrder(story.employerId, [worksite[0]!.id], { jobTitle: story.otherTitle, workersNeeded: 1 }));
  await employerApi('POST', `/api/labor/job-orders/${other.id}/attestations`, ATTESTATION);
  await employerApi('POST', `/api/labor/job-orders/${other.id}/submit`, { expectedVersion: 1 });

  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.approvals);
  await expectHeading(page, F.approvals.title);
  const card = page.getByRole('region', { name: `${story.reference} – ${TITLE}` });
  await card.getByRole('button', { name: fill(F.approvals.approve, { reference: story.reference }), exact: true }).waitFor();
  await card.getByText(fill(F.approvals.attested, { date: 'D' }).split('D')[0]!.trim(), { exact: false }).waitFor();
  await checkPage(page, 'job orders to approve (fr)');
  await card.getByRole('button', { name: fill(F.approvals.approve, { reference: story.reference }), exact: true }).click();
  await notice(page, fill(F.approvals.approved, { reference: story.reference }));
  const otherReference = String((await employerApi('GET', `/api/labor/job-orders/${other.id}`)).reference);
  await page.getByRole('button', { name: fill(F.approvals.approve, { reference: otherReference }), exact: true }).click();
  await notice(page, fill(F.approvals.approved, { reference: otherReference }));
  await page.getByText(F.approvals.none, { exact: true }).waitFor();

  await openMenuItem(page, fr, F.nav.rounds);
  await expectHeading(page, F.rounds.title);
  await page.getByLabel(F.rounds.programme, { exact: true }).selectOption('ca_sawp');
  await page.getByRole('button', { name: F.rounds.openSubmit, exact: true }).click();
  const opened = page.locator('.alert-info').filter({ hasText: fill(F.rounds.opened, { number: 'N' }).split('N')[1]!.trim() });
  await opened.waitFor();
  story.roundNumber = Number(/\d+/.exec(await opened.innerText())?.[0]);
  assert.ok(story.roundNumber >= 1);
  await page.getByText(fill(F.rounds.status, { status: F.rounds.statuses.open }), { exact: true }).waitFor();
  await checkPage(page, 'allocation rounds, one open (fr)');
});

scenario('labour 3/6: workers rank the job orders, one of them with the keyboard, in Spanish', async ({ baseUrl, db, openPage }) => {
  assert.ok(story.roundNumber, 'part 2 must run first');
  story.ana = await insertWorker(db, 'Ana');
  story.luis = await insertWorker(db, 'Luis');
  // Luis ranks through the API: the apple harvest only, with less experience.
  const luis = await apiSession(baseUrl, story.luis);
  const [round] = (await luis('GET', '/api/labor/me/rounds')).items as { id: string }[];
  assert.ok(round, 'Luis may rank in the open round');
  await luis('PUT', `/api/labor/me/rounds/${round.id}/ranking`, { jobOrderIds: [story.jobOrderId], experienceSeasons: 0 });

  const page = await openPage({ viewport: { width: 320, height: 640 } });
  await page.goto('/');
  await signIn(page, en, story.ana);
  await expectHeading(page, fill(es.home.welcome, { name: 'Ana Pérez' }));
  await openMenuItem(page, es, S.nav.offers);
  await expectHeading(page, S.offers.title);
  await page.getByRole('heading', { level: 2, name: S.rank.title, exact: true }).waitFor();
  const apple = `${TITLE} – ${EMPLOYER}`;
  const cherry = `${story.otherTitle} – ${EMPLOYER}`;
  await page.getByRole('button', { name: fill(S.rank.add, { job: cherry }), exact: true }).click();
  await page.getByRole('button', { name: fill(S.rank.remove, { job: cherry }), exact: true }).waitFor();
  await page.getByRole('button', { name: fill(S.rank.add, { job: apple }), exact: true }).click();
  const up = page.getByRole('button', { name: fill(S.rank.up, { job: apple }), exact: true });
  await up.waitFor();
  // Keyboard only: focus the apple harvest's "up" button and press Enter; the focus stays on the job moved.
  await up.focus();
  await page.keyboard.press('Enter');
  await page.getByText(fill(S.rank.moved, { job: apple, position: 1 }), { exact: true }).waitFor({ state: 'attached' });
  const ranked = page.locator('ol.labor-ranking .labor-rank-title');
  await page.waitForFunction((first) => document.querySelector('ol.labor-ranking .labor-rank-title')?.textContent === first, apple);
  assert.deepEqual(await ranked.allInnerTexts(), [apple, cherry]);
  const down = page.getByRole('button', { name: fill(S.rank.down, { job: apple }), exact: true });
  assert.equal(await down.evaluate((el) => el === document.activeElement), true, 'the focus stays on the job moved');
  await page.getByLabel(S.rank.experience, { exact: true }).fill('4');
  await page.getByLabel('pruning', { exact: true }).check();
  await page.getByRole('button', { name: S.rank.save, exact: true }).click();
  await notice(page, S.rank.saved);
  await assertNoHorizontalScroll(page, 'ranking at 320px');
  await checkPage(page, 'ranking saved (es, 320px)');
  const mine = (await (await apiSession(baseUrl, story.ana))('GET', '/api/labor/me/rounds')).items[0] as { ranking: { jobOrderIds: string[]; experienceSeasons: number } };
  assert.equal(mine.ranking.jobOrderIds[0], story.jobOrderId);
  assert.equal(mine.ranking.experienceSeasons, 4);
});

scenario('labour 4/6: the round runs with progress, is verified and published', async ({ openPage }) => {
  assert.ok(story.ana, 'part 3 must run first');
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.rounds);
  await expectHeading(page, F.rounds.title);
  await page.getByRole('button', { name: fill(F.rounds.run, { number: story.roundNumber }), exact: true }).click();
  await page.getByText(F.rounds.stable, { exact: true }).waitFor({ timeout: 30_000 });
  await page.getByText(fill(F.rounds.status, { status: F.rounds.statuses.verified }), { exact: true }).waitFor();
  await checkPage(page, 'round verified (fr)');
  await page.getByRole('button', { name: fill(F.rounds.publish, { number: story.roundNumber }), exact: true }).click();
  await notice(page, fill(F.rounds.published, { number: story.roundNumber }));
  await page.getByText(fill(F.rounds.status, { status: F.rounds.statuses.published }), { exact: true }).waitFor();
});

scenario('labour 5/6: the worker reads the offer and the contract terms in Spanish and accepts; a case opens; the employer records her arrival', async ({ baseUrl, db, openPage }) => {
  assert.ok(story.ana, 'part 3 must run first');
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, story.ana);
  await expectHeading(page, fill(es.home.welcome, { name: 'Ana Pérez' }));
  await openMenuItem(page, es, S.nav.offers);
  await expectHeading(page, S.offers.title);
  const offer = page.getByRole('region', { name: fill(S.offers.round, { number: story.roundNumber, programme: 'ca_sawp' }) });
  await offer.getByText(S.offers.offered, { exact: true }).waitFor();
  await offer.getByText(`${TITLE}, ${EMPLOYER}`, { exact: false }).waitFor();
  await offer.getByRole('heading', { level: 3, name: S.offers.terms, exact: true }).waitFor();
  await offer.getByText('Nadie puede quedarse con su pasaporte ni sus documentos de identidad.', { exact: true }).waitFor();
  await offer.getByText(/^Salario: 17,60/).waitFor();
  await checkPage(page, 'offer with contract terms (es)');
  await offer.getByRole('button', { name: S.offers.accept, exact: true }).click();
  const accepted = page.locator('.alert-info').filter({ hasText: fill(S.offers.acceptedCase, { number: 'N' }).split('N')[0]!.trim() });
  await accepted.waitFor();
  const caseNumber = /MX-[\w-]+/.exec(await accepted.innerText())?.[0];
  assert.ok(caseNumber, `a case number is shown: ${await accepted.innerText()}`);
  await offer.getByText(S.offers.accepted, { exact: true }).waitFor();

  // The case is open in the programme's workflow, and the worker finds it under My applications.
  const kase = await db.selectFrom('cases').select(['programme_code', 'case_number']).where('case_number', '=', caseNumber).executeTakeFirstOrThrow();
  assert.equal(kase.programme_code, 'ca_sawp');
  await openMenuItem(page, es, es.cases.nav.mine);
  await expectHeading(page, es.cases.mine.title);
  await page.getByText(caseNumber, { exact: false }).first().waitFor();

  // The employer sees the placement and records the arrival.
  const employer = await openPage();
  await employer.goto('/');
  await signIn(employer, en, story.employerEmail);
  await expectHeading(employer, fill(en.home.welcome, { name: 'Ann Baker' }));
  await openMenuItem(employer, en, E.nav.employer);
  await employer.getByRole('button', { name: fill(E.employer.open, { reference: story.reference }), exact: true }).click();
  await employer.getByRole('heading', { level: 3, name: E.placements.title, exact: true }).waitFor();
  const row = employer.getByRole('row').filter({ hasText: 'Ana Pérez' });
  await row.getByText(caseNumber, { exact: true }).waitFor();
  await row.getByLabel(E.placements.on, { exact: true }).fill('2027-04-02');
  await row.getByRole('button', { name: E.placements.record, exact: true }).click();
  await notice(employer, E.placements.recorded);
  await row.getByText(E.placements.statuses.arrived, { exact: true }).waitFor();
  await checkPage(employer, 'placements with an arrival');
  const placements = await (await apiSession(baseUrl, story.employerEmail))('GET', `/api/labor/job-orders/${story.jobOrderId}/placements`);
  assert.equal(placements.items[0]?.status, 'arrived');
});

scenario('labour 6/6: the worker reports a fee anonymously from her phone; the labour officer handles the report', async ({ openPage }) => {
  assert.ok(story.ana, 'part 3 must run first');
  const phone = await openPage({ viewport: { width: 320, height: 640 } });
  await phone.goto('/');
  await signIn(phone, en, story.ana);
  await expectHeading(phone, fill(es.home.welcome, { name: 'Ana Pérez' }));
  await openMenuItem(phone, es, S.nav.offers);
  await expectHeading(phone, S.offers.title);
  const form = phone.getByRole('region', { name: S.report.title });
  await form.getByLabel(S.report.description, { exact: true }).fill('Me cobraron 5000 pesos por la visa.');
  await form.getByRole('button', { name: S.report.send, exact: true }).click();
  // Nothing chosen: she is told to choose, next to the choices, and nothing is sent.
  await form.getByText(S.report.kindRequired, { exact: true }).waitFor();
  await form.getByLabel(S.report.kind.recruitment_fee, { exact: true }).check();
  await form.getByLabel(S.report.anonymous, { exact: true }).check();
  await form.getByRole('button', { name: S.report.send, exact: true }).click();
  await phone.locator('.alert-info').filter({ hasText: 'Employment and Social Development Canada' }).waitFor();
  await assertNoHorizontalScroll(phone, 'report sent at 320px');
  await checkPage(phone, 'report sent (es, 320px)');

  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.reports);
  await expectHeading(page, F.reports.title);
  const report = page.getByRole('region', { name: fr.labor.report.kind.recruitment_fee });
  await report.getByText('Me cobraron 5000 pesos por la visa.', { exact: true }).waitFor();
  const line = await report.locator('p').first().innerText();
  assert.ok(line.includes(F.reports.anonymous), line);
  assert.ok(!(await report.innerText()).includes('Ana'), 'an anonymous report carries no name');
  await report.getByText(F.reports.flagged, { exact: true }).waitFor();
  await report.getByText(fill(F.reports.indicators, { list: F.reports.indicatorNames.fee_charged }), { exact: true }).waitFor();
  await checkPage(page, 'workers’ reports (fr)');
  await report.getByLabel(F.reports.newStatus, { exact: true }).selectOption('referred');
  await report.getByLabel(F.reports.resolution, { exact: true }).fill('Transmis à l’inspection du travail de l’Ontario.');
  await report.getByRole('button', { name: F.reports.update, exact: true }).click();
  await notice(page, F.reports.updated);
  await report.getByText(F.reports.statuses.referred, { exact: false }).first().waitFor();
});
