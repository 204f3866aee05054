import { Suspense } from 'react';
import { Badge, Button, Layout, Space, Spin } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useLanguage } from '../i18n/language';
import { useSession } from './session';
import { UnreadCountDocument } from '../gql/graphql';

function UnreadBadge() {
  const { t } = useLanguage();
  const { data } = useQuery(UnreadCountDocument, { pollInterval: 30_000 });
  const count = data?.unreadNotificationCount ?? 0;
  return (
    <NavLink to="/notifications" className="nav-link">
      {/* The badge is for the eye; screen readers get the same as one phrase. */}
      <span aria-hidden="true">
        <Badge count={count} size="small" offset={[8, -2]} color="#c41d7f">
          <span className="nav-text">{t('navNotifications')}</span>
        </Badge>
      </span>
      <span className="sr-only">{t('notificationsLink', { n: count })}</span>
    </NavLink>
  );
}

export function AppShell() {
  const { t, lang, setLang } = useLanguage();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <Layout className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header className="shell-header">
        <Link to="/" className="brand">
          PilotMatch <span className="brand-zh">中试平台撮合</span>
        </Link>
        <nav aria-label={lang === 'zh' ? '主导航' : 'Main'} className="shell-nav">
          <NavLink to="/" end className="nav-link">
            {t('navSearch')}
          </NavLink>
          {user && (
            <>
              <NavLink to="/bookings" className="nav-link">
                {t('navBookings')}
              </NavLink>
              <NavLink to="/requests" className="nav-link">
                {t('navRequests')}
              </NavLink>
              {user.organization && user.organization.kind !== 'GOVERNMENT' && (
                <NavLink to="/console" className="nav-link">
                  {t('navConsole')}
                </NavLink>
              )}
              {(user.siteAdmin || (user.organization?.kind === 'GOVERNMENT' && user.organization.verified)) && (
                <NavLink to={user.role === 'EXPERT' ? '/authority/rounds' : '/authority'} className="nav-link">
                  {user.role === 'EXPERT' ? t('navExpert') : t('navAuthority')}
                </NavLink>
              )}
              {user.siteAdmin && (
                <NavLink to="/admin" className="nav-link">
                  {t('navAdmin')}
                </NavLink>
              )}
              <UnreadBadge />
            </>
          )}
        </nav>
        <Space className="shell-actions" wrap>
          <Button
            type="text"
            className="lang-switch"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            aria-label={t('switchLanguageLabel')}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t('switchLanguage')}
          </Button>
          {user ? (
            <>
              <span className="user-name">{user.displayName}</span>
              <Button
                onClick={() => {
                  void signOut().then(() => navigate('/'));
                }}
              >
                {t('signOut')}
              </Button>
            </>
          ) : (
            <>
              <Link to="/login" className="nav-link">
                {t('signIn')}
              </Link>
              <Link to="/register" className="nav-link">
                {t('register')}
              </Link>
            </>
          )}
        </Space>
      </Layout.Header>
      <Layout.Content id="main" tabIndex={-1} className="shell-main">
        <Suspense fallback={<Spin aria-label={t('loading')} />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
    </Layout>
  );
}
