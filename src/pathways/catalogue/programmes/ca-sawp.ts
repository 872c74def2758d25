/**
 * Canada's Seasonal Agricultural Worker Program (pathways.md §3): government to government, so the
 * worker is recruited in the source country (Mexico through STPS/SNE, the Caribbean through labour
 * ministries) and the source country has the final say.
 */
import { SOURCES } from '../sources.ts';
import {
  ageAtLeast,
  all,
  any,
  atLeast,
  currentCountryIn,
  isTrue,
  nationalityIn,
  nationalityNotIn,
  principal,
} from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

/** Mexico and the 11 Caribbean participating countries (pathways.md §3.3, sawp_employer_eligibility). */
export const SAWP_COUNTRIES = ['MX', 'AI', 'AG', 'BB', 'DM', 'GD', 'JM', 'MS', 'KN', 'LC', 'VC', 'TT'] as const;

export const CA_SAWP: Programme = {
  code: 'ca_sawp',
  name: {
    en: 'Canada: Seasonal Agricultural Worker Program (SAWP)',
    es: 'Canadá: Programa de Trabajadores Agrícolas Temporales (PTAT)',
    fr: 'Canada : Programme des travailleurs agricoles saisonniers (PTAS)',
    ht: 'Kanada: Pwogram Travayè Agrikòl Sezonye (SAWP)',
    pt: 'Canadá: Programa de Trabalhadores Agrícolas Sazonais (SAWP)',
  },
  hostState: 'CA',
  kind: 'work',
  status: 'open',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from pathways.md §3.3 (2025 contracts; SNE worker requirements).',
      rule: principal(
        'sawp.principal',
        all('sawp.worker', [
          nationalityIn('sawp.nationality', SAWP_COUNTRIES, SOURCES.sawpProgramme),
          // Recruited by the source country's government at home (pathways.md §3.2 step 4).
          currentCountryIn('sawp.in_source_country', SAWP_COUNTRIES, SOURCES.sawpProgramme),
          ageAtLeast('sawp.age', 18, SOURCES.sawpWorkerMexico),
          atLeast('sawp.experience', 'member.agriculturalExperienceYears', 1, 'crit.agricultural_experience_at_least', SOURCES.sawpWorkerMexico),
          isTrue('sawp.literacy', 'member.canRead', 'crit.can_read', SOURCES.sawpWorkerMexico),
          // Rural residence is an SNE (Mexico) requirement; Caribbean ministries set their own.
          any(
            'sawp.mexico_rural',
            [
              nationalityNotIn('sawp.not_mexican', ['MX'], SOURCES.sawpWorkerMexico),
              { type: 'criterion', id: 'sawp.rural', fact: 'member.residenceArea', op: 'equals', value: 'rural', explain: 'crit.rural_residence', source: SOURCES.sawpWorkerMexico },
            ],
            'group.mexico_rural',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'In Mexico, register at your state\'s Servicio Nacional de Empleo office (PTAT); in the Caribbean, at your labour ministry. Bring ID, CURP or national ID, birth certificates and proof of address. You will take a farm-knowledge test and a medical exam. The programme is free.',
    es: 'En México, inscríbase en la oficina del Servicio Nacional de Empleo de su estado (PTAT); en el Caribe, en su ministerio de trabajo. Lleve identificación, CURP, actas de nacimiento y comprobante de domicilio. Hará un examen de conocimientos agrícolas y un examen médico. El programa es gratuito.',
    fr: 'Au Mexique, inscrivez-vous au bureau du Servicio Nacional de Empleo de votre État (PTAT) ; dans les Caraïbes, auprès du ministère du Travail. Apportez pièce d\'identité, CURP, actes de naissance et justificatif de domicile. Vous passerez un test de connaissances agricoles et un examen médical. Le programme est gratuit.',
    ht: 'Nan Meksik, enskri nan biwo Servicio Nacional de Empleo eta w la (PTAT); nan Karayib la, nan ministè travay la. Pote pyès idantite, CURP, batistè ak prèv adrès. W ap pase yon egzamen sou travay latè ak yon egzamen medikal. Pwogram nan gratis.',
    pt: 'No México, inscreva-se no escritório do Servicio Nacional de Empleo do seu estado (PTAT); no Caribe, no ministério do trabalho. Leve documento de identidade, CURP, certidões de nascimento e comprovante de residência. Você fará uma prova de conhecimentos agrícolas e um exame médico. O programa é gratuito.',
  },
  sources: [SOURCES.sawpProgramme, SOURCES.sawpWorkerMexico],
};
