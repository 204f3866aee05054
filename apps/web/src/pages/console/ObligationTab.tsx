import { Descriptions, Empty, Skeleton } from 'antd';
import { useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../components/format';
import { PlatformObligationDocument } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { ComplianceSummary } from './ComplianceSummary';
import { usePlatformContext } from './PlatformConsole';

/** The open-access obligation: the promise in force, this period's hours and status, and the trend before it. */
export default function ObligationTab() {
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform } = usePlatformContext();
  const { data, error, loading, refetch } = useQuery(PlatformObligationDocument, {
    variables: { platformId: platform.id },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Skeleton active />;
  const obligation = data?.openAccessObligation;
  const trend = data?.obligationTrend ?? [];
  const current = trend[trend.length - 1];
  return (
    <section className="panel" aria-labelledby="obligation-heading">
      <h2 id="obligation-heading" className="section-title">
        {w('obligationTitle')}
      </h2>
      {!obligation || !current ? (
        <Empty description={w('noObligation')} />
      ) : (
        <>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={w('reference')}>{obligation.reference}</Descriptions.Item>
            <Descriptions.Item label={w('obligationPeriod')}>
              {vocabulary.label('ObligationPeriod', obligation.period)}
            </Descriptions.Item>
            <Descriptions.Item label={w('effectiveFrom')}>
              {formatDate(obligation.effectiveFrom, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={w('eligibleKinds')}>
              {obligation.eligibleRequesterKinds
                .map((k) => vocabulary.label('OrganizationKind', k))
                .join(w('listJoin'))}
            </Descriptions.Item>
          </Descriptions>
          <ComplianceSummary current={current} trend={trend} />
        </>
      )}
    </section>
  );
}
