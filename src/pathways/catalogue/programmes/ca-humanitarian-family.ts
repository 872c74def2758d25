/**
 * Canada's humanitarian family pathway for Colombians, Haitians and Venezuelans (pathways.md §1.7):
 * permanent residence for extended family of a Canadian citizen or permanent resident who declares
 * support for one year; 11,000 places from 17 November 2023.
 */
import { SOURCES } from '../sources.ts';
import {
  LATIN_AMERICA_AND_CARIBBEAN,
  all,
  currentCountryIn,
  isFalse,
  isTrue,
  nationalityIn,
  principal,
  relativeAgeAtLeast,
  relativeCountryIn,
  relativeRelationshipIn,
  relativeStatusIn,
  someRelative,
} from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const CA_HUMANITARIAN_FAMILY: Programme = {
  code: 'ca_humanitarian_family_co_ht_ve',
  name: {
    en: 'Canada: humanitarian family pathway for Colombians, Haitians and Venezuelans',
    es: 'Canadá: vía humanitaria familiar para colombianos, haitianos y venezolanos',
    fr: 'Canada : voie humanitaire familiale pour Colombiens, Haïtiens et Vénézuéliens',
    ht: 'Kanada: chemen imanitè fanmi pou Kolonbyen, Ayisyen ak Venezyelyen',
    pt: 'Canadá: via humanitária familiar para colombianos, haitianos e venezuelanos',
  },
  hostState: 'CA',
  kind: 'family',
  // Open in pathways.md; IRCC closes intake when the 11,000 places are taken. [BK-verify current status]
  status: 'open',
  openedOn: '2023-11-17',
  intakeWindows: [],
  quotas: [
    { id: 'public_policy_cap', limit: 11_000, unit: 'persons', periodFrom: '2023-11-17', note: 'Part of Canada\'s 15,000 hemispheric commitment', source: SOURCES.canadaHumanitarianFamily },
  ],
  ruleVersions: [
    {
      version: '2023-11-17',
      effectiveFrom: '2023-11-17',
      changeNote: 'Public policy opened 17 Nov 2023 (pathways.md §1.7, §9.3).',
      rule: principal(
        'hf.principal',
        all('hf.all', [
          nationalityIn('hf.nationality', ['CO', 'HT', 'VE'], SOURCES.canadaHumanitarianFamily),
          currentCountryIn('hf.residence', LATIN_AMERICA_AND_CARIBBEAN, SOURCES.canadaHumanitarianFamily),
          { type: 'criterion', id: 'hf.outside_quebec', fact: 'member.intendedSubdivision', op: 'not_equals', value: 'CA-QC', explain: 'crit.intends_outside_quebec', source: SOURCES.canadaHumanitarianFamily },
          someRelative(
            'hf.anchor',
            all('hf.anchor.all', [
              relativeCountryIn('hf.anchor.country', ['CA'], SOURCES.canadaHumanitarianFamily),
              relativeStatusIn('hf.anchor.status', ['citizen', 'permanent_resident'], SOURCES.canadaHumanitarianFamily),
              relativeAgeAtLeast('hf.anchor.age', 18, SOURCES.canadaHumanitarianFamily),
              // Spouse, partner, child of any age, grandchild, parent, grandparent or sibling of the anchor.
              relativeRelationshipIn(
                'hf.anchor.relationship',
                ['spouse', 'partner', 'parent', 'grandparent', 'child', 'stepchild', 'adopted_child', 'grandchild', 'sibling'],
                SOURCES.canadaHumanitarianFamily,
              ),
              isFalse('hf.anchor.not_barred', 'relative.sponsorshipBarred', 'crit.relative_not_barred', SOURCES.canadaHumanitarianFamily),
              isTrue('hf.anchor.declaration', 'relative.willDeclareSupport', 'crit.relative_declares_support', SOURCES.canadaHumanitarianFamily),
            ]),
            'group.canadian_anchor',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Your relative in Canada signs a statutory declaration to support you for one year; you then apply online to IRCC for permanent residence. Before travel you can get a skills assessment and a referral to a settlement service. Applying is free of agents\' fees.',
    es: 'Su familiar en Canadá firma una declaración jurada de apoyo por un año; luego usted solicita en línea a IRCC la residencia permanente. Antes de viajar puede recibir una evaluación de habilidades y una referencia a un servicio de asentamiento. No necesita pagar a intermediarios.',
    fr: 'Votre proche au Canada signe une déclaration solennelle de soutien pour un an ; vous demandez ensuite en ligne la résidence permanente à IRCC. Avant le départ, vous pouvez obtenir une évaluation de vos compétences et une orientation vers un service d\'établissement. Aucun intermédiaire payant n\'est nécessaire.',
    ht: 'Fanmi w nan Kanada a siyen yon deklarasyon ofisyèl pou l ede w pandan yon ane; apre sa ou fè demann rezidans pèmanan sou entènèt bay IRCC. Anvan ou vwayaje ou ka jwenn yon evalyasyon konpetans ak yon referans bay yon sèvis enstalasyon. Ou pa bezwen peye okenn ajan.',
    pt: 'O seu familiar no Canadá assina uma declaração solene de apoio por um ano; depois você pede online ao IRCC a residência permanente. Antes de viajar pode receber uma avaliação de competências e um encaminhamento a um serviço de acolhimento. Não é preciso pagar intermediários.',
  },
  sources: [SOURCES.canadaHumanitarianFamily],
};
