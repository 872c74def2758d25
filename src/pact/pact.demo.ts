/**
 * Demo data for the pact: the eleven founding member states of the demo, each with real
 * institutions (names as those institutions use them), UNHCR and IOM country offices, an
 * NGO, an employer association and offices with ISO 3166-2 jurisdictions; one demo user per
 * role. All eleven signed the Los Angeles Declaration on Migration and Protection on
 * 10 June 2022 (https://www.whitehouse.gov/briefing-room/statements-releases/2022/06/10/),
 * which is the date used for joining.
 */
import type { AdmitMemberState } from './pact.schemas.ts';

type AgencySeed = AdmitMemberState['agencies'][number];

function agency(name: string, kind: AgencySeed['kind'], offices: [string, string, string[]][]): AgencySeed {
  return { name, kind, offices: offices.map(([n, city, jurisdictions]) => ({ name: n, city, jurisdictions })) };
}

const JOINED = '2022-06-10';

export const DEMO_MEMBER_STATES: AdmitMemberState[] = [
  {
    code: 'CA', name: 'Canada', joinedOn: JOINED, roles: ['destination'],
    agencies: [
      agency('Immigration, Refugees and Citizenship Canada', 'government', [
        ['IRCC Ottawa', 'Ottawa', ['CA-ON']], ['IRCC Montréal', 'Montréal', ['CA-QC']], ['IRCC Vancouver', 'Vancouver', ['CA-BC']],
      ]),
      agency('Employment and Social Development Canada', 'labour_inspectorate', [['ESDC Gatineau', 'Gatineau', []]]),
      agency('UNHCR Canada', 'unhcr', [['UNHCR Ottawa', 'Ottawa', []]]),
      agency('IOM Canada', 'iom', [['IOM Ottawa', 'Ottawa', []]]),
      agency('Canadian Council for Refugees', 'ngo', [['CCR Montréal', 'Montréal', ['CA-QC']]]),
      agency('Foreign Agricultural Resource Management Services (F.A.R.M.S.)', 'employer_association', [['F.A.R.M.S. Mississauga', 'Mississauga', ['CA-ON']]]),
    ],
  },
  {
    code: 'US', name: 'United States', joinedOn: JOINED, roles: ['destination'],
    agencies: [
      agency('U.S. Citizenship and Immigration Services', 'government', [
        ['USCIS Houston Field Office', 'Houston', ['US-TX']], ['USCIS Miami Field Office', 'Miami', ['US-FL']], ['USCIS Los Angeles Field Office', 'Los Angeles', ['US-CA']],
      ]),
      agency('Department of Labor, Wage and Hour Division', 'labour_inspectorate', [['WHD Washington', 'Washington', []]]),
      agency('UNHCR Washington', 'unhcr', [['UNHCR Washington', 'Washington', []]]),
      agency('IOM Washington', 'iom', [['IOM Washington', 'Washington', []]]),
      agency('Church World Service', 'ngo', [['CWS Durham', 'Durham', ['US-NC']]]),
      agency('National Council of Agricultural Employers', 'employer_association', [['NCAE Washington', 'Washington', []]]),
    ],
  },
  {
    code: 'MX', name: 'México', joinedOn: JOINED, roles: ['origin', 'transit', 'destination'],
    agencies: [
      agency('Comisión Mexicana de Ayuda a Refugiados (COMAR)', 'government', [
        ['COMAR Tapachula', 'Tapachula', ['MX-CHP']], ['COMAR Ciudad de México', 'Ciudad de México', ['MX-CMX', 'MX-MEX']],
        ['COMAR Monterrey', 'Monterrey', ['MX-NLE']], ['COMAR Tijuana', 'Tijuana', ['MX-BCN']],
      ]),
      agency('Instituto Nacional de Migración', 'government', [['INM Tapachula', 'Tapachula', ['MX-CHP']]]),
      agency('Secretaría del Trabajo y Previsión Social', 'labour_inspectorate', [['STPS Ciudad de México', 'Ciudad de México', []]]),
      agency('ACNUR México', 'unhcr', [['ACNUR Tapachula', 'Tapachula', ['MX-CHP']], ['ACNUR Ciudad de México', 'Ciudad de México', ['MX-CMX']]]),
      agency('OIM México', 'iom', [['OIM Ciudad de México', 'Ciudad de México', []]]),
      agency('Sin Fronteras IAP', 'ngo', [['Sin Fronteras Ciudad de México', 'Ciudad de México', ['MX-CMX']]]),
      agency('Consejo Nacional Agropecuario', 'employer_association', [['CNA Ciudad de México', 'Ciudad de México', []]]),
    ],
  },
  {
    code: 'GT', name: 'Guatemala', joinedOn: JOINED, roles: ['origin', 'transit'],
    agencies: [
      agency('Instituto Guatemalteco de Migración', 'government', [['IGM Ciudad de Guatemala', 'Ciudad de Guatemala', ['GT-GU']], ['IGM Quetzaltenango', 'Quetzaltenango', ['GT-QZ']]]),
      agency('Ministerio de Trabajo y Previsión Social', 'labour_inspectorate', [['MINTRAB Ciudad de Guatemala', 'Ciudad de Guatemala', []]]),
      agency('ACNUR Guatemala', 'unhcr', [['ACNUR Ciudad de Guatemala', 'Ciudad de Guatemala', []]]),
      agency('OIM Guatemala', 'iom', [['OIM Ciudad de Guatemala', 'Ciudad de Guatemala', []]]),
      agency('Casa del Migrante Guatemala', 'ngo', [['Casa del Migrante Tecún Umán', 'Tecún Umán', ['GT-SM']]]),
      agency('Asociación Guatemalteca de Exportadores (AGEXPORT)', 'employer_association', [['AGEXPORT Ciudad de Guatemala', 'Ciudad de Guatemala', []]]),
    ],
  },
  {
    code: 'HN', name: 'Honduras', joinedOn: JOINED, roles: ['origin', 'transit'],
    agencies: [
      agency('Instituto Nacional de Migración de Honduras', 'government', [['INM Tegucigalpa', 'Tegucigalpa', ['HN-FM']], ['INM San Pedro Sula', 'San Pedro Sula', ['HN-CR']]]),
      agency('Secretaría de Trabajo y Seguridad Social', 'labour_inspectorate', [['STSS Tegucigalpa', 'Tegucigalpa', []]]),
      agency('ACNUR Honduras', 'unhcr', [['ACNUR Tegucigalpa', 'Tegucigalpa', []]]),
      agency('OIM Honduras', 'iom', [['OIM Tegucigalpa', 'Tegucigalpa', []]]),
      agency('Pastoral de Movilidad Humana Honduras', 'ngo', [['PMH San Pedro Sula', 'San Pedro Sula', ['HN-CR']]]),
      agency('Consejo Hondureño de la Empresa Privada (COHEP)', 'employer_association', [['COHEP Tegucigalpa', 'Tegucigalpa', []]]),
    ],
  },
  {
    code: 'SV', name: 'El Salvador', joinedOn: JOINED, roles: ['origin', 'transit'],
    agencies: [
      agency('Dirección General de Migración y Extranjería', 'government', [['DGME San Salvador', 'San Salvador', ['SV-SS']], ['DGME San Miguel', 'San Miguel', ['SV-SM']]]),
      agency('Ministerio de Trabajo y Previsión Social de El Salvador', 'labour_inspectorate', [['MTPS San Salvador', 'San Salvador', []]]),
      agency('ACNUR El Salvador', 'unhcr', [['ACNUR San Salvador', 'San Salvador', []]]),
      agency('OIM El Salvador', 'iom', [['OIM San Salvador', 'San Salvador', []]]),
      agency('Cristosal', 'ngo', [['Cristosal San Salvador', 'San Salvador', ['SV-SS']]]),
      agency('Asociación Nacional de la Empresa Privada (ANEP)', 'employer_association', [['ANEP San Salvador', 'San Salvador', []]]),
    ],
  },
  {
    code: 'CO', name: 'Colombia', joinedOn: JOINED, roles: ['origin', 'transit', 'destination'],
    agencies: [
      agency('Migración Colombia', 'government', [['Migración Colombia Bogotá', 'Bogotá', ['CO-DC']], ['Migración Colombia Cúcuta', 'Cúcuta', ['CO-NSA']]]),
      agency('Ministerio del Trabajo de Colombia', 'labour_inspectorate', [['MinTrabajo Bogotá', 'Bogotá', []]]),
      agency('ACNUR Colombia', 'unhcr', [['ACNUR Bogotá', 'Bogotá', []]]),
      agency('OIM Colombia', 'iom', [['OIM Bogotá', 'Bogotá', []]]),
      agency('Servicio Jesuita a Refugiados Colombia', 'ngo', [['JRS Cúcuta', 'Cúcuta', ['CO-NSA']]]),
      agency('Sociedad de Agricultores de Colombia (SAC)', 'employer_association', [['SAC Bogotá', 'Bogotá', []]]),
    ],
  },
  {
    code: 'CR', name: 'Costa Rica', joinedOn: JOINED, roles: ['transit', 'destination'],
    agencies: [
      agency('Dirección General de Migración y Extranjería de Costa Rica', 'government', [['DGME San José', 'San José', ['CR-SJ']], ['DGME Upala', 'Upala', ['CR-A']]]),
      agency('Ministerio de Trabajo y Seguridad Social de Costa Rica', 'labour_inspectorate', [['MTSS San José', 'San José', []]]),
      agency('ACNUR Costa Rica', 'unhcr', [['ACNUR San José', 'San José', []]]),
      agency('OIM Costa Rica', 'iom', [['OIM San José', 'San José', []]]),
      agency('HIAS Costa Rica', 'ngo', [['HIAS San José', 'San José', ['CR-SJ']]]),
      agency('Cámara Nacional de Agricultura y Agroindustria', 'employer_association', [['CNAA San José', 'San José', []]]),
    ],
  },
  {
    code: 'EC', name: 'Ecuador', joinedOn: JOINED, roles: ['origin', 'transit', 'destination'],
    agencies: [
      agency('Ministerio de Relaciones Exteriores y Movilidad Humana', 'government', [['Cancillería Quito', 'Quito', ['EC-P']], ['Cancillería Guayaquil', 'Guayaquil', ['EC-G']]]),
      agency('Ministerio del Trabajo de Ecuador', 'labour_inspectorate', [['MDT Quito', 'Quito', []]]),
      agency('ACNUR Ecuador', 'unhcr', [['ACNUR Quito', 'Quito', []]]),
      agency('OIM Ecuador', 'iom', [['OIM Quito', 'Quito', []]]),
      agency('HIAS Ecuador', 'ngo', [['HIAS Quito', 'Quito', ['EC-P']]]),
      agency('Asociación de Productores y Exportadores de Flores (Expoflores)', 'employer_association', [['Expoflores Quito', 'Quito', []]]),
    ],
  },
  {
    code: 'PA', name: 'Panamá', joinedOn: JOINED, roles: ['transit'],
    agencies: [
      agency('Servicio Nacional de Migración', 'government', [['SNM Ciudad de Panamá', 'Ciudad de Panamá', ['PA-8']], ['SNM Metetí', 'Metetí', ['PA-5']]]),
      agency('Oficina Nacional para la Atención de Refugiados (ONPAR)', 'government', [['ONPAR Ciudad de Panamá', 'Ciudad de Panamá', ['PA-8']]]),
      agency('Ministerio de Trabajo y Desarrollo Laboral', 'labour_inspectorate', [['MITRADEL Ciudad de Panamá', 'Ciudad de Panamá', []]]),
      agency('ACNUR Panamá', 'unhcr', [['ACNUR Ciudad de Panamá', 'Ciudad de Panamá', []]]),
      agency('OIM Panamá', 'iom', [['OIM Ciudad de Panamá', 'Ciudad de Panamá', []]]),
      agency('Cáritas Panamá', 'ngo', [['Cáritas Darién', 'Metetí', ['PA-5']]]),
      agency('Consejo Nacional de la Empresa Privada (CoNEP)', 'employer_association', [['CoNEP Ciudad de Panamá', 'Ciudad de Panamá', []]]),
    ],
  },
  {
    code: 'HT', name: 'Haïti', joinedOn: JOINED, roles: ['origin'],
    agencies: [
      agency("Direction de l'Immigration et de l'Émigration", 'government', [['DIE Port-au-Prince', 'Port-au-Prince', ['HT-OU']], ['DIE Cap-Haïtien', 'Cap-Haïtien', ['HT-ND']]]),
      agency('Ministère des Affaires Sociales et du Travail', 'labour_inspectorate', [['MAST Port-au-Prince', 'Port-au-Prince', []]]),
      agency('HCR Haïti', 'unhcr', [['HCR Port-au-Prince', 'Port-au-Prince', []]]),
      agency('OIM Haïti', 'iom', [['OIM Port-au-Prince', 'Port-au-Prince', []]]),
      agency("Groupe d'Appui aux Rapatriés et Réfugiés (GARR)", 'ngo', [['GARR Ouanaminthe', 'Ouanaminthe', ['HT-NE']]]),
      agency("Association des Industries d'Haïti (ADIH)", 'employer_association', [['ADIH Port-au-Prince', 'Port-au-Prince', []]]),
    ],
  },
];

