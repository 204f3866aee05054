import { Result } from 'antd';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/language';

/** A page opened by an account it is not for (the API would refuse its data all the same): why, and a way out. */
export function NotForYou({ reason }: { reason: string }) {
  const { t } = useLanguage();
  return (
    <Result
      status="403"
      title={<h1 className="page-title">{t('notForYou')}</h1>}
      subTitle={reason}
      extra={<Link to="/">{t('backHome')}</Link>}
    />
  );
}
