import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/session.tsx';
import { listRoutesFor } from '../routes/routes.ts';
import { ErrorMessage } from './error-message.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Link } from './link.tsx';

/** The frame of every page: skip link, banner, main menu when signed in, main content, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, signOut } = useSession();
  const [signOutError, setSignOutError] = useState<unknown>();
  const user = state.status === 'signedIn' ? state.user : undefined;

  async function handleSignOut() {
    setSignOutError(undefined);
    try {
      await signOut();
    } catch (error) {
      setSignOutError(error);
    }
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <div className="brand">
            <Link to="/" className="brand-name">
              Puente
            </Link>
            <p className="brand-tagline">{t('app.tagline')}</p>
          </div>
          <div className="header-tools">
            <LanguageSwitcher />
            {user && (
              <button type="button" className="button button-on-dark" onClick={handleSignOut}>
                {t('auth.signOut')}
              </button>
            )}
          </div>
        </div>
        {user && (
          <nav className="main-nav" aria-label={t('nav.label')}>
            <ul>
              {listRoutesFor(user).map((route) => (
                <li key={route.path}>
                  <Link to={route.path}>{t(route.navKey)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1}>
        {signOutError !== undefined && <ErrorMessage error={signOutError} />}
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </>
  );
}
