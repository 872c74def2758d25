/**
 * Canada's Temporary Foreign Worker Program, agricultural stream (pathways.md §3.4): any country,
 * recruitment run by the employer, who obtains an LMIA for the named worker.
 */
import { SOURCES } from '../sources.ts';
import { all, jobOffer, nationalityNotIn, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const CA_TFWP_AGRICULTURAL: Programme = {
  code: 'ca_tfwp_agricultural',
  name: {
    en: 'Canada: Temporary Foreign Worker Program, agricultural stream',
    es: 'Canadá: Programa de Trabajadores Extranjeros Temporales, vertiente agrícola',
    fr: 'Canada : Programme des travailleurs étrangers temporaires, volet agricole',
    ht: 'Kanada: Pwogram Travayè Etranje Tanporè, seksyon agrikilti',
    pt: 'Canadá: Programa de Trabalhadores Estrangeiros Temporários, vertente agrícola',
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
      changeNote: 'Seeded from pathways.md §3.4.',
      rule: principal(
        'tfwp.principal',
        all('tfwp.worker', [
          // The employer selects the worker and names them in the LMIA: the offer is the gate.
          jobOffer('tfwp.offer', ['CA'], 'agriculture', SOURCES.tfwpAgStream),
          nationalityNotIn('tfwp.not_canadian', ['CA'], SOURCES.tfwpAgStream),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Your Canadian employer applies for an LMIA naming you; then you apply to IRCC for a work permit (up to 24 months) and give biometrics. The employer pays your round trip and may not charge recruitment fees.',
    es: 'Su empleador canadiense solicita una LMIA con su nombre; luego usted pide a IRCC un permiso de trabajo (hasta 24 meses) y da sus datos biométricos. El empleador paga su viaje de ida y vuelta y no puede cobrarle por el reclutamiento.',
    fr: 'Votre employeur canadien demande une EIMT à votre nom ; vous demandez ensuite un permis de travail à IRCC (jusqu\'à 24 mois) et donnez vos données biométriques. L\'employeur paie l\'aller-retour et ne peut pas vous faire payer le recrutement.',
    ht: 'Patwon kanadyen ou a mande yon LMIA ak non w; apre sa ou mande IRCC yon pèmi travay (jiska 24 mwa) epi ou bay done byometrik ou. Patwon an peye vwayaj ale-retou a, li pa gen dwa fè w peye pou rekritman.',
    pt: 'O seu empregador canadense pede uma LMIA com o seu nome; depois você pede ao IRCC uma autorização de trabalho (até 24 meses) e fornece biometria. O empregador paga a ida e volta e não pode cobrar taxas de recrutamento.',
  },
  sources: [SOURCES.tfwpAgStream],
};
