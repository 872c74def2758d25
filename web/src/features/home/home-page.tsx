import { useTranslation } from 'react-i18next';
import { Link } from '../../components/link.tsx';
import { Page } from '../../components/page.tsx';
import { listRoutesFor } from '../../routes/routes.ts';
import { useUser } from '../auth/session.tsx';

/** The dashboard: what the user can do today, and, per role, what Puente will add for them. */
export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const available = listRoutesFor(user).filter((route) => route.summaryKey);

  return (
    <Page title={t('home.title')} heading={t('home.welcome', { name: user.displayName })}>
      <section aria-labelledby="home-available">
        <h2 id="home-available">{t('home.availableTitle')}</h2>
        <ul className="card-list">
          {available.map((route) => (
            <li key={route.path} className="card">
              <Link to={route.path} className="card-link">
                {t(route.navKey)}
              </Link>
              {route.summaryKey && <p>{t(route.summaryKey)}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="home-coming">
        <h2 id="home-coming">{t('home.comingTitle')}</h2>
        <p>{t('home.comingNote')}</p>
        <ul className="card-list">
          {user.roles.map((role) => (
            <li key={role} className="card card-muted">
              <h3>{t(`roles.${role}`)}</h3>
              <p>{t(`roleComing.${role}`)}</p>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
