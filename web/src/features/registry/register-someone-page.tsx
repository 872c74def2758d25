import { useTranslation } from 'react-i18next';
import { Page } from '../../components/page.tsx';
import { navigate } from '../../routes/navigation.ts';
import { HouseholdForm } from './household-form.tsx';
import { registerHousehold } from './registry-api.ts';

/** A caseworker registers a household in person, then lands on its page. */
export function RegisterSomeonePage() {
  const { t } = useTranslation();

  async function register(body: Parameters<typeof registerHousehold>[0], key: string) {
    const household = await registerHousehold(body, key);
    navigate(`/registry?household=${household.id}`);
  }

  return (
    <Page title={t('registry.inPerson.title')}>
      <p>{t('registry.inPerson.intro')}</p>
      <HouseholdForm inPerson submitLabel={t('registry.inPerson.submit')} onSubmit={register} />
    </Page>
  );
}
