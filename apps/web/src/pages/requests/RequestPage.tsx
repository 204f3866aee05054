import { useEffect, useRef, useState } from 'react';
import {
  Alert,
  Button,
  Descriptions,
  Empty,
  Form,
  Input,
  Modal,
  Progress,
  Segmented,
  Skeleton,
  Space,
  Tag,
  message,
} from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageError } from '../../components/PageError';
import { compareMoney, formatDate, formatDateTime, formatMoney } from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import { useArrivalNotice } from '../../components/useArrivalNotice';
import type { MatchesQuery, PilotRequestQuery } from '../../gql/graphql';
import { useFormErrors } from '../../components/FormErrors';
import { canWrite } from '../../app/capabilities';
import { useSession } from '../../app/session';
import { useLanguage } from '../../i18n/language';
import type { MessageKey } from '../../i18n/messages';
import { useVocabulary } from '../../i18n/vocabulary';
import { statusClass } from '../../components/statusClass';
import {
  AcceptProposalDocument,
  DeclineProposalDocument,
  MatchesDocument,
  PilotRequestDocument,
  ProposalOfferingDocument,
} from '../../gql/graphql';

type Request = PilotRequestQuery['pilotRequest'];
type Proposal = Request['proposals'][number];
type Match = MatchesQuery['matchesForRequest'][number];

