/**
 * Mexico's Tarjeta de Visitante Trabajador Fronterizo: work permit for nationals of neighbouring
 * countries with a job offer in Mexico's southern border states. pathways.md does not cover it; the
 * criteria come from the Ley de Migración and INM and are marked for verification.
 */
import { SOURCES } from '../sources.ts';
import { ageAtLeast, all, isTrue, nationalityIn, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

/** Campeche, Chiapas, Quintana Roo and Tabasco. [BK-verify] */
export const TVTF_STATES = ['MX-CAM', 'MX-CHP', 'MX-ROO', 'MX-TAB'] as const;

export const MX_TVTF: Programme = {
  code: 'mx_tvtf',
  name: {
    en: 'Mexico: border worker visitor card (TVTF)',
    es: 'México: Tarjeta de Visitante Trabajador Fronterizo (TVTF)',
    fr: 'Mexique : carte de visiteur travailleur frontalier (TVTF)',
    ht: 'Meksik: kat vizitè travayè fwontyè (TVTF)',
    pt: 'México: cartão de visitante trabalhador fronteiriço (TVTF)',
  },
  hostState: 'MX',
  kind: 'work',
  status: 'open',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from the Ley de Migración art. 52 fr. IV and INM guidance; not in pathways.md.',
      rule: principal(
        'tvtf.principal',
        all('tvtf.worker', [
          nationalityIn('tvtf.nationality', ['GT', 'BZ', 'SV', 'HN'], SOURCES.tvtfExtension),
          ageAtLeast('tvtf.age', 18, SOURCES.tvtfExtension),
          all(
            'tvtf.offer',
            [
              isTrue('tvtf.offer.has', 'member.hasJobOffer', 'crit.has_job_offer', SOURCES.tvtfLaw),
              { type: 'criterion', id: 'tvtf.offer.country', fact: 'member.jobOfferCountry', op: 'in', values: ['MX'], explain: 'crit.job_offer_country_in', source: SOURCES.tvtfLaw },
              { type: 'criterion', id: 'tvtf.offer.state', fact: 'member.jobOfferSubdivision', op: 'in', values: [...TVTF_STATES], explain: 'crit.job_offer_subdivision_in', source: SOURCES.tvtfExtension },
            ],
            'group.job_offer',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Ask your employer in Chiapas, Campeche, Tabasco or Quintana Roo for a written job offer, then apply in person at an INM office at the southern border with your passport or national ID. The card lets you live and work in those states for up to a year.',
    es: 'Pida a su empleador en Chiapas, Campeche, Tabasco o Quintana Roo una oferta de trabajo por escrito y preséntese en una oficina del INM en la frontera sur con su pasaporte o documento de identidad. La tarjeta permite vivir y trabajar en esos estados hasta un año.',
    fr: 'Demandez à votre employeur au Chiapas, à Campeche, au Tabasco ou au Quintana Roo une offre d\'emploi écrite, puis présentez-vous à un bureau de l\'INM à la frontière sud avec votre passeport ou votre pièce d\'identité. La carte permet de vivre et travailler dans ces États jusqu\'à un an.',
    ht: 'Mande patwon w nan Chiapas, Campeche, Tabasco oswa Quintana Roo yon òf travay alekri, epi prezante w nan yon biwo INM sou fwontyè sid la ak paspò w oswa kat idantite w. Kat la pèmèt ou viv epi travay nan eta sa yo jiska yon ane.',
    pt: 'Peça ao seu empregador em Chiapas, Campeche, Tabasco ou Quintana Roo uma oferta de trabalho por escrito e apresente-se num escritório do INM na fronteira sul com passaporte ou documento de identidade. O cartão permite viver e trabalhar nesses estados por até um ano.',
  },
  sources: [SOURCES.tvtfLaw, SOURCES.tvtfExtension],
};
