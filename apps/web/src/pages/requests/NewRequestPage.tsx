import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Select, Space } from 'antd';
import { useMutation } from '@apollo/client/react';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { arrivalNotice } from '../../components/useArrivalNotice';
import { useFormErrors } from '../../components/FormErrors';
import {
  beforeShanghaiToday,
  pickedDay,
  pickerDay,
  shanghaiDayFromToday,
  shanghaiDayStart,
  toMoney,
} from '../../components/format';
import { usePageTitle } from '../../components/usePageTitle';
import type { Accreditation, IndustryDirection, KeyDomain, PilotRequestKind, ServiceType } from '../../gql/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { CreatePilotRequestDocument, MyPilotRequestsDocument } from '../../gql/graphql';

interface Values {
  kind: PilotRequestKind;
  title: string;
  titleEn?: string;
  description: string;
  serviceTypes?: ServiceType[];
  industryDirection?: IndustryDirection;
  keyDomains?: KeyDomain[];
  preferredProvinces?: string[];
  requiredAccreditations?: Accreditation[];
  windowFrom: dayjs.Dayjs;
  windowTo: dayjs.Dayjs;
  budgetMin?: number | null;
  budgetMax?: number | null;
  scaleFrom?: number | null;
  scaleTo?: number | null;
  scaleUnit?: string;
  trl?: number | null;
  patentNumbers?: string;
  ipOwnership?: string;
  confidential?: boolean;
}

/** Named as CreatePilotRequestInput's fields, so the API's field errors land next to them. */
const FIELDS = [
  'kind',
  'title',
  'titleEn',
  'description',
  'serviceTypes',
  'industryDirection',
  'keyDomains',
  'preferredProvinces',
  'requiredAccreditations',
  'windowFrom',
  'windowTo',
  'budgetMin',
  'budgetMax',
  'scaleFrom',
  'scaleTo',
  'scaleUnit',
  'trl',
  'patentNumbers',
  'ipOwnership',
  'confidential',
];

const optional = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
const numberOrUndefined = (value: number | null | undefined) => (typeof value === 'number' ? value : undefined);
const moneyOrUndefined = (value: number | null | undefined) => (typeof value === 'number' ? toMoney(value) : undefined);

