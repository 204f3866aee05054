import { Timeline } from 'antd';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { useVocabulary } from '../i18n/vocabulary';
import { formatDateTime } from './format';

interface BookingEvent {
  at: string;
  to: string;
  actorSide: string;
  reason?: string | null;
}

/** A booking's history as both sides see it: each status it reached, when, by which side, and why. */
export function BookingTimeline({ events }: { events: readonly BookingEvent[] }) {
  const { t, lang } = useLanguage();
  const vocabulary = useVocabulary();
  return (
    <Timeline
      items={events.map((event) => ({
        key: `${event.at}-${event.to}`,
        content: (
          <>
            <strong>{vocabulary.label('BookingStatus', event.to)}</strong>{' '}
            <span className="muted">
              {formatDateTime(event.at, lang)} · {t(`actor${event.actorSide}` as MessageKey)}
            </span>
            {event.reason && <div>{event.reason}</div>}
          </>
        ),
      }))}
    />
  );
}
