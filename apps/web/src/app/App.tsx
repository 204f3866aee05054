import { lazy } from 'react';
import { ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { BrowserRouter, Route, Routes } from 'react-router';
import { useLanguage } from '../i18n/language';
import { SearchPage } from '../pages/search/SearchPage';
import { AppShell } from './AppShell';
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

const signedIn = (page: JSX.Element) => <RequireSession>{page}</RequireSession>;

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
            <Route path="/bookings" element={signedIn(<BookingsPage />)} />
            <Route path="/bookings/:id" element={signedIn(<BookingPage />)} />
            <Route path="/notifications" element={signedIn(<NotificationsPage />)} />
            <Route path="/requests" element={signedIn(<RequestsPage />)} />
            <Route path="/requests/new" element={signedIn(<NewRequestPage />)} />
            <Route path="/requests/:id" element={signedIn(<RequestPage />)} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </ConfigProvider>
  );
}
