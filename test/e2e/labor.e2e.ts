/**
 * Issue 5, "Done when": an employer (F.A.R.M.S., Ontario) drafts a job order below the wage floor and
 * is refused with the floor and its source; fixes it, attests and submits; the programme
 * administrator (IRCC, in French) approves it and opens a round; workers rank it (one with the
 * keyboard, in Spanish); the round runs, is verified and published; the worker reads the offer and the
 * contract terms in Spanish and accepts; a case opens; the employer records her arrival.
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
import { formatCalendarDate } from '../../web/src/i18n/format.ts';
import { ensureProgrammes, insertHousehold, insertScreeningResult } from '../helpers/cases-factories.ts';
import { ATTESTATION, buildEmployer, buildJobOrder } from '../helpers/labor-factories.ts';
import { expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { assertNoHorizontalScroll, checkPage } from './checks.ts';
import { scenario } from './harness.ts';

const E = en.labor;
const F = fr.labor;
const S = es.labor;
const fill = (template: string, values: Record<string, string | number>) => template.replace(/{{(\w+)}}/g, (_, k: string) => String(values[k]));

async function insertUser(db: Db, role: string, options: { office?: string; memberState?: string; locale: string; name: string }): Promise<{ id: string; email: string }> {
  const office = options.office ? await db.selectFrom('offices').select(['id', 'agency_id', 'member_state']).where('name', '=', options.office).executeTakeFirstOrThrow() : undefined;
  const id = randomUUID();
  const email = `${role}-${id.slice(0, 8)}@e2e.puente.test`;
  await db
    .insertInto('users')
    .values({ id, email, display_name: options.name, password_hash: await hashPassword(DEMO_PASSWORD), member_state: office?.member_state ?? options.memberState ?? 'MX', agency_id: office?.agency_id ?? null, office_id: office?.id ?? null, roles: [role], locale: options.locale })
    .execute();
  return { id, email };
}

/** A worker in Mexico: an applicant, principal of a household screened eligible for SAWP. */
async function insertWorker(db: Db, givenNames: string): Promise<string> {
  const user = await insertUser(db, 'applicant', { memberState: 'MX', locale: 'es', name: `${givenNames} Pérez` });
  const office = await db.selectFrom('offices').select('id').where('name', '=', 'INM Tapachula').executeTakeFirstOrThrow();
  const h = await insertHousehold(db, { memberState: 'MX', subdivision: 'MX-CHP', officeId: office.id, people: [{ givenNames, familyName: 'Pérez', userId: user.id }] });
  await insertScreeningResult(db, h.householdId, 'ca_sawp', 'eligible');
  return user.email;
}

