import { useEffect, useMemo, useRef, useState } from 'react';
import FullCalendar from '@fullcalendar/react';
import type { DatesSetArg, EventClickArg, EventContentArg } from '@fullcalendar/core';
import zhCnLocale from '@fullcalendar/core/locales/zh-cn';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Alert, Button, Select, Space } from 'antd';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { usePhoneWidth } from '../../components/usePhoneWidth';
import { CapacitySlotsDocument } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { fromWall, toWall, wallNow } from './calendarTime';
import { BookingRulesPanel } from './BookingRulesPanel';
import { usePlatformContext } from './PlatformConsole';
import { PublishSlotModal, RecurrenceModal } from './PublishModals';
import { SlotModal, type CalendarSlot } from './SlotModal';

/** Distinct, dark enough for white text (AA), told apart also by the equipment's name on each slot. */
const EQUIPMENT_COLOURS = ['#0958d9', '#237804', '#ad4e00', '#722ed1', '#c41d7f', '#006d75', '#613400', '#1d39c4'];
const MAX_SIDE_BY_SIDE = 20;

/**
 * The capacity calendar of a platform: its equipment side by side (a colour and a name per piece; concurrent runs
 * stand next to each other in a day's column), week or month. Drag across free time to publish a slot, or publish a
 * weekly recurrence; click a slot to block, unblock, remove it or mark it open access, and to see who holds it.
 */
