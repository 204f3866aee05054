import { lazy, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Spin } from 'antd';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { useSession, type CurrentUser } from './session';

// Ant Design's Result (with its illustrations, 10 kB gzip) stays out of the search page's first load.
const NotForYou = lazy(() => import('../components/NotForYou').then((m) => ({ default: m.NotForYou })));

/**
 * Pages of a signed-in user: anonymous visitors go to sign in and come back here afterwards. With `allow`, a page
 * for some accounts only (app/capabilities): anyone else is told why (`reason`) instead of meeting the API's refusal.
 */
export function RequireSession({
  children,
  allow,
  reason = 'notForYou',
}: {
  children: ReactNode;
  allow?: (user: CurrentUser) => boolean;
  reason?: MessageKey;
}) {
  const { user, loading, unavailable } = useSession();
  const { t } = useLanguage();
  const location = useLocation();
  if (loading) return <Spin aria-label={t('loading')} />;
  // The shell says the service is unavailable and is retrying; the user is not sent to sign in meanwhile.
  if (unavailable) return null;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (allow && !allow(user)) return <NotForYou reason={t(reason)} />;
  return <>{children}</>;
}