/** A signed-in API session from Node, for what the scenario does not show through the pages. */
async function apiSession(baseUrl: string, email: string) {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = String(res.headers.get('set-cookie')).split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const r = await fetch(`${baseUrl}${path}`, { method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, body: body ? JSON.stringify(body) : undefined });
    const text = await r.text();
    assert.ok(r.status < 300, `${method} ${path}: HTTP ${r.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as Record<string, unknown> & { id: string; items: Record<string, unknown>[] };
  };
}

/** Waits for the notice a page shows after an action (an aria-live region re-renders it). */
async function notice(page: Page, text: string): Promise<void> {
  await page.locator('.alert-info').filter({ hasText: text }).first().waitFor({ timeout: 15_000 });
}

const story = { employerEmail: '', employerId: '', reference: '', jobOrderId: '', otherTitle: 'Cherry picker', roundNumber: 0, ana: '', luis: '' };
const OFFICER = 'programme-admin@demo.puente.test';
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

scenario('labour: an employer registers her farm and adds a worksite in the portal; a place outside her member state is refused', async ({ db, openPage }) => {
  const user = await insertUser(db, 'employer', { office: 'F.A.R.M.S. Mississauga', locale: 'en', name: 'Bea Cole' });
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, user.email);
  await expectHeading(page, fill(en.home.welcome, { name: 'Bea Cole' }));
  await openMenuItem(page, en, E.nav.employer);
  // Her association may hold other employers already (the story above made one): she registers another.
  const form = page.getByRole('form', { name: E.registration.title });
  const another = page.getByRole('button', { name: E.registration.another, exact: true });
  await Promise.race([form.waitFor(), another.waitFor()]);
  if ((await form.count()) === 0) {
    await another.click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), E.registration.title, 'the keyboard goes to the form');
  }
  await checkPage(page, 'employer registration form');
  await form.getByLabel(E.registration.legalName, { exact: true }).fill('Kelowna Fruit Co. Ltd.');
  await form.getByLabel(E.registration.tradeName, { exact: true }).fill('Kelowna Fruit');
  await form.getByLabel(E.registration.taxId, { exact: true }).fill(`87${String(Date.now()).slice(-7)}`);
  await form.getByLabel(E.registration.sectorCode, { exact: true }).fill('111331');
  await form.getByLabel(E.worksites.line1, { exact: true }).fill('2200 KLO Rd');
  await form.getByLabel(E.worksites.city, { exact: true }).fill('Kelowna');
  await form.getByLabel(E.worksites.subdivision, { exact: true }).fill('CA-BC');
  await form.getByLabel(E.registration.contactName, { exact: true }).fill('Bea Cole');
  await form.getByRole('button', { name: E.registration.submit, exact: true }).click();
  await notice(page, fill(E.registration.registered, { name: 'Kelowna Fruit' }));
  await page.getByRole('heading', { level: 2, name: `${E.employer.list} – Kelowna Fruit`, exact: true }).waitFor();
  const stored = await db.selectFrom('employers').select(['legal_name', 'sector_system', 'member_state']).where('trade_name', '=', 'Kelowna Fruit').executeTakeFirstOrThrow();
  assert.deepEqual(stored, { legal_name: 'Kelowna Fruit Co. Ltd.', sector_system: 'NAICS', member_state: 'CA' });
  await page.getByRole('heading', { level: 2, name: E.worksites.title, exact: true }).waitFor();
  await page.getByText(E.worksites.none, { exact: true }).waitFor();
  await checkPage(page, 'employer without worksites');

  await page.getByLabel(E.worksites.name, { exact: true }).fill('Okanagan orchard');
  await page.getByLabel(E.worksites.line1, { exact: true }).fill('4410 Lakeshore Rd');
  await page.getByLabel(E.worksites.city, { exact: true }).fill('Kelowna');
  await page.getByLabel(E.worksites.subdivision, { exact: true }).fill('mx-chp');
  await page.getByRole('button', { name: E.worksites.submit, exact: true }).click();
  await page.getByRole('alert').filter({ hasText: en.errors.VALIDATION_FAILED }).waitFor();
  await checkPage(page, 'worksite refused');
  assert.equal(await db.selectFrom('worksites').select('id').where('name', '=', 'Okanagan orchard').execute().then((r) => r.length), 0, 'nothing written');

  await page.getByLabel(E.worksites.subdivision, { exact: true }).fill('CA-BC');
  await page.getByRole('button', { name: E.worksites.submit, exact: true }).click();
  await page.getByRole('status').filter({ hasText: fill(E.worksites.added, { name: 'Okanagan orchard' }) }).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Okanagan orchard – 4410 Lakeshore Rd, Kelowna, CA-BC' }).waitFor();
  await checkPage(page, 'worksite added');
  // The new job order offers it.
  await page.getByRole('button', { name: E.employer.new, exact: true }).click();
  await page.getByLabel('Okanagan orchard (Kelowna, CA-BC)').waitFor();
});

scenario('labour: the labour officer records an inspection and a debarment of an employer, in French', async ({ baseUrl, db, openPage }) => {
  const owner = await insertUser(db, 'employer', { office: 'F.A.R.M.S. Mississauga', locale: 'en', name: 'Dan Moss' });
  const employer = await (await apiSession(baseUrl, owner.email))('POST', '/api/labor/employers', buildEmployer({ legalName: 'Fraser Valley Berries Ltd.', tradeName: 'Fraser Valley Berries' }));
  const C = F.compliance;
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.compliance);
  await expectHeading(page, C.title);
  await page.getByLabel(F.employer.employer, { exact: true }).selectOption(employer.id);
  const history = page.getByRole('heading', { level: 2, name: 'Fraser Valley Berries (Fraser Valley Berries Ltd.)', exact: true });
  await history.waitFor();
  await page.getByText(C.notDebarred, { exact: true }).waitFor();
  await page.getByText(C.none, { exact: true }).waitFor();
  await checkPage(page, 'employer compliance, nothing recorded (fr)');

  await page.getByLabel(C.kind, { exact: true }).selectOption('inspection');
  await page.getByLabel(C.occurredOn, { exact: true }).fill('2026-11-02');
  await page.getByLabel(C.description, { exact: true }).fill('Logements inspectés : chauffage insuffisant.');
  await page.getByLabel(C.source, { exact: true }).fill('Rapport d’inspection ESDC 2026-4471');
  await page.getByRole('button', { name: C.submit, exact: true }).click();
  await page.getByRole('status').filter({ hasText: C.recorded }).waitFor();
  await page.getByRole('row').filter({ hasText: 'Rapport d’inspection ESDC 2026-4471' }).getByRole('rowheader', { name: C.kinds.inspection }).waitFor();

  await page.getByLabel(C.kind, { exact: true }).selectOption('debarment');
  await page.getByLabel(C.occurredOn, { exact: true }).fill('2026-12-01');
  await page.getByLabel(C.description, { exact: true }).fill('Exclusion après des frais de recrutement facturés aux travailleurs.');
  await page.getByLabel(C.source, { exact: true }).fill('Décision EDSC 2026-118');
  await page.getByLabel(C.debarredUntilField, { exact: true }).fill('2027-06-30');
  await page.getByRole('button', { name: C.submit, exact: true }).click();
  await page.getByText(fill(C.debarredUntil, { date: formatCalendarDate('2027-06-30', 'fr') }), { exact: true }).waitFor();
  await checkPage(page, 'employer debarred (fr)');

  const row = await db.selectFrom('employers').select('debarred_until').where('id', '=', employer.id).executeTakeFirstOrThrow();
  assert.equal(String(row.debarred_until).slice(0, 10), '2027-06-30');
  const audit = await db.selectFrom('audit_events').select('details').where('action', '=', 'labor.employer.compliance').where('record_id', '=', employer.id).orderBy('seq').execute();
  assert.deepEqual(audit.map((a) => (a.details as { kind: string }).kind), ['inspection', 'debarment']);
});

scenario('labour: the labour officer registers a recruiter for an employer; the same number twice is refused, in French', async ({ baseUrl, db, openPage }) => {
  const owner = await insertUser(db, 'employer', { office: 'F.A.R.M.S. Mississauga', locale: 'en', name: 'Eva Lund' });
  const employer = await (await apiSession(baseUrl, owner.email))('POST', '/api/labor/employers', buildEmployer({ legalName: 'Lakeside Greenhouses Inc.', tradeName: 'Lakeside Greenhouses' }));
  const R = F.recruiters;
  const number = `GT-REC-${String(Date.now()).slice(-6)}`;
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.recruiters);
  await expectHeading(page, R.title);
  await checkPage(page, 'recruiters (fr)');

  const register = async () => {
    await page.getByLabel(R.name, { exact: true }).fill('Agencia Laboral Quetzal');
    await page.getByLabel(R.registrationNumber, { exact: true }).fill(number);
    await page.getByLabel(R.country, { exact: true }).fill('gt');
    await page.getByLabel('Lakeside Greenhouses', { exact: true }).check();
    await page.getByRole('button', { name: R.submit, exact: true }).click();
  };
  await register();
  await page.getByRole('status').filter({ hasText: fill(R.registered, { name: 'Agencia Laboral Quetzal' }) }).waitFor();
  const row = page.getByRole('row').filter({ hasText: number });
  await row.getByRole('cell', { name: 'Guatemala', exact: true }).waitFor();
  await row.getByRole('cell', { name: R.active, exact: true }).waitFor();
  assert.ok((await row.innerText()).includes('Lakeside Greenhouses'), await row.innerText());
  await checkPage(page, 'recruiter registered (fr)');

  await register();
  await page.getByRole('alert').filter({ hasText: fr.errors.RECRUITER_EXISTS }).waitFor();
  const stored = await db.selectFrom('recruiters').select(['id', 'country']).where('registration_number', '=', number).execute();
  assert.deepEqual(stored.map((r) => r.country), ['GT']);
  const links = await db.selectFrom('recruiter_employers').select('employer_id').where('recruiter_id', '=', stored[0]!.id).execute();
  assert.deepEqual(links.map((l) => l.employer_id), [employer.id]);
});

scenario('labour: the labour officer records a wage floor with its source, then a corrected version that a submitted job order falls below; a place outside her member state is refused, in French', async ({ baseUrl, db, openPage }) => {
  const W = F.floors;
  // A scope no other scenario's job orders fall in (Nova Scotia, occupation 85101, from 2031).
  const source = `EDSC, taux horaires du PTAS 2031, essai ${String(Date.now()).slice(-6)}`;
  const page = await openPage();
  await page.goto('/');
  await signIn(page, en, OFFICER);
  await expectHeading(page, fill(fr.home.welcome, { name: 'Émilie Tremblay' }));
  await openMenuItem(page, fr, F.nav.wageFloors);
  await expectHeading(page, W.title);
  // The seeded Canadian floors are listed, each with its source (Ontario's minimum wage among them).
  await page.getByRole('row').filter({ hasText: 'CA-ON' }).first().waitFor();
  await checkPage(page, 'wage floors (fr)');

  const form = page.getByRole('form', { name: W.new });
  const record = async (place: string, rate: string) => {
    await form.getByLabel(W.kind, { exact: true }).selectOption('programme_rate');
    await form.getByLabel(F.worksites.subdivision, { exact: true }).fill(place);
    await form.getByLabel(W.programme, { exact: true }).selectOption('ca_sawp');
    await form.getByLabel(F.form.occupationSystem, { exact: true }).selectOption('NOC');
    await form.getByLabel(F.form.occupationCode, { exact: true }).fill('85101');
    await form.getByLabel(W.rate, { exact: true }).fill(rate);
    await form.getByLabel(W.effectiveFrom, { exact: true }).fill('2031-01-01');
    await form.getByLabel(W.source, { exact: true }).fill(source);
    await form.getByLabel(W.sourceUrl, { exact: true }).fill('https://www.canada.ca/en/employment-social-development/services/foreign-workers/agricultural/seasonal-agricultural/wage-rates.html');
    await form.getByRole('button', { name: W.submit, exact: true }).click();
  };
  const stored = () => db.selectFrom('wage_floors').select(['id', 'version', 'hourly_rate', 'subdivision', 'superseded_at']).where('source', '=', source).orderBy('version').execute();

  await record('US-CA', '19.45');
  await form.getByRole('alert').filter({ hasText: fr.errors.WAGE_FLOOR_PLACE }).waitFor();
  assert.equal(await form.getByLabel(W.rate, { exact: true }).inputValue(), '19.45', 'what was typed is kept');
  assert.deepEqual(await stored(), [], 'nothing written');
  await checkPage(page, 'wage floor refused (fr)');

  const money = (amount: number) => new Intl.NumberFormat('fr', { style: 'currency', currency: 'CAD' }).format(amount);
  const from = formatCalendarDate('2031-01-01', 'fr');
  await record('ca-ns', '19.45');
  await form.getByRole('status').filter({ hasText: fill(W.recorded, { rate: money(19.45), from, version: 1 }) }).waitFor();

  // Shown with the floors in force in Nova Scotia on 1 June 2031.
  const filter = page.getByRole('form', { name: W.filter });
  await filter.getByLabel(F.worksites.subdivision, { exact: true }).fill('CA-NS');
  await filter.getByLabel(W.on, { exact: true }).fill('2031-06-01');
  await filter.getByRole('button', { name: W.show, exact: true }).click();
  const row = page.getByRole('row').filter({ hasText: source });
  await row.getByRole('rowheader', { name: 'CA-NS', exact: true }).waitFor();
  assert.ok((await row.innerText()).includes(money(19.45)), await row.innerText());
  await checkPage(page, 'wage floor recorded (fr)');

  // An employer's job order in that scope, submitted at 19.50 from 1 May 2031 (above version 1).
  const owner = await insertUser(db, 'employer', { office: 'F.A.R.M.S. Mississauga', locale: 'en', name: 'Joe Hart' });
  const api = await apiSession(baseUrl, owner.email);
  const employer = await api('POST', '/api/labor/employers', buildEmployer({ legalName: 'Annapolis Valley Orchards Ltd.', tradeName: 'Annapolis Orchards' }));
  const site = await api('POST', `/api/labor/employers/${employer.id}/worksites`, { name: 'Kentville orchard', address: { line1: '32 Main St', city: 'Kentville', subdivision: 'CA-NS', country: 'CA' } });
  const jo = await api('POST', '/api/labor/job-orders', buildJobOrder(employer.id, [site.id], { occupationCode: '85101', startDate: '2031-05-01', endDate: '2031-10-31', wageHourly: 19.5, pieceRates: [] }));
  await api('POST', `/api/labor/job-orders/${jo.id}/attestations`, ATTESTATION);
  await api('POST', `/api/labor/job-orders/${jo.id}/submit`, { expectedVersion: 1 });

  // The same scope and start date again: a new version; the first is kept, superseded. The job order
  // now pays below the floor from its start, and the officer is told so.
  await record('CA-NS', '19.80');
  await form.getByRole('status').filter({ hasText: fill(W.recorded, { rate: money(19.8), from, version: 2 }) }).waitFor();
  await form.getByRole('status').filter({ hasText: fill(W.reachesSome_one, { count: 1 }) }).waitFor();
  const reached = form.getByRole('region', { name: W.reachesTitle }).getByRole('listitem');
  await reached.filter({ hasText: fill(W.owed, { reference: String(jo.reference), employer: 'Annapolis Orchards', wage: money(19.5), from: formatCalendarDate('2031-05-01', 'fr'), to: formatCalendarDate('2031-10-31', 'fr') }) }).waitFor();
  assert.equal(await reached.count(), 1);
  await checkPage(page, 'wage floor reaches a job order (fr)');
  await row.getByRole('cell', { name: money(19.8), exact: true }).waitFor();
  assert.equal(await row.count(), 1, 'only the version in force is listed');
  await row.getByText(fill(W.version, { version: 2 }), { exact: true }).waitFor();

  const rows = await stored();
  assert.deepEqual(rows.map((r) => [r.version, Number(r.hourly_rate), r.subdivision, r.superseded_at !== null]), [
    [1, 19.45, 'CA-NS', true],
    [2, 19.8, 'CA-NS', false],
  ]);
  const audit = await db.selectFrom('audit_events').select('record_id').where('action', '=', 'labor.wage_floor.add').where('record_id', 'in', rows.map((r) => r.id)).execute();
  assert.equal(audit.length, 2, 'both recordings are audited');
  const told = await db.selectFrom('notification_outbox').select(['recipient_user_id', 'params']).where('template', '=', 'labor.wage_floor_owed').execute();
  const toldOwner = told.filter((n) => n.recipient_user_id === owner.id).map((n) => n.params as { jobOrderId: string; owedFrom: string });
  assert.deepEqual(toldOwner.map((n) => [n.jobOrderId, n.owedFrom]), [[jo.id, '2031-05-01']], 'the employer who registered the farm is told, once');

  // She sees it on her job order in the portal, in English.
  const portal = await openPage();
  await portal.goto('/');
  await signIn(portal, en, owner.email);
  await openMenuItem(portal, en, E.nav.employer);
  await portal.getByRole('button', { name: fill(E.employer.open, { reference: String(jo.reference) }), exact: true }).click();
  const enMoney = new Intl.NumberFormat('en', { style: 'currency', currency: 'CAD' }).format(19.8);
  await portal
    .getByText(fill(E.employer.floorOwed, { rate: enMoney, kind: E.floor.kinds.programme_rate, from: formatCalendarDate('2031-05-01', 'en'), to: formatCalendarDate('2031-10-31', 'en') }), { exact: true })
    .waitFor();
  await checkPage(portal, 'job order owes a higher floor (en)');
});
