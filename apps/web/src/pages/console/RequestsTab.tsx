import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  Checkbox,
  DatePicker,
  Empty,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Skeleton,
  Space,
  Tag,
} from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate, formatDateTime, formatMoney, pickedInstant, pickerTime, toMoney } from '../../components/format';
import { newIdempotencyKey } from '../../components/idempotency';
import { statusClass } from '../../components/statusClass';
import {
  OpenRequestsDocument,
  ProposalSlotsDocument,
  RequestProposalsDocument,
  SubmitProposalDocument,
  WithdrawProposalDocument,
  type OpenRequestsQuery,
} from '../../gql-workspace/graphql';
import { useFormErrors } from '../../components/FormErrors';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { usePlatformContext } from './PlatformConsole';

type OpenRequest = OpenRequestsQuery['openRequestsForPlatform'][number];

/** Open pilot requests this platform could serve; answer with a proposal that holds slots, and follow its state. */
export default function RequestsTab() {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform, writable } = usePlatformContext();
  const requests = useQuery(OpenRequestsDocument, {
    variables: { platformId: platform.id },
    fetchPolicy: 'cache-and-network',
  });
  const [proposing, setProposing] = useState<OpenRequest | null>(null);
  const [version, setVersion] = useState(0);
  const list = requests.data?.openRequestsForPlatform ?? [];
  return (
    <section className="panel" aria-labelledby="requests-heading">
      <h2 id="requests-heading" className="section-title">
        {w('openRequests')}
      </h2>
      <p className="muted">{w('openRequestsHint')}</p>
      {requests.error && <ErrorAlert error={requests.error} onRetry={() => void requests.refetch()} />}
      {requests.loading && !requests.data ? (
        <Skeleton active />
      ) : list.length === 0 ? (
        <Empty description={w('noOpenRequests')} />
      ) : (
        <ol className="inbox-list">
          {list.map((request) => (
            <li key={request.id} className="inbox-item" aria-label={pick(request.title, request.titleEn)}>
              <div className="results-header">
                <h3 className="inbox-title">{pick(request.title, request.titleEn)}</h3>
                <span>
                  <Tag className="tag-info">{vocabulary.label('PilotRequestKind', request.kind)}</Tag>
                  {request.confidential && <Tag className="tag-neutral">{w('confidential')}</Tag>}
                </span>
              </div>
              {request.detailsVisible ? (
                <p>{pick(request.description ?? '', request.descriptionEn)}</p>
              ) : (
                <p className="muted">{w('summaryOnly')}</p>
              )}
              <p className="muted">
                {request.serviceTypes.map((s) => vocabulary.label('ServiceType', s)).join(w('listJoin'))}
                {' · '}
                {w('window', { from: formatDate(request.windowFrom, lang), to: formatDate(request.windowTo, lang) })}
                {typeof request.budgetMax === 'number' &&
                  ` · ${w('budgetUpTo', { amount: formatMoney(request.budgetMax, lang) })}`}
                {typeof request.trl === 'number' && ` · TRL ${request.trl}`}
              </p>
              <Proposals requestId={request.id} writable={writable} version={version} />
              {writable && (
                <Button type="primary" onClick={() => setProposing(request)}>
                  {w('propose')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {proposing && (
        <ProposalModal
          request={proposing}
          onClose={(changed) => {
            setProposing(null);
            if (changed) setVersion((v) => v + 1);
          }}
        />
      )}
    </section>
  );
}

/** This platform's proposals to one request and their state; withdraw one still awaiting an answer. */
function Proposals({ requestId, writable, version }: { requestId: string; writable: boolean; version: number }) {
  const w = useWorkspaceText();
  const { lang } = useLanguage();
  const vocabulary = useVocabulary();
  const { data, refetch } = useQuery(RequestProposalsDocument, {
    variables: { id: requestId },
    fetchPolicy: 'cache-and-network',
  });
  const [withdraw, withdrawing] = useMutation(WithdrawProposalDocument);
  useEffect(() => {
    if (version > 0) void refetch();
  }, [version, refetch]);
  const proposals = data?.pilotRequest.proposals ?? [];
  if (proposals.length === 0) return null;
  return (
    <>
      {withdrawing.error && <ErrorAlert error={withdrawing.error} />}
      <ul className="proposal-list">
        {proposals.map((proposal) => (
          <li key={proposal.id}>
            {w('yourProposal')} {formatMoney(proposal.priceAmount, lang)} · {formatDate(proposal.startsAt, lang)} –{' '}
            {formatDate(proposal.endsAt, lang)} · {w('slotCount', { n: proposal.slotIds.length })}{' '}
            <Tag className={statusClass(proposal.status)} data-testid="proposal-status">
              {vocabulary.label('ProposalStatus', proposal.status)}
            </Tag>
            {proposal.status === 'SUBMITTED' && (
              <span className="muted">{w('validUntil', { time: formatDateTime(proposal.validUntil, lang) })} </span>
            )}
            {proposal.declineReason && <span className="muted">{proposal.declineReason} </span>}
            {writable && proposal.status === 'SUBMITTED' && (
              <Button
                size="small"
                onClick={async () => {
                  try {
                    await withdraw({ variables: { id: proposal.id } });
                    void refetch();
                  } catch {
                    // Shown above the list.
                  }
                }}
              >
                {w('withdraw')}
              </Button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

interface ProposalValues {
  offeringId: string;
  priceAmount: number;
  period: [dayjs.Dayjs, dayjs.Dayjs];
  validUntil: dayjs.Dayjs;
  message: string;
}

const FIELDS = ['offeringId', 'priceAmount', 'period', 'validUntil', 'message', 'slotIds'];

function ProposalModal({ request, onClose }: { request: OpenRequest; onClose: (changed: boolean) => void }) {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const { platform, offerings } = usePlatformContext();
  const [form] = Form.useForm<ProposalValues>();
  const offeringId = Form.useWatch('offeringId', form);
  const [slotIds, setSlotIds] = useState<string[]>([]);
  const problems = useFormErrors(form, FIELDS, { startsAt: 'period', endsAt: 'period' });
  const [submit, submitting] = useMutation(SubmitProposalDocument);
  // One key per proposal the operator means: kept across double clicks and retries, renewed when the proposal changes.
  const idempotencyKey = useRef(newIdempotencyKey());
  // Slots that have started cannot be held: the window starts no earlier than when the dialog opened.
  const [openedAt] = useState(() => Date.now());
  const window = useMemo(() => {
    const from = Math.max(Date.parse(request.windowFrom), openedAt);
    return { from: new Date(from).toISOString(), to: request.windowTo };
  }, [request.windowFrom, request.windowTo, openedAt]);
  const slots = useQuery(ProposalSlotsDocument, {
    variables: { offeringId: offeringId ?? '', ...window },
    skip: !offeringId,
  });
  const names = new Map(platform.equipment.map((e) => [e.id, pick(e.name, e.nameEn)]));
  // The offerings of the service the request asks for first: the one offered by default is one that fits it.
  const fits = (serviceType: string) =>
    request.serviceTypes.includes(serviceType as (typeof request.serviceTypes)[number]);
  const active = offerings
    .filter((o) => o.status === 'ACTIVE')
    .sort((a, b) => Number(fits(b.serviceType)) - Number(fits(a.serviceType)));

  const send = async (values: ProposalValues) => {
    problems.clear();
    try {
      await submit({
        variables: {
          input: {
            requestId: request.id,
            offeringId: values.offeringId,
            priceAmount: toMoney(values.priceAmount),
            startsAt: pickedInstant(values.period[0]),
            endsAt: pickedInstant(values.period[1]),
            validUntil: pickedInstant(values.validUntil),
            message: values.message ?? '',
            slotIds,
            idempotencyKey: idempotencyKey.current,
          },
        },
      });
      onClose(true);
    } catch (error) {
      problems.show(error);
    }
  };
  return (
    <Modal
      open
      width={720}
      title={w('proposeTo', { title: pick(request.title, request.titleEn) })}
      okText={w('sendProposal')}
      cancelText={w('cancel')}
      confirmLoading={submitting.loading}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        onValuesChange={() => (idempotencyKey.current = newIdempotencyKey())}
        initialValues={{
          offeringId: active[0]?.id,
          // The form edits a number; the API sends Money as exact decimal text.
          priceAmount: request.budgetMax ? Number(request.budgetMax) : undefined,
          // The pickers hold China time, like the slots listed below them, whatever the browser's zone.
          validUntil: pickerTime(new Date(openedAt + 3 * 86_400_000)).startOf('hour'),
          message: '',
        }}
      >
        <Form.Item
          name="offeringId"
          label={w('offering')}
          rules={[{ required: true, message: w('required', { field: w('offering') }) }]}
        >
          <Select
            options={active.map((o) => ({ value: o.id, label: pick(o.title, o.titleEn) }))}
            onChange={() => setSlotIds([])}
          />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="priceAmount"
            label={w('priceAmount')}
            rules={[{ required: true, message: w('required', { field: w('priceAmount') }) }]}
          >
            <InputNumber min={0} step={1000} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="validUntil"
            label={w('validUntilLabel')}
            rules={[{ required: true, message: w('required', { field: w('validUntilLabel') }) }]}
          >
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" showNow={false} />
          </Form.Item>
        </Space>
        <Form.Item
          name="period"
          label={w('proposedPeriod')}
          rules={[{ required: true, message: w('required', { field: w('proposedPeriod') }) }]}
        >
          <DatePicker.RangePicker
            showTime={{ format: 'HH:mm' }}
            format="YYYY-MM-DD HH:mm"
            showNow={false}
            id={{ start: 'proposal-start', end: 'proposal-end' }}
          />
        </Form.Item>
        <fieldset className="plain-fieldset">
          <legend>{w('holdSlots')}</legend>
          {slots.loading && <Skeleton active paragraph={{ rows: 2 }} />}
          {slots.data && slots.data.availableSlots.length === 0 && <p className="muted">{w('noFreeSlots')}</p>}
          <div className="slot-choices">
            {slots.data?.availableSlots.slice(0, 60).map((slot) => (
              <Checkbox
                key={slot.id}
                checked={slotIds.includes(slot.id)}
                onChange={(e) => {
                  idempotencyKey.current = newIdempotencyKey();
                  const next = e.target.checked ? [...slotIds, slot.id] : slotIds.filter((id) => id !== slot.id);
                  setSlotIds(next);
                  const chosen = slots.data!.availableSlots.filter((s) => next.includes(s.id));
                  if (chosen.length) {
                    const starts = Math.min(...chosen.map((s) => Date.parse(s.startsAt)));
                    const ends = Math.max(...chosen.map((s) => Date.parse(s.endsAt)));
                    form.setFieldValue('period', [pickerTime(new Date(starts)), pickerTime(new Date(ends))]);
                  }
                }}
              >
                {formatDateTime(slot.startsAt, lang)} – {formatDateTime(slot.endsAt, lang).slice(-5)} ·{' '}
                {names.get(slot.equipmentId)}
                {slot.openAccess ? ` · ${w('openAccessShort')}` : ''}
              </Checkbox>
            ))}
          </div>
        </fieldset>
        <Form.Item
          name="message"
          label={w('proposalMessage')}
          rules={[{ max: 5000, message: w('tooLong', { field: w('proposalMessage'), n: 5000 }) }]}
        >
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        {problems.errors}
      </Form>
    </Modal>
  );
}
