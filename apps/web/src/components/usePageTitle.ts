import { useEffect } from 'react';
import { useLanguage } from '../i18n/language';

/** Each page names itself in the tab title (and for screen readers announcing the page change). */
export function usePageTitle(title: string | undefined): void {
  const { t } = useLanguage();
  useEffect(() => {
    document.title = title ? `${title} · ${t('appName')}` : t('appName');
  }, [title, t]);
}
