import { useState } from 'react';
import { Button, Descriptions, Empty, Form, Input, Select, Skeleton, Statistic, Tag, Timeline, message } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useFormErrors } from '../../components/FormErrors';
import { PageError } from '../../components/PageError';
import { formatDateTime, formatMonth } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import { usePageTitle } from '../../components/usePageTitle';
import {
  AuthorityPlatformDocument,
  DecidePlatformLevelDocument,
  EvaluationRoundsDocument,
  type LevelAction,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { ComplianceSummary } from '../console/ComplianceSummary';
import { useAuthorityScope } from './AuthorityLayout';
import { serviceMonths } from './service-months';

/** Drill-down to one platform: its open-access hours and trend, service figures, level and the decisions behind it. */
export default function AuthorityPlatformPage() {
  const { id = '' } = useParams();
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { decides } = useAuthorityScope();
  const [months] = useState(serviceMonths);
  const { data, error, refetch } = useQuery(AuthorityPlatformDocument, {
    variables: { id, from: months.from, to: months.to },
    fetchPolicy: 'cache-and-network',
    errorPolicy: 'all',
  });
  usePageTitle(data?.platform ? pick(data.platform.name, data.platform.nameEn) : w('authorityTitle'));
  if (error && !data?.platform) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!data?.platform) return <Skeleton active />;
  const { platform, platformLevelHistory: history, platformServiceFigures: figures, obligationTrend: trend } = data;
  const current = trend?.[trend.length - 1];
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/authority/compliance">{w('tabCompliance')}</Link>
      </p>
      <h2 className="page-subtitle">{pick(platform.name, platform.nameEn)}</h2>
      <section className="panel">
        <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
          <Descriptions.Item label={w('operator')}>
            {platform.organization ? pick(platform.organization.name, platform.organization.nameEn) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={w('location')}>
            {vocabulary.label('Province', platform.province)} {platform.city}
          </Descriptions.Item>
          <Descriptions.Item label={w('constructionMode')}>
            {vocabulary.label('ConstructionMode', platform.constructionMode)}
          </Descriptions.Item>
          <Descriptions.Item label={w('industryDirection')}>
            {vocabulary.label('IndustryDirection', platform.industryDirection)}
          </Descriptions.Item>
          <Descriptions.Item label={w('level')}>
            <Tag className="tag-info" data-testid="platform-level">
              {vocabulary.label('PlatformLevel', platform.level)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={w('platformStatus')}>
            <Tag className={statusClass(platform.status)}>{vocabulary.label('PlatformStatus', platform.status)}</Tag>
          </Descriptions.Item>
        </Descriptions>
      </section>
      <section className="panel" aria-labelledby="drill-obligation">
        <h2 id="drill-obligation" className="section-title">
          {w('obligationTitle')}
        </h2>
        {current && trend ? (
          <ComplianceSummary current={current} trend={trend} />
        ) : (
          <Empty description={w('noObligation')} />
        )}
      </section>
      {figures && (
        <section className="panel" aria-labelledby="drill-figures">
          <h2 id="drill-figures" className="section-title">
            {w('serviceFiguresMonths', {
              from: formatMonth(months.fromMonth, lang),
              to: formatMonth(months.lastMonth, lang),
            })}
          </h2>
          <div className="stats-row">
            <Statistic title={w('hoursPublished')} value={figures.hoursPublished} />
            <Statistic title={w('hoursBooked')} value={figures.hoursBooked} />
            <Statistic title={w('hoursDelivered')} value={figures.hoursDelivered} />
            <Statistic title={w('bookingsCompleted')} value={figures.bookingsCompleted} />
            <Statistic title={w('requestersServed')} value={figures.distinctRequestersServed} />
            <Statistic
              title={w('outsideShare')}
              value={
                figures.outsideDeliveredShare === null || figures.outsideDeliveredShare === undefined
                  ? '—'
                  : `${Math.round(figures.outsideDeliveredShare * 100)} %`
              }
            />
          </div>
          {/* Not the obligation's published hours above: another span, and blocked hours left out. */}
          <p className="muted" data-testid="figures-counted">
            {w('serviceFiguresCounted')}
          </p>
        </section>
      )}
      <section className="panel" aria-labelledby="drill-levels">
        <h2 id="drill-levels" className="section-title">
          {w('levelHistory')}
        </h2>
        {!history || history.length === 0 ? (
          <p className="muted">{w('noDecisions')}</p>
        ) : (
          <Timeline
            items={history.map((d) => ({
              key: d.id,
              content: (
                <div className="decision">
                  <strong>{vocabulary.label('LevelAction', d.action)}</strong>{' '}
                  <span className="muted">
                    {vocabulary.label('LevelStanding', d.fromStanding)} →{' '}
                    {vocabulary.label('LevelStanding', d.toStanding)} · {formatDateTime(d.decidedAt, lang)} ·{' '}
                    {d.authorityRegion === 'NATIONAL'
                      ? w('wholeCountry')
                      : vocabulary.label('Province', d.authorityRegion)}
                  </span>
                  <div>{d.reason}</div>
                  {d.evidence.length > 0 && (
                    <div className="muted">
                      {w('evidence')}: {d.evidence.join('；')}
                    </div>
                  )}
                </div>
              ),
            }))}
          />
        )}
        {decides && <DecideLevel platformId={platform.id} onDecided={() => void refetch()} />}
      </section>
    </article>
  );
}

interface DecisionValues {
  action: LevelAction;
  reason: string;
  evidence: string;
  evaluationRoundId?: string;
}

function DecideLevel({ platformId, onDecided }: { platformId: string; onDecided: () => void }) {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<DecisionValues>();
  const [messages, holder] = message.useMessage();
  const [decide, deciding] = useMutation(DecidePlatformLevelDocument);
  const rounds = useQuery(EvaluationRoundsDocument);
  const problems = useFormErrors(form, ['action', 'reason', 'evidence', 'evaluationRoundId']);
  const action = Form.useWatch('action', form);
  const recognising = action === 'RECOGNISE_PROVINCIAL' || action === 'RECOGNISE_NATIONAL';
  return (
    <div className="decide">
      {holder}
      <h3 className="subsection-title">{w('decideLevel')}</h3>
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          problems.clear();
          try {
            await decide({
              variables: {
                input: {
                  platformId,
                  action: values.action,
                  reason: values.reason,
                  evidence: values.evidence
                    .split(/\n+/)
                    .map((line) => line.trim())
                    .filter(Boolean),
                  evaluationRoundId: values.evaluationRoundId || undefined,
                },
              },
            });
            form.resetFields();
            void messages.success(w('decided'));
            onDecided();
          } catch (error) {
            problems.show(error);
          }
        }}
      >
        <Form.Item
          name="action"
          label={w('levelAction')}
          rules={[{ required: true, message: w('required', { field: w('levelAction') }) }]}
        >
          <Select options={vocabulary.options('LevelAction')} />
        </Form.Item>
        {recognising && (
          <Form.Item
            name="evaluationRoundId"
            label={w('basedOnRound')}
            rules={[{ required: true, message: w('required', { field: w('basedOnRound') }) }]}
          >
            <Select
              options={(rounds.data?.evaluationRounds.edges ?? [])
                .filter((e) => e.node.status === 'CLOSED')
                .map((e) => ({ value: e.node.id, label: e.node.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={w('decisionReason')}
          rules={[{ required: true, whitespace: true, message: w('required', { field: w('decisionReason') }) }]}
        >
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item
          name="evidence"
          label={w('evidence')}
          extra={w('evidenceHint')}
          rules={[{ required: true, whitespace: true, message: w('required', { field: w('evidence') }) }]}
        >
          <Input.TextArea rows={2} />
        </Form.Item>
        {problems.errors}
        <Button type="primary" htmlType="submit" loading={deciding.loading}>
          {w('recordDecision')}
        </Button>
      </Form>
    </div>
  );
}
