import { useState } from 'react';
import { Alert, Button, Descriptions, Form, Input, Modal, Rate, Skeleton, Tag, message } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageError } from '../../components/PageError';
import { BookingTimeline } from '../../components/BookingTimeline';
import { formatDateTime, formatMoney } from '../../components/format';
import { QuoteSummary } from '../../components/QuoteSummary';
import { usePageTitle } from '../../components/usePageTitle';
import { useArrivalNotice } from '../../components/useArrivalNotice';
import { useFormErrors } from '../../components/FormErrors';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { statusClass } from '../../components/statusClass';
import { canWrite, isOperator } from '../../app/capabilities';
import { useSession } from '../../app/session';
import { BookingDocument, CancelBookingDocument, ReviewBookingDocument } from '../../gql/graphql';

export default function BookingPage() {
  const { id = '' } = useParams();
  const { t, lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const [messages, messageHolder] = message.useMessage();
  const { user } = useSession();
  // Arrived from requesting it (BookingPanel): said once, here; a reload or a later visit does not repeat it.
  const bookingSent = useArrivalNotice('bookingSent');
  const { data, error, refetch } = useQuery(BookingDocument, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [cancel, cancelling] = useMutation(CancelBookingDocument);
  const [confirming, setConfirming] = useState(false);
  // The moment the page was opened: whether the free-cancellation window is still open is judged against it.
  const [openedAt] = useState(() => Date.now());
  usePageTitle(t('bookingTitle'));

  if (error && !data) return <PageError error={error} onRetry={() => void refetch()} />;
  const booking = data?.booking;
  if (!booking) return <Skeleton active />;

  // Cancelling and reviewing are the requester's OWNER's or ADMIN's (the operator cancels from its inbox).
  const requesterWrites = canWrite(user) && user?.organization?.id === booking.requesterOrganizationId;
  const cancellable = requesterWrites && (booking.status === 'REQUESTED' || booking.status === 'CONFIRMED');
  // Both sides may read a booking; the platform's side is everyone else allowed to (its operator's members).
  const operatorSide = isOperator(user) && user?.organization?.id !== booking.requesterOrganizationId;
  const freeUntil = formatDateTime(booking.freeCancellationUntil, lang);
  const withinWindow = Date.parse(booking.freeCancellationUntil) > openedAt;

  return (
    <article>
      {messageHolder}
      <h1 className="page-title">
        {t('bookingHeading', {
          name: booking.offering ? pick(booking.offering.title, booking.offering.titleEn) : booking.id,
        })}
      </h1>
      {bookingSent && <Alert type="success" title={t('bookingSent')} style={{ marginBottom: 16 }} />}
      {booking.offering && (
        <p>
          <Link to={`/offerings/${booking.offering.id}`}>{t('viewOffering')}</Link>
        </p>
      )}
      {operatorSide && booking.offering && (
        // The operator came from a notification: what it does with a booking, it does in its inbox.
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <>
              {t('operatorSideBooking')}{' '}
              <Link to={`/console/platforms/${booking.offering.platform.id}/inbox`}>{t('openInbox')}</Link>
            </>
          }
        />
      )}
      <section className="panel" aria-label={t('bookingTitle')}>
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('status')}>
            <Tag className={statusClass(booking.status)} data-testid="booking-status">
              {vocabulary.label('BookingStatus', booking.status)}
            </Tag>
          </Descriptions.Item>
          {booking.offering && (
            <Descriptions.Item label={t('platform')}>
              {pick(booking.offering.platform.name, booking.offering.platform.nameEn)}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('firstSlot')}>
            {formatDateTime(booking.firstSlotStartsAt, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('lastSlot')}>{formatDateTime(booking.lastSlotEndsAt, lang)}</Descriptions.Item>
          <Descriptions.Item label={t('createdAt')}>{formatDateTime(booking.createdAt, lang)}</Descriptions.Item>
          {booking.brief && <Descriptions.Item label={t('brief')}>{booking.brief}</Descriptions.Item>}
          {booking.outcome && <Descriptions.Item label={t('outcome')}>{booking.outcome}</Descriptions.Item>}
        </Descriptions>
        {booking.status === 'REQUESTED' && booking.holdExpiresAt && (
          <p className="muted">{t('holdUntil', { time: formatDateTime(booking.holdExpiresAt, lang) })}</p>
        )}
        {cancellable && (
          <>
            <p>{t('freeCancellationUntil', { time: freeUntil })}</p>
            <Button danger onClick={() => setConfirming(true)}>
              {t('cancelBooking')}
            </Button>
          </>
        )}
        {cancelling.error && !confirming && <ErrorAlert error={cancelling.error} />}
      </section>

      <Modal
        open={confirming}
        title={t('cancelConfirmTitle')}
        okText={t('cancelConfirm')}
        cancelText={t('keepBooking')}
        okButtonProps={{ danger: true, disabled: !withinWindow, loading: cancelling.loading }}
        onCancel={() => setConfirming(false)}
        onOk={async () => {
          try {
            await cancel({ variables: { id: booking.id } });
            setConfirming(false);
            void messages.success(t('cancelled'));
          } catch {
            // Shown in the dialog: the API's reason (e.g. the window closed meanwhile).
          }
        }}
      >
        {withinWindow ? (
          <p>
            {t('freeCancellationUntil', { time: freeUntil })}. {t('cancelFree')}
          </p>
        ) : (
          <Alert type="warning" title={t('cancelTooLate', { time: freeUntil })} />
        )}
        {cancelling.error && <ErrorAlert error={cancelling.error} />}
      </Modal>

      <section className="panel" aria-labelledby="booking-slots">
        <h2 id="booking-slots" className="section-title">
          {t('slots')}
        </h2>
        <ul>
          {booking.slots.map((slot) => (
            <li key={slot.slotId}>
              {formatDateTime(slot.startsAt, lang)} – {formatDateTime(slot.endsAt, lang)}
              {slot.openAccess && (
                <Tag className="tag-good" style={{ marginLeft: 6 }}>
                  {t('openAccess')}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      </section>

      {(booking.quote || booking.charge) && (
        <section className="panel" aria-labelledby="booking-cost">
          <h2 id="booking-cost" className="section-title">
            {t('cost')}
          </h2>
          {booking.quote && <QuoteSummary quote={booking.quote} />}
          {booking.charge && (
            // Once completed, what was charged (the operator's adjustments included) and what the requester pays.
            <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
              <Descriptions.Item label={t('charged')}>{formatMoney(booking.charge.total, lang)}</Descriptions.Item>
              {Number(booking.charge.voucherCovered) > 0 && (
                <Descriptions.Item label={t('voucherCovered')}>
                  {formatMoney(booking.charge.voucherCovered, lang)}
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('payable')}>
                <strong className="price">{formatMoney(booking.charge.payableByRequester, lang)}</strong>
              </Descriptions.Item>
            </Descriptions>
          )}
        </section>
      )}

      <section className="panel" aria-labelledby="booking-history">
        <h2 id="booking-history" className="section-title">
          {t('history')}
        </h2>
        <BookingTimeline events={booking.events} />
      </section>

      {booking.status === 'COMPLETED' && (requesterWrites || typeof booking.rating === 'number') && (
        <ReviewPanel id={booking.id} rating={booking.rating} comment={booking.reviewComment} />
      )}
    </article>
  );
}

function ReviewPanel({ id, rating, comment }: { id: string; rating?: number | null; comment?: string | null }) {
  const { t } = useLanguage();
  const [messages, messageHolder] = message.useMessage();
  const [form] = Form.useForm<{ rating: number; comment?: string }>();
  const [review, { loading }] = useMutation(ReviewBookingDocument);
  const problems = useFormErrors(form, ['rating', 'comment']);
  if (rating) {
    return (
      <section className="panel" aria-labelledby="booking-review">
        <h2 id="booking-review" className="section-title">
          {t('reviewTitle')}
        </h2>
        <p>{t('reviewed', { rating })}</p>
        {comment && <p>{comment}</p>}
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="booking-review">
      <h2 id="booking-review" className="section-title">
        {t('reviewTitle')}
      </h2>
      {messageHolder}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (values) => {
          problems.clear();
          try {
            await review({ variables: { input: { id, rating: values.rating, comment: values.comment || undefined } } });
            void messages.success(t('reviewThanks'));
          } catch (failure) {
            problems.show(failure);
          }
        }}
      >
        <Form.Item
          name="rating"
          label={t('ratingLabel')}
          rules={[
            { required: true, type: 'integer', min: 1, max: 5, message: t('required', { field: t('ratingLabel') }) },
          ]}
        >
          <Rate />
        </Form.Item>
        <Form.Item
          name="comment"
          label={t('comment')}
          rules={[{ max: 2000, message: t('tooLong', { field: t('comment'), n: 2000 }) }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {problems.errors}
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('submitReview')}
        </Button>
      </Form>
    </section>
  );
}
