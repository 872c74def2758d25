/**
 * The labour registers on the web: an employer registers her farm and its worksites; the labour officer
 * (IRCC, in French) keeps employers' compliance records, the register of recruiters and the wage floors.
 * Runs after labor.e2e.ts (files run in name order): the employer portal scenario there expects its
 * association's first employer to be the one it made, and these add others to the same association.
 */
import assert from 'node:assert/strict';
import { en } from '../../web/src/i18n/catalogues/en.ts';
import { fr } from '../../web/src/i18n/catalogues/fr.ts';
import { formatCalendarDate } from '../../web/src/i18n/format.ts';
import { ATTESTATION, buildEmployer, buildJobOrder } from '../helpers/labor-factories.ts';
import { expectHeading, openMenuItem, signIn } from './app-driver.ts';
import { checkPage } from './checks.ts';
import { scenario } from './harness.ts';
import { apiSession, fill, insertUser, notice, OFFICER } from './labor-support.ts';

const E = en.labor;
const F = fr.labor;

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
