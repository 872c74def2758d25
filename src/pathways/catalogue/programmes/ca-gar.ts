/**
 * Canada's government-assisted refugees (pathways.md §5.3): Convention refugees abroad referred by
 * UNHCR (IRPR s. 140.3), selected by a visa officer, supported by the Resettlement Assistance Program.
 */
import { SOURCES } from '../sources.ts';
import { all, currentCountryNotIn, isTrue, outsideCountryOfNationality, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';
import { recognisedRefugee } from './us-usrap-unhcr.ts';

export const CA_GAR: Programme = {
  code: 'ca_gar',
  name: {
    en: 'Canada: government-assisted refugee resettlement',
    es: 'Canadá: reasentamiento de refugiados asistidos por el gobierno',
    fr: 'Canada : réinstallation des réfugiés pris en charge par le gouvernement',
    ht: 'Kanada: reyenstalasyon refijye gouvènman an ede',
    pt: 'Canadá: reassentamento de refugiados assistidos pelo governo',
  },
  hostState: 'CA',
  kind: 'humanitarian',
  status: 'open',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from pathways.md §5.3 and IRPR s. 139-145.',
      rule: principal(
        'gar.principal',
        all('gar.all', [
          recognisedRefugee('gar.refugee', SOURCES.canadaGar),
          outsideCountryOfNationality('gar.outside_origin', SOURCES.canadaGar),
          currentCountryNotIn('gar.outside_canada', ['CA'], SOURCES.canadaGar),
          isTrue('gar.referral', 'member.unhcrResettlementReferral', 'crit.unhcr_resettlement_referral', SOURCES.canadaGar),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'UNHCR refers cases to Canada; you cannot apply on your own. If referred, a Canadian visa officer interviews you, IOM arranges the medical exam, the Canadian Orientation Abroad course and your travel, and you receive income support for your first year.',
    es: 'ACNUR refiere los casos a Canadá; no se puede solicitar por cuenta propia. Si le refieren, un oficial de visas canadiense le entrevista, la OIM organiza el examen médico, el curso de orientación sobre Canadá y el viaje, y recibirá apoyo económico durante el primer año.',
    fr: 'Le HCR recommande les dossiers au Canada ; on ne peut pas présenter de demande soi-même. Si vous êtes recommandé, un agent des visas canadien vous reçoit en entrevue, l\'OIM organise l\'examen médical, l\'orientation canadienne à l\'étranger et le voyage, et vous recevez un soutien du revenu la première année.',
    ht: 'Se HCR ki refere dosye yo bay Kanada; ou pa ka fè demann poukont ou. Si yo refere w, yon ofisye viza kanadyen ap fè yon entèvyou avè w, OIM ap òganize egzamen medikal la, kou oryantasyon sou Kanada a ak vwayaj la, epi w ap resevwa yon èd finansye pandan premye ane a.',
    pt: 'O ACNUR encaminha os casos ao Canadá; não é possível pedir por conta própria. Se for encaminhado, um oficial de vistos canadense o entrevista, a OIM organiza o exame médico, o curso de orientação sobre o Canadá e a viagem, e você recebe apoio financeiro no primeiro ano.',
  },
  sources: [SOURCES.canadaGar, SOURCES.unhcrPreconditions],
};
