import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/layout.tsx';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
import { RegisterPage } from './features/registry/register-page.tsx';
import { navigate, usePathname } from './routes/navigation.ts';
import { NotFoundPage } from './routes/not-found-page.tsx';
import { ROUTES, canVisit } from './routes/routes.ts';

export function App() {
  return (
    <SessionProvider>
      <Layout>
        <CurrentPage />
      </Layout>
    </SessionProvider>
  );
}

/** Pages for people who are not signed in; once signed in they lead home. */
const PUBLIC_PATHS = ['/sign-in', '/register'];

function CurrentPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const pathname = usePathname();
  const signedIn = state.status === 'signedIn';

  useEffect(() => {
    // A bookmarked sign-in or registration page leads home once the session exists.
    if (signedIn && PUBLIC_PATHS.includes(pathname)) navigate('/', { replace: true });
  }, [signedIn, pathname]);

  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  // Signed out, every address shows the sign-in page; after signing in the same address shows its page.
  if (state.status === 'signedOut') return pathname === '/register' ? <RegisterPage /> : <SignInPage />;
  if (PUBLIC_PATHS.includes(pathname)) return null;
  const route = ROUTES.find((candidate) => candidate.path === pathname);
  if (!route || !canVisit(route, state.user)) return <NotFoundPage />;
  return <route.Page />;
}
