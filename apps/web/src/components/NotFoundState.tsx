import { Result } from 'antd';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language';
import { usePageTitle } from './usePageTitle';

/** Nothing at this address (an unknown path, or an id the API does not know): said in the user's language, with the way back to search. */
export function NotFoundState() {
  const { t } = useLanguage();
  usePageTitle(t('notFound'));
  return (
    <Result
      status="404"
      title={<h1 className="page-title">{t('notFound')}</h1>}
      subTitle={t('notFoundHint')}
      extra={<Link to="/">{t('backToSearch')}</Link>}
    />
  );
}
