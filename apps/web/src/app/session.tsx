import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
  /**
   * A stored session could not be checked because the API failed (`me` answered SERVICE_UNAVAILABLE during a database
   * outage, or the API could not be reached): the session is kept and checked again with backoff until it answers.
   * Only a token the API refuses signs the user out.
   */
  unavailable: boolean;
  signIn: (payload: { token: string; expiresAt: string }) => Promise<void>;
  /** The same user signed in again after `expired`: nothing cached or shown is reset. */
  resume: (payload: { token: string; expiresAt: string }) => void;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState | null>(null);

/** How long before the next check of a session the API could not check: 1, 2, 4, 8, 16 s, then every 30 s. */
const retryDelayMs = (attempt: number): number => Math.min(1000 * 2 ** attempt, 30_000);

/**
 * Checks the stored session again, with backoff, while `failing`; stops once it answers (or is signed out). Each
 * attempt waits for the previous one, so a slow API is never asked twice at once.
 */
function useRetryWhile(failing: boolean, retry: () => Promise<unknown>): void {
  // The latest function, read when it is time: a new one on a render does not start the backoff again.
  const latest = useRef(retry);
  useEffect(() => {
    latest.current = retry;
  }, [retry]);
  useEffect(() => {
    if (!failing) return;
    let attempt = 0;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer = setTimeout(() => {
        void latest
          .current()
          .catch(() => undefined)
          .then(() => {
            attempt += 1;
            if (!stopped) schedule();
          });
      }, retryDelayMs(attempt));
    };
    schedule();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [failing]);
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [hasToken, setHasToken] = useState(() => readStoredToken() !== null);
  const [expired, setExpired] = useState(false);
  const { data, loading, error, refetch } = useQuery(MeDocument, { skip: !hasToken, fetchPolicy: 'cache-first' });
  const known = Boolean(hasToken && data?.me);
  // A refused token never gets here (the error link forgets it and hasToken turns false); any other failure of `me`
  // is the API's, not the session's. Known at the render that shows the failure (a redirect to sign in would
  // otherwise run first), and kept while a retry is in flight, so the page does not flicker.
  const [failedBefore, setFailedBefore] = useState(false);
  const unavailable = hasToken && !data?.me && (error !== undefined || (failedBefore && !data));
  // Adjusted while rendering (React's pattern for state that follows other state), not in an effect.
  if (failedBefore !== unavailable) setFailedBefore(unavailable);
  useRetryWhile(unavailable, refetch);

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
      loading: hasToken && loading && !unavailable,
      expired,
      unavailable,
      signIn,
      resume,
      signOut,
    }),
    [data, loading, hasToken, expired, unavailable, signIn, resume, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}
