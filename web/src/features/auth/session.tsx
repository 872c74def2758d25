import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import * as api from '../../api.ts';
import { changeLocale, findStoredLocale } from '../../i18n/i18n.ts';
import { isLocale } from '../../i18n/locales.ts';
import { markNavigated, navigate } from '../../routes/navigation.ts';

type SignedOutNotice = 'signedOut' | 'sessionEnded';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signedOut'; notice?: SignedOutNotice; error?: unknown }
  | { status: 'signedIn'; user: api.User };

type SessionContextValue = {
  state: SessionState;
  signIn: (email: string, password: string) => Promise<void>;
  signOut: (options?: { everywhere?: boolean }) => Promise<void>;
  /** Adopts the session the server has just opened by other means (a self-registration, say), at `path`. */
  resumeSession: (path: string) => Promise<void>;
};

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

function adoptProfileLocale(user: api.User): void {
  // A language picked on this device wins; otherwise the one saved in the user's profile.
  if (!findStoredLocale() && isLocale(user.locale)) void changeLocale(user.locale, { remember: false });
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    api.findSession().then(
      (user) => {
        if (cancelled) return;
        if (user) adoptProfileLocale(user);
        setState(user ? { status: 'signedIn', user } : { status: 'signedOut' });
      },
      (error: unknown) => {
        if (!cancelled) setState({ status: 'signedOut', error });
      },
    );
    const stopListening = api.onSessionEnded(() => {
      markNavigated();
      setState({ status: 'signedOut', notice: 'sessionEnded' });
    });
    return () => {
      cancelled = true;
      stopListening();
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const user = await api.signIn(email, password);
    adoptProfileLocale(user);
    markNavigated();
    setState({ status: 'signedIn', user });
  }, []);

  const signOut = useCallback(async ({ everywhere = false }: { everywhere?: boolean } = {}) => {
    await (everywhere ? api.signOutEverywhere() : api.signOut());
    // The next person to sign in on this browser starts from the home page, not the last one's page.
    navigate('/');
    markNavigated();
    setState({ status: 'signedOut', notice: 'signedOut' });
  }, []);

  const resumeSession = useCallback(async (path: string) => {
    const user = await api.findSession();
    if (!user) throw new api.ApiError(401, 'AUTH_REQUIRED', 'errors.AUTH_REQUIRED', 'Sign in to continue.');
    adoptProfileLocale(user);
    // Moving and signing in together, so that no page shows in between.
    navigate(path, { replace: true });
    setState({ status: 'signedIn', user });
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut, resumeSession }), [state, signIn, signOut, resumeSession]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider above it');
  return value;
}

/** The signed-in user; only for components rendered inside the signed-in part of the app. */
export function useUser(): api.User {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useUser needs a signed-in session');
  return state.user;
}
