import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { MeQuery } from '../gql/graphql';
import { setSessionExpiredHandler } from '../graphql/client';
import { clearStoredSession, readStoredToken, storeSession } from './session-storage';
import { MeDocument, SignOutDocument } from '../gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

interface SessionState {
  user: CurrentUser | null;
  loading: boolean;
  /**
   * The API refused the token of a user who was using the app: the page stays as it was (with what they typed) and
   * asks them to sign in again (SessionExpiredDialog) instead of dropping them at the sign-in page.
   */
  expired: boolean;
  signIn: (payload: { token: string; expiresAt: string }) => Promise<void>;
  /** The same user signed in again after `expired`: nothing cached or shown is reset. */
  resume: (payload: { token: string; expiresAt: string }) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readStoredToken() !== null);
  const [expired, setExpired] = useState(false);
  const { data, loading } = useQuery(MeDocument, { skip: !hasToken, fetchPolicy: 'cache-first' });
  const known = Boolean(hasToken && data?.me);

  const signIn = useCallback(
    async (payload: { token: string; expiresAt: string }) => {
      storeSession(payload);
      // Everything cached so far was fetched anonymously (or as someone else).
      await client.clearStore();
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      setExpired(false);
      setHasToken(true);
    },
    [client],
  );
  const resume = useCallback((payload: { token: string; expiresAt: string }) => {
    storeSession(payload);
    setExpired(false);
  }, []);
  const signOut = useCallback(async () => {
    const token = readStoredToken();
    // Forgotten here first: the page is signed out whatever the API answers, and a refusal of the token is not
    // taken for a session that expired while at work.
    clearStoredSession();
    setExpired(false);
    setHasToken(false);
    if (token) {
      // The API ends the account's sessions, so a copy of the token is worth nothing either. Unreachable, it cannot
      // keep this browser signed in: the token is already gone from it.
      await client
        .mutate({ mutation: SignOutDocument, context: { headers: { authorization: `Bearer ${token}` } } })
        .catch(() => undefined);
    }
    await client.clearStore();
  }, [client]);

  useEffect(() => {
    setSessionExpiredHandler(() => {
      // Someone at work keeps their page; a token refused before anyone was known just means signed out.
      if (known) return setExpired(true);
      setHasToken(false);
      void client.clearStore();
    });
  }, [client, known]);

  const value = useMemo<SessionState>(
    () => ({
      user: hasToken ? (data?.me ?? null) : null,
      loading: hasToken && loading,
      expired,
      signIn,
      resume,
      signOut,
    }),
    [data, loading, hasToken, expired, signIn, resume, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
