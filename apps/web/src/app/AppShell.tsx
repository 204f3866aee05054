import { Suspense, useEffect, useRef } from 'react';
import { Alert, Badge, Button, Layout, Space, Spin } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLanguage } from '../i18n/language';
import { useSession } from './session';
import { OperatedPlatformsDocument, UnreadCountDocument } from '../gql/graphql';
import { SessionExpiredDialog } from './SessionExpiredDialog';
import { canWrite, isAuthorityUser, isExpert, isOperator, usesBookings, usesPilotRequests } from './capabilities';
import type { CurrentUser } from './session';

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

/** Whether the user's organization operates a platform; undefined while that is not known yet. */
function useOperatesPlatforms(user: CurrentUser): boolean | undefined {
  const organizationId = user.organization?.id ?? '';
  const { data } = useQuery(OperatedPlatformsDocument, {
    variables: { organizationId },
    skip: !isOperator(user),
  });
  if (!isOperator(user)) return false;
  return data ? data.platforms.totalCount > 0 : undefined;
}

/**
 * The pages this person can use, by organization kind and role (app/capabilities): requesters get bookings and pilot
 * requests, organizations that run platforms the console, authorities their dashboard, experts their reviews, site
 * admins theirs. No link leads to a page that would only turn the user away.
 */
function RoleNavigation({ user }: { user: CurrentUser }) {
  const { t } = useLanguage();
  const operates = useOperatesPlatforms(user);
  return (
    <>
      {usesBookings(user) && (
        <NavLink to="/bookings" className="nav-link">
          {t('navBookings')}
        </NavLink>
      )}
      {usesPilotRequests(user) && (
        <NavLink to="/requests" className="nav-link">
          {t('navRequests')}
        </NavLink>
      )}
      {operates && (
        <NavLink to="/console" className="nav-link">
          {t('navConsole')}
        </NavLink>
      )}
      {isAuthorityUser(user) && (
        <NavLink to={isExpert(user) ? '/authority/rounds' : '/authority'} className="nav-link">
          {isExpert(user) ? t('navExpert') : t('navAuthority')}
        </NavLink>
      )}
      {user.siteAdmin && (
        <NavLink to="/admin" className="nav-link">
          {t('navAdmin')}
        </NavLink>
      )}
    </>
  );
}

/** An organization that could run platforms but runs none yet: its owner or admins are invited to list one. */
function ListYourPlatform({ user }: { user: CurrentUser }) {
  const { t } = useLanguage();
  const operates = useOperatesPlatforms(user);
  if (operates !== false || !isOperator(user) || !canWrite(user)) return null;
  return (
    <Layout.Footer className="shell-footer">
      <Link to="/console/platforms/new">{t('listYourPlatform')}</Link>
    </Layout.Footer>
  );
}

/**
 * After a move to another page, keyboard focus would sit on the body (the link or button that was used is gone), and
 * the next Tab would start from the top of the document: it goes to the page's content instead, as the skip link
 * does. Focus that is still on something (a console tab, the search box) stays where the user put it.
 */
function useFocusAfterNavigation(): void {
  const { pathname } = useLocation();
  const landed = useRef(pathname);
  useEffect(() => {
    // The page the visitor arrived on starts at the top, skip link first.
    if (landed.current === pathname) return;
    landed.current = '';
    const focused = document.activeElement;
    if (focused && focused !== document.body && focused.isConnected) return;
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [pathname]);
}

export function AppShell() {
  const { t, lang, setLang } = useLanguage();
  const { user, loading, unavailable, signOut } = useSession();
  const navigate = useNavigate();
  useFocusAfterNavigation();
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
              <RoleNavigation user={user} />
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
          ) : loading || unavailable ? null : (
            // While a stored session is being checked the user is neither shown signed in nor signed out.
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
        {unavailable && (
          <Alert
            type="warning"
            showIcon
            role="status"
            title={t('sessionUnavailableTitle')}
            description={t('sessionUnavailableBody')}
            style={{ marginBottom: 16 }}
          />
        )}
        <Suspense fallback={<Spin aria-label={t('loading')} />}>
          <Outlet />
        </Suspense>
      </Layout.Content>
      {user && <ListYourPlatform user={user} />}
      <SessionExpiredDialog />
    </Layout>
  );
}
