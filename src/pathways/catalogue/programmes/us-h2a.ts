/**
 * US H-2A temporary agricultural workers (pathways.md §2). The worker side only: the employer's job
 * order, certification and wage floor belong to the labor domain. The nationality list is the
 * pact-region part of DHS's annual list of eligible countries.
 */
import { SOURCES } from '../sources.ts';
import { ageAtLeast, all, any, atLeast, currentCountryNotIn, jobOffer, nationalityIn, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

/** Americas part of the DHS H-2A/H-2B eligible-countries list; Venezuela and Cuba are not on it. [BK-verify yearly] */
export const H2_ELIGIBLE_AMERICAS = [
  'AR', 'BB', 'BZ', 'BR', 'CA', 'CL', 'CO', 'CR', 'DO', 'EC', 'SV', 'GD', 'GT', 'HT', 'HN', 'JM', 'MX', 'NI', 'PA', 'PE', 'VC', 'UY',
] as const;

const ADULT_WORKER = {
  citation: 'Screening assumption, not a regulatory minimum: job orders in the SeasonalJobs feed recruit adult workers (pathways.md §2.4-2.5)',
  url: 'https://www.dol.gov/agencies/eta/foreign-labor/programs/h-2a',
  needsVerification: true,
};

export const US_H2A: Programme = {
  code: 'us_h2a',
  name: {
    en: 'United States: H-2A seasonal farm work',
    es: 'Estados Unidos: trabajo agrícola temporal H-2A',
    fr: 'États-Unis : travail agricole saisonnier H-2A',
    ht: 'Etazini: travay agrikòl sezonye H-2A',
    pt: 'Estados Unidos: trabalho agrícola sazonal H-2A',
  },
  hostState: 'US',
  kind: 'work',
  status: 'open',
  intakeWindows: [],
  // H-2A has no annual cap (pathways.md §2.5: 371,619 positions certified in FY2022).
  quotas: [],
  ruleVersions: [
    {
      version: '2025-10-02',
      effectiveFrom: '2025-10-02',
      changeNote: 'Seeded from pathways.md §2; worker-side criteria unchanged by the 2025 AEWR interim final rule.',
      rule: principal(
        'h2a.principal',
        all('h2a.worker', [
          nationalityIn('h2a.nationality', H2_ELIGIBLE_AMERICAS, SOURCES.h2Countries),
          ageAtLeast('h2a.age', 18, ADULT_WORKER),
          // The worker gets the visa at a US consulate abroad (pathways.md §2.1 step 6).
          currentCountryNotIn('h2a.outside_us', ['US'], SOURCES.h2aProgramme),
          any(
            'h2a.offer_or_experience',
            [
              jobOffer('h2a.offer', ['US'], 'agriculture', SOURCES.h2aProgramme),
              // One year is the threshold for the matching pool; a job order may ask for less (655.122(b)).
              atLeast('h2a.experience', 'member.agriculturalExperienceYears', 1, 'crit.agricultural_experience_at_least', SOURCES.h2aQualifications),
            ],
            'group.offer_or_experience',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Look for certified farm jobs on SeasonalJobs.dol.gov or through your country\'s labour ministry. The employer files the petition; you then apply for the visa at a US consulate. Nobody may charge you a recruitment fee: report anyone who asks.',
    es: 'Busque empleos agrícolas certificados en SeasonalJobs.dol.gov o en el ministerio de trabajo de su país. El empleador presenta la petición; después usted solicita la visa en un consulado de Estados Unidos. Nadie puede cobrarle por el reclutamiento: denuncie a quien se lo pida.',
    fr: 'Cherchez des emplois agricoles certifiés sur SeasonalJobs.dol.gov ou auprès du ministère du Travail de votre pays. L\'employeur dépose la demande ; vous demandez ensuite le visa dans un consulat des États-Unis. Personne ne peut vous faire payer le recrutement : signalez quiconque le demande.',
    ht: 'Chèche travay agrikòl ki sètifye sou SeasonalJobs.dol.gov oswa nan ministè travay peyi w. Se patwon an ki depoze petisyon an; apre sa ou mande viza a nan yon konsila Etazini. Pèsonn pa gen dwa fè w peye pou rekritman: denonse nenpòt moun ki mande w lajan.',
    pt: 'Procure empregos agrícolas certificados em SeasonalJobs.dol.gov ou no ministério do trabalho do seu país. O empregador apresenta a petição; depois você solicita o visto num consulado dos Estados Unidos. Ninguém pode cobrar pelo recrutamento: denuncie quem pedir.',
  },
  sources: [SOURCES.h2aProgramme, SOURCES.h2Countries],
};
