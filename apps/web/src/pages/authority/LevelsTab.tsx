import { Empty, Segmented, Skeleton, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RegionPlatformsDocument, type PlatformLevel } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { useAuthorityScope } from './AuthorityLayout';

const LEVELS: PlatformLevel[] = ['CULTIVATION', 'PROVINCIAL', 'NATIONAL', 'NONE'];

/** The cultivation pool and the recognised platforms of the jurisdiction; a platform's page holds its decisions. */
export default function LevelsTab() {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { province } = useAuthorityScope();
  const [params, setParams] = useSearchParams();
  const level = (params.get('level') as PlatformLevel | null) ?? 'CULTIVATION';
  const { data, error, refetch } = useQuery(RegionPlatformsDocument, {
    variables: { provinces: province ? [province] : null, levels: [level] },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <section className="panel" aria-labelledby="levels-heading">
      <h2 id="levels-heading" className="section-title">
        {level === 'CULTIVATION' ? w('cultivationPool') : w('platformsByLevel')}
      </h2>
      <Segmented<PlatformLevel>
        aria-label={w('showByLevel')}
        value={level}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          next.set('level', value);
          setParams(next, { replace: true });
        }}
        options={LEVELS.map((l) => ({ value: l, label: vocabulary.label('PlatformLevel', l) }))}
        style={{ marginBottom: 12 }}
      />
      {!data ? (
        <Skeleton active />
      ) : (
        <Table
          rowKey="id"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={data.platforms.edges.map((e) => e.node)}
          locale={{
            emptyText: (
              <Empty
                description={
                  province
                    ? w('noPlatformsAtLevel', {
                        level: vocabulary.phrase('PlatformLevel', level),
                        region: vocabulary.label('Province', province),
                      })
                    : w('noPlatformsAtLevelNationally', { level: vocabulary.phrase('PlatformLevel', level) })
                }
              />
            ),
          }}
          footer={() => w('shownOf', { shown: data.platforms.edges.length, total: data.platforms.totalCount })}
          columns={[
            {
              title: w('platformName'),
              render: (_, p) => <Link to={`/authority/platforms/${p.id}`}>{pick(p.name, p.nameEn)}</Link>,
            },
            {
              title: w('operator'),
              render: (_, p) => (p.organization ? pick(p.organization.name, p.organization.nameEn) : ''),
            },
            { title: w('location'), render: (_, p) => `${vocabulary.label('Province', p.province)} ${p.city}` },
            {
              title: w('constructionMode'),
              render: (_, p) => vocabulary.label('ConstructionMode', p.constructionMode),
            },
            {
              title: w('level'),
              render: (_, p) => <Tag className="tag-info">{vocabulary.label('PlatformLevel', p.level)}</Tag>,
            },
          ]}
        />
      )}
    </section>
  );
}