/** Shown at start so that a visitor can sign in; demo accounts never exist on a server database unless asked. */
export const DEMO_PASSWORD = 'Puente-demo-2026!';

export interface DemoUserSeed {
  email: string;
  displayName: string;
  role: string;
  memberState: string;
  agency: string | null;
  office: string | null;
  locale: 'en' | 'es' | 'fr' | 'ht' | 'pt';
}

export const DEMO_USERS: DemoUserSeed[] = [
  { email: 'applicant@demo.puente.test', displayName: 'Ana Lucía Pérez', role: 'applicant', memberState: 'MX', agency: null, office: null, locale: 'es' },
  { email: 'caseworker@demo.puente.test', displayName: 'Carlos Méndez', role: 'caseworker', memberState: 'MX', agency: 'Comisión Mexicana de Ayuda a Refugiados (COMAR)', office: 'COMAR Tapachula', locale: 'es' },
  { email: 'supervisor@demo.puente.test', displayName: 'Sofía Ramírez', role: 'supervisor', memberState: 'MX', agency: 'Comisión Mexicana de Ayuda a Refugiados (COMAR)', office: 'COMAR Tapachula', locale: 'es' },
  { email: 'protection@demo.puente.test', displayName: 'Marie-Claire Joseph', role: 'protection_officer', memberState: 'MX', agency: 'ACNUR México', office: 'ACNUR Tapachula', locale: 'fr' },
  { email: 'employer@demo.puente.test', displayName: 'John Miller', role: 'employer', memberState: 'US', agency: 'National Council of Agricultural Employers', office: 'NCAE Washington', locale: 'en' },
  { email: 'programme-admin@demo.puente.test', displayName: 'Émilie Tremblay', role: 'programme_admin', memberState: 'CA', agency: 'Immigration, Refugees and Citizenship Canada', office: 'IRCC Ottawa', locale: 'fr' },
  { email: 'pact-admin@demo.puente.test', displayName: 'Laura Castillo', role: 'pact_admin', memberState: 'MX', agency: 'Secretaría del Trabajo y Previsión Social', office: null, locale: 'es' },
  { email: 'auditor@demo.puente.test', displayName: 'João Silva', role: 'auditor', memberState: 'MX', agency: 'ACNUR México', office: null, locale: 'pt' },
];
