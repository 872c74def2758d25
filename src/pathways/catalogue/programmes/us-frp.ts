/**
 * US Family Reunification Parole (pathways.md §4.1): terminated on 15 December 2025 (FR 2025-22744).
 * Kept as a closed programme so that old cases and past results stay readable.
 */
import { SOURCES } from '../sources.ts';
import {
  all,
  currentCountryNotIn,
  isTrue,
  nationalityIn,
  principal,
  relativeCountryIn,
  relativeStatusIn,
  someRelative,
} from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const US_FRP: Programme = {
  code: 'us_frp',
  name: {
    en: 'United States: Family Reunification Parole (ended)',
    es: 'Estados Unidos: Permiso de Permanencia Temporal por Reunificación Familiar (terminado)',
    fr: 'États-Unis : libération conditionnelle pour réunification familiale (terminée)',
    ht: 'Etazini: Pwogram Libète Kondisyonèl pou Reyinifikasyon Fanmi (fini)',
    pt: 'Estados Unidos: Parole de Reunificação Familiar (encerrado)',
  },
  hostState: 'US',
  kind: 'family',
  status: 'closed',
  // Invitations under the modernised processes began on 31 Jul 2023 (CFRP dates from 2007, HFRP from 2014).
  openedOn: '2023-07-31',
  closedOn: '2025-12-15',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2023-07-31',
      effectiveFrom: '2023-07-31',
      effectiveTo: '2025-12-15',
      changeNote: 'Modernised FRP processes (pathways.md §4.1).',
      rule: principal(
        'frp.principal',
        all('frp.all', [
          nationalityIn('frp.nationality', ['CO', 'SV', 'GT', 'HN', 'EC', 'CU', 'HT'], SOURCES.frpEligibility),
          currentCountryNotIn('frp.outside_us', ['US'], SOURCES.frpEligibility),
          isTrue('frp.invitation', 'member.frpInvitation', 'crit.frp_invitation', SOURCES.frpEligibility),
          someRelative(
            'frp.petitioner',
            all('frp.petitioner.all', [
              relativeCountryIn('frp.petitioner.country', ['US'], SOURCES.frpEligibility),
              relativeStatusIn('frp.petitioner.status', ['citizen', 'permanent_resident'], SOURCES.frpEligibility),
              isTrue('frp.petitioner.i130', 'relative.hasApprovedPetition', 'crit.relative_approved_petition', SOURCES.frpEligibility),
            ]),
            'group.us_petitioner',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Family Reunification Parole ended on 15 December 2025 and parole granted under it ended on 14 January 2026, unless an adjustment of status (I-485) was filed by 15 December 2025. Your relative\'s approved I-130 petition still counts for an immigrant visa when one is available.',
    es: 'El permiso por Reunificación Familiar terminó el 15 de diciembre de 2025 y los permisos concedidos terminaron el 14 de enero de 2026, salvo si se presentó un ajuste de estatus (I-485) antes del 15 de diciembre de 2025. La petición I-130 aprobada de su familiar sigue valiendo para una visa de inmigrante cuando haya una disponible.',
    fr: 'La libération conditionnelle pour réunification familiale a pris fin le 15 décembre 2025 et les libérations accordées ont pris fin le 14 janvier 2026, sauf demande d\'ajustement de statut (I-485) déposée avant le 15 décembre 2025. La pétition I-130 approuvée de votre proche reste valable pour un visa d\'immigrant dès qu\'il y en a un de disponible.',
    ht: 'Pwogram Reyinifikasyon Fanmi an fini 15 desanm 2025, e pèmi yo te bay yo fini 14 janvye 2026, sòf si yo te depoze yon ajisteman estati (I-485) anvan 15 desanm 2025. Petisyon I-130 fanmi w lan ki apwouve a toujou bon pou yon viza imigran lè gen youn ki disponib.',
    pt: 'O parole de Reunificação Familiar terminou em 15 de dezembro de 2025 e os parole concedidos terminaram em 14 de janeiro de 2026, salvo se um ajuste de status (I-485) foi apresentado até 15 de dezembro de 2025. A petição I-130 aprovada do seu familiar continua válida para um visto de imigrante quando houver um disponível.',
  },
  sources: [SOURCES.frpEligibility, SOURCES.frpTermination],
};
