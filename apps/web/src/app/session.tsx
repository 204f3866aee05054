import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { MeQuery } from '../gql/graphql';
import { setSessionExpiredHandler } from '../graphql/client';
import { clearStoredSession, readStoredToken, storeSession } from './session-storage';
import { MeDocument } from '../gql/graphql';

export type CurrentUser = NonNullable<MeQuery['me']>;

interface SessionState {
  user: CurrentUser | null;
  loading: boolean;
  signIn: (payload: { token: string; expiresAt: string }) => Promise<void>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readStoredToken() !== null);
  const { data, loading } = useQuery(MeDocument, { skip: !hasToken, fetchPolicy: 'cache-first' });

  const signIn = useCallback(
    async (payload: { token: string; expiresAt: string }) => {
      storeSession(payload);
      // Everything cached so far was fetched anonymously (or as someone else).
      await client.clearStore();
      await client.query({ query: MeDocument, fetchPolicy: 'network-only' });
      setHasToken(true);
    },
    [client],
  );
  const signOut = useCallback(async () => {
    clearStoredSession();
    setHasToken(false);
    await client.clearStore();
  }, [client]);

  useEffect(() => {
    setSessionExpiredHandler(() => {
      setHasToken(false);
      void client.clearStore();
    });
  }, [client]);

  const value = useMemo<SessionState>(
    () => ({ user: hasToken ? (data?.me ?? null) : null, loading: hasToken && loading, signIn, signOut }),
    [data, loading, hasToken, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
