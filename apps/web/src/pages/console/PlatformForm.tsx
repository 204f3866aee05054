import { useState } from 'react';
import { Button, Form, Input, InputNumber, Select, Space } from 'antd';
import { useFormErrors } from '../../components/FormErrors';
import type { ConsolePlatformFragment, CreatePlatformInput } from '../../gql-workspace/graphql';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';

export type PlatformValues = CreatePlatformInput;

/** Named as CreatePlatformInput's fields (nested ones dotted), so the API's field errors land beside them. */
const FIELDS = [
  'name',
  'nameEn',
  'summary',
  'summaryEn',
  'constructionMode',
  'industryDirection',
  'keyDomains',
  'accreditations',
  'province',
  'city',
  'address',
  'website',
  'location.lat',
  'location.lng',
  'contact.name',
  'contact.phone',
  'contact.email',
];

const blankToUndefined = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

/** Create or edit a platform: the same fields, the API's validation shown under each. */
export function PlatformForm({
  initial,
  submitLabel,
  onSubmit,
  readOnly,
}: {
  initial?: ConsolePlatformFragment;
  submitLabel: string;
  onSubmit: (values: PlatformValues) => Promise<unknown>;
  readOnly?: boolean;
}) {
  const w = useWorkspaceText();
  const vocabulary = useVocabulary();
  const [form] = Form.useForm<PlatformValues>();
  const [busy, setBusy] = useState(false);
  const problems = useFormErrors(form, FIELDS);

  const submit = async (values: PlatformValues) => {
    problems.clear();
    setBusy(true);
    try {
      const location =
        typeof values.location?.lat === 'number' && typeof values.location?.lng === 'number'
          ? values.location
          : undefined;
      const contact = values.contact ?? {};
      await onSubmit({
        ...values,
        nameEn: blankToUndefined(values.nameEn),
        summaryEn: blankToUndefined(values.summaryEn),
        website: blankToUndefined(values.website),
        location,
        contact: {
          name: blankToUndefined(contact.name),
          phone: blankToUndefined(contact.phone),
          email: blankToUndefined(contact.email),
        },
        keyDomains: values.keyDomains ?? [],
        accreditations: values.accreditations ?? [],
      });
    } catch (error) {
      problems.show(error);
    } finally {
      setBusy(false);
    }
  };

  const required = (label: string) => ({ required: true, whitespace: true, message: w('required', { field: label }) });
  const max = (label: string, n: number) => ({ max: n, message: w('tooLong', { field: label, n }) });
  const multi = (name: string) => ({
    mode: 'multiple' as const,
    allowClear: true,
    showSearch: { optionFilterProp: 'label' },
    options: vocabulary.options(name),
  });

  return (
    <Form
      form={form}
      layout="vertical"
      disabled={readOnly}
      onFinish={submit}
      initialValues={
        initial
          ? {
              name: initial.name,
              nameEn: initial.nameEn ?? '',
              summary: initial.summary,
              summaryEn: initial.summaryEn ?? '',
              constructionMode: initial.constructionMode,
              industryDirection: initial.industryDirection,
              keyDomains: initial.keyDomains,
              accreditations: initial.accreditations,
              province: initial.province,
              city: initial.city,
              address: initial.address,
              website: initial.website ?? '',
              location: initial.location ?? undefined,
              contact: {
                name: initial.contact.name ?? '',
                phone: initial.contact.phone ?? '',
                email: initial.contact.email ?? '',
              },
            }
          : { keyDomains: [], accreditations: [] }
      }
    >
      <div className="form-grid">
        <Form.Item
          name="name"
          label={w('platformName')}
          rules={[required(w('platformName')), max(w('platformName'), 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="nameEn" label={w('platformNameEn')} rules={[max(w('platformNameEn'), 200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="constructionMode"
          label={w('constructionMode')}
          rules={[{ required: true, message: w('required', { field: w('constructionMode') }) }]}
        >
          <Select options={vocabulary.options('ConstructionMode')} />
        </Form.Item>
        <Form.Item
          name="industryDirection"
          label={w('industryDirection')}
          rules={[{ required: true, message: w('required', { field: w('industryDirection') }) }]}
        >
          <Select options={vocabulary.options('IndustryDirection')} />
        </Form.Item>
        <Form.Item name="keyDomains" label={w('keyDomains')}>
          <Select {...multi('KeyDomain')} />
        </Form.Item>
        <Form.Item name="accreditations" label={w('accreditations')}>
          <Select {...multi('Accreditation')} />
        </Form.Item>
        <Form.Item
          name="province"
          label={w('province')}
          rules={[{ required: true, message: w('required', { field: w('province') }) }]}
        >
          <Select showSearch={{ optionFilterProp: 'label' }} options={vocabulary.options('Province')} />
        </Form.Item>
        <Form.Item name="city" label={w('city')} rules={[required(w('city')), max(w('city'), 100)]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="address" label={w('address')} rules={[max(w('address'), 300)]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="website" label={w('website')} rules={[{ type: 'url', message: w('invalidUrl') }]}>
          <Input placeholder="https://" />
        </Form.Item>
        <Space wrap>
          <Form.Item name={['location', 'lat']} label={w('latitude')}>
            <InputNumber min={-90} max={90} step={0.0001} style={{ width: 150 }} />
          </Form.Item>
          <Form.Item name={['location', 'lng']} label={w('longitude')}>
            <InputNumber min={-180} max={180} step={0.0001} style={{ width: 150 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name={['contact', 'name']} label={w('contactName')}>
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name={['contact', 'phone']} label={w('contactPhone')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name={['contact', 'email']}
            label={w('contactEmail')}
            rules={[{ type: 'email', message: w('invalidEmail') }]}
          >
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
      </div>
      <Form.Item name="summary" label={w('summary')} rules={[max(w('summary'), 10_000)]}>
        <Input.TextArea rows={3} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="summaryEn" label={w('summaryEn')} rules={[max(w('summaryEn'), 10_000)]}>
        <Input.TextArea rows={2} maxLength={10_000} />
      </Form.Item>
      {problems.errors}
      {!readOnly && (
        <Button type="primary" htmlType="submit" loading={busy} style={{ marginTop: 12 }}>
          {submitLabel}
        </Button>
      )}
    </Form>
  );
}
