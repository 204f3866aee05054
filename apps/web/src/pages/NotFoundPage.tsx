import { Result } from 'antd';
import { Link } from 'react-router';
import { usePageTitle } from '../components/usePageTitle';
import { useLanguage } from '../i18n/language';

export default function NotFoundPage() {
  const { t } = useLanguage();
  usePageTitle(t('notFound'));
  return (
    <Result
      status="404"
      title={<h1 className="page-title">{t('notFound')}</h1>}
      extra={<Link to="/">{t('backToSearch')}</Link>}
    />
  );
}
