import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';

/** What a page that sends the user on asks the next page to say once: `navigate(to, { state: arrivalNotice(…) })`. */
export type ArrivalNotice = 'bookingSent' | 'requestCreated';

export const arrivalNotice = (notice: ArrivalNotice) => ({ notice });

/**
 * Whether this page was reached with `notice`. Read once, then dropped from the history entry: the browser keeps an
 * entry's state across a reload and a return by Back, and the notice is news only on arrival.
 */
export function useArrivalNotice(notice: ArrivalNotice): boolean {
  const location = useLocation();
  const navigate = useNavigate();
  const [arrived] = useState(() => (location.state as { notice?: string } | null)?.notice === notice);
  const stillInHistory = arrived && location.state !== null;
  const { pathname, search, hash } = location;
  useEffect(() => {
    if (stillInHistory) void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [stillInHistory, navigate, pathname, search, hash]);
  return arrived;
}
