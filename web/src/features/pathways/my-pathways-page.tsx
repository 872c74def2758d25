import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { listMyHouseholds, type Household } from '../registry/registry-api.ts';
import { ScreeningPanel } from './screening-panel.tsx';

type Load = { status: 'loading' } | { status: 'loaded'; household?: Household } | { status: 'failed'; error: unknown };

/** The applicant's "your possible pathways and why": screening their own household and its results. */
export function MyPathwaysPage() {
  const { t } = useTranslation();
  const [load, setLoad] = useState<Load>({ status: 'loading' });

  useEffect(() => {
    listMyHouseholds().then(
      (households) => setLoad({ status: 'loaded', household: households[0] }),
      (error: unknown) => setLoad({ status: 'failed', error }),
    );
  }, []);

  return (
    <Page title={t('pathways.mine.title')}>
      <p>{t('pathways.mine.intro')}</p>
      {load.status === 'loading' && <p role="status">{t('app.loading')}</p>}
      {load.status === 'failed' && <ErrorMessage error={load.error} />}
      {load.status === 'loaded' &&
        (load.household ? <ScreeningPanel household={load.household} forApplicant /> : <p>{t('pathways.mine.noHousehold')}</p>)}
    </Page>
  );
}
