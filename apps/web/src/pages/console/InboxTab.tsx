import { useState } from 'react';
import { Button, Empty, Form, Input, InputNumber, Modal, Segmented, Skeleton, Space, Tag, message } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BookingTimeline } from '../../components/BookingTimeline';
import { useFormSubmission } from '../../components/FormErrors';
import { formatDateTime, formatMoney } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import {
  CompleteBookingDocument,
  ConfirmBookingDocument,
  DeclineBookingDocument,
  PlatformInboxDocument,
  type BookingStatus,
  type PlatformInboxQuery,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import type { WorkspaceKey } from '../../i18n/workspace-messages';
import { usePlatformContext } from './PlatformConsole';

type InboxBooking = PlatformInboxQuery['platformBookings']['edges'][number]['node'];
const FOLDERS: BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'COMPLETED', 'DECLINED', 'CANCELLED', 'EXPIRED'];

/** Requests waiting first, the hold that lapses soonest on top; then the rest by their first slot. */
export function inboxOrder(a: InboxBooking, b: InboxBooking): number {
  const lapse = (x: InboxBooking) => (x.holdExpiresAt ? Date.parse(x.holdExpiresAt) : Number.POSITIVE_INFINITY);
  return lapse(a) - lapse(b) || Date.parse(a.firstSlotStartsAt) - Date.parse(b.firstSlotStartsAt);
}

