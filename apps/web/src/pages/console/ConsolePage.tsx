import { Button, Empty, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { NotForYou } from '../../components/NotForYou';
import { statusClass } from '../../components/statusClass';
import { usePageTitle } from '../../components/usePageTitle';
import { MyPlatformsDocument } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { isOperator } from '../../app/capabilities';

/** The operator's console: the platforms of the user's organization. */
export default function ConsolePage() {
  const { lang, pick } = useLanguage();
  const w = useWorkspaceText();
  usePageTitle(w('consoleTitle'));
  const vocabulary = useVocabulary();
  const navigate = useNavigate();
  const { user } = useSession();
  const organizationId = user?.organization?.id ?? '';
  const { data, error, loading, refetch } = useQuery(MyPlatformsDocument, {
    variables: { organizationId },
    skip: !organizationId,
    fetchPolicy: 'cache-and-network',
  });
  if (!user || !isOperator(user)) return <NotForYou reason={w('consoleOnly')} />;
  const rows = data?.platforms.edges.map((e) => e.node) ?? [];
  return (
    <>
      <div className="results-header">
        <h1 className="page-title">{w('consoleTitle')}</h1>
        {user.role !== 'MEMBER' && (
          <Button type="primary" onClick={() => navigate('/console/platforms/new')}>
            {w('newPlatform')}
          </Button>
        )}
      </div>
      <p className="muted">
        {w('consoleIntro', { organization: pick(user.organization?.name ?? '', user.organization?.nameEn) })}
      </p>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : (
        <Table
          rowKey="id"
          loading={loading && !data}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: <Empty description={w('noPlatforms')} /> }}
          columns={[
            {
              title: w('platformName'),
              render: (_, p) => <Link to={`/console/platforms/${p.id}`}>{pick(p.name, p.nameEn)}</Link>,
            },
            {
              title: w('platformStatus'),
              render: (_, p) => (
                <Tag className={statusClass(p.status)}>{vocabulary.label('PlatformStatus', p.status)}</Tag>
              ),
            },
            { title: w('level'), render: (_, p) => vocabulary.label('PlatformLevel', p.level) },
            {
              title: w('constructionMode'),
              render: (_, p) => vocabulary.label('ConstructionMode', p.constructionMode),
            },
            { title: w('location'), render: (_, p) => `${vocabulary.label('Province', p.province)} ${p.city}` },
            { title: w('offerings'), dataIndex: 'offeringCount' },
            { title: w('updatedAt'), render: (_, p) => formatDate(p.updatedAt, lang) },
          ]}
        />
      )}
    </>
  );
}