export default function CalendarTab() {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform, writable } = usePlatformContext();
  const [params, setParams] = useSearchParams();
  const allIds = platform.equipment.map((e) => e.id);
  const chosen = (
    params
      .get('equipment')
      ?.split(',')
      .filter((id) => allIds.includes(id)) ?? []
  ).slice(0, MAX_SIDE_BY_SIDE);
  const equipmentIds = chosen.length ? chosen : allIds.slice(0, MAX_SIDE_BY_SIDE);
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [publishing, setPublishing] = useState<{ start: Date; end: Date } | 'form' | null>(null);
  const [recurring, setRecurring] = useState(false);
  const [opened, setOpened] = useState<CalendarSlot | null>(null);
  const frame = useRef<HTMLDivElement>(null);
  const phone = usePhoneWidth();
  const hourly = phone ? 'timeGridThreeDay' : 'timeGridWeek';
  useEffect(() => {
    // The toolbar's arrow icons are role="img" without a name; their buttons carry the name (FullCalendar's hints).
    frame.current?.querySelectorAll('.fc-icon').forEach((icon) => icon.setAttribute('aria-hidden', 'true'));
  });

  const slots = useQuery(CapacitySlotsDocument, {
    variables: { equipmentIds, from: range?.from ?? '', to: range?.to ?? '' },
    skip: !range || equipmentIds.length === 0,
    fetchPolicy: 'cache-and-network',
  });
  const colour = useMemo(
    () => new Map(allIds.map((id, i) => [id, EQUIPMENT_COLOURS[i % EQUIPMENT_COLOURS.length]])),
    [allIds],
  );
  const nameOf = useMemo(
    () => new Map(platform.equipment.map((e) => [e.id, pick(e.name, e.nameEn)])),
    [platform.equipment, pick],
  );
  const refresh = () => void slots.refetch();

  const events = (slots.data?.capacitySlots ?? []).map((slot) => ({
    id: slot.id,
    start: toWall(slot.startsAt),
    end: toWall(slot.endsAt),
    classNames: ['slot', `slot-${slot.status.toLowerCase()}`, ...(slot.openAccess ? ['slot-open-access'] : [])],
    borderColor: colour.get(slot.equipmentId),
    backgroundColor: slot.status === 'OPEN' ? '#ffffff' : colour.get(slot.equipmentId),
    extendedProps: { slot },
  }));

  const describe = (slot: CalendarSlot) => {
    const holder = slot.holder?.organization
      ? pick(slot.holder.organization.name, slot.holder.organization.nameEn)
      : '';
    return [
      equipmentIds.length > 1 ? nameOf.get(slot.equipmentId) : null,
      vocabulary.label('SlotStatus', slot.status),
      holder,
      slot.openAccess ? w('openAccessShort') : null,
    ]
      .filter(Boolean)
      .join(' · ');
  };

  const renderEvent = (arg: EventContentArg) => {
    const slot = arg.event.extendedProps.slot as CalendarSlot;
    return (
      <div className="slot-content" data-slot-id={slot.id} data-status={slot.status}>
        {/* Its name is its text (WCAG 2.5.3): the day is read out, the grid shows it for the eye. */}
        <span className="sr-only">{toWall(slot.startsAt).slice(0, 10)} </span>
        <span className="slot-time">{arg.timeText}</span> <span>{describe(slot)}</span>
      </div>
    );
  };

  return (
    <div className="calendar-layout">
      <section className="panel calendar-main" aria-labelledby="calendar-heading">
        <div className="results-header">
          <h2 id="calendar-heading" className="section-title">
            {w('capacityCalendar')}
          </h2>
          {writable && (
            <Space wrap>
              <Button onClick={() => setPublishing('form')}>{w('publishSlot')}</Button>
              <Button type="primary" onClick={() => setRecurring(true)}>
                {w('publishRecurrence')}
              </Button>
            </Space>
          )}
        </div>
        <div className="calendar-controls">
          <label htmlFor="calendar-equipment" className="muted">
            {w('equipmentShown')}
          </label>
          <Select
            id="calendar-equipment"
            mode="multiple"
            style={{ minWidth: 'min(320px, 100%)', flex: 1 }}
            value={equipmentIds}
            maxCount={MAX_SIDE_BY_SIDE}
            onChange={(ids: string[]) => {
              const next = new URLSearchParams(params);
              if (ids.length) next.set('equipment', ids.join(','));
              else next.delete('equipment');
              setParams(next, { replace: true });
            }}
            options={platform.equipment.map((e) => ({ value: e.id, label: pick(e.name, e.nameEn) }))}
          />
        </div>
        <ul className="calendar-legend" aria-label={w('legend')}>
          {equipmentIds.map((id) => (
            <li key={id}>
              <span className="swatch" style={{ background: colour.get(id) }} aria-hidden="true" />
              {nameOf.get(id)}
            </li>
          ))}
          <li>
            <span className="swatch swatch-open" aria-hidden="true" /> {vocabulary.label('SlotStatus', 'OPEN')}
          </li>
          <li>
            <span className="swatch swatch-open-access" aria-hidden="true" /> {w('openAccessShort')}
          </li>
        </ul>
        {platform.equipment.length === 0 && <Alert type="info" title={w('noEquipmentYet')} />}
        {slots.error && <ErrorAlert error={slots.error} onRetry={refresh} />}
        <div ref={frame} className="calendar-frame" data-loading={slots.loading ? 'true' : 'false'}>
          <FullCalendar
            // Its view is chosen when it mounts: a new one when the screen crosses the phone width.
            key={hourly}
            plugins={[timeGridPlugin, dayGridPlugin, interactionPlugin]}
            initialView={params.get('view') === 'month' ? 'dayGridMonth' : hourly}
            initialDate={params.get('date') ?? undefined}
            timeZone="UTC"
            // The grid holds Shanghai wall time: its "today" (and the week it opens on) is Shanghai's, not UTC's.
            now={wallNow}
            locale={lang === 'zh' ? zhCnLocale : 'en'}
            firstDay={1}
            height="auto"
            // On a phone the title has a line of its own and the buttons go below the grid.
            headerToolbar={
              phone
                ? { left: 'title', right: '' }
                : { left: 'prev,next today', center: 'title', right: `${hourly},dayGridMonth` }
            }
            footerToolbar={phone ? { left: 'prev,next today', right: `${hourly},dayGridMonth` } : undefined}
            buttonText={{ today: w('calendarToday'), month: w('calendarMonth') }}
            views={{
              timeGridWeek: { buttonText: w('calendarWeek') },
              timeGridThreeDay: { type: 'timeGrid', duration: { days: 3 }, buttonText: w('calendarThreeDays') },
            }}
            slotMinTime="06:00:00"
            slotMaxTime="22:00:00"
            scrollTime="08:00:00"
            allDaySlot={false}
            nowIndicator={false}
            slotEventOverlap={false}
            eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            dayMaxEvents={4}
            selectable={writable}
            selectMirror
            selectAllow={(span) => span.start.getTime() > wallNow().getTime()}
            select={(info) => {
              info.view.calendar.unselect();
              setPublishing({ start: info.start, end: info.end });
            }}
            dateClick={(info: DateClickArg) => {
              // Month view: a click on a day goes to that week (three days on a phone), where runs are dragged out.
              if (info.view.type === 'dayGridMonth') info.view.calendar.changeView(hourly, info.date);
            }}
            datesSet={(arg: DatesSetArg) => {
              const next = { from: fromWall(arg.start), to: fromWall(arg.end) };
              setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
            }}
            events={events}
            eventContent={renderEvent}
            eventClick={(info: EventClickArg) => setOpened(info.event.extendedProps.slot as CalendarSlot)}
            eventDidMount={(info) => {
              // FullCalendar's events are links without a target: make them buttons (named by their text).
              const slot = info.event.extendedProps.slot as CalendarSlot;
              info.el.setAttribute('role', 'button');
              info.el.setAttribute('tabindex', '0');
              info.el.addEventListener('keydown', (event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  setOpened(slot);
                }
              });
            }}
          />
        </div>
        <p className="muted">{writable ? w('calendarHelp') : w('calendarReadOnly')}</p>
      </section>
      <aside className="calendar-side">
        <BookingRulesPanel equipmentIds={equipmentIds} writable={writable} />
      </aside>
      {publishing && (
        <PublishSlotModal
          equipmentIds={equipmentIds}
          initial={publishing === 'form' ? null : publishing}
          onClose={(changed) => {
            setPublishing(null);
            if (changed) refresh();
          }}
        />
      )}
      {recurring && (
        <RecurrenceModal
          equipmentIds={equipmentIds}
          onClose={(changed) => {
            setRecurring(false);
            if (changed) refresh();
          }}
        />
      )}
      {opened && (
        <SlotModal
          slot={opened}
          equipmentName={nameOf.get(opened.equipmentId) ?? ''}
          writable={writable}
          onClose={(changed) => {
            setOpened(null);
            if (changed) refresh();
          }}
        />
      )}
    </div>
  );
}
