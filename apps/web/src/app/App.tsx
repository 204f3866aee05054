import { lazy, Suspense } from 'react';
import { ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useLanguage } from '../i18n/language';
import { SearchPage } from '../pages/search/SearchPage';
import { AppShell } from './AppShell';
import { canPostPilotRequests, usesBookings, usesPilotRequests } from './capabilities';
import { RequireSession } from './RequireSession';
import { theme } from './theme';

// The search page is the front door and ships in the first load; every other page is its own chunk.
const OfferingPage = lazy(() => import('../pages/offering/OfferingPage'));
const LoginPage = lazy(() => import('../pages/account/LoginPage'));
const RegisterPage = lazy(() => import('../pages/account/RegisterPage'));
const BookingsPage = lazy(() => import('../pages/bookings/BookingsPage'));
const BookingPage = lazy(() => import('../pages/bookings/BookingPage'));
const NotificationsPage = lazy(() => import('../pages/notifications/NotificationsPage'));
const RequestsPage = lazy(() => import('../pages/requests/RequestsPage'));
const NewRequestPage = lazy(() => import('../pages/requests/NewRequestPage'));
const RequestPage = lazy(() => import('../pages/requests/RequestPage'));
const NotFoundPage = lazy(() => import('../pages/NotFoundPage'));
// The operator's console, the authorities' dashboard and the site admin's page: each tab a chunk of its own (the
// calendar carries FullCalendar, the dashboard ECharts), none in the search page's first load.
const ConsolePage = lazy(() => import('../pages/console/ConsolePage'));
const NewPlatformPage = lazy(() => import('../pages/console/NewPlatformPage'));
const PlatformConsole = lazy(() => import('../pages/console/PlatformConsole'));
const OverviewTab = lazy(() => import('../pages/console/OverviewTab'));
const CatalogTab = lazy(() => import('../pages/console/CatalogTab'));
const CalendarTab = lazy(() => import('../pages/console/CalendarTab'));
const InboxTab = lazy(() => import('../pages/console/InboxTab'));
const RequestsTab = lazy(() => import('../pages/console/RequestsTab'));
const ObligationTab = lazy(() => import('../pages/console/ObligationTab'));
const AuthorityLayout = lazy(() => import('../pages/authority/AuthorityLayout'));
const DashboardTab = lazy(() => import('../pages/authority/DashboardTab'));
const ComplianceTab = lazy(() => import('../pages/authority/ComplianceTab'));
const LevelsTab = lazy(() => import('../pages/authority/LevelsTab'));
const RoundsTab = lazy(() => import('../pages/authority/RoundsTab'));
const RoundPage = lazy(() => import('../pages/authority/RoundPage'));
const DownloadsTab = lazy(() => import('../pages/authority/DownloadsTab'));
const AuthorityPlatformPage = lazy(() => import('../pages/authority/AuthorityPlatformPage'));
const AdminPage = lazy(() => import('../pages/admin/AdminPage'));

const signedIn = (page: JSX.Element) => <RequireSession>{page}</RequireSession>;
const forBookers = (page: JSX.Element) => (
  <RequireSession allow={usesBookings} reason="bookingsOnly">
    {page}
  </RequireSession>
);
const forRequesters = (page: JSX.Element) => (
  <RequireSession allow={usesPilotRequests} reason="requestsOnly">
    {page}
  </RequireSession>
);

/** A tab loads below its layout: the layout's heading and tabs stay while the tab's chunk arrives. */
function Tab({ page }: { page: JSX.Element }) {
  return <Suspense fallback={<Spin />}>{page}</Suspense>;
}

export function App() {
  const { lang } = useLanguage();
  return (
    <ConfigProvider locale={lang === 'zh' ? zhCN : enUS} theme={theme} button={{ autoInsertSpace: false }}>
      {/* Declarative routing: the data-router APIs (loaders, actions) are not used, and not shipped. */}
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell />}>
            <Route path="/" element={<SearchPage />} />
            <Route path="/offerings/:id" element={<OfferingPage />} />
            <Route path="/login" element={<LoginPage />} />
            <Route path="/register" element={<RegisterPage />} />
            <Route path="/bookings" element={forBookers(<BookingsPage />)} />
            <Route path="/bookings/:id" element={forBookers(<BookingPage />)} />
            <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
            <Route path="/requests" element={forRequesters(<RequestsPage />)} />
            <Route
              path="/requests/new"
              element={
                <RequireSession allow={canPostPilotRequests} reason="requestWritersOnly">
                  <NewRequestPage />
                </RequireSession>
              }
            />
            <Route path="/requests/:id" element={forRequesters(<RequestPage />)} />
            <Route path="/console" element={signedIn(<ConsolePage />)} />
            <Route path="/console/platforms/new" element={signedIn(<NewPlatformPage />)} />
            <Route path="/console/platforms/:id" element={signedIn(<PlatformConsole />)}>
              <Route index element={<Tab page={<OverviewTab />} />} />
              <Route path="catalog" element={<Tab page={<CatalogTab />} />} />
              <Route path="calendar" element={<Tab page={<CalendarTab />} />} />
              <Route path="inbox" element={<Tab page={<InboxTab />} />} />
              <Route path="requests" element={<Tab page={<RequestsTab />} />} />
              <Route path="obligation" element={<Tab page={<ObligationTab />} />} />
            </Route>
            <Route path="/authority" element={signedIn(<AuthorityLayout />)}>
              <Route index element={<Tab page={<DashboardTab />} />} />
              <Route path="compliance" element={<Tab page={<ComplianceTab />} />} />
              <Route path="levels" element={<Tab page={<LevelsTab />} />} />
              <Route path="rounds" element={<Tab page={<RoundsTab />} />} />
              <Route path="rounds/:id" element={<Tab page={<RoundPage />} />} />
              <Route path="downloads" element={<Tab page={<DownloadsTab />} />} />
              <Route path="platforms/:id" element={<Tab page={<AuthorityPlatformPage />} />} />
            </Route>
            <Route path="/admin" element={signedIn(<AdminPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  );
}
