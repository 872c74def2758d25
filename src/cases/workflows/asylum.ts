/**
 * Asylum in Mexico (COMAR) and protection claims: Ley sobre Refugiados, Protección Complementaria y
 * Asilo Político, art. 18 (application within 30 working days of entry), art. 22-23 (proof of the
 * application, eligibility interview) and art. 24-25 (resolution within 45 working days). The
 * analyst's recommendation needs a supervisor's approval; the resolution stage is moved by a
 * supervisor.
 */
import type { z } from 'zod';
import type { WorkflowDefinition } from '../cases.schemas.ts';
import { t } from './texts.ts';

export const ASYLUM: z.input<typeof WorkflowDefinition> = {
  pathway: 'asylum',
  initialStage: 'registration',
  facts: [],
  stages: [
    {
      code: 'registration',
      name: t('Registration of the claim', 'Registro de la solicitud', 'Enregistrement de la demande', 'Anrejistreman demann lan', 'Registro do pedido'),
      applicantText: t('Your asylum claim has been registered. Keep your proof of application with you.', 'Su solicitud de asilo fue registrada. Lleve siempre su constancia de trámite.', "Votre demande d'asile est enregistrée. Gardez toujours votre preuve de dépôt sur vous.", 'Demann azil ou anrejistre. Toujou kenbe prèv demann ou sou ou.', 'O seu pedido de refúgio foi registrado. Leve sempre o comprovante do pedido.'),
      moveRole: 'caseworker',
      dueInDays: 3,
      requirements: [{ kind: 'stage_tasks_done' }],
      tasks: [
        { key: 'issue_proof_of_application', dueInDays: 3, title: t('Issue the proof of application', 'Expedir la constancia de trámite', 'Délivrer la preuve de dépôt', 'Bay prèv demann lan', 'Emitir o comprovante do pedido') },
      ],
      next: ['eligibility_interview'],
    },
    {
      code: 'eligibility_interview',
      name: t('Eligibility interview', 'Entrevista de elegibilidad', "Entretien d'éligibilité", 'Entrevi kalifikasyon', 'Entrevista de elegibilidade'),
      applicantText: t('You will be interviewed about why you left your country. You have the right to an interpreter.', 'Tendrá una entrevista sobre por qué salió de su país. Tiene derecho a un intérprete.', 'Vous aurez un entretien sur les raisons de votre départ. Vous avez droit à un interprète.', 'W ap gen yon entrevi sou poukisa ou kite peyi w. Ou gen dwa a yon entèprèt.', 'Você terá uma entrevista sobre por que deixou o seu país. Tem direito a um intérprete.'),
      moveRole: 'caseworker',
      dueInDays: 20,
      requirements: [{ kind: 'interview_held' }],
      tasks: [],
      next: ['analysis'],
    },
    {
      code: 'analysis',
      name: t('Analysis and recommendation', 'Análisis y recomendación', 'Analyse et recommandation', 'Analiz ak rekòmandasyon', 'Análise e recomendação'),
      applicantText: t('Your claim is being analysed.', 'Su solicitud se está analizando.', 'Votre demande est en cours d’analyse.', 'Y ap analize demann ou.', 'O seu pedido está sendo analisado.'),
      moveRole: 'caseworker',
      dueInDays: 20,
      requirements: [{ kind: 'approved_recommendation' }],
      tasks: [],
      next: ['resolution'],
    },
    {
      code: 'resolution',
      name: t('Resolution', 'Resolución', 'Décision', 'Desizyon', 'Decisão'),
      applicantText: t('A decision on your claim is being signed.', 'Se está firmando la resolución sobre su solicitud.', 'La décision sur votre demande est en cours de signature.', 'Y ap siyen desizyon sou demann ou.', 'A decisão sobre o seu pedido está sendo assinada.'),
      moveRole: 'supervisor',
      dueInDays: 5,
      requirements: [{ kind: 'decision', outcomes: ['approved', 'refused'] }],
      tasks: [],
      next: ['notification'],
    },
    {
      code: 'notification',
      name: t('Notification', 'Notificación', 'Notification', 'Notifikasyon', 'Notificação'),
      applicantText: t('The decision has been notified to you. You may ask for a review if you disagree.', 'Se le notificó la resolución. Puede pedir una revisión si no está de acuerdo.', "La décision vous a été notifiée. Vous pouvez demander un recours si vous n'êtes pas d'accord.", 'Yo notifye w desizyon an. Ou ka mande yon revizyon si ou pa dakò.', 'A decisão foi notificada a você. Pode pedir revisão se não concordar.'),
      moveRole: 'caseworker',
      requirements: [],
      tasks: [],
      next: [],
    },
  ],
};
