import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Layout } from './components/layout.tsx';
import { SessionProvider, useSession } from './features/auth/session.tsx';
import { SignInPage } from './features/auth/sign-in-page.tsx';
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

function CurrentPage() {
  const { t } = useTranslation();
  const { state } = useSession();
  const pathname = usePathname();
  const signedIn = state.status === 'signedIn';

  useEffect(() => {
    // A bookmarked sign-in page leads home once the session exists.
    if (signedIn && pathname === '/sign-in') navigate('/', { replace: true });
  }, [signedIn, pathname]);

  if (state.status === 'loading') return <p role="status">{t('app.loading')}</p>;
  // Signed out, every address shows the sign-in page; after signing in the same address shows its page.
  if (state.status === 'signedOut') return <SignInPage />;
  if (pathname === '/sign-in') return null;
  const route = ROUTES.find((candidate) => candidate.path === pathname);
  if (!route || !canVisit(route, state.user)) return <NotFoundPage />;
  return <route.Page />;
}
