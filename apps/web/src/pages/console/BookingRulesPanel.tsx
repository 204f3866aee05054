import { useState } from 'react';
import { Button, Form, InputNumber, Select, message } from 'antd';
import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EquipmentRulesDocument, SetBookingRulesDocument, type ConfirmationMode } from '../../gql-workspace/graphql';
import { useFormErrors } from '../../components/FormErrors';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { usePlatformContext } from './PlatformConsole';

interface RulesValues {
  minNoticeHours: number;
  maxRunHours: number | null;
  bufferMinutes: number;
  confirmationMode: ConfirmationMode;
  maxAdvanceDays: number;
}

const FIELDS = ['minNoticeHours', 'maxRunHours', 'bufferMinutes', 'confirmationMode', 'maxAdvanceDays'];

/** The booking rules of one piece of equipment, beside its calendar. */
export function BookingRulesPanel({ equipmentIds, writable }: { equipmentIds: string[]; writable: boolean }) {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform } = usePlatformContext();
  const [picked, setPicked] = useState<string | null>(null);
  const equipmentId = picked && equipmentIds.includes(picked) ? picked : (equipmentIds[0] ?? null);
  const rules = useQuery(EquipmentRulesDocument, {
    variables: { equipmentId: equipmentId ?? '' },
    skip: !equipmentId,
  });
  const [save, saving] = useMutation(SetBookingRulesDocument);
  const [form] = Form.useForm<RulesValues>();
  const problems = useFormErrors(form, FIELDS);
  const [messages, holder] = message.useMessage();
  if (!equipmentId) return null;
  const current = rules.data?.bookingRules;
  return (
    <section className="panel" aria-labelledby="rules-heading">
      {holder}
      <h2 id="rules-heading" className="section-title">
        {w('bookingRules')}
      </h2>
      <label htmlFor="rules-equipment" className="muted">
        {w('equipment')}
      </label>
      <Select
        id="rules-equipment"
        style={{ width: '100%', marginBottom: 12 }}
        value={equipmentId}
        onChange={setPicked}
        options={platform.equipment
          .filter((e) => equipmentIds.includes(e.id))
          .map((e) => ({ value: e.id, label: pick(e.name, e.nameEn) }))}
      />
      {rules.error && <ErrorAlert error={rules.error} />}
      {current && (
        <Form
          key={`${current.equipmentId}-${JSON.stringify(current)}`}
          form={form}
          layout="vertical"
          disabled={!writable}
          initialValues={current}
          onFinish={async (values) => {
            problems.clear();
            try {
              await save({ variables: { input: { equipmentId, ...values, maxRunHours: values.maxRunHours ?? null } } });
              void messages.success(w('saved'));
            } catch (error) {
              problems.show(error);
            }
          }}
        >
          <Form.Item name="confirmationMode" label={w('confirmationMode')}>
            <Select options={vocabulary.options('ConfirmationMode')} />
          </Form.Item>
          <Form.Item name="minNoticeHours" label={w('minNoticeHours')}>
            <InputNumber min={0} max={2160} precision={0} />
          </Form.Item>
          <Form.Item name="bufferMinutes" label={w('bufferMinutes')}>
            <InputNumber min={0} max={1440} precision={0} step={15} />
          </Form.Item>
          <Form.Item name="maxRunHours" label={w('maxRunHours')} extra={w('maxRunHoursHint')}>
            <InputNumber min={1} max={8784} precision={0} />
          </Form.Item>
          <Form.Item name="maxAdvanceDays" label={w('maxAdvanceDays')}>
            <InputNumber min={1} max={730} precision={0} />
          </Form.Item>
          {problems.errors}
          {writable && (
            <Button htmlType="submit" loading={saving.loading}>
              {w('saveRules')}
            </Button>
          )}
        </Form>
      )}
    </section>
  );
}
