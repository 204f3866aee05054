import { Button, Empty, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { canPostPilotRequests } from '../../app/capabilities';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { statusClass } from '../../components/statusClass';
import { MyPilotRequestsDocument } from '../../gql/graphql';

export default function RequestsPage() {
  const { t, lang, pick } = useLanguage();
  usePageTitle(t('requestsTitle'));
  const vocabulary = useVocabulary();
  const navigate = useNavigate();
  const { user } = useSession();
  const { data, error, loading, refetch } = useQuery(MyPilotRequestsDocument, { fetchPolicy: 'cache-and-network' });
  const rows = data?.myPilotRequests.edges.map((e) => e.node) ?? [];
  return (
    <>
      <div className="results-header">
        <h1 className="page-title">{t('requestsTitle')}</h1>
        {canPostPilotRequests(user) && (
          <Button type="primary" onClick={() => navigate('/requests/new')}>
            {t('newRequest')}
          </Button>
        )}
      </div>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <Table
          rowKey="id"
          loading={loading && !data}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('noRequests')} /> }}
          columns={[
            { title: t('title'), render: (_, r) => <Link to={`/requests/${r.id}`}>{pick(r.title, r.titleEn)}</Link> },
            { title: t('requestKind'), render: (_, r) => vocabulary.label('PilotRequestKind', r.kind) },
            {
              title: t('requestStatus'),
              render: (_, r) => (
                <Tag className={statusClass(r.status)}>{vocabulary.label('PilotRequestStatus', r.status)}</Tag>
              ),
            },
            {
              title: t('windowRange'),
              render: (_, r) => `${formatDate(r.windowFrom, lang)} – ${formatDate(r.windowTo, lang)}`,
            },
            {
              title: t('proposals'),
              render: (_, r) => r.proposals.filter((p) => p.status === 'SUBMITTED').length || '—',
            },
          ]}
        />
      )}
    </>
  );
}
