/**
 * USRAP priority 1 referral by UNHCR (pathways.md §5.1-5.2): a recognised refugee, outside the
 * US and outside their own country, for whom UNHCR found resettlement the most appropriate
 * solution and submitted a referral.
 */
import type { RuleSource } from '../../engine/rules.schemas.ts';
import { SOURCES } from '../sources.ts';
import { all, any, currentCountryNotIn, isTrue, outsideCountryOfNationality, principal, statusIn } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

/**
 * Why USRAP programmes are `paused`: refugee admissions were suspended from 27 January 2025. Not
 * in pathways.md, which predates it. [BK-verify]
 */
export const USRAP_SUSPENSION: RuleSource = {
  citation: 'Executive Order 14163, Realigning the United States Refugee Admissions Program (suspension from 27 Jan 2025)',
  url: 'https://www.whitehouse.gov/presidential-actions/2025/01/realigning-the-united-states-refugee-admissions-program/',
  needsVerification: true,
};

/** Recognised by the host state or under UNHCR's mandate (Handbook precondition 1). */
export function recognisedRefugee(id: string, source: RuleSource) {
  return any(
    id,
    [statusIn(`${id}.status`, ['refugee'], source), isTrue(`${id}.mandate`, 'member.unhcrMandateRefugee', 'crit.unhcr_mandate_refugee', source)],
    'group.recognised_refugee',
  );
}

export const US_USRAP_UNHCR: Programme = {
  code: 'us_usrap_unhcr_referral',
  name: {
    en: 'United States: refugee resettlement on UNHCR referral (USRAP P-1)',
    es: 'Estados Unidos: reasentamiento de refugiados por referencia de ACNUR (USRAP P-1)',
    fr: 'États-Unis : réinstallation de réfugiés sur recommandation du HCR (USRAP P-1)',
    ht: 'Etazini: reyenstalasyon refijye sou referans HCR (USRAP P-1)',
    pt: 'Estados Unidos: reassentamento de refugiados por encaminhamento do ACNUR (USRAP P-1)',
  },
  hostState: 'US',
  kind: 'humanitarian',
  status: 'paused',
  intakeWindows: [],
  quotas: [
    {
      id: 'fy2024_latin_america_caribbean',
      limit: 50_000,
      unit: 'persons',
      periodFrom: '2023-10-01',
      periodTo: '2024-09-30',
      note: 'FY2024 Presidential Determination: 125,000 in all, 35,000-50,000 for Latin America and the Caribbean',
      source: SOURCES.usrapEligibility,
    },
  ],
  ruleVersions: [
    {
      version: '2024-10-01',
      effectiveFrom: '2024-10-01',
      changeNote: 'Seeded from pathways.md §5.1-5.2 and §9.3.',
      rule: principal(
        'usrap.principal',
        all('usrap.all', [
          recognisedRefugee('usrap.refugee', SOURCES.unhcrPreconditions),
          outsideCountryOfNationality('usrap.outside_origin', SOURCES.usrapEligibility),
          currentCountryNotIn('usrap.outside_us', ['US'], SOURCES.usrapEligibility),
          isTrue('usrap.referral', 'member.unhcrResettlementReferral', 'crit.unhcr_resettlement_referral', SOURCES.unhcrPreconditions),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Resettlement cannot be requested directly: UNHCR identifies and refers cases. Stay registered with UNHCR and keep your contact details current. If referred, the Resettlement Support Center in Quito will contact you. US refugee admissions are currently suspended.',
    es: 'El reasentamiento no se solicita directamente: ACNUR identifica y refiere los casos. Manténgase registrado con ACNUR y con sus datos de contacto al día. Si le refieren, el Centro de Apoyo al Reasentamiento en Quito le contactará. Las admisiones de refugiados a Estados Unidos están suspendidas.',
    fr: 'La réinstallation ne se demande pas directement : le HCR identifie et recommande les dossiers. Restez enregistré auprès du HCR et tenez vos coordonnées à jour. Si vous êtes recommandé, le centre d\'appui à la réinstallation de Quito vous contactera. Les admissions de réfugiés aux États-Unis sont suspendues.',
    ht: 'Ou pa ka mande reyenstalasyon dirèkteman: se HCR ki idantifye epi refere dosye yo. Rete anrejistre nan HCR epi kenbe enfòmasyon kontak ou ajou. Si yo refere w, Sant Sipò Reyenstalasyon nan Quito ap kontakte w. Admisyon refijye Ozetazini sispann pou kounye a.',
    pt: 'O reassentamento não se pede diretamente: o ACNUR identifica e encaminha os casos. Mantenha o registro no ACNUR e os seus contatos atualizados. Se for encaminhado, o Centro de Apoio ao Reassentamento em Quito entrará em contato. As admissões de refugiados nos Estados Unidos estão suspensas.',
  },
  sources: [SOURCES.unhcrPreconditions, SOURCES.usrapEligibility, USRAP_SUSPENSION],
};