export default function RequestPage() {
  const { id = '' } = useParams();
  // Arrived from posting it (NewRequestPage): said once; a reload or a later visit does not repeat it.
  const requestCreated = useArrivalNotice('requestCreated');
  const { t, lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { data, error, refetch } = useQuery(PilotRequestDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const request = data?.pilotRequest;
  usePageTitle(request ? pick(request.title, request.titleEn) : undefined);

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  if (!request) return <Skeleton active />;
  const list = (name: string, values: readonly string[] | null | undefined) =>
    (values ?? []).map((v) => vocabulary.label(name, v)).join(t('comma')) || '—';
  const budget =
    request.budgetMin !== null && request.budgetMin !== undefined
      ? `${formatMoney(request.budgetMin, lang)}${request.budgetMax ? ` – ${formatMoney(request.budgetMax, lang)}` : ''}`
      : request.budgetMax
        ? `≤ ${formatMoney(request.budgetMax, lang)}`
        : '—';
  // Either end of the scale may be given, with or without its unit.
  const unit = request.scaleUnit ? ` ${request.scaleUnit}` : '';
  const hasFrom = typeof request.scaleFrom === 'number';
  const hasTo = typeof request.scaleTo === 'number';
  const scale =
    hasFrom && hasTo
      ? `${request.scaleFrom}–${request.scaleTo}${unit}`
      : hasFrom
        ? `≥ ${request.scaleFrom}${unit}`
        : hasTo
          ? `≤ ${request.scaleTo}${unit}`
          : null;

  return (
    <article>
      <h1 className="page-title">{pick(request.title, request.titleEn)}</h1>
      {requestCreated && <Alert type="success" title={t('requestCreated')} style={{ marginBottom: 16 }} />}
      <section className="panel" aria-label={t('requestDescription')}>
        <p style={{ whiteSpace: 'pre-line' }}>{pick(request.description ?? '', request.descriptionEn)}</p>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('requestKind')}>
            {vocabulary.label('PilotRequestKind', request.kind)}
          </Descriptions.Item>
          <Descriptions.Item label={t('requestStatus')}>
            <Tag className={statusClass(request.status)}>{vocabulary.label('PilotRequestStatus', request.status)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('serviceType')}>{list('ServiceType', request.serviceTypes)}</Descriptions.Item>
          <Descriptions.Item label={t('industryDirection')}>
            {request.industryDirection ? vocabulary.label('IndustryDirection', request.industryDirection) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('keyDomains')}>{list('KeyDomain', request.keyDomains)}</Descriptions.Item>
          <Descriptions.Item label={t('windowRange')}>
            {formatDate(request.windowFrom, lang)} – {formatDate(request.windowTo, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('budget')}>{budget}</Descriptions.Item>
          {scale && <Descriptions.Item label={t('scale')}>{scale}</Descriptions.Item>}
          {request.trl && <Descriptions.Item label={t('trl')}>TRL {request.trl}</Descriptions.Item>}
          {(request.patentNumbers ?? []).length > 0 && (
            <Descriptions.Item label={t('patentNumbers')}>{request.patentNumbers?.join(t('comma'))}</Descriptions.Item>
          )}
          {request.ipOwnership && <Descriptions.Item label={t('ipOwnership')}>{request.ipOwnership}</Descriptions.Item>}
          <Descriptions.Item label={t('preferredProvinces')}>
            {list('Province', request.preferredProvinces)}
          </Descriptions.Item>
          <Descriptions.Item label={t('requiredAccreditations')}>
            {list('Accreditation', request.requiredAccreditations)}
          </Descriptions.Item>
          <Descriptions.Item label={t('confidentialShort')}>
            {request.confidential ? t('yes') : t('no')}
          </Descriptions.Item>
        </Descriptions>
      </section>
      <Proposals request={request} onChange={() => void refetch()} />
      <Matches requestId={request.id} />
    </article>
  );
}

/** The orders a requester may read proposals in: the API's (newest first), or by price, lowest first. */
const PROPOSAL_ORDERS = ['newest', 'price'] as const;
type ProposalOrder = (typeof PROPOSAL_ORDERS)[number];
const PROPOSAL_ORDER_LABEL = {
  newest: 'proposalsNewestFirst',
  price: 'proposalsPriceLowestFirst',
} as const satisfies Record<ProposalOrder, MessageKey>;

function Proposals({ request, onChange }: { request: Request; onChange: () => void }) {
  const { t } = useLanguage();
  // Kept in the address (replacing it, so Back leaves the page): a reload or a shared link keeps the order.
  const [params, setParams] = useSearchParams();
  const order: ProposalOrder = params.get('proposals') === 'price' ? 'price' : 'newest';
  const setOrder = (next: ProposalOrder) =>
    setParams(
      (current) => {
        const updated = new URLSearchParams(current);
        if (next === 'newest') updated.delete('proposals');
        else updated.set('proposals', next);
        return updated;
      },
      { replace: true },
    );
  // A stable sort: proposals at the same price stay newest first.
  const proposals =
    order === 'price'
      ? [...request.proposals].sort((a, b) => compareMoney(a.priceAmount, b.priceAmount))
      : request.proposals;
  return (
    <section className="panel" aria-labelledby="request-proposals">
      <div className="results-header">
        {/* The header's own margin sets it apart from the list: the title's would push it above the order's middle. */}
        <h2 id="request-proposals" className="section-title" style={{ margin: 0 }}>
          {t('proposals')}
        </h2>
        {proposals.length > 1 && (
          <Segmented<ProposalOrder>
            aria-label={t('proposalsOrder')}
            value={order}
            onChange={setOrder}
            options={PROPOSAL_ORDERS.map((value) => ({ value, label: t(PROPOSAL_ORDER_LABEL[value]) }))}
          />
        )}
      </div>
      {proposals.length === 0 ? (
        <p className="muted">{t('noProposals')}</p>
      ) : (
        <ol className="result-list">
          {proposals.map((proposal) => (
            <ProposalCard key={proposal.id} proposal={proposal} onChange={onChange} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ProposalCard({ proposal, onChange }: { proposal: Proposal; onChange: () => void }) {
  const { t, lang, pick } = useLanguage();
  // Accepting and declining are the OWNER's or ADMIN's of the requesting organization; members read.
  const writes = canWrite(useSession().user);
  const vocabulary = useVocabulary();
  const [messages, messageHolder] = message.useMessage();
  const offering = useQuery(ProposalOfferingDocument, { variables: { id: proposal.offeringId } });
  const [accept, accepting] = useMutation(AcceptProposalDocument);
  const [decline, declining] = useMutation(DeclineProposalDocument);
  const [declineOpen, setDeclineOpen] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();
  const declineProblems = useFormErrors(form, ['reason']);
  const [acceptedBookingId, setBookingId] = useState<string | null>(null);
  const bookingId = acceptedBookingId ?? proposal.bookingId ?? null;
  const o = offering.data?.offering;

  return (
    <li className="result" data-testid="proposal">
      {messageHolder}
      <h3 style={{ fontSize: 16, margin: '0 0 6px' }}>
        {o ? (
          <Link to={`/offerings/${o.id}`}>
            {pick(o.platform.name, o.platform.nameEn)} · {pick(o.title, o.titleEn)}
          </Link>
        ) : (
          proposal.offeringId
        )}{' '}
        <Tag className={statusClass(proposal.status)}>{vocabulary.label('ProposalStatus', proposal.status)}</Tag>
      </h3>
      <div className="result-meta">
        <span className="price">{t('proposalPrice', { amount: formatMoney(proposal.priceAmount, lang) })}</span>
        <span>
          {t('proposalPeriod', {
            from: formatDateTime(proposal.startsAt, lang),
            to: formatDateTime(proposal.endsAt, lang),
          })}
        </span>
        {proposal.status === 'SUBMITTED' && (
          <span>{t('validUntil', { time: formatDateTime(proposal.validUntil, lang) })}</span>
        )}
      </div>
      {proposal.message && <p className="result-snippet">{proposal.message}</p>}
      {proposal.declineReason && <p className="muted">{proposal.declineReason}</p>}
      {bookingId && (
        <Alert
          type="success"
          style={{ marginTop: 8 }}
          title={
            <>
              {t('accepted')} · <Link to={`/bookings/${bookingId}`}>{t('viewBooking')}</Link>
            </>
          }
        />
      )}
      {accepting.error && <ErrorAlert error={accepting.error} />}
      {writes && proposal.status === 'SUBMITTED' && !bookingId && (
        <Space style={{ marginTop: 8 }}>
          <Button
            type="primary"
            loading={accepting.loading}
            onClick={async () => {
              try {
                const result = await accept({ variables: { id: proposal.id } });
                // The card says so itself (with the way to the booking): no second, passing message.
                setBookingId(result.data?.acceptProposal.id ?? null);
                onChange();
              } catch {
                // Shown above the buttons.
              }
            }}
          >
            {t('accept')}
          </Button>
          <Button onClick={() => setDeclineOpen(true)}>{t('decline')}</Button>
        </Space>
      )}
      <Modal
        open={declineOpen}
        title={t('decline')}
        okText={t('decline')}
        okButtonProps={{ loading: declining.loading }}
        onCancel={() => setDeclineOpen(false)}
        onOk={() => form.submit()}
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={async ({ reason }) => {
            declineProblems.clear();
            try {
              await decline({ variables: { id: proposal.id, reason } });
              setDeclineOpen(false);
              void messages.success(t('declined'));
              onChange();
            } catch (error) {
              declineProblems.show(error);
            }
          }}
        >
          <Form.Item
            name="reason"
            label={t('declineReason')}
            rules={[
              { required: true, whitespace: true, message: t('required', { field: t('declineReason') }) },
              { max: 1000, message: t('tooLong', { field: t('declineReason'), n: 1000 }) },
            ]}
          >
            <Input.TextArea rows={3} maxLength={1000} placeholder={t('declineReasonPlaceholder')} />
          </Form.Item>
          {declineProblems.errors}
        </Form>
      </Modal>
    </li>
  );
}

function Matches({ requestId }: { requestId: string }) {
  const { t, lang } = useLanguage();
  const { data, error, loading, refetch } = useQuery(MatchesDocument, { variables: { requestId } });
  // The API writes the reasons in the language of the request (Accept-Language): ask again after a switch.
  const askedIn = useRef(lang);
  useEffect(() => {
    if (askedIn.current === lang) return;
    askedIn.current = lang;
    void refetch();
  }, [lang, refetch]);
  return (
    <section className="panel" aria-labelledby="request-matches">
      <h2 id="request-matches" className="section-title">
        {t('matches')}
      </h2>
      {error ? (
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <Skeleton active />
      ) : (data?.matchesForRequest.length ?? 0) === 0 ? (
        <Empty description={t('noMatches')} />
      ) : (
        <ol className="result-list">
          {data?.matchesForRequest.map((match) => (
            <MatchItem key={match.offering.id} match={match} />
          ))}
        </ol>
      )}
    </section>
  );
}

function MatchItem({ match }: { match: Match }) {
  const { t, lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { offering } = match;
  const pct = Math.round(match.score * 100);
  const reasons = [...match.reasons]
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight * b.score - a.weight * a.score);
  return (
    <li className="result" data-testid="match">
      <h3>
        <Link to={`/offerings/${offering.id}`}>{pick(offering.title, offering.titleEn)}</Link>
      </h3>
      <div>
        {pick(offering.platform.name, offering.platform.nameEn)} · {offering.platform.city} ·{' '}
        {vocabulary.label('Province', offering.platform.province)} ·{' '}
        {vocabulary.label('PlatformLevel', offering.platform.level)}
      </div>
      <div style={{ maxWidth: 320, marginTop: 6 }}>
        <Progress percent={pct} size="small" aria-label={t('score', { pct })} format={() => t('score', { pct })} />
      </div>
      <div className="muted" style={{ marginTop: 6 }}>
        {offering.pricing.amount !== null && offering.pricing.amount !== undefined
          ? `${formatMoney(offering.pricing.amount, lang)} · ${vocabulary.phrase('PriceModel', offering.pricing.model)}`
          : t('onQuotation')}
      </div>
      <strong style={{ display: 'block', marginTop: 8 }}>{t('whyMatched')}</strong>
      <ul className="reason-list">
        {reasons.map((reason) => (
          <li key={reason.factor}>{reasonText(vocabulary.label('MatchFactor', reason.factor), reason.detail, t)}</li>
        ))}
      </ul>
    </li>
  );
}

/** "Factor: detail", unless the API's detail already names the factor. */
function reasonText(label: string, detail: string, t: ReturnType<typeof useLanguage>['t']): string {
  return detail.toLowerCase().startsWith(label.toLowerCase()) ? detail : t('labelled', { label, value: detail });
}
