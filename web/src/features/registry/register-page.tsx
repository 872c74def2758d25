import { useTranslation } from 'react-i18next';
import { Link } from '../../components/link.tsx';
import { Page } from '../../components/page.tsx';
import { useSession } from '../auth/session.tsx';
import { HouseholdForm } from './household-form.tsx';
import { registerSelf, type SelfRegistrationBody } from './registry-api.ts';

/** Public: an applicant registers themself and their household, phone first, and is signed in. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { resumeSession } = useSession();

  async function register(body: SelfRegistrationBody, key: string) {
    await registerSelf(body, key);
    // The server has signed the applicant in; they land on their pathways.
    await resumeSession('/my-pathways');
  }

  return (
    <Page title={t('registry.selfRegister.title')}>
      <p>{t('registry.selfRegister.intro')}</p>
      <p>
        <Link to="/sign-in">{t('registry.selfRegister.signInInstead')}</Link>
      </p>
      <HouseholdForm inPerson={false} submitLabel={t('registry.selfRegister.submit')} onSubmit={register} />
    </Page>
  );
}
