/**
 * Protection test setup: a seasonal worker's household held by COMAR Tapachula with an open case,
 * and one user per role that matters (same office, other agency, other member state, receiving NGO).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/platform/db.ts';
import { ensureProgrammes, insertHousehold, openCaseVia } from './cases-factories.ts';
import { findOffice, insertUser, signInAs, type Session } from './factories.ts';

export interface ProtectionWorld {
  caseworker: Session;
  officer: Session;
  officerId: string;
  otherAgencyOfficer: Session;
  otherStateOfficer: Session;
  ngo: Session;
  supervisor: Session;
  auditor: Session;
  statistician: Session;
  personId: string;
  householdId: string;
  caseId: string;
  officeId: string;
  ngoAgencyId: string;
}

export const SECRET_ACCOUNT = 'El contratista guardó mi pasaporte en su oficina de Huixtla y dice que debo 38500 pesos';
export const SECRET_NEED_DETAILS = 'Cicatriz en el brazo izquierdo por golpes del capataz Ramiro';
export const SECRET_REFERRAL_SUMMARY = 'Necesita acompañamiento para denunciar al capataz Ramiro sin que su primo lo sepa';

export async function buildProtectionWorld(app: FastifyInstance, db: Db): Promise<ProtectionWorld> {
  await ensureProgrammes(db);
  const office = await findOffice(db, 'COMAR Tapachula');
  const cw = await insertUser(db, { roles: ['caseworker'], office: 'COMAR Tapachula' });
  const po = await insertUser(db, { roles: ['protection_officer'], office: 'COMAR Tapachula' });
  const other = await insertUser(db, { roles: ['protection_officer'], office: 'ACNUR Tapachula' });
  const ca = await insertUser(db, { roles: ['protection_officer'], office: 'IRCC Ottawa' });
  const ngo = await insertUser(db, { roles: ['protection_officer'], office: 'Sin Fronteras Ciudad de México' });
  const sup = await insertUser(db, { roles: ['supervisor'], office: 'COMAR Tapachula' });
  const aud = await insertUser(db, { roles: ['auditor'], office: 'COMAR Tapachula' });
  const stat = await insertUser(db, { roles: ['programme_admin'], agencyName: 'Comisión Mexicana de Ayuda a Refugiados (COMAR)' });
  const { householdId, personIds } = await insertHousehold(db, {
    officeId: office.id,
    people: [{ givenNames: 'Juan Carlos', familyName: 'Pérez Xicará' }],
  });
  await db.updateTable('people').set({ sex: 'male', birth_date: '1994-03-02', nationalities: ['GT'], phone: '+502 5555 0101', languages: ['es', 'kek'] }).where('id', '=', personIds[0]!).execute();
  const caseworker = await signInAs(app, cw.email);
  const { id: caseId } = await openCaseVia(app, caseworker, { programmeCode: 'mx_tvtf', householdId });
  const ngoAgencyId = ngo.agencyId!;
  return {
    caseworker,
    officer: await signInAs(app, po.email),
    officerId: po.id,
    otherAgencyOfficer: await signInAs(app, other.email),
    otherStateOfficer: await signInAs(app, ca.email),
    ngo: await signInAs(app, ngo.email),
    supervisor: await signInAs(app, sup.email),
    auditor: await signInAs(app, aud.email),
    statistician: await signInAs(app, stat.email),
    personId: personIds[0]!,
    householdId,
    caseId,
    officeId: office.id,
    ngoAgencyId,
  };
}

/** The e2e answers: document retention and debt bondage, with the survivor's own account. */
export function traffickingScreening(overrides: Record<string, unknown> = {}) {
  return {
    questionnaire: 'trafficking-ilo',
    mode: 'interviewer',
    language: 'es',
    answers: { documents_kept: true, debt_bondage: true, excessive_hours: false },
    account: SECRET_ACCOUNT,
    ...overrides,
  };
}
