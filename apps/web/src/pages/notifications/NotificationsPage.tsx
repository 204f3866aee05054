import { Badge, Button, Empty, List, Skeleton } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { isAuthorityUser, isOperator, usesBookings, usesPilotRequests } from '../../app/capabilities';
import { useSession, type CurrentUser } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { MarkReadDocument, NotificationsDocument, UnreadCountDocument } from '../../gql/graphql';

/**
 * Where a notification leads, for this reader: its booking; proposals in the pilot requests of a requester or the
 * console of an operator; an authority's evaluations; an obligation in the console or the compliance report.
 */
function linkOf(kind: string, subjectId: string | null | undefined, user: CurrentUser | null): string | null {
  if (!subjectId) return null;
  if (kind.startsWith('booking.')) return usesBookings(user) ? `/bookings/${subjectId}` : null;
  if (kind.startsWith('proposal.')) return usesPilotRequests(user) ? '/requests' : isOperator(user) ? '/console' : null;
  if (kind.startsWith('evaluation.')) return isAuthorityUser(user) ? '/authority/rounds' : null;
  if (kind.startsWith('obligation.')) {
    return isOperator(user) ? '/console' : isAuthorityUser(user) ? '/authority/compliance' : null;
  }
  return null;
}

export default function NotificationsPage() {
  const { t, lang } = useLanguage();
  const { user } = useSession();
  usePageTitle(t('notificationsTitle'));
  const { data, error, loading, refetch } = useQuery(NotificationsDocument, { fetchPolicy: 'cache-and-network' });
  const [markRead, marking] = useMutation(MarkReadDocument, {
    refetchQueries: [NotificationsDocument, UnreadCountDocument],
    awaitRefetchQueries: true,
  });
  const items = data?.notifications.edges.map((e) => e.node) ?? [];
  const unread = items.filter((n) => !n.readAt).length;

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <>
      <h1 className="page-title">{t('notificationsTitle')}</h1>
      <p aria-live="polite">
        {t('unreadCount', { n: unread })}{' '}
        {unread > 0 && (
          <Button size="small" loading={marking.loading} onClick={() => void markRead({ variables: { ids: null } })}>
            {t('markAllRead')}
          </Button>
        )}
      </p>
      {loading && !data ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty description={t('noNotifications')} />
      ) : (
        <List
          className="panel"
          dataSource={items}
          renderItem={(n) => {
            const link = linkOf(n.kind, n.subjectId, user);
            const title = n.title[lang];
            return (
              <List.Item
                actions={
                  n.readAt
                    ? []
                    : [
                        <Button
                          key="read"
                          size="small"
                          type="link"
                          onClick={() => void markRead({ variables: { ids: [n.id] } })}
                        >
                          {t('markRead')}
                        </Button>,
                      ]
                }
              >
                <List.Item.Meta
                  title={
                    <>
                      {!n.readAt && <Badge status="processing" text={<span className="muted">{t('unread')}</span>} />}{' '}
                      {link ? <Link to={link}>{title}</Link> : title}
                    </>
                  }
                  description={
                    <>
                      <div style={{ color: 'rgba(0,0,0,0.78)' }}>{n.body[lang]}</div>
                      <div className="muted">{formatDateTime(n.createdAt, lang)}</div>
                    </>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </>
  );
}
