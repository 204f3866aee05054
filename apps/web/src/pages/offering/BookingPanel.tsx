import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, InputNumber, Skeleton, Space, Tag } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import dayjs from 'dayjs';
import { Link, useLocation, useNavigate } from 'react-router';
import { canBook } from '../../app/capabilities';
import { useSession } from '../../app/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormErrors } from '../../components/FormErrors';
import { QuoteSummary } from '../../components/QuoteSummary';
import { shanghai } from '../../components/format';
import { newIdempotencyKey } from '../../components/idempotency';
import { arrivalNotice } from '../../components/useArrivalNotice';
import type { AvailableSlotsQuery, PriceModel } from '../../gql/graphql';
import { toApiError } from '../../graphql/errors';
import { useLanguage } from '../../i18n/language';
import { AvailableSlotsDocument, QuoteBookingDocument, RequestBookingDocument } from '../../gql/graphql';

const WEEKS = 4;
/** Refusals that mean a chosen slot is no longer there to book. */
const SLOT_GONE = new Set(['SLOT_UNAVAILABLE', 'SLOT_NOT_OPEN', 'SLOT_NOT_FOUND']);
type Slot = AvailableSlotsQuery['availableSlots'][number];
/** Offerings priced by a count the requester names (the API takes 1 when it is left out). */
const QUANTITY_LABEL: Partial<Record<PriceModel, 'quantitySamples' | 'quantityBatches'>> = {
  PER_SAMPLE: 'quantitySamples',
  PER_BATCH: 'quantityBatches',
};

/** Monday 00:00 (China time) of the week containing `day`, as a dayjs in Shanghai wall time. */
const weekStart = (day: dayjs.Dayjs) => day.startOf('day').subtract((day.day() + 6) % 7, 'day');

