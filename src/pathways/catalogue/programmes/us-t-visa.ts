/**
 * US T visa for survivors of a severe form of trafficking (pathways.md §6.4, 8 CFR 214.202).
 * Self-screening can only point the way: the determination is USCIS's, and the answers here are
 * confidential protection data.
 */
import { SOURCES } from '../sources.ts';
import { all, any, currentCountryIn, isTrue, principal } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const US_T_VISA: Programme = {
  code: 'us_t_visa',
  name: {
    en: 'United States: T visa for survivors of trafficking',
    es: 'Estados Unidos: visa T para sobrevivientes de trata',
    fr: 'États-Unis : visa T pour les survivants de la traite',
    ht: 'Etazini: viza T pou sivivan trafik moun',
    pt: 'Estados Unidos: visto T para sobreviventes de tráfico de pessoas',
  },
  hostState: 'US',
  kind: 'humanitarian',
  status: 'open',
  intakeWindows: [],
  quotas: [{ id: 't1_principals_per_year', limit: 5_000, unit: 'visas', note: 'T-1 principals a year; derivatives do not count', source: SOURCES.tVisaCap }],
  ruleVersions: [
    {
      version: '2024-08-28',
      effectiveFrom: '2024-08-28',
      changeNote: 'Seeded from pathways.md §6.4 (2024 T visa rule).',
      rule: principal(
        't.principal',
        all('t.all', [
          isTrue('t.victim', 'member.traffickingVictim', 'crit.trafficking_victim', SOURCES.tVisa),
          // The US, American Samoa, the CNMI or a port of entry, on account of the trafficking.
          currentCountryIn('t.presence', ['US', 'AS', 'MP', 'PR', 'GU', 'VI'], SOURCES.tVisa),
          any(
            't.cooperation',
            [
              isTrue('t.cooperation.done', 'member.cooperatedWithLawEnforcement', 'crit.cooperated_with_law_enforcement', SOURCES.tVisa),
              isTrue('t.cooperation.minor', 'member.minorDuringTrafficking', 'crit.minor_during_trafficking', SOURCES.tVisa),
              isTrue('t.cooperation.trauma', 'member.traumaPreventsCooperation', 'crit.trauma_prevents_cooperation', SOURCES.tVisa),
            ],
            'group.cooperation_or_exemption',
          ),
          isTrue('t.hardship', 'member.extremeHardshipOnRemoval', 'crit.extreme_hardship', SOURCES.tVisa),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Talk to a free legal service provider or a trafficking hotline before you file: they can help with Form I-914 and a law-enforcement declaration. There is no fee for Form I-914. Your answers here are confidential.',
    es: 'Hable con un servicio legal gratuito o una línea contra la trata antes de presentar: pueden ayudarle con el formulario I-914 y una declaración de las autoridades. El formulario I-914 no tiene costo. Sus respuestas aquí son confidenciales.',
    fr: 'Parlez à un service juridique gratuit ou à une ligne d\'aide contre la traite avant de déposer : ils peuvent vous aider pour le formulaire I-914 et une déclaration des forces de l\'ordre. Le formulaire I-914 est gratuit. Vos réponses ici sont confidentielles.',
    ht: 'Pale ak yon sèvis legal gratis oswa yon liy dirèk kont trafik moun anvan ou depoze: yo ka ede w ak fòm I-914 la ak yon deklarasyon lapolis. Fòm I-914 la gratis. Repons ou yo isit la konfidansyèl.',
    pt: 'Fale com um serviço jurídico gratuito ou uma linha de apoio contra o tráfico antes de apresentar: podem ajudar com o formulário I-914 e uma declaração das autoridades. O formulário I-914 não tem custo. As suas respostas aqui são confidenciais.',
  },
  sources: [SOURCES.tVisa, SOURCES.tVisaCap],
};