export default function NewRequestPage() {
  const { t } = useLanguage();
  usePageTitle(t('newRequest'));
  const vocabulary = useVocabulary();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const [create, { loading }] = useMutation(CreatePilotRequestDocument, { refetchQueries: [MyPilotRequestsDocument] });
  const problems = useFormErrors(form, FIELDS);

  const submit = async (values: Values) => {
    problems.clear();
    const patents = (values.patentNumbers ?? '')
      .split(/[,，;；\s]+/)
      .map((p) => p.trim())
      .filter(Boolean);
    try {
      const result = await create({
        variables: {
          input: {
            kind: values.kind,
            title: values.title,
            titleEn: optional(values.titleEn),
            description: values.description,
            serviceTypes: values.serviceTypes ?? [],
            industryDirection: values.industryDirection,
            keyDomains: values.keyDomains ?? [],
            preferredProvinces: values.preferredProvinces ?? [],
            requiredAccreditations: values.requiredAccreditations ?? [],
            windowFrom: shanghaiDayStart(pickedDay(values.windowFrom)),
            windowTo: `${pickedDay(values.windowTo)}T23:59:59+08:00`,
            budgetMin: moneyOrUndefined(values.budgetMin),
            budgetMax: moneyOrUndefined(values.budgetMax),
            scaleFrom: numberOrUndefined(values.scaleFrom),
            scaleTo: numberOrUndefined(values.scaleTo),
            scaleUnit: optional(values.scaleUnit),
            trl: numberOrUndefined(values.trl),
            patentNumbers: values.kind === 'TECH_TRANSFER' ? patents : [],
            ipOwnership: values.kind === 'TECH_TRANSFER' ? optional(values.ipOwnership) : undefined,
            confidential: values.confidential ?? false,
          },
        },
      });
      const id = result.data?.createPilotRequest.id;
      if (id) navigate(`/requests/${id}`, { state: arrivalNotice('requestCreated') });
    } catch (error) {
      problems.show(error);
    }
  };

  const required = (field: string) => ({ required: true, message: t('required', { field }) });
  const max = (field: string, n: number) => ({ max: n, message: t('tooLong', { field, n }) });
  const multi = (name: string) => ({
    mode: 'multiple' as const,
    allowClear: true,
    showSearch: { optionFilterProp: 'label' },
    options: vocabulary.options(name),
  });

  return (
    <div style={{ maxWidth: 820 }}>
      <h1 className="page-title">{t('newRequest')}</h1>
      <Form
        form={form}
        layout="vertical"
        className="panel"
        onFinish={submit}
        // The window is of Shanghai days: by default from a week after Shanghai's today.
        initialValues={{
          confidential: false,
          windowFrom: pickerDay(shanghaiDayFromToday(7)),
          windowTo: pickerDay(shanghaiDayFromToday(60)),
        }}
      >
        <Form.Item name="kind" label={t('requestKind')} rules={[required(t('requestKind'))]}>
          <Select options={vocabulary.options('PilotRequestKind')} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('title')}
          rules={[{ ...required(t('title')), whitespace: true }, max(t('title'), 200)]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="titleEn" label={t('titleEn')} rules={[max(t('titleEn'), 200)]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('requestDescription')}
          rules={[{ ...required(t('requestDescription')), whitespace: true }, max(t('requestDescription'), 10_000)]}
        >
          <Input.TextArea rows={4} maxLength={10_000} />
        </Form.Item>
        <Form.Item name="serviceTypes" label={t('serviceType')}>
          <Select {...multi('ServiceType')} />
        </Form.Item>
        <Form.Item name="industryDirection" label={t('industryDirection')}>
          <Select allowClear options={vocabulary.options('IndustryDirection')} />
        </Form.Item>
        <Form.Item name="keyDomains" label={t('keyDomains')}>
          <Select {...multi('KeyDomain')} />
        </Form.Item>
        <Space wrap size="large" style={{ display: 'flex' }}>
          <Form.Item name="windowFrom" label={t('windowStart')} rules={[required(t('windowStart'))]}>
            <DatePicker disabledDate={beforeShanghaiToday} showNow={false} />
          </Form.Item>
          <Form.Item
            name="windowTo"
            label={t('windowEnd')}
            dependencies={['windowFrom']}
            rules={[
              required(t('windowEnd')),
              ({ getFieldValue }) => ({
                validator: (_, value: dayjs.Dayjs | undefined) => {
                  const from = getFieldValue('windowFrom') as dayjs.Dayjs | undefined;
                  return !value || !from || !value.isBefore(from, 'day')
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('windowOrder')));
                },
              }),
            ]}
          >
            <DatePicker disabledDate={beforeShanghaiToday} showNow={false} />
          </Form.Item>
        </Space>
        <Space wrap size="large" style={{ display: 'flex' }}>
          <Form.Item name="budgetMin" label={t('budgetMin')}>
            <InputNumber min={0} step={10_000} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item
            name="budgetMax"
            label={t('budgetMax')}
            dependencies={['budgetMin']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | null | undefined) => {
                  const min = getFieldValue('budgetMin') as number | null | undefined;
                  return typeof value !== 'number' || typeof min !== 'number' || value >= min
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('minMax')));
                },
              }),
            ]}
          >
            <InputNumber min={0} step={10_000} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        <Space wrap size="large" style={{ display: 'flex' }}>
          <Form.Item name="scaleFrom" label={t('scaleFrom')}>
            <InputNumber min={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item
            name="scaleTo"
            label={t('scaleTo')}
            dependencies={['scaleFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | null | undefined) => {
                  const min = getFieldValue('scaleFrom') as number | null | undefined;
                  return typeof value !== 'number' || typeof min !== 'number' || value >= min
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('minMax')));
                },
              }),
            ]}
          >
            <InputNumber min={0} style={{ width: 140 }} />
          </Form.Item>
          <Form.Item name="scaleUnit" label={t('scaleUnit')} rules={[max(t('scaleUnit'), 30)]}>
            <Input maxLength={30} style={{ width: 120 }} placeholder="L, kg, t/d" />
          </Form.Item>
        </Space>
        <Form.Item name="preferredProvinces" label={t('preferredProvinces')}>
          <Select {...multi('Province')} />
        </Form.Item>
        <Form.Item name="requiredAccreditations" label={t('requiredAccreditations')}>
          <Select {...multi('Accreditation')} />
        </Form.Item>
        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="section-title">{t('techTransferSection')}</legend>
          <Form.Item
            name="trl"
            label={t('trl')}
            dependencies={['kind']}
            rules={[
              { type: 'integer', min: 1, max: 9, message: t('trl') },
              ...(kind === 'TECH_TRANSFER' ? [{ required: true, message: t('trlRequired') }] : []),
            ]}
          >
            <InputNumber min={1} max={9} precision={0} style={{ width: 120 }} />
          </Form.Item>
          {kind === 'TECH_TRANSFER' && (
            <>
              <Form.Item name="patentNumbers" label={t('patentNumbers')} extra={t('patentNumbersHint')}>
                <Input />
              </Form.Item>
              <Form.Item name="ipOwnership" label={t('ipOwnership')} rules={[max(t('ipOwnership'), 2000)]}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          )}
        </fieldset>
        <Form.Item name="confidential" valuePropName="checked">
          <Checkbox>{t('confidential')}</Checkbox>
        </Form.Item>
        {problems.errors}
        <Button type="primary" htmlType="submit" loading={loading} style={{ marginTop: 12 }}>
          {t('createRequest')}
        </Button>
      </Form>
    </div>
  );
}
