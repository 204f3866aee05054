import { useState } from 'react';
import { InputNumber, Skeleton, Table } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, shanghai } from '../../components/format';
import { RecommendationSummaryDocument } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { ProvinceRequired, useAuthorityScope } from './AuthorityLayout';

/** The recommendation summary table (附件3) of the province for a year, on screen and as XLSX (a signed link). */
export default function DownloadsTab() {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { province } = useAuthorityScope();
  // Years are Shanghai's calendar years, as the API reports them.
  const [thisYear] = useState(() => shanghai(new Date()).year());
  const [year, setYear] = useState(thisYear - 1);
  const { data, error, refetch } = useQuery(RecommendationSummaryDocument, {
    variables: { province: province ?? '', year },
    skip: !province,
    fetchPolicy: 'network-only',
  });
  if (!province) return <ProvinceRequired />;
  const summary = data?.recommendationSummary;
  return (
    <section className="panel" aria-labelledby="downloads-heading">
      <h2 id="downloads-heading" className="section-title">
        {w('recommendationSummary')}
      </h2>
      <p>
        <label htmlFor="summary-year" className="muted" style={{ marginRight: 8 }}>
          {w('year')}
        </label>
        <InputNumber id="summary-year" min={2024} max={thisYear} value={year} onChange={(v) => v && setYear(v)} />
      </p>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!summary ? (
        !error && <Skeleton active />
      ) : (
        <>
          <p>
            <a href={summary.download.url} download data-testid="summary-download">
              {w('downloadXlsx')}
            </a>{' '}
            <span className="muted">
              {w('linkExpires', { time: formatDateTime(summary.download.expiresAt, lang) })}
            </span>
          </p>
          <Table
            rowKey="platformId"
            size="small"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            dataSource={summary.rows}
            columns={[
              {
                title: w('platformName'),
                render: (_, r) => (
                  <Link to={`/authority/platforms/${r.platformId}`}>{pick(r.platformName, r.platformNameEn)}</Link>
                ),
              },
              { title: w('operator'), dataIndex: 'operatorName' },
              { title: w('level'), render: (_, r) => vocabulary.label('PlatformLevel', r.level) },
              { title: w('standing'), render: (_, r) => vocabulary.label('LevelStanding', r.standing) },
              {
                title: w('constructionMode'),
                render: (_, r) => vocabulary.label('ConstructionMode', r.constructionMode),
              },
              { title: w('latestTotal'), render: (_, r) => r.latestEvaluationTotal?.toFixed(1) ?? '—' },
              { title: w('hoursDelivered'), render: (_, r) => r.serviceFigures.hoursDelivered },
            ]}
          />
        </>
      )}
    </section>
  );
}
