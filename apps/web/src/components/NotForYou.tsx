import { Result } from 'antd';
import { Link } from 'react-router';
import { useWorkspaceText } from '../i18n/workspace';

/** A workspace page opened by an account it is not for (the API would refuse its data all the same). */
export function NotForYou({ reason }: { reason: string }) {
  const w = useWorkspaceText();
  return (
    <Result
      status="403"
      title={<h1 className="page-title">{w('notForYou')}</h1>}
      subTitle={reason}
      extra={<Link to="/">{w('backHome')}</Link>}
    />
  );
}
