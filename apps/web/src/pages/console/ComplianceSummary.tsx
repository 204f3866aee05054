import { Alert, Descriptions, Table, Tag } from 'antd';
import { formatDate, formatDateTime } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import type { ComplianceFiguresFragment } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * What a status means for this period, in words: the hours still needed, what is left to book, and — for AT_RISK —
 * why the API expects the period to end short (computeCompliance: booked + what can still be booked at the pace so
 * far falls below the requirement, or enough is booked but not yet recorded as delivered).
 */
export function useStatusExplanation(): (c: ComplianceFiguresFragment) => string {
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  return (c) => {
    const values = {
      required: round1(c.requiredHours),
      booked: round1(c.openAccessBookedHours),
      delivered: round1(c.openAccessDeliveredHours),
      bookable: round1(c.openAccessBookableHours),
      missing: round1(Math.max(0, c.requiredHours - c.openAccessBookedHours)),
      shortfall: round1(c.shortfallHours),
      end: formatDate(c.period.end, lang),
      recordBy: formatDateTime(c.deliveryRecordingEndsAt, lang),
    };
    // MET counts delivered hours: booked ones that would meet it wait for the operator to record their delivery. A
    // requirement of 0 while nothing is published yet is not "enough booked": the status explains it.
    if (c.status !== 'MET' && c.requiredHours > 0 && c.openAccessBookedHours >= c.requiredHours)
      return w('explainAwaitingDelivery', values);
    switch (c.status) {
      case 'MET':
        return w('explainMet', values);
      case 'ON_TRACK':
        return w('explainOnTrack', values);
      case 'AT_RISK':
        return c.openAccessBookedHours + c.openAccessBookableHours < c.requiredHours
          ? w('explainAtRiskCapacity', values)
          : w('explainAtRiskPace', values);
      case 'BREACHED':
        return w('explainBreached', values);
    }
  };
}

/** One period's figures, its status explained, and the periods before it. */
export function ComplianceSummary({
  current,
  trend,
}: {
  current: ComplianceFiguresFragment;
  trend: readonly ComplianceFiguresFragment[];
}) {
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const explain = useStatusExplanation();
  const target =
    current.basis === 'SHARE_OF_PUBLISHED_HOURS'
      ? w('targetShare', { share: Math.round(current.target * 100) })
      : w('targetHours', { hours: current.target });
  const max = Math.max(1, ...trend.map((c) => Math.max(c.requiredHours, c.openAccessPublishedHours)));
  return (
    <>
      <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small" bordered>
        <Descriptions.Item label={w('period')}>
          {formatDate(current.period.start, lang)} –{' '}
          {formatDate(new Date(Date.parse(current.period.end) - 1).toISOString(), lang)}
        </Descriptions.Item>
        <Descriptions.Item label={w('target')}>{target}</Descriptions.Item>
        <Descriptions.Item label={w('complianceStatus')}>
          <Tag className={statusClass(current.status)} data-testid="compliance-status">
            {vocabulary.label('ComplianceStatus', current.status)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={w('requiredHours')}>{round1(current.requiredHours)}</Descriptions.Item>
        <Descriptions.Item label={w('publishedHours')}>{round1(current.publishedHours)}</Descriptions.Item>
        <Descriptions.Item label={w('blockedHours')}>
          <span data-testid="blocked-hours">{round1(current.blockedHours)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={w('removedHours')}>
          <span data-testid="removed-hours">{round1(current.removedHours)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={w('openAccessPublished')}>
          {round1(current.openAccessPublishedHours)}
        </Descriptions.Item>
        <Descriptions.Item label={w('bookedHours')}>{round1(current.openAccessBookedHours)}</Descriptions.Item>
        <Descriptions.Item label={w('deliveredHours')}>{round1(current.openAccessDeliveredHours)}</Descriptions.Item>
        <Descriptions.Item label={w('bookableHours')}>{round1(current.openAccessBookableHours)}</Descriptions.Item>
        <Descriptions.Item label={w('deliveryRecordingEndsAt')}>
          <span data-testid="delivery-recording-ends">{formatDateTime(current.deliveryRecordingEndsAt, lang)}</span>
        </Descriptions.Item>
      </Descriptions>
      {current.basis === 'SHARE_OF_PUBLISHED_HOURS' && (
        // The base of a share: what was published, whatever the operator blocked or removed afterwards.
        <p className="muted" style={{ marginTop: 8 }}>
          {w('publishedBase', { blocked: round1(current.blockedHours), removed: round1(current.removedHours) })}
        </p>
      )}
      <Alert
        style={{ marginTop: 12 }}
        type={
          current.status === 'MET'
            ? 'success'
            : current.status === 'ON_TRACK'
              ? 'info'
              : current.status === 'AT_RISK'
                ? 'warning'
                : 'error'
        }
        showIcon
        title={vocabulary.label('ComplianceStatus', current.status)}
        description={<span data-testid="status-explanation">{explain(current)}</span>}
      />
      <h3 className="subsection-title">{w('trend')}</h3>
      <Table
        rowKey={(c) => c.period.start}
        size="small"
        pagination={false}
        dataSource={[...trend]}
        columns={[
          { title: w('period'), render: (_, c) => formatDate(c.period.start, lang) },
          {
            title: w('hoursBar'),
            render: (_, c) => (
              <div className="trend-bars" aria-hidden="true">
                <span className="bar bar-required" style={{ width: `${(c.requiredHours / max) * 100}%` }} />
                <span className="bar bar-booked" style={{ width: `${(c.openAccessBookedHours / max) * 100}%` }} />
              </div>
            ),
          },
          { title: w('requiredHours'), render: (_, c) => round1(c.requiredHours) },
          { title: w('openAccessPublished'), render: (_, c) => round1(c.openAccessPublishedHours) },
          { title: w('bookedHours'), render: (_, c) => round1(c.openAccessBookedHours) },
          { title: w('deliveredHours'), render: (_, c) => round1(c.openAccessDeliveredHours) },
          {
            title: w('complianceStatus'),
            render: (_, c) => (
              <Tag className={statusClass(c.status)}>{vocabulary.label('ComplianceStatus', c.status)}</Tag>
            ),
          },
        ]}
      />
      <p className="muted trend-legend">
        <span className="bar bar-required legend-bar" aria-hidden="true" /> {w('requiredHours')}{' '}
        <span className="bar bar-booked legend-bar" aria-hidden="true" /> {w('bookedHours')}
      </p>
    </>
  );
}
