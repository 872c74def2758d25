import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Page } from '../../components/page.tsx';
import { useFormat } from '../../i18n/format.ts';
import { isLocale, LOCALE_NAMES } from '../../i18n/locales.ts';
import { useSession, useUser } from '../auth/session.tsx';

/** Agency kinds the catalogues name; an unknown kind (added on the server later) is left out. */
const AGENCY_KINDS = ['government', 'unhcr', 'iom', 'ngo', 'employer_association', 'labour_inspectorate'] as const;

type AgencyKind = (typeof AGENCY_KINDS)[number];

function isAgencyKind(kind: string): kind is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(kind);
}

export function AccountPage() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const format = useFormat();
  const [error, setError] = useState<unknown>();

  async function handleSignOutEverywhere() {
    setError(undefined);
    try {
      await signOut({ everywhere: true });
    } catch (caught) {
      setError(caught);
    }
  }

  return (
    <Page title={t('account.title')}>
      <section aria-labelledby="account-profile">
        <h2 id="account-profile">{t('account.profileTitle')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd className="break">{user.email}</dd>
          </div>
          <div>
            <dt>{t('account.roles')}</dt>
            <dd>{user.roles.map((role) => t(`roles.${role}`)).join(', ')}</dd>
          </div>
          <div>
            <dt>{t('account.memberState')}</dt>
            <dd>{format.regionName(user.memberState, user.memberState)}</dd>
          </div>
          {user.agency && (
            <>
              <div>
                <dt>{t('account.agency')}</dt>
                <dd>
                  {user.agency.name}
                  {isAgencyKind(user.agency.kind) && ` (${t(`agencyKinds.${user.agency.kind}`)})`}
                </dd>
              </div>
              <div>
                <dt>{t('account.office')}</dt>
                <dd>{user.office?.name ?? t('account.noOffice')}</dd>
              </div>
            </>
          )}
          {isLocale(user.locale) && (
            <div>
              <dt>{t('account.language')}</dt>
              <dd lang={user.locale}>{LOCALE_NAMES[user.locale]}</dd>
            </div>
          )}
        </dl>
      </section>
      <section aria-labelledby="account-sessions">
        <h2 id="account-sessions">{t('account.sessionsTitle')}</h2>
        <p>{t('account.sessionsIntro')}</p>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="button" className="button" onClick={handleSignOutEverywhere}>
          {t('account.signOutEverywhere')}
        </button>
      </section>
    </Page>
  );
}
