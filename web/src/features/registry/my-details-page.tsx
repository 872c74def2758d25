import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { ConsentsPanel } from './consents-panel.tsx';
import { HouseholdMembers } from './household-members.tsx';
import { listMyHouseholds } from './registry-api.ts';
import { useHousehold } from './use-household.ts';

async function loadMine() {
  return (await listMyHouseholds())[0];
}

/** The applicant's own household: change its details (versioned) and give or withdraw consent. */
export function MyDetailsPage() {
  const { t } = useTranslation();
  const { state, reload } = useHousehold(loadMine);

  return (
    <Page title={t('registry.myDetails.title')}>
      <p>{t('registry.myDetails.intro')}</p>
      {state.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
      {state.status === 'loaded' && !state.household && <p>{t('registry.myDetails.noHousehold')}</p>}
      {state.status === 'loaded' && state.household && (
        <>
          <HouseholdMembers household={state.household} onReload={reload} />
          <ConsentsPanel household={state.household} onReload={reload} />
        </>
      )}
    </Page>
  );
}
