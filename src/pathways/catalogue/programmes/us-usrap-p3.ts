/**
 * USRAP P-3 refugee family reunification (pathways.md §4.3): a refugee or asylee in the US, 18 or
 * over and admitted within 5 years, files an Affidavit of Relationship for a spouse, an unmarried
 * child under 21 or a parent, who must be outside their country and registered, except nationals
 * of El Salvador, Guatemala and Honduras, processed in-country.
 */
import { SOURCES } from '../sources.ts';
import {
  ageAtMost,
  all,
  any,
  isTrue,
  nationalityIn,
  outsideCountryOfNationality,
  principal,
  relativeAgeAtLeast,
  relativeArrivedWithinYears,
  relativeCountryIn,
  relativeRelationshipIn,
  relativeStatusIn,
  someRelative,
  statusIn,
  unmarried,
} from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';
import { USRAP_SUSPENSION } from './us-usrap-unhcr.ts';

export const US_USRAP_P3: Programme = {
  code: 'us_usrap_p3',
  name: {
    en: 'United States: refugee family reunification (USRAP P-3)',
    es: 'Estados Unidos: reunificación familiar de refugiados (USRAP P-3)',
    fr: 'États-Unis : réunification familiale des réfugiés (USRAP P-3)',
    ht: 'Etazini: reyinifikasyon fanmi refijye (USRAP P-3)',
    pt: 'Estados Unidos: reunificação familiar de refugiados (USRAP P-3)',
  },
  hostState: 'US',
  kind: 'family',
  status: 'paused',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2024-10-01',
      effectiveFrom: '2024-10-01',
      changeNote: 'Seeded from pathways.md §4.3 and §9.3.',
      rule: principal(
        'p3.principal',
        all('p3.all', [
          someRelative(
            'p3.anchor',
            all('p3.anchor.all', [
              relativeCountryIn('p3.anchor.country', ['US'], SOURCES.usrapP3),
              relativeStatusIn('p3.anchor.status', ['refugee', 'asylee'], SOURCES.usrapP3),
              relativeAgeAtLeast('p3.anchor.age', 18, SOURCES.usrapP3),
              relativeArrivedWithinYears('p3.anchor.admitted', 5, SOURCES.usrapP3),
              any(
                'p3.qualifying',
                [
                  relativeRelationshipIn('p3.spouse', ['spouse'], SOURCES.usrapP3Relationships),
                  all(
                    'p3.child',
                    [
                      relativeRelationshipIn('p3.child.parent', ['parent'], SOURCES.usrapP3Relationships),
                      ageAtMost('p3.child.age', 20, SOURCES.usrapP3Relationships),
                      unmarried('p3.child.unmarried', SOURCES.usrapP3Relationships),
                    ],
                    'group.unmarried_child_under_21',
                  ),
                  relativeRelationshipIn('p3.parent', ['child', 'stepchild', 'adopted_child'], SOURCES.usrapP3Relationships),
                ],
                'group.p3_relationship',
              ),
            ]),
            'group.us_refugee_anchor',
          ),
          any(
            'p3.location',
            [
              all(
                'p3.registered_abroad',
                [
                  outsideCountryOfNationality('p3.outside_origin', SOURCES.usrapP3),
                  any(
                    'p3.registered',
                    [statusIn('p3.registered.status', ['asylum_seeker', 'refugee'], SOURCES.usrapP3), isTrue('p3.registered.unhcr', 'member.unhcrRegistered', 'crit.unhcr_registered', SOURCES.usrapP3)],
                    'group.registered',
                  ),
                ],
                'group.registered_abroad',
              ),
              nationalityIn('p3.in_country', ['SV', 'GT', 'HN'], SOURCES.usrapP3),
            ],
            'group.p3_location',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Your relative in the US files an Affidavit of Relationship (AOR) with a resettlement agency. A Resettlement Support Center then contacts you for a prescreening, a USCIS interview, a medical exam and cultural orientation. Refugee admissions are currently suspended; keep your details up to date.',
    es: 'Su familiar en Estados Unidos presenta una Declaración Jurada de Parentesco (AOR) con una agencia de reasentamiento. Luego un Centro de Apoyo al Reasentamiento le contacta para una preselección, una entrevista con USCIS, un examen médico y una orientación cultural. Las admisiones de refugiados están suspendidas; mantenga sus datos al día.',
    fr: 'Votre proche aux États-Unis dépose une déclaration de lien de parenté (AOR) auprès d\'une agence de réinstallation. Un centre d\'appui à la réinstallation vous contacte ensuite pour une présélection, un entretien avec l\'USCIS, un examen médical et une orientation culturelle. Les admissions de réfugiés sont suspendues ; tenez vos coordonnées à jour.',
    ht: 'Fanmi w Ozetazini an depoze yon Afidavi Relasyon (AOR) nan yon ajans reyenstalasyon. Apre sa yon Sant Sipò Reyenstalasyon ap kontakte w pou yon preseleksyon, yon entèvyou ak USCIS, yon egzamen medikal ak yon oryantasyon kiltirèl. Admisyon refijye yo sispann pou kounye a; kenbe enfòmasyon w yo ajou.',
    pt: 'O seu familiar nos Estados Unidos apresenta uma Declaração de Parentesco (AOR) numa agência de reassentamento. Depois um Centro de Apoio ao Reassentamento entra em contato para uma triagem, uma entrevista com o USCIS, um exame médico e uma orientação cultural. As admissões de refugiados estão suspensas; mantenha os seus dados atualizados.',
  },
  sources: [SOURCES.usrapP3, SOURCES.usrapP3Relationships, USRAP_SUSPENSION],
};
