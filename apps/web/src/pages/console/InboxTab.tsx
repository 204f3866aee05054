import { useState } from 'react';
import { Button, Empty, Input, InputNumber, Modal, Segmented, Skeleton, Space, Tag } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BookingTimeline } from '../../components/BookingTimeline';
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
  const inbox = useQuery(PlatformInboxDocument, {
    variables: { platformId: platform.id, status },
    fetchPolicy: 'cache-and-network',
  });
  const bookings = [...(inbox.data?.platformBookings.edges.map((e) => e.node) ?? [])].sort(inboxOrder);
  return (
    <section className="panel" aria-labelledby="inbox-heading">
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
            <InboxItem key={booking.id} booking={booking} onChanged={() => void inbox.refetch()} />
          ))}
        </ol>
      )}
    </section>
  );
}

function InboxItem({ booking, onChanged }: { booking: InboxBooking; onChanged: () => void }) {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const [dialog, setDialog] = useState<'decline' | 'complete' | 'quote' | null>(null);
  const [text, setText] = useState('');
  const [amount, setAmount] = useState<number | null>(null);
  // An offering priced on quotation is confirmed with the operator's price for the job, which becomes the quote.
  const awaitingQuote = booking.quote?.status === 'AWAITING_OPERATOR_QUOTE';
  const [confirm, confirming] = useMutation(ConfirmBookingDocument);
  const [decline, declining] = useMutation(DeclineBookingDocument);
  const [complete, completing] = useMutation(CompleteBookingDocument);
  const error = dialog ? null : (confirming.error ?? declining.error ?? completing.error);
  const requester = booking.requesterOrganization;
  const [now] = useState(() => Date.now());
  const hoursLeft = booking.holdExpiresAt ? (Date.parse(booking.holdExpiresAt) - now) / 3_600_000 : null;
  const title = booking.offering ? pick(booking.offering.title, booking.offering.titleEn) : booking.id;
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setDialog(null);
      setText('');
      setAmount(null);
      onChanged();
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
              onClick={() =>
                awaitingQuote ? setDialog('quote') : act(() => confirm({ variables: { id: booking.id } }))
              }
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
      {error && <ErrorAlert error={error} />}
      <details className="history">
        <summary>{w('history')}</summary>
        <BookingTimeline events={booking.events} />
      </details>
      <Modal
        open={dialog === 'quote'}
        title={w('quoteTitle')}
        okText={w('confirm')}
        cancelText={w('cancel')}
        okButtonProps={{ disabled: amount === null || amount <= 0, loading: confirming.loading }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          act(() =>
            confirm({ variables: { id: booking.id, quotedAmount: amount === null ? null : amount.toFixed(2) } }),
          )
        }
      >
        <p className="muted">{w('quoteHint')}</p>
        <label htmlFor={`inbox-quote-${booking.id}`}>{w('quotedAmount')}</label>
        <InputNumber
          id={`inbox-quote-${booking.id}`}
          style={{ width: '100%' }}
          min={0.01}
          precision={2}
          value={amount}
          onChange={(value) => setAmount(typeof value === 'number' ? value : null)}
        />
        {dialog === 'quote' && confirming.error && <ErrorAlert error={confirming.error} />}
      </Modal>
      <Modal
        open={dialog === 'decline' || dialog === 'complete'}
        title={dialog === 'decline' ? w('declineTitle') : w('completeTitle')}
        okText={dialog === 'decline' ? w('decline') : w('complete')}
        cancelText={w('cancel')}
        okButtonProps={{
          danger: dialog === 'decline',
          disabled: !text.trim(),
          loading: declining.loading || completing.loading,
        }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          act(() =>
            dialog === 'decline'
              ? decline({ variables: { id: booking.id, reason: text.trim() } })
              : complete({ variables: { id: booking.id, outcome: text.trim() } }),
          )
        }
      >
        <label htmlFor={`inbox-text-${booking.id}`}>{dialog === 'decline' ? w('declineReason') : w('outcome')}</label>
        <Input.TextArea
          id={`inbox-text-${booking.id}`}
          rows={3}
          maxLength={dialog === 'decline' ? 1000 : 5000}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={dialog === 'decline' ? w('declineReasonHint') : w('outcomeHint')}
        />
        {dialog === 'decline' && declining.error && <ErrorAlert error={declining.error} />}
        {dialog === 'complete' && completing.error && <ErrorAlert error={completing.error} />}
      </Modal>
    </li>
  );
}