/** The booking inbox: confirm or decline requests (with a reason), complete confirmed bookings with what was delivered. */
export default function InboxTab() {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const { platform } = usePlatformContext();
  const [status, setStatus] = useState<BookingStatus>('REQUESTED');
  // A booking acted on leaves the folder shown: a word says what became of it.
  const [messages, messagesHolder] = message.useMessage();
  const inbox = useQuery(PlatformInboxDocument, {
    variables: { platformId: platform.id, status },
    fetchPolicy: 'cache-and-network',
  });
  const bookings = [...(inbox.data?.platformBookings.edges.map((e) => e.node) ?? [])].sort(inboxOrder);
  return (
    <section className="panel" aria-labelledby="inbox-heading">
      {messagesHolder}
      <h2 id="inbox-heading" className="section-title">
        {w('inboxTitle')}
      </h2>
      <Segmented<BookingStatus>
        aria-label={w('showByStatus')}
        value={status}
        onChange={setStatus}
        options={FOLDERS.map((s) => ({ value: s, label: vocabulary.label('BookingStatus', s) }))}
        style={{ marginBottom: 16 }}
      />
      {inbox.error && <ErrorAlert error={inbox.error} onRetry={() => void inbox.refetch()} />}
      {inbox.loading && !inbox.data ? (
        <Skeleton active />
      ) : bookings.length === 0 ? (
        <Empty description={w('inboxEmpty')} />
      ) : (
        <ol className="inbox-list">
          {bookings.map((booking) => (
            <InboxItem
              key={booking.id}
              booking={booking}
              onChanged={(done) => {
                void messages.success(w(done));
                void inbox.refetch();
              }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}

type Dialog = 'quote' | 'decline' | 'complete';

function InboxItem({ booking, onChanged }: { booking: InboxBooking; onChanged: (done: WorkspaceKey) => void }) {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  // An offering priced on quotation is confirmed with the operator's price for the job, which becomes the quote.
  const awaitingQuote = booking.quote?.status === 'AWAITING_OPERATOR_QUOTE';
  const [confirm, confirming] = useMutation(ConfirmBookingDocument);
  const requester = booking.requesterOrganization;
  const [now] = useState(() => Date.now());
  const hoursLeft = booking.holdExpiresAt ? (Date.parse(booking.holdExpiresAt) - now) / 3_600_000 : null;
  const title = booking.offering ? pick(booking.offering.title, booking.offering.titleEn) : booking.id;
  const closed = (done: WorkspaceKey) => (changed: boolean) => {
    setDialog(null);
    if (changed) onChanged(done);
  };
  const confirmAsRequested = async () => {
    try {
      await confirm({ variables: { id: booking.id } });
      onChanged('confirmedToast');
    } catch {
      // Shown beside the action.
    }
  };
  return (
    <li
      className="inbox-item"
      id={`booking-${booking.id}`}
      aria-label={`${title} · ${requester ? pick(requester.name, requester.nameEn) : ''}`}
    >
      <div className="results-header">
        <h3 className="inbox-title">{title}</h3>
        <Tag className={statusClass(booking.status)} data-testid="inbox-status">
          {vocabulary.label('BookingStatus', booking.status)}
        </Tag>
      </div>
      <p>
        <strong>{requester ? pick(requester.name, requester.nameEn) : '—'}</strong>
        {requester && <span className="muted"> · {vocabulary.phrase('OrganizationKind', requester.kind)}</span>}
        {booking.openAccess && (
          <Tag className="tag-good" style={{ marginLeft: 8 }}>
            {w('openAccessShort')}
          </Tag>
        )}
      </p>
      <p className="muted">
        {formatDateTime(booking.firstSlotStartsAt, lang)} – {formatDateTime(booking.lastSlotEndsAt, lang)}
      </p>
      {booking.quote?.amount && (
        // What the booking is worth, at the requester's tier (or the operator's own quotation).
        <p>
          {w('bookingWorth', { amount: formatMoney(booking.quote.amount, lang) })}
          {booking.quote.tier === 'BASE' ? '' : ` · ${vocabulary.phrase('PriceTier', booking.quote.tier)}`}
        </p>
      )}
      {booking.status === 'REQUESTED' && booking.holdExpiresAt && (
        <p className={hoursLeft !== null && hoursLeft < 24 ? 'warning-text' : 'muted'}>
          {w('holdExpires', { time: formatDateTime(booking.holdExpiresAt, lang) })}
        </p>
      )}
      {booking.brief && <p className="brief">{booking.brief}</p>}
      {booking.outcome && <p>{w('outcomeIs', { outcome: booking.outcome })}</p>}
      <Space wrap>
        {booking.status === 'REQUESTED' && (
          <>
            <Button
              type="primary"
              loading={confirming.loading}
              onClick={() => (awaitingQuote ? setDialog('quote') : void confirmAsRequested())}
            >
              {awaitingQuote ? w('quoteTitle') : w('confirm')}
            </Button>
            <Button danger onClick={() => setDialog('decline')}>
              {w('decline')}
            </Button>
          </>
        )}
        {booking.status === 'CONFIRMED' && <Button onClick={() => setDialog('complete')}>{w('complete')}</Button>}
      </Space>
      {confirming.error && <ErrorAlert error={confirming.error} />}
      <details className="history">
        <summary>{w('history')}</summary>
        <BookingTimeline events={booking.events} />
      </details>
      {dialog === 'quote' && <QuoteDialog bookingId={booking.id} onClose={closed('confirmedToast')} />}
      {dialog === 'decline' && <DeclineDialog bookingId={booking.id} onClose={closed('declinedToast')} />}
      {dialog === 'complete' && <CompleteDialog bookingId={booking.id} onClose={closed('completedToast')} />}
    </li>
  );
}

interface DialogProps {
  bookingId: string;
  /** `changed`: the booking was acted on (the inbox reloads). */
  onClose: (changed: boolean) => void;
}

/** The API's bound on an operator's quotation (confirmBooking's quotedAmount, ¥). */
const MAX_QUOTED_YUAN = 100_000_000;

/** Confirming a booking of an offering priced on quotation: the operator's price for the job becomes its quote. */
function QuoteDialog({ bookingId, onClose }: DialogProps) {
  const w = useWorkspaceText();
  const [confirm] = useMutation(ConfirmBookingDocument);
  const { form, run, busy, errors } = useFormSubmission<{ quotedAmount: number }>(['quotedAmount']);
  const submit = async ({ quotedAmount }: { quotedAmount: number }) => {
    if (await run(() => confirm({ variables: { id: bookingId, quotedAmount: quotedAmount.toFixed(2) } })))
      onClose(true);
  };
  return (
    <Modal
      open
      title={w('quoteTitle')}
      okText={w('confirm')}
      cancelText={w('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <p className="muted">{w('quoteHint')}</p>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="quotedAmount"
          label={w('quotedAmount')}
          rules={[{ required: true, message: w('required', { field: w('quotedAmount') }) }]}
        >
          <InputNumber style={{ width: '100%' }} min={0.01} max={MAX_QUOTED_YUAN} precision={2} />
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}

function DeclineDialog({ bookingId, onClose }: DialogProps) {
  const w = useWorkspaceText();
  const [decline] = useMutation(DeclineBookingDocument);
  return (
    <TextDialog
      field="reason"
      title={w('declineTitle')}
      label={w('declineReason')}
      hint={w('declineReasonHint')}
      okText={w('decline')}
      danger
      maxLength={1000}
      send={(reason) => decline({ variables: { id: bookingId, reason } })}
      onClose={onClose}
    />
  );
}

function CompleteDialog({ bookingId, onClose }: DialogProps) {
  const w = useWorkspaceText();
  const [complete] = useMutation(CompleteBookingDocument);
  return (
    <TextDialog
      field="outcome"
      title={w('completeTitle')}
      label={w('outcome')}
      hint={w('outcomeHint')}
      okText={w('complete')}
      maxLength={5000}
      send={(outcome) => complete({ variables: { id: bookingId, outcome } })}
      onClose={onClose}
    />
  );
}

/** A dialog whose form is one text the API requires (declineBooking's reason, completeBooking's outcome). */
function TextDialog({
  field,
  title,
  label,
  hint,
  okText,
  danger = false,
  maxLength,
  send,
  onClose,
}: {
  field: string;
  title: string;
  label: string;
  hint: string;
  okText: string;
  danger?: boolean;
  maxLength: number;
  send: (text: string) => Promise<unknown>;
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const { form, run, busy, errors } = useFormSubmission<Record<string, string>>([field]);
  const submit = async (values: Record<string, string>) => {
    if (await run(() => send(values[field].trim()))) onClose(true);
  };
  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={w('cancel')}
      confirmLoading={busy}
      okButtonProps={{ danger }}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form form={form} layout="vertical" onFinish={submit}>
        {/* Blanks alone are no text: the API trims and refuses them. */}
        <Form.Item
          name={field}
          label={label}
          rules={[{ required: true, whitespace: true, message: w('required', { field: label }) }]}
        >
          <Input.TextArea rows={3} maxLength={maxLength} placeholder={hint} />
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}
