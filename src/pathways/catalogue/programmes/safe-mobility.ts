/**
 * Safe Mobility Offices (pathways.md §1): closed. Kept so that old cases and past screening
 * results stay readable. Two rule versions: Ecuador joined on 18 October 2023.
 */
import type { RuleNode } from '../../engine/rules.schemas.ts';
import { SOURCES } from '../sources.ts';
import { ageAtLeast, all, any, arrivedOnOrBefore, currentCountryIn, nationalityIn, principal, statusIn } from '../rule-builders.ts';
import type { Programme } from '../programme.schemas.ts';

const S = SOURCES.smoEligibility;

function hostCountries(withEcuador: boolean): RuleNode {
  const branches: RuleNode[] = [
    all(
      'smo.co',
      [
        currentCountryIn('smo.co.country', ['CO'], S),
        nationalityIn('smo.co.nationality', ['VE', 'CU', 'HT'], S),
        arrivedOnOrBefore('smo.co.arrival', '2023-06-11', S),
        ageAtLeast('smo.co.age', 18, S),
        // Regular status in Colombia, or in the regularisation process (e.g. PPT).
        statusIn('smo.co.status', ['regular', 'regularization_pending', 'permanent_resident'], S),
      ],
      'group.smo_colombia',
    ),
    all(
      'smo.cr',
      [
        currentCountryIn('smo.cr.country', ['CR'], S),
        nationalityIn('smo.cr.nationality', ['NI', 'VE'], S),
        arrivedOnOrBefore('smo.cr.arrival', '2023-06-12', S),
        // Registered asylum seekers only: recognised refugees and other statuses were excluded.
        statusIn('smo.cr.status', ['asylum_seeker'], S),
      ],
      'group.smo_costa_rica',
    ),
  ];
  if (withEcuador) {
    branches.push(
      all(
        'smo.ec',
        [
          currentCountryIn('smo.ec.country', ['EC'], S),
          nationalityIn('smo.ec.nationality', ['CU', 'HT', 'NI', 'VE', 'CO'], S),
          // "Registered before 18 Oct 2023": arrival by that date is the closest fact we hold.
          arrivedOnOrBefore('smo.ec.arrival', '2023-10-18', S),
          statusIn('smo.ec.status', ['asylum_seeker', 'regularization_pending'], S),
        ],
        'group.smo_ecuador',
      ),
    );
  }
  // Guatemala was the only country whose own nationals could apply from home.
  branches.push(
    all('smo.gt', [currentCountryIn('smo.gt.country', ['GT'], S), nationalityIn('smo.gt.nationality', ['GT'], S)], 'group.smo_guatemala'),
  );
  return principal('smo.principal', any('smo.host', branches, 'group.smo_host_country'));
}

export const SAFE_MOBILITY: Programme = {
  code: 'safe_mobility',
  name: {
    en: 'Safe Mobility Offices (referral to US resettlement and other pathways)',
    es: 'Oficinas de Movilidad Segura (referencia al reasentamiento en Estados Unidos y otras vías)',
    fr: 'Bureaux de mobilité sûre (orientation vers la réinstallation aux États-Unis et d\'autres voies)',
    ht: 'Biwo Mobilite an Sekirite (referans pou reyenstalasyon Ozetazini ak lòt chemen)',
    pt: 'Escritórios de Mobilidade Segura (encaminhamento ao reassentamento nos Estados Unidos e outras vias)',
  },
  hostState: 'US',
  kind: 'humanitarian',
  status: 'closed',
  openedOn: '2023-06-12',
  // pathways.md gives only "2025"; this is the day US refugee admissions were suspended. [BK-verify]
  closedOn: '2025-01-27',
  intakeWindows: [],
  quotas: [],
  ruleVersions: [
    {
      version: '2023-06-12',
      effectiveFrom: '2023-06-12',
      effectiveTo: '2023-10-18',
      changeNote: 'Launch in Colombia, Costa Rica and Guatemala (pathways.md §1.1, §1.3).',
      rule: hostCountries(false),
    },
    {
      version: '2023-10-18',
      effectiveFrom: '2023-10-18',
      effectiveTo: '2025-01-27',
      changeNote: 'Ecuador added (pathways.md §1.1, §1.2 step 10).',
      rule: hostCountries(true),
    },
  ],
  nextSteps: {
    en: 'Safe Mobility no longer accepts applications. If you were already referred, keep your contact details current; nobody may charge you for news about your case. Look at the other pathways listed for you.',
    es: 'Movilidad Segura ya no acepta solicitudes. Si ya le refirieron, mantenga sus datos de contacto al día; nadie puede cobrarle por información sobre su caso. Revise las otras vías que aparecen para usted.',
    fr: 'La mobilité sûre n\'accepte plus de demandes. Si vous avez déjà été orienté, tenez vos coordonnées à jour ; personne ne peut vous faire payer des nouvelles de votre dossier. Consultez les autres voies proposées.',
    ht: 'Mobilite an Sekirite pa aksepte demann ankò. Si yo te deja refere w, kenbe enfòmasyon kontak ou ajou; pèsonn pa gen dwa fè w peye pou nouvèl sou dosye w. Gade lòt chemen ki nan lis ou a.',
    pt: 'A Mobilidade Segura já não aceita pedidos. Se já foi encaminhado, mantenha os seus contatos atualizados; ninguém pode cobrar por notícias do seu caso. Veja as outras vias listadas para você.',
  },
  sources: [SOURCES.smoEligibility, SOURCES.smoClosure],
};
