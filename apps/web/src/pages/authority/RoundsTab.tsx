import { useState } from 'react';
import { Button, DatePicker, Empty, Form, Input, Modal, Select, Table, Tag } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { addDays, formatDate, pickedDay, pickerDay, shanghai, shanghaiDayStart } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import {
  EvaluationRoundsDocument,
  ExpertsDocument,
  OpenEvaluationRoundDocument,
  RegionPlatformsDocument,
} from '../../gql-workspace/graphql';
import { useFormErrors } from '../../components/FormErrors';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { useAuthorityScope } from './AuthorityLayout';

/** Evaluation rounds of the jurisdiction (experts: the rounds they score); authorities open new ones. */
export default function RoundsTab() {
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const { decides, expert } = useAuthorityScope();
  const [opening, setOpening] = useState(false);
  const { data, error, refetch } = useQuery(EvaluationRoundsDocument, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="panel" aria-labelledby="rounds-heading">
      <div className="results-header">
        <h2 id="rounds-heading" className="section-title">
          {expert ? w('roundsToScore') : w('evaluationRounds')}
        </h2>
        {decides && !expert && (
          <Button type="primary" onClick={() => setOpening(true)}>
            {w('openRound')}
          </Button>
        )}
      </div>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Table
        rowKey="id"
        size="small"
        loading={!data && !error}
        pagination={false}
        dataSource={data?.evaluationRounds.edges.map((e) => e.node) ?? []}
        locale={{ emptyText: <Empty description={w('noRounds')} /> }}
        columns={[
          { title: w('roundName'), render: (_, r) => <Link to={`/authority/rounds/${r.id}`}>{r.name}</Link> },
          {
            title: w('scope'),
            render: (_, r) => (r.scope === 'NATIONAL' ? w('wholeCountry') : vocabulary.label('Province', r.scope)),
          },
          {
            title: w('period'),
            render: (_, r) =>
              `${formatDate(r.periodStart, lang)} – ${formatDate(dayjs(r.periodEnd).subtract(1, 'ms').toISOString(), lang)}`,
          },
          {
            title: w('roundStatus'),
            render: (_, r) => (
              <Tag className={statusClass(r.status)}>{vocabulary.label('EvaluationRoundStatus', r.status)}</Tag>
            ),
          },
          { title: w('openedAt'), render: (_, r) => formatDate(r.openedAt, lang) },
        ]}
      />
      {opening && (
        <OpenRoundModal
          onClose={(changed) => {
            setOpening(false);
            if (changed) void refetch();
          }}
        />
      )}
    </section>
  );
}

interface RoundValues {
  name: string;
  period: [dayjs.Dayjs, dayjs.Dayjs];
  platformIds: string[];
  expertIds: string[];
}

function OpenRoundModal({ onClose }: { onClose: (changed: boolean) => void }) {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const { province, jurisdiction } = useAuthorityScope();
  const [form] = Form.useForm<RoundValues>();
  const problems = useFormErrors(form, ['name', 'period', 'platformIds', 'expertIds'], {
    periodStart: 'period',
    periodEnd: 'period',
    platforms: 'platformIds',
  });
  const platforms = useQuery(RegionPlatformsDocument, {
    variables: { provinces: province ? [province] : null, levels: null },
  });
  const experts = useQuery(ExpertsDocument);
  const [open, opening] = useMutation(OpenEvaluationRoundDocument);
  const scope = jurisdiction === 'NATIONAL' ? 'NATIONAL' : jurisdiction;
  // By default the last calendar year, Shanghai's: the period is of Shanghai days, as the API counts them.
  const [lastYear] = useState(() => shanghai(new Date()).year() - 1);
  return (
    <Modal
      open
      width={720}
      title={w('openRound')}
      okText={w('openRound')}
      cancelText={w('cancel')}
      confirmLoading={opening.loading}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: w('defaultRoundName', { year: lastYear }),
          period: [pickerDay(`${lastYear}-01-01`), pickerDay(`${lastYear}-12-31`)],
          platformIds: [],
          expertIds: [],
        }}
        onFinish={async (values) => {
          problems.clear();
          try {
            await open({
              variables: {
                input: {
                  name: values.name,
                  scope,
                  periodStart: shanghaiDayStart(pickedDay(values.period[0])),
                  periodEnd: shanghaiDayStart(addDays(pickedDay(values.period[1]), 1)),
                  platforms: values.platformIds.map((platformId) => ({ platformId, expertIds: values.expertIds })),
                },
              },
            });
            onClose(true);
          } catch (error) {
            problems.show(error);
          }
        }}
      >
        <Form.Item
          name="name"
          label={w('roundName')}
          rules={[{ required: true, whitespace: true, message: w('required', { field: w('roundName') }) }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="period"
          label={w('evaluatedPeriod')}
          rules={[{ required: true, message: w('required', { field: w('evaluatedPeriod') }) }]}
        >
          <DatePicker.RangePicker id={{ start: 'round-from', end: 'round-to' }} />
        </Form.Item>
        <Form.Item
          name="platformIds"
          label={w('roundPlatforms')}
          rules={[{ required: true, message: w('required', { field: w('roundPlatforms') }) }]}
        >
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={(platforms.data?.platforms.edges ?? []).map((e) => ({
              value: e.node.id,
              label: pick(e.node.name, e.node.nameEn),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="expertIds"
          label={w('roundExperts')}
          extra={w('roundExpertsHint')}
          rules={[{ required: true, message: w('required', { field: w('roundExperts') }) }]}
        >
          <Select
            mode="multiple"
            options={(experts.data?.members ?? []).map((m) => ({
              value: m.id,
              label: `${m.displayName} <${m.email}>`,
            }))}
          />
        </Form.Item>
        {problems.errors}
      </Form>
    </Modal>
  );
}
