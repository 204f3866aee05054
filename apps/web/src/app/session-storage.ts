/**
 * The session is the API's bearer token, kept in localStorage (see README, "Session security"): it survives a
 * reload and is shared by the app's tabs; it is never sent automatically, so no cross-site request can use it
 * (no CSRF), at the cost that script running in the page could read it — which the API's Content-Security-Policy
 * (scripts from this origin only) and React's escaping of all text are there to prevent.
 */
const KEY = 'pilotmatch.session';

interface StoredSession {
  token: string;
  expiresAt: string;
}

export function readStoredToken(): string | null {
  try {
    const raw = localStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as StoredSession;
    if (!session.token || Date.parse(session.expiresAt) <= Date.now()) {
      localStorage.removeItem(KEY);
      return null;
    }
    return session.token;
  } catch {
    return null;
  }
}

export function storeSession(session: StoredSession): void {
  localStorage.setItem(KEY, JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
}

export function clearStoredSession(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