export function BookingPanel({
  offeringId,
  priceModel,
  equipmentNames,
}: {
  offeringId: string;
  priceModel: PriceModel;
  equipmentNames: Map<string, string>;
}) {
  const { t, lang } = useLanguage();
  const { user } = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ brief: string; quantity?: number | null }>();
  const quantityLabel = QUANTITY_LABEL[priceModel];
  const quantity = Form.useWatch('quantity', form) ?? null;
  const [offsetWeeks, setOffsetWeeks] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const problems = useFormErrors(form, ['brief', 'quantity']);
  // One key per booking the user means: kept across double clicks and retries, renewed when the request changes.
  const idempotencyKey = useRef(newIdempotencyKey());

  const range = useMemo(() => {
    const from = shanghai(new Date()).add(offsetWeeks * 7, 'day');
    return { from, to: weekStart(from).add(WEEKS * 7, 'day') };
  }, [offsetWeeks]);
  const slots = useQuery(AvailableSlotsDocument, {
    variables: {
      offeringId,
      from: `${range.from.format('YYYY-MM-DDTHH:mm:ss')}+08:00`,
      to: `${range.to.format('YYYY-MM-DD')}T00:00:00+08:00`,
    },
  });
  const [requestBooking, booking] = useMutation(RequestBookingDocument);
  // What the chosen slots would cost, priced and checked by the API as the request would be (nothing is held).
  const validQuantity = quantity === null || (Number.isInteger(quantity) && quantity >= 1 && quantity <= 100_000);
  const quote = useQuery(QuoteBookingDocument, {
    variables: {
      input: { offeringId, slotIds: selected, ...(quantityLabel && quantity !== null ? { quantity } : {}) },
    },
    skip: selected.length === 0 || !validQuantity,
  });

  const toggle = (slotId: string, on: boolean) => {
    idempotencyKey.current = newIdempotencyKey();
    // A refusal answered by choosing other slots is no longer news.
    problems.clear();
    setSelected((current) => (on ? [...current, slotId] : current.filter((id) => id !== slotId)));
  };

  const submit = async ({ brief, quantity }: { brief: string; quantity?: number | null }) => {
    problems.clear();
    const shownAmount = quote.loading ? null : quote.data?.quoteBooking.amount;
    try {
      const result = await requestBooking({
        variables: {
          input: {
            offeringId,
            slotIds: selected,
            brief: brief ?? '',
            idempotencyKey: idempotencyKey.current,
            ...(quantityLabel && typeof quantity === 'number' ? { quantity } : {}),
            // Booked at the amount shown, or refused (QUOTE_CHANGED) if the operator changed the price since.
            ...(shownAmount ? { expectedAmount: shownAmount } : {}),
          },
        },
      });
      const id = result.data?.requestBooking.id;
      idempotencyKey.current = newIdempotencyKey();
      // The booking's page says it was sent (a message here would leave with this page, unread).
      if (id) navigate(`/bookings/${id}`, { state: arrivalNotice('bookingSent') });
    } catch (error) {
      const api = toApiError(error);
      if (api.reason && SLOT_GONE.has(api.reason)) {
        // Taken (or withdrawn) meanwhile: show the calendar as it is now, without that slot; the brief stays.
        if (api.slotId) setSelected((current) => current.filter((id) => id !== api.slotId));
        idempotencyKey.current = newIdempotencyKey();
        void slots.refetch();
      }
      // The price changed since the quote: show the new one (nothing was booked).
      if (api.reason === 'QUOTE_CHANGED') void quote.refetch();
      problems.show(error);
    }
  };

  const weeks = groupByWeek(slots.data?.availableSlots ?? [], range.from, WEEKS);
  const weekdays = Array.from({ length: 7 }, (_, i) => dayjs('2024-01-01').add(i, 'day'));

  return (
    <section className="panel" aria-labelledby="offering-availability">
      <h2 id="offering-availability" className="section-title">
        {t('availability', { weeks: WEEKS })}
      </h2>
      <Space style={{ marginBottom: 12 }}>
        <Button disabled={offsetWeeks === 0} onClick={() => setOffsetWeeks(offsetWeeks - WEEKS)}>
          {t('previousWeeks')}
        </Button>
        <Button onClick={() => setOffsetWeeks(offsetWeeks + WEEKS)}>{t('nextWeeks')}</Button>
      </Space>
      {slots.error ? (
        <ErrorAlert error={slots.error} onRetry={() => void slots.refetch()} />
      ) : slots.loading && !slots.data ? (
        <Skeleton active />
      ) : (slots.data?.availableSlots.length ?? 0) === 0 ? (
        <p className="muted">{t('noSlots')}</p>
      ) : (
        <div className="calendar-scroll">
          <table className="calendar">
            <thead>
              <tr>
                {weekdays.map((day) => (
                  <th key={day.day()} scope="col">
                    {day.locale(lang === 'zh' ? 'zh-cn' : 'en').format('ddd')}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {weeks.map((week) => (
                <tr key={week.start.format('YYYY-MM-DD')}>
                  {week.days.map((day) => (
                    <td key={day.date.format('YYYY-MM-DD')} className={day.slots.length ? undefined : 'no-slots'}>
                      <div className="muted">
                        {day.date.format(lang === 'zh' ? 'M月D日' : 'D MMM')}
                        {/* A phone lists the days one under another (styles.css): each says its weekday. */}
                        <span className="calendar-weekday">
                          {' '}
                          {day.date.locale(lang === 'zh' ? 'zh-cn' : 'en').format('ddd')}
                        </span>
                      </div>
                      {day.slots.map((slot) => {
                        const starts = shanghai(slot.startsAt);
                        const ends = shanghai(slot.endsAt);
                        const time = `${starts.format('HH:mm')}–${ends.format(ends.isSame(starts, 'day') ? 'HH:mm' : 'M/D HH:mm')}`;
                        const hours = t('slotHours', { hours: slot.hours });
                        const label = `${time} · ${equipmentNames.get(slot.equipmentId) ?? ''} · ${hours}`;
                        return (
                          <Checkbox
                            key={slot.id}
                            className="slot"
                            checked={selected.includes(slot.id)}
                            onChange={(event) => toggle(slot.id, event.target.checked)}
                            aria-label={`${starts.format('YYYY-MM-DD')} ${label}${slot.openAccess ? ` · ${t('openAccess')}` : ''}`}
                          >
                            {/* The time and the hours each stay on one line. */}
                            <span className="nowrap">{time}</span> · {equipmentNames.get(slot.equipmentId) ?? ''} ·{' '}
                            <span className="nowrap">{hours}</span>
                            {slot.openAccess && (
                              <Tag className="tag-good" style={{ marginLeft: 4 }}>
                                {t('openAccess')}
                              </Tag>
                            )}
                          </Checkbox>
                        );
                      })}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <div style={{ marginTop: 16 }}>
        {!user ? (
          <Link to={`/login?next=${encodeURIComponent(location.pathname)}`}>{t('signInToBook')}</Link>
        ) : !canBook(user) ? (
          <Alert type="info" showIcon title={t('bookingNotForYou')} />
        ) : (
          <Form
            form={form}
            layout="vertical"
            onFinish={submit}
            onValuesChange={() => (idempotencyKey.current = newIdempotencyKey())}
          >
            <p aria-live="polite">{t('selectedSlots', { n: selected.length })}</p>
            {quantityLabel && (
              <Form.Item
                name="quantity"
                label={t(quantityLabel)}
                rules={[
                  {
                    type: 'integer',
                    min: 1,
                    max: 100_000,
                    message: t('quantityRange', { field: t(quantityLabel) }),
                  },
                ]}
              >
                <InputNumber min={1} max={100_000} precision={0} placeholder="1" />
              </Form.Item>
            )}
            {selected.length > 0 && (
              <section aria-labelledby="booking-estimate" aria-live="polite" style={{ marginBottom: 12 }}>
                <h3 id="booking-estimate" style={{ fontSize: 15, margin: '0 0 4px' }}>
                  {t('estimatedCost')}
                </h3>
                {quote.error ? (
                  <ErrorAlert error={quote.error} />
                ) : quote.data ? (
                  <QuoteSummary quote={quote.data.quoteBooking} />
                ) : (
                  <p className="muted">{t('loading')}</p>
                )}
              </section>
            )}
            <Form.Item
              name="brief"
              label={t('brief')}
              rules={[{ max: 5000, message: t('tooLong', { field: t('brief'), n: 5000 }) }]}
            >
              <Input.TextArea rows={3} placeholder={t('briefPlaceholder')} maxLength={5000} />
            </Form.Item>
            {problems.errors}
            <Button
              type="primary"
              htmlType="submit"
              loading={booking.loading}
              disabled={selected.length === 0}
              style={{ marginTop: 12 }}
            >
              {selected.length === 0 ? t('selectSlotsFirst') : t('requestBooking')}
            </Button>
          </Form>
        )}
      </div>
    </section>
  );
}

interface Week {
  start: dayjs.Dayjs;
  days: Array<{ date: dayjs.Dayjs; slots: Slot[] }>;
}

function groupByWeek(slots: Slot[], from: dayjs.Dayjs, weeks: number): Week[] {
  const first = weekStart(from);
  const byDay = new Map<string, Slot[]>();
  for (const slot of slots) {
    const key = shanghai(slot.startsAt).format('YYYY-MM-DD');
    byDay.set(key, [...(byDay.get(key) ?? []), slot]);
  }
  return Array.from({ length: weeks }, (_, w) => {
    const start = first.add(w * 7, 'day');
    return {
      start,
      days: Array.from({ length: 7 }, (_, d) => {
        const date = start.add(d, 'day');
        return { date, slots: byDay.get(date.format('YYYY-MM-DD')) ?? [] };
      }),
    };
  }).filter((week) => week.days.some((day) => day.slots.length > 0));
}
