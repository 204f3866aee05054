import { Checkbox, DatePicker, Form, InputNumber, Modal, Select, Space, TimePicker } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useFormSubmission } from '../../components/FormErrors';
import { beforeShanghaiToday, pickedInstant, pickerDay, pickerTime, shanghaiToday } from '../../components/format';
import { PublishRecurringSlotsDocument, PublishSlotsDocument, type Weekday } from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { fromWall } from './calendarTime';
import { usePlatformContext } from './PlatformConsole';

/** A span dragged out on the calendar (a wall-clock Date) as a picker's value. */
const pickerValue = (wall: Date) => pickerTime(fromWall(wall));

function useEquipmentOptions(equipmentIds: string[]) {
  const { platform } = usePlatformContext();
  const { pick } = useLanguage();
  return platform.equipment
    .filter((e) => equipmentIds.length === 0 || equipmentIds.includes(e.id))
    .map((e) => ({ value: e.id, label: pick(e.name, e.nameEn) }));
}

interface SlotValues {
  equipmentId: string;
  startsAt: dayjs.Dayjs;
  endsAt: dayjs.Dayjs;
  openAccess: boolean;
}

/** One slot: what was dragged out on the calendar, or typed in (the keyboard's way to the same thing). */
export function PublishSlotModal({
  equipmentIds,
  initial,
  onClose,
}: {
  equipmentIds: string[];
  initial: { start: Date; end: Date } | null;
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const options = useEquipmentOptions(equipmentIds);
  const { form, run, busy, errors } = useFormSubmission<SlotValues>(['equipmentId', 'startsAt', 'endsAt'], {
    'slots.0.startsAt': 'startsAt',
    'slots.0.endsAt': 'endsAt',
  });
  const [publish] = useMutation(PublishSlotsDocument);
  const submit = async (values: SlotValues) => {
    const done = await run(() =>
      publish({
        variables: {
          input: {
            equipmentId: values.equipmentId,
            slots: [
              {
                startsAt: pickedInstant(values.startsAt),
                endsAt: pickedInstant(values.endsAt),
                openAccess: values.openAccess,
              },
            ],
          },
        },
      }),
    );
    if (done) onClose(true);
  };
  return (
    <Modal
      open
      title={w('publishSlot')}
      okText={w('publish')}
      cancelText={w('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          equipmentId: options[0]?.value,
          startsAt: initial ? pickerValue(initial.start) : undefined,
          endsAt: initial ? pickerValue(initial.end) : undefined,
          openAccess: false,
        }}
      >
        <Form.Item
          name="equipmentId"
          label={w('equipment')}
          rules={[{ required: true, message: w('required', { field: w('equipment') }) }]}
        >
          <Select options={options} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="startsAt"
            label={w('startsAtShanghai')}
            rules={[{ required: true, message: w('required', { field: w('startsAtShanghai') }) }]}
          >
            {/* No "Now": it would put the browser's own wall clock into a Shanghai time. */}
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 15 }}
              format="YYYY-MM-DD HH:mm"
              showNow={false}
              disabledDate={beforeShanghaiToday}
            />
          </Form.Item>
          <Form.Item
            name="endsAt"
            label={w('endsAtShanghai')}
            dependencies={['startsAt']}
            rules={[
              { required: true, message: w('required', { field: w('endsAtShanghai') }) },
              ({ getFieldValue }) => ({
                validator: (_, value: dayjs.Dayjs | undefined) => {
                  const start = getFieldValue('startsAt') as dayjs.Dayjs | undefined;
                  return !value || !start || value.isAfter(start)
                    ? Promise.resolve()
                    : Promise.reject(new Error(w('endAfterStart')));
                },
              }),
            ]}
          >
            <DatePicker
              showTime={{ format: 'HH:mm', minuteStep: 15 }}
              format="YYYY-MM-DD HH:mm"
              showNow={false}
              disabledDate={beforeShanghaiToday}
            />
          </Form.Item>
        </Space>
        <Form.Item name="openAccess" valuePropName="checked" extra={w('openAccessHint')}>
          <Checkbox>{w('markOpenAccess')}</Checkbox>
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}

