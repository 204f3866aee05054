import { useState } from 'react';
import { Button, Descriptions, Form, Input, InputNumber, Popconfirm, Skeleton, Table, Tag, message } from 'antd';
import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/FormErrors';
import { PageError } from '../../components/PageError';
import { formatDate, formatDateTime } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import { usePageTitle } from '../../components/usePageTitle';
import {
  CloseEvaluationRoundDocument,
  EvaluationRoundDocument,
  RoundReportLinkDocument,
  SubmitEvaluationScoresDocument,
  type EvaluationDimension,
  type EvaluationRoundQuery,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { useAuthorityScope } from './AuthorityLayout';

type RoundPlatform = EvaluationRoundQuery['evaluationRound']['platforms'][number];
const DIMENSIONS: EvaluationDimension[] = [
  'POSITIONING',
  'CAPABILITY',
  'TECHNOLOGY',
  'SERVICE_RESULTS',
  'OPERATING_MECHANISM',
];

/** A round: its platforms with the experts' sheets and, once closed, totals and ranks; experts score here. */
export default function RoundPage() {
  const { id = '' } = useParams();
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const { expert, decides, user } = useAuthorityScope();
  const { data, error, refetch } = useQuery(EvaluationRoundDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const [close, closing] = useMutation(CloseEvaluationRoundDocument);
  const [fetchLink, link] = useLazyQuery(RoundReportLinkDocument, { fetchPolicy: 'network-only' });
  usePageTitle(data?.evaluationRound.name ?? w('evaluationRounds'));
  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  const round = data?.evaluationRound;
  if (!round) return <Skeleton active />;
  const platforms = [...round.platforms].sort((a, b) => (a.result?.rank ?? 1e9) - (b.result?.rank ?? 1e9));
  return (
    <article>
      <p className="breadcrumb">
        <Link to="/authority/rounds">{w('tabRounds')}</Link>
      </p>
      <h2 className="page-subtitle">{round.name}</h2>
      <section className="panel">
        <Descriptions column={{ xs: 1, sm: 2, lg: 4 }} size="small">
          <Descriptions.Item label={w('roundStatus')}>
            <Tag className={statusClass(round.status)} data-testid="round-status">
              {vocabulary.label('EvaluationRoundStatus', round.status)}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={w('scope')}>
            {round.scope === 'NATIONAL' ? w('wholeCountry') : vocabulary.label('Province', round.scope)}
          </Descriptions.Item>
          <Descriptions.Item label={w('evaluatedPeriod')}>
            {formatDate(round.periodStart, lang)} –{' '}
            {formatDate(new Date(Date.parse(round.periodEnd) - 1).toISOString(), lang)}
          </Descriptions.Item>
          <Descriptions.Item label={w('weights')}>
            {round.weights
              .map((d) => `${vocabulary.label('EvaluationDimension', d.dimension)} ${d.weight}`)
              .join(' · ')}
          </Descriptions.Item>
        </Descriptions>
        {!expert && (
          <div className="round-actions">
            {decides && round.status === 'OPEN' && (
              <Popconfirm
                title={w('closeRoundConfirm')}
                okText={w('closeRound')}
                cancelText={w('cancel')}
                onConfirm={async () => {
                  try {
                    await close({ variables: { id: round.id } });
                    void refetch();
                  } catch {
                    // Shown below (CONFLICT names the unscored platforms).
                  }
                }}
              >
                <Button type="primary" loading={closing.loading}>
                  {w('closeRound')}
                </Button>
              </Popconfirm>
            )}
            <Button onClick={() => void fetchLink({ variables: { id: round.id } })} loading={link.loading}>
              {w('prepareDownload')}
            </Button>
            {link.data && (
              <a href={link.data.evaluationRoundReport.download.url} download>
                {w('downloadXlsx')} (
                {w('linkExpires', { time: formatDateTime(link.data.evaluationRoundReport.download.expiresAt, lang) })})
              </a>
            )}
          </div>
        )}
        {closing.error && <ErrorAlert error={closing.error} />}
        {link.error && <ErrorAlert error={link.error} />}
      </section>
      <section className="panel" aria-labelledby="round-platforms">
        <h2 id="round-platforms" className="section-title">
          {w('roundPlatforms')}
        </h2>
        <Table
          rowKey="platformId"
          size="small"
          pagination={false}
          dataSource={platforms}
          columns={[
            { title: w('rank'), render: (_, p) => p.result?.rank ?? '—' },
            {
              title: w('platformName'),
              render: (_, p) => <Link to={`/authority/platforms/${p.platformId}`}>{p.platformName}</Link>,
            },
            { title: w('province'), render: (_, p) => vocabulary.label('Province', p.province) },
            {
              title: w('sheetsIn'),
              render: (_, p) =>
                p.result ? `${p.result.experts} / ${p.expertIds.length}` : `— / ${p.expertIds.length}`,
            },
            { title: w('total'), render: (_, p) => (p.result ? p.result.total.toFixed(1) : '—') },
            ...DIMENSIONS.map((d) => ({
              title: vocabulary.label('EvaluationDimension', d),
              render: (_: unknown, p: RoundPlatform) => {
                const mean = p.result?.dimensionMeans.find((m) => m.dimension === d)?.mean;
                return mean === undefined ? '—' : mean.toFixed(1);
              },
            })),
          ]}
        />
      </section>
      {expert && round.status === 'OPEN' && (
        <section className="panel" aria-labelledby="score-heading">
          <h2 id="score-heading" className="section-title">
            {w('yourScores')}
          </h2>
          {platforms
            .filter((p) => p.expertIds.includes(user.id))
            .map((p) => (
              <ScoreForm key={p.platformId} roundId={round.id} platform={p} onSaved={() => void refetch()} />
            ))}
        </section>
      )}
    </article>
  );
}

type ScoreValues = Record<EvaluationDimension, number> & { siteNotes?: string; teamsNotes?: string };

function ScoreForm({ roundId, platform, onSaved }: { roundId: string; platform: RoundPlatform; onSaved: () => void }) {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<ScoreValues>();
  const [messages, holder] = message.useMessage();
  const [submit, submitting] = useMutation(SubmitEvaluationScoresDocument);
  const problems = useFormErrors(form, [...DIMENSIONS, 'siteNotes', 'teamsNotes']);
  // A round's sheets are not read with it (their cost over 200 platforms passes the query limit): an expert
  // may submit again while the round is open, which replaces the sheet.
  const [previous, setPrevious] = useState(false);
  const initial = {};
  return (
    <Form
      form={form}
      layout="vertical"
      className="score-form"
      aria-label={w('scoresFor', { name: platform.platformName })}
      initialValues={{ ...initial, siteNotes: '', teamsNotes: '' }}
      onFinish={async (values) => {
        problems.clear();
        try {
          await submit({
            variables: {
              input: {
                roundId,
                platformId: platform.platformId,
                scores: DIMENSIONS.map((dimension) => ({ dimension, score: values[dimension] })),
                siteNotes: values.siteNotes ?? '',
                teamsNotes: values.teamsNotes ?? '',
              },
            },
          });
          void messages.success(w('scoresSaved'));
          setPrevious(true);
          onSaved();
        } catch (error) {
          problems.show(error);
        }
      }}
    >
      {holder}
      <h3 className="subsection-title">{platform.platformName}</h3>
      <div className="score-grid">
        {DIMENSIONS.map((d) => (
          <Form.Item
            key={d}
            name={d}
            label={vocabulary.label('EvaluationDimension', d)}
            rules={[{ required: true, type: 'integer', min: 0, max: 100, message: w('scoreRange') }]}
          >
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        ))}
      </div>
      <Form.Item name="siteNotes" label={w('siteNotes')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="teamsNotes" label={w('teamsNotes')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      {problems.errors}
      <Button type="primary" htmlType="submit" loading={submitting.loading}>
        {previous ? w('updateScores') : w('submitScores')}
      </Button>
    </Form>
  );
}
