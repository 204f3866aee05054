import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Spin } from 'antd';
import { useLanguage } from '../i18n/language';
import { useSession } from './session';

/** Pages of a signed-in user: anonymous visitors go to sign in and come back here afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const { t } = useLanguage();
  const location = useLocation();
  if (loading) return <Spin aria-label={t('loading')} />;
  if (!user) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  return <>{children}</>;
}