interface RecurrenceValues {
  equipmentId: string;
  days: [dayjs.Dayjs, dayjs.Dayjs];
  weekdays: Weekday[];
  startTime: dayjs.Dayjs;
  durationHours: number;
  runsPerDay: number;
  changeoverMinutes: number;
  openAccess: boolean;
  exceptDays?: dayjs.Dayjs[];
}

/** A weekly pattern between two days, with days left out (holidays, maintenance). */
export function RecurrenceModal({
  equipmentIds,
  onClose,
}: {
  equipmentIds: string[];
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const options = useEquipmentOptions(equipmentIds);
  const { form, run, busy, errors } = useFormSubmission<RecurrenceValues>(
    ['equipmentId', 'days', 'weekdays', 'startTime', 'durationHours', 'runsPerDay', 'changeoverMinutes', 'exceptDays'],
    { fromDay: 'days', toDay: 'days' },
  );
  const [publish] = useMutation(PublishRecurringSlotsDocument);
  const submit = async (values: RecurrenceValues) => {
    const done = await run(() =>
      publish({
        variables: {
          input: {
            equipmentId: values.equipmentId,
            fromDay: values.days[0].format('YYYY-MM-DD'),
            toDay: values.days[1].format('YYYY-MM-DD'),
            weekdays: values.weekdays,
            startTime: values.startTime.format('HH:mm'),
            durationHours: values.durationHours,
            runsPerDay: values.runsPerDay,
            changeoverMinutes: values.changeoverMinutes,
            openAccess: values.openAccess,
            exceptDays: (values.exceptDays ?? []).map((d) => d.format('YYYY-MM-DD')),
          },
        },
      }),
    );
    if (done) onClose(true);
  };
  return (
    <Modal
      open
      title={w('publishRecurrence')}
      okText={w('publish')}
      cancelText={w('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={640}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          equipmentId: options[0]?.value,
          weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI'],
          // 08:00 China time (only the time of day is read: HH:mm, a Shanghai wall time).
          startTime: pickerDay(shanghaiToday()).hour(8),
          durationHours: 8,
          runsPerDay: 1,
          changeoverMinutes: 0,
          openAccess: false,
          exceptDays: [],
        }}
      >
        <Form.Item
          name="equipmentId"
          label={w('equipment')}
          rules={[{ required: true, message: w('required', { field: w('equipment') }) }]}
        >
          <Select options={options} />
        </Form.Item>
        <Form.Item
          name="days"
          label={w('recurrenceDays')}
          rules={[{ required: true, message: w('required', { field: w('recurrenceDays') }) }]}
        >
          <DatePicker.RangePicker
            // Days already past in Shanghai, where the slots are, not in the browser's zone.
            disabledDate={beforeShanghaiToday}
            aria-label={w('recurrenceDays')}
            id={{ start: 'recurrence-from', end: 'recurrence-to' }}
          />
        </Form.Item>
        <Form.Item
          name="weekdays"
          label={w('weekdays')}
          rules={[{ required: true, message: w('required', { field: w('weekdays') }) }]}
        >
          <Checkbox.Group options={vocabulary.options('Weekday')} />
        </Form.Item>
        <Space wrap>
          <Form.Item
            name="startTime"
            label={w('startTime')}
            rules={[{ required: true, message: w('required', { field: w('startTime') }) }]}
          >
            <TimePicker format="HH:mm" minuteStep={15} />
          </Form.Item>
          <Form.Item
            name="durationHours"
            label={w('durationHours')}
            rules={[{ required: true, message: w('required', { field: w('durationHours') }) }]}
          >
            <InputNumber min={0.25} max={744} step={0.5} />
          </Form.Item>
          <Form.Item name="runsPerDay" label={w('runsPerDay')}>
            <InputNumber min={1} max={24} precision={0} />
          </Form.Item>
          <Form.Item name="changeoverMinutes" label={w('changeoverMinutes')}>
            <InputNumber min={0} max={1440} precision={0} step={15} />
          </Form.Item>
        </Space>
        <Form.Item name="exceptDays" label={w('exceptDays')} extra={w('exceptDaysHint')}>
          <DatePicker multiple maxTagCount="responsive" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="openAccess" valuePropName="checked" extra={w('openAccessHint')}>
          <Checkbox>{w('markOpenAccess')}</Checkbox>
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}
