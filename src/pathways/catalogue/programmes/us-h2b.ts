/**
 * US H-2B temporary non-agricultural workers (pathways.md §2.7): capped at 66,000 a year in two
 * halves, with supplemental visas reserved for nationals of pact countries in some years.
 */
import { SOURCES } from '../sources.ts';
import { ageAtLeast, all, currentCountryNotIn, jobOffer, nationalityIn, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';
import { H2_ELIGIBLE_AMERICAS } from './us-h2a.ts';

const ADULT_WORKER = {
  citation: 'Screening assumption, not a regulatory minimum: H-2B job orders recruit adult workers (pathways.md §2.7)',
  url: 'https://www.dol.gov/agencies/eta/foreign-labor/programs/h-2b',
  needsVerification: true,
};

export const US_H2B: Programme = {
  code: 'us_h2b',
  name: {
    en: 'United States: H-2B seasonal non-farm work',
    es: 'Estados Unidos: trabajo temporal no agrícola H-2B',
    fr: 'États-Unis : travail saisonnier non agricole H-2B',
    ht: 'Etazini: travay sezonye ki pa agrikòl H-2B',
    pt: 'Estados Unidos: trabalho sazonal não agrícola H-2B',
  },
  hostState: 'US',
  kind: 'work',
  status: 'open',
  intakeWindows: [],
  quotas: [
    { id: 'fy2026_first_half', limit: 33_000, unit: 'visas', periodFrom: '2025-10-01', periodTo: '2026-03-31', note: 'Statutory cap, employment starting October to March', source: SOURCES.h2bCap },
    { id: 'fy2026_second_half', limit: 33_000, unit: 'visas', periodFrom: '2026-04-01', periodTo: '2026-09-30', note: 'Statutory cap, employment starting April to September', source: SOURCES.h2bCap },
    { id: 'fy2027_first_half', limit: 33_000, unit: 'visas', periodFrom: '2026-10-01', periodTo: '2027-03-31', note: 'Statutory cap, employment starting October to March', source: SOURCES.h2bCap },
    { id: 'fy2027_second_half', limit: 33_000, unit: 'visas', periodFrom: '2027-04-01', periodTo: '2027-09-30', note: 'Statutory cap, employment starting April to September', source: SOURCES.h2bCap },
  ],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from pathways.md §2.7.',
      rule: principal(
        'h2b.principal',
        all('h2b.worker', [
          nationalityIn('h2b.nationality', H2_ELIGIBLE_AMERICAS, SOURCES.h2Countries),
          ageAtLeast('h2b.age', 18, ADULT_WORKER),
          currentCountryNotIn('h2b.outside_us', ['US'], SOURCES.h2bProgramme),
          // H-2B is employer-led: no job offer, no petition.
          jobOffer('h2b.offer', ['US'], 'non_agriculture', SOURCES.h2bProgramme),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'H-2B starts with a US employer\'s job offer (landscaping, hotels, seafood and similar). Ask the employer for the certified job order and read the contract in your language before you travel. Visas are capped twice a year; pact nationals sometimes get reserved places. Recruitment is free.',
    es: 'La H-2B empieza con una oferta de un empleador de Estados Unidos (jardinería, hoteles, mariscos y similares). Pida al empleador la orden de trabajo certificada y lea el contrato en su idioma antes de viajar. Las visas tienen un tope dos veces al año; a veces hay cupos reservados para nacionales del pacto. El reclutamiento es gratuito.',
    fr: 'Le H-2B commence par l\'offre d\'un employeur américain (paysagisme, hôtellerie, fruits de mer…). Demandez l\'offre d\'emploi certifiée et lisez le contrat dans votre langue avant de partir. Les visas sont plafonnés deux fois par an ; des places sont parfois réservées aux ressortissants du pacte. Le recrutement est gratuit.',
    ht: 'H-2B la kòmanse ak yon òf travay yon patwon Ozetazini (jaden, otèl, pwodui lanmè ak lòt ankò). Mande patwon an lòd travay ki sètifye a epi li kontra a nan lang ou anvan ou vwayaje. Gen yon limit viza de fwa chak ane; pafwa gen plas rezève pou moun peyi pak la. Rekritman an gratis.',
    pt: 'O H-2B começa com uma oferta de um empregador dos Estados Unidos (paisagismo, hotelaria, frutos do mar e semelhantes). Peça a ordem de trabalho certificada e leia o contrato no seu idioma antes de viajar. Os vistos têm limite duas vezes por ano; às vezes há vagas reservadas a nacionais do pacto. O recrutamento é gratuito.',
  },
  sources: [SOURCES.h2bProgramme, SOURCES.h2bCap, SOURCES.h2bSupplemental],
};
