import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ScreeningPanel } from '../pathways/screening-panel.tsx';
import { ConsentsPanel } from './consents-panel.tsx';
import { HouseholdMembers } from './household-members.tsx';
import { fullName } from './person-facts.tsx';
import { getHousehold } from './registry-api.ts';
import { useHousehold } from './use-household.ts';

/** A caseworker's page of one household: members and documents, consent, and its screening. */
export function HouseholdView({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const load = useCallback(() => getHousehold(id), [id]);
  const { state, reload } = useHousehold(load);

  if (state.status !== 'loaded' || !state.household) {
    return (
      <Page title={t('registry.find.title')}>
        {state.status === 'failed' ? <ErrorMessage error={state.error} /> : <p role="status">{t('app.loading')}</p>}
      </Page>
    );
  }
  const { household } = state;
  const principal = household.members.find((member) => member.id === household.principalPersonId) ?? household.members[0];
  const title = t('registry.household.title', { name: principal ? fullName(principal) : '' });

  return (
    <Page title={title}>
      <p>
        {t('registry.household.registeredOn', { date: format.dateTime(household.createdAt) })} –{' '}
        {t(household.channel === 'self' ? 'registry.household.channelSelf' : 'registry.household.channelCaseworker')}
      </p>
      <HouseholdMembers household={household} onReload={reload} />
      <ConsentsPanel household={household} onReload={reload} />
      <ScreeningPanel household={household} forApplicant={false} />
    </Page>
  );
}
