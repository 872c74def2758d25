/**
 * Family reunification (pathways.md §4): the anchor relative petitions or sponsors (US Form I-130 /
 * I-134A; Canada family class undertaking, IRPR s. 130-137), the relationship is evidenced (birth,
 * marriage, adoption or cohabitation documents), the beneficiary is interviewed, a decision is
 * taken, then travel. The decision stage is moved by a supervisor.
 */
import type { z } from 'zod';
import type { WorkflowDefinition } from '../cases.schemas.ts';
import { COMMON, t } from './texts.ts';

export const FAMILY_REUNIFICATION: z.input<typeof WorkflowDefinition> = {
  pathway: 'family_reunification',
  initialStage: 'petition',
  facts: [
    { key: 'relationship_verified', type: 'boolean', label: t('Relationship verified', 'Parentesco verificado', 'Lien familial vérifié', 'Relasyon fanmi verifye', 'Parentesco verificado') },
    COMMON.departureDate,
  ],
  stages: [
    {
      code: 'petition',
      name: t('Petition or sponsorship', 'Petición o patrocinio', 'Demande ou parrainage', 'Petisyon oswa parennaj', 'Petição ou patrocínio'),
      applicantText: t(
        'Your relative’s petition or sponsorship is being checked.',
        'Se está revisando la petición o el patrocinio de su familiar.',
        'La demande ou le parrainage de votre proche est en cours de vérification.',
        'Y ap verifye petisyon oswa parennaj fanmi w lan.',
        'A petição ou o patrocínio do seu familiar está sendo verificado.',
      ),
      moveRole: 'caseworker',
      dueInDays: 30,
      requirements: [{ kind: 'document', documentType: 'sponsorship_undertaking' }, { kind: 'stage_tasks_done' }],
      tasks: [
        { key: 'check_sponsor', dueInDays: 21, title: t('Check the sponsor’s eligibility and undertaking', 'Verificar la elegibilidad y el compromiso del patrocinador', "Vérifier l'admissibilité et l'engagement du répondant", 'Verifye kalifikasyon ak angajman parenn lan', 'Verificar a elegibilidade e o compromisso do patrocinador') },
      ],
      next: ['relationship_evidence'],
    },
    {
      code: 'relationship_evidence',
      name: t('Evidence of relationship', 'Prueba del parentesco', 'Preuve du lien familial', 'Prèv relasyon fanmi', 'Prova do parentesco'),
      applicantText: t(
        'Send documents that show your family relationship, such as birth or marriage certificates.',
        'Envíe documentos que prueben su parentesco, como actas de nacimiento o de matrimonio.',
        'Envoyez des documents qui prouvent votre lien familial, comme des actes de naissance ou de mariage.',
        'Voye dokiman ki montre relasyon fanmi w, tankou batistè oswa papye maryaj.',
        'Envie documentos que comprovem o parentesco, como certidões de nascimento ou de casamento.',
      ),
      moveRole: 'caseworker',
      dueInDays: 45,
      requirements: [{ kind: 'document', documentType: 'relationship_evidence' }, { kind: 'fact', key: 'relationship_verified', equals: true }],
      tasks: [
        { key: 'send_relationship_evidence', dueInDays: 30, forApplicant: true, documentType: 'relationship_evidence', title: t('Upload proof of your family relationship', 'Suba la prueba de su parentesco', 'Téléversez la preuve de votre lien familial', 'Voye prèv relasyon fanmi w', 'Envie a prova do seu parentesco') },
      ],
      next: ['interview'],
    },
    {
      code: 'interview',
      name: t('Interview', 'Entrevista', 'Entretien', 'Entrevi', 'Entrevista'),
      applicantText: t(
        'You will be interviewed. You will be told the date, place and language.',
        'Usted tendrá una entrevista. Se le informará la fecha, el lugar y el idioma.',
        'Vous aurez un entretien. La date, le lieu et la langue vous seront communiqués.',
        'W ap gen yon entrevi. Y ap di w dat, kote ak lang lan.',
        'Você terá uma entrevista. Será informado da data, do local e do idioma.',
      ),
      moveRole: 'caseworker',
      dueInDays: 60,
      requirements: [{ kind: 'interview_held' }],
      tasks: [],
      next: ['decision'],
    },
    {
      code: 'decision',
      name: t('Decision', 'Decisión', 'Décision', 'Desizyon', 'Decisão'),
      applicantText: t(
        'A decision is being taken on your application.',
        'Se está tomando una decisión sobre su solicitud.',
        'Une décision est en cours sur votre demande.',
        'Y ap pran yon desizyon sou demann ou.',
        'Uma decisão está sendo tomada sobre o seu pedido.',
      ),
      moveRole: 'supervisor',
      dueInDays: 30,
      requirements: [{ kind: 'decision', outcomes: ['approved'] }],
      tasks: [],
      next: ['travel'],
    },
    {
      code: 'travel',
      name: t('Travel', 'Viaje', 'Voyage', 'Vwayaj', 'Viagem'),
      applicantText: t(
        'Your visa or travel authorisation is ready. Prepare to travel.',
        'Su visa o autorización de viaje está lista. Prepárese para viajar.',
        'Votre visa ou autorisation de voyage est prêt. Préparez votre voyage.',
        'Viza oswa otorizasyon vwayaj ou pare. Prepare w pou vwayaje.',
        'O seu visto ou autorização de viagem está pronto. Prepare-se para viajar.',
      ),
      moveRole: 'caseworker',
      dueInDays: 60,
      requirements: [{ kind: 'fact', key: 'departure_date' }, { kind: 'document', documentType: 'visa' }],
      tasks: [],
      next: ['arrival'],
    },
    COMMON.arrivalStage,
  ],
};
