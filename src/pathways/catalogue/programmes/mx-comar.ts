/**
 * Asylum in Mexico before COMAR (Comisión Mexicana de Ayuda a Refugiados). pathways.md does not
 * cover it; the criteria come from the Ley sobre Refugiados, Protección Complementaria y Asilo
 * Político and are marked for verification.
 */
import { SOURCES } from '../sources.ts';
import { all, any, arrivedWithinDays, currentCountryIn, isTrue, nationalityNotIn, principal, statusIn } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

export const MX_COMAR_ASYLUM: Programme = {
  code: 'mx_comar_asylum',
  name: {
    en: 'Mexico: asylum (refugee status) before COMAR',
    es: 'México: solicitud de la condición de refugiado ante la COMAR',
    fr: 'Mexique : asile (statut de réfugié) auprès de la COMAR',
    ht: 'Meksik: azil (estati refijye) devan COMAR',
    pt: 'México: asilo (condição de refugiado) perante a COMAR',
  },
  hostState: 'MX',
  kind: 'humanitarian',
  status: 'open',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2025-01-01',
      effectiveFrom: '2025-01-01',
      changeNote: 'Seeded from the LRPCAP arts. 13 and 18; not in pathways.md.',
      rule: principal(
        'comar.principal',
        all('comar.all', [
          currentCountryIn('comar.in_mexico', ['MX'], SOURCES.comarLaw),
          nationalityNotIn('comar.not_mexican', ['MX'], SOURCES.comarLaw),
          isTrue('comar.fear', 'member.fearOfReturn', 'crit.fear_of_return', SOURCES.comarLaw),
          any(
            'comar.deadline',
            [
              // 30 working days (art. 18) are at least 6 calendar weeks; 42 days never overstates the time left.
              arrivedWithinDays('comar.deadline.recent', 42, SOURCES.comarLaw),
              statusIn('comar.deadline.filed', ['asylum_seeker'], SOURCES.comarLaw),
              isTrue('comar.deadline.justified', 'member.lateFilingJustified', 'crit.late_filing_justified', SOURCES.comarLaw),
            ],
            'group.filed_in_time',
          ),
        ]),
      ),
    },
  ],
  nextSteps: {
    en: 'Go to a COMAR office (or an INM office where there is none) and ask for refugee status, in writing or orally, within 30 working days of entering Mexico. It is free. Keep your proof of filing and sign in as COMAR tells you; you may not leave the state while the claim is open.',
    es: 'Acuda a una oficina de la COMAR (o del INM donde no haya) y solicite la condición de refugiado, por escrito o de palabra, dentro de los 30 días hábiles tras entrar a México. Es gratuito. Guarde su constancia de trámite y firme cuando la COMAR le indique; no puede salir del estado mientras dure el trámite.',
    fr: 'Présentez-vous à un bureau de la COMAR (ou de l\'INM s\'il n\'y en a pas) et demandez le statut de réfugié, par écrit ou oralement, dans les 30 jours ouvrables suivant votre entrée au Mexique. C\'est gratuit. Gardez votre récépissé et pointez quand la COMAR vous le demande ; vous ne pouvez pas quitter l\'État pendant la procédure.',
    ht: 'Ale nan yon biwo COMAR (oswa INM kote pa gen COMAR) epi mande estati refijye, alekri oswa aloral, nan 30 jou travay apre ou antre Meksik. Li gratis. Kenbe papye ki montre ou depoze demann lan epi siyen lè COMAR di w; ou pa ka kite eta a pandan demann lan ap trete.',
    pt: 'Vá a um escritório da COMAR (ou do INM onde não houver) e peça a condição de refugiado, por escrito ou oralmente, dentro de 30 dias úteis após entrar no México. É gratuito. Guarde o comprovante e assine quando a COMAR indicar; não pode sair do estado enquanto o pedido estiver em andamento.',
  },
  sources: [SOURCES.comarLaw],
};
