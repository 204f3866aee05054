import { useState } from 'react';
import { Empty, Skeleton, Table, Tag } from 'antd';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { statusClass } from '../../components/statusClass';
import { ComplianceReportDocument } from '../../gql-workspace/graphql';
import { useVocabulary } from '../../i18n/vocabulary';
import { useLanguage } from '../../i18n/language';
import { useWorkspaceText } from '../../i18n/workspace';
import { useStatusExplanation } from '../console/ComplianceSummary';
import { ProvinceRequired, useAuthorityScope } from './AuthorityLayout';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The province's compliance report: every obligated platform's status now, and those that carry none. */
export default function ComplianceTab() {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const explain = useStatusExplanation();
  const { province } = useAuthorityScope();
  const [now] = useState(() => new Date().toISOString());
  const { data, error, refetch } = useQuery(ComplianceReportDocument, {
    variables: { province: province ?? '', periodStart: now },
    skip: !province,
    fetchPolicy: 'cache-and-network',
  });
  if (!province) return <ProvinceRequired />;
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const report = data?.complianceReport;
  if (!report) return <Skeleton active />;
  const order = { BREACHED: 0, AT_RISK: 1, ON_TRACK: 2, MET: 3 } as const;
  const entries = [...report.entries].sort((a, b) => order[a.compliance.status] - order[b.compliance.status]);
  const counts = Object.keys(order).map((status) => ({
    status,
    n: entries.filter((e) => e.compliance.status === status).length,
  }));
  return (
    <>
      <section className="panel" aria-labelledby="compliance-heading">
        <h2 id="compliance-heading" className="section-title">
          {w('complianceReport', { province: vocabulary.label('Province', report.province) })}
        </h2>
        <p>
          {counts.map(({ status, n }) => (
            <Tag key={status} className={statusClass(status)}>
              {vocabulary.label('ComplianceStatus', status)} {n}
            </Tag>
          ))}
        </p>
        <Table
          rowKey="platformId"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={entries}
          locale={{ emptyText: <Empty description={w('noObligatedPlatforms')} /> }}
          expandable={{
            expandedRowRender: (e) => <p className="muted">{explain(e.compliance)}</p>,
            expandRowByClick: false,
          }}
          columns={[
            {
              title: w('platformName'),
              render: (_, e) => (
                <Link to={`/authority/platforms/${e.platformId}`}>{pick(e.platformName, e.platformNameEn)}</Link>
              ),
            },
            {
              title: w('constructionMode'),
              render: (_, e) => vocabulary.label('ConstructionMode', e.constructionMode),
            },
            {
              title: w('complianceStatus'),
              render: (_, e) => (
                <Tag className={statusClass(e.compliance.status)}>
                  {vocabulary.label('ComplianceStatus', e.compliance.status)}
                </Tag>
              ),
            },
            { title: w('requiredHours'), render: (_, e) => round1(e.compliance.requiredHours) },
            { title: w('openAccessPublished'), render: (_, e) => round1(e.compliance.openAccessPublishedHours) },
            { title: w('bookedHours'), render: (_, e) => round1(e.compliance.openAccessBookedHours) },
            { title: w('deliveredHours'), render: (_, e) => round1(e.compliance.openAccessDeliveredHours) },
          ]}
        />
      </section>
      <section className="panel" aria-labelledby="unobligated-heading">
        <h2 id="unobligated-heading" className="section-title">
          {w('withoutObligation')}
        </h2>
        <p className="muted">{w('withoutObligationHint')}</p>
        {report.platformsWithoutObligation.length === 0 ? (
          <Empty description={w('noneMissing')} />
        ) : (
          <ul>
            {report.platformsWithoutObligation.map((p) => (
              <li key={p.platformId}>
                <Link to={`/authority/platforms/${p.platformId}`}>{pick(p.platformName, p.platformNameEn)}</Link>{' '}
                <span className="muted">{vocabulary.label('ConstructionMode', p.constructionMode)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
