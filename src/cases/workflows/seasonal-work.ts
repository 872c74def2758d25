/**
 * Seasonal and temporary work (pathways.md §2-3): a job offer (H-2A job order, SAWP LMIA and named or
 * unnamed request), the standard contract signed in the worker's language (SAWP Employment
 * Agreement Annex, on or before the first day of work), the permit or visa, travel (SAWP: booked
 * within 30 days of the requested arrival), arrival, season end and return.
 */
import type { z } from 'zod';
import type { WorkflowDefinition } from '../cases.schemas.ts';
import { COMMON, t } from './texts.ts';

export const SEASONAL_WORK: z.input<typeof WorkflowDefinition> = {
  pathway: 'seasonal_work',
  initialStage: 'job_offer',
  facts: [
    { key: 'contract_in_worker_language', type: 'boolean', label: t('Contract given in the worker’s language', 'Contrato entregado en el idioma del trabajador', 'Contrat remis dans la langue du travailleur', 'Kontra bay nan lang travayè a', 'Contrato entregue no idioma do trabalhador') },
    COMMON.departureDate,
    COMMON.arrivalDate,
    { key: 'season_end_date', type: 'date', label: t('Season end date', 'Fecha de fin de temporada', 'Date de fin de saison', 'Dat fen sezon', 'Data de fim da temporada') },
  ],
  stages: [
    {
      code: 'job_offer',
      name: t('Job offer', 'Oferta de empleo', "Offre d'emploi", 'Òf travay', 'Oferta de emprego'),
      applicantText: t('An employer has offered you a job. The offer is being checked.', 'Un empleador le ofreció un trabajo. Se está revisando la oferta.', "Un employeur vous a offert un emploi. L'offre est en cours de vérification.", 'Yon patwon ofri w yon travay. Y ap verifye òf la.', 'Um empregador lhe ofereceu um emprego. A oferta está sendo verificada.'),
      moveRole: 'caseworker',
      dueInDays: 14,
      requirements: [{ kind: 'document', documentType: 'job_offer' }],
      tasks: [],
      next: ['contract'],
    },
    {
      code: 'contract',
      name: t('Contract', 'Contrato', 'Contrat', 'Kontra', 'Contrato'),
      applicantText: t('Read and sign your work contract. It must be in a language you understand.', 'Lea y firme su contrato de trabajo. Debe estar en un idioma que usted entienda.', 'Lisez et signez votre contrat de travail. Il doit être dans une langue que vous comprenez.', 'Li epi siyen kontra travay ou. Li dwe nan yon lang ou konprann.', 'Leia e assine o seu contrato de trabalho. Ele deve estar em um idioma que você entenda.'),
      moveRole: 'caseworker',
      dueInDays: 14,
      requirements: [{ kind: 'document', documentType: 'employment_contract' }, { kind: 'fact', key: 'contract_in_worker_language', equals: true }],
      tasks: [],
      next: ['permit'],
    },
    {
      code: 'permit',
      name: t('Work permit or visa', 'Permiso de trabajo o visa', 'Permis de travail ou visa', 'Pèmi travay oswa viza', 'Autorização de trabalho ou visto'),
      applicantText: t('Your work permit or visa is being processed.', 'Se está tramitando su permiso de trabajo o visa.', 'Votre permis de travail ou visa est en cours de traitement.', 'Y ap trete pèmi travay oswa viza w.', 'A sua autorização de trabalho ou visto está em processamento.'),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [{ kind: 'document', documentType: 'work_permit' }],
      tasks: [],
      next: ['travel'],
    },
    {
      code: 'travel',
      name: t('Travel', 'Viaje', 'Voyage', 'Vwayaj', 'Viagem'),
      applicantText: t('Your travel to the workplace is being booked.', 'Se está reservando su viaje al lugar de trabajo.', 'Votre voyage vers le lieu de travail est en cours de réservation.', 'Y ap rezève vwayaj ou pou ale nan travay la.', 'A sua viagem até o local de trabalho está sendo reservada.'),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [{ kind: 'fact', key: 'departure_date' }],
      tasks: [],
      next: ['arrival'],
    },
    {
      code: 'arrival',
      name: t('Arrival at work', 'Llegada al trabajo', 'Arrivée au travail', 'Arive nan travay', 'Chegada ao trabalho'),
      applicantText: t('You have arrived at your workplace. Keep your contract and pay slips.', 'Usted llegó a su lugar de trabajo. Guarde su contrato y sus recibos de pago.', 'Vous êtes arrivé sur votre lieu de travail. Gardez votre contrat et vos fiches de paie.', 'Ou rive nan travay ou. Kenbe kontra w ak fich peman w yo.', 'Você chegou ao local de trabalho. Guarde o contrato e os recibos de pagamento.'),
      moveRole: 'caseworker',
      requirements: [{ kind: 'fact', key: 'arrival_date' }],
      tasks: [],
      next: ['season_end'],
    },
    {
      code: 'season_end',
      name: t('Season end', 'Fin de temporada', 'Fin de saison', 'Fen sezon', 'Fim da temporada'),
      applicantText: t('The season has ended. Your return travel is being arranged.', 'La temporada terminó. Se está organizando su viaje de regreso.', 'La saison est terminée. Votre voyage de retour est en préparation.', 'Sezon an fini. Y ap prepare vwayaj retou w.', 'A temporada terminou. A sua viagem de volta está sendo organizada.'),
      moveRole: 'caseworker',
      requirements: [{ kind: 'fact', key: 'season_end_date' }],
      tasks: [],
      next: ['return'],
    },
    {
      code: 'return',
      name: t('Return', 'Regreso', 'Retour', 'Retou', 'Retorno'),
      applicantText: t('You have returned home. Your employer may ask for you by name next season.', 'Usted regresó a casa. Su empleador puede pedirle por nombre la próxima temporada.', 'Vous êtes rentré chez vous. Votre employeur peut vous demander nommément la saison prochaine.', 'Ou retounen lakay ou. Patwon ou ka mande w pa non pwochen sezon an.', 'Você voltou para casa. O seu empregador pode pedi-lo pelo nome na próxima temporada.'),
      moveRole: 'caseworker',
      requirements: [],
      tasks: [],
      next: [],
    },
  ],
};
