import type { PathwaysCatalogue } from './en.ts';

export const pathwaysPt: PathwaysCatalogue = {
  nav: { mine: 'Minhas vias' },
  summary: { mine: 'As suas vias possíveis e por quê, e o que fazer depois.' },
  mine: {
    title: 'As suas vias possíveis e por quê',
    intro:
      'O Puente compara as respostas do seu grupo familiar com as regras de cada programa que recebe solicitações. É uma orientação, não uma decisão: quem decide são as autoridades de cada país.',
    noHousehold: 'Nenhum grupo familiar está registrado com esta conta.',
    needsConsent: 'Para verificar as suas vias, primeiro dê o seu consentimento à verificação em «Meus dados».',
    toMyDetails: 'Ir para Meus dados',
    notScreened: 'O seu grupo familiar ainda não foi verificado.',
    screen: 'Verificar as minhas vias',
    rescreen: 'Verificar de novo',
    detailsChanged: 'Se a sua situação mudou, atualize «Meus dados» e verifique de novo.',
  },
  screening: {
    title: 'Triagem',
    notScreened: 'Este grupo familiar ainda não passou pela triagem.',
    needsConsent: 'O grupo familiar não deu o seu consentimento à triagem.',
    screen: 'Fazer a triagem',
    rescreen: 'Fazer a triagem de novo',
    screening: 'Verificando…',
    done: '{{total}} programas verificados.',
    loading: 'Carregando os resultados…',
  },
  results: {
    title: 'Resultados',
    count: '{{total}} programas, os mais promissores primeiro.',
    host: 'País',
    result: 'Resultado',
    why: 'Por quê: critério por critério',
    source: 'Fonte:',
    missingTitle: 'O que ainda precisamos saber',
    nextStepsTitle: 'O que fazer depois',
    rules: 'Regras na versão {{version}}, verificadas em {{date}}.',
    closed: 'Este programa foi encerrado; este resultado é de antes do encerramento.',
    opensInNewTab: '(abre em uma nova aba)',
  },
};
