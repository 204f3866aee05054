import { useState } from 'react';
import { Button, Checkbox, Form, Input, InputNumber, Modal, Popconfirm, Select, Space, Table, Tag } from 'antd';
import { useMutation } from '@apollo/client/react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormSubmission } from '../../components/FormErrors';
import { formatMoney, toMoney } from '../../components/format';
import { statusClass } from '../../components/statusClass';
import {
  ArchiveOfferingDocument,
  CreateEquipmentDocument,
  CreateOfferingDocument,
  UpdateEquipmentDocument,
  UpdateOfferingDocument,
  type ConsoleEquipmentFragment,
  type ConsoleOfferingFragment,
  type PriceModel,
} from '../../gql-workspace/graphql';
import { useLanguage } from '../../i18n/language';
import { useVocabulary } from '../../i18n/vocabulary';
import { useWorkspaceText } from '../../i18n/workspace';
import { usePlatformContext } from './PlatformConsole';

const optional = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);

export default function CatalogTab() {
  const w = useWorkspaceText();
  const { lang, pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { platform, offerings, writable, refetch } = usePlatformContext();
  const [equipment, setEquipment] = useState<ConsoleEquipmentFragment | 'new' | null>(null);
  const [offering, setOffering] = useState<ConsoleOfferingFragment | 'new' | null>(null);
  const [archive, archiving] = useMutation(ArchiveOfferingDocument);
  const names = new Map(platform.equipment.map((e) => [e.id, pick(e.name, e.nameEn)]));

  return (
    <>
      <section className="panel" aria-labelledby="catalog-equipment">
        <div className="results-header">
          <h2 id="catalog-equipment" className="section-title">
            {w('equipment')}
          </h2>
          {writable && <Button onClick={() => setEquipment('new')}>{w('addEquipment')}</Button>}
        </div>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={platform.equipment}
          columns={[
            { title: w('equipmentName'), render: (_, e) => pick(e.name, e.nameEn) },
            { title: w('category'), dataIndex: 'category' },
            { title: w('model'), render: (_, e) => [e.manufacturer, e.model].filter(Boolean).join(' ') },
            { title: w('capacity'), render: (_, e) => (e.capacity ? `${e.capacity.value} ${e.capacity.unit}` : '—') },
            {
              title: w('specifications'),
              render: (_, e) => e.specifications.map((s) => `${s.key} ${s.value}${s.unit ?? ''}`).join('；'),
            },
            { title: w('shareable'), render: (_, e) => (e.shareable ? w('yes') : w('no')) },
            ...(writable
              ? [
                  {
                    title: w('actions'),
                    render: (_: unknown, e: ConsoleEquipmentFragment) => (
                      <Button
                        size="small"
                        onClick={() => setEquipment(e)}
                        aria-label={`${w('edit')} ${pick(e.name, e.nameEn)}`}
                      >
                        {w('edit')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>

      <section className="panel" aria-labelledby="catalog-offerings">
        <div className="results-header">
          <h2 id="catalog-offerings" className="section-title">
            {w('offerings')}
          </h2>
          {writable && <Button onClick={() => setOffering('new')}>{w('addOffering')}</Button>}
        </div>
        {archiving.error && <ErrorAlert error={archiving.error} />}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={offerings}
          columns={[
            { title: w('offeringTitle'), render: (_, o) => pick(o.title, o.titleEn) },
            { title: w('serviceType'), render: (_, o) => vocabulary.label('ServiceType', o.serviceType) },
            {
              title: w('price'),
              render: (_, o) =>
                `${vocabulary.label('PriceModel', o.pricing.model)}${o.pricing.amount ? ` ${formatMoney(o.pricing.amount, lang)}` : ''}`,
            },
            { title: w('leadTimeDays'), dataIndex: 'leadTimeDays' },
            {
              title: w('equipment'),
              render: (_, o) => o.equipmentIds.map((id) => names.get(id) ?? id).join(w('listJoin')),
            },
            {
              title: w('offeringStatus'),
              render: (_, o) => (
                <Tag className={statusClass(o.status)}>{vocabulary.label('OfferingStatus', o.status)}</Tag>
              ),
            },
            ...(writable
              ? [
                  {
                    title: w('actions'),
                    render: (_: unknown, o: ConsoleOfferingFragment) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => setOffering(o)}
                          aria-label={`${w('edit')} ${pick(o.title, o.titleEn)}`}
                        >
                          {w('edit')}
                        </Button>
                        {o.status === 'ACTIVE' && (
                          <Popconfirm
                            title={w('archiveConfirm')}
                            okText={w('archive')}
                            cancelText={w('cancel')}
                            onConfirm={async () => {
                              try {
                                await archive({ variables: { id: o.id } });
                                refetch();
                              } catch {
                                // Shown above the table.
                              }
                            }}
                          >
                            <Button size="small" danger aria-label={`${w('archive')} ${pick(o.title, o.titleEn)}`}>
                              {w('archive')}
                            </Button>
                          </Popconfirm>
                        )}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </section>
      {equipment && (
        <EquipmentModal
          platformId={platform.id}
          equipment={equipment === 'new' ? null : equipment}
          onClose={(changed) => {
            setEquipment(null);
            if (changed) refetch();
          }}
        />
      )}
      {offering && (
        <OfferingModal
          platformId={platform.id}
          equipment={platform.equipment}
          offering={offering === 'new' ? null : offering}
          onClose={(changed) => {
            setOffering(null);
            if (changed) refetch();
          }}
        />
      )}
    </>
  );
}

interface EquipmentValues {
  name: string;
  nameEn?: string;
  category: string;
  model?: string;
  manufacturer?: string;
  shareable: boolean;
  capacity?: { value?: number | null; unit?: string };
  specifications?: Array<{ key: string; value: string; unit?: string }>;
}

const EQUIPMENT_FIELDS = [
  'name',
  'nameEn',
  'category',
  'model',
  'manufacturer',
  'shareable',
  'capacity.value',
  'capacity.unit',
];

function EquipmentModal({
  platformId,
  equipment,
  onClose,
}: {
  platformId: string;
  equipment: ConsoleEquipmentFragment | null;
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const { form, run, busy, errors } = useFormSubmission<EquipmentValues>(EQUIPMENT_FIELDS);
  const [create] = useMutation(CreateEquipmentDocument);
  const [update] = useMutation(UpdateEquipmentDocument);
  const submit = async (values: EquipmentValues) => {
    const capacity =
      typeof values.capacity?.value === 'number' && values.capacity.unit?.trim()
        ? { value: values.capacity.value, unit: values.capacity.unit.trim() }
        : undefined;
    const specifications = (values.specifications ?? [])
      .filter((s) => s?.key?.trim() && s?.value?.trim())
      .map((s) => ({ key: s.key.trim(), value: s.value.trim(), unit: optional(s.unit) }));
    const fields = {
      name: values.name,
      nameEn: optional(values.nameEn),
      category: values.category,
      model: optional(values.model),
      manufacturer: optional(values.manufacturer),
      shareable: values.shareable,
      capacity,
      specifications,
    };
    const done = await run(() =>
      equipment
        ? update({ variables: { input: { id: equipment.id, ...fields } } })
        : create({ variables: { input: { platformId, ...fields } } }),
    );
    if (done) onClose(true);
  };
  const required = (label: string) => ({ required: true, whitespace: true, message: w('required', { field: label }) });
  return (
    <Modal
      open
      title={equipment ? w('editEquipment') : w('addEquipment')}
      okText={w('save')}
      cancelText={w('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={720}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          equipment
            ? {
                ...equipment,
                nameEn: equipment.nameEn ?? '',
                model: equipment.model ?? '',
                manufacturer: equipment.manufacturer ?? '',
                capacity: equipment.capacity ?? undefined,
                specifications: equipment.specifications.map((s) => ({ ...s, unit: s.unit ?? '' })),
              }
            : { shareable: true, specifications: [] }
        }
      >
        <div className="form-grid">
          <Form.Item name="name" label={w('equipmentName')} rules={[required(w('equipmentName'))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="nameEn" label={w('equipmentNameEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="category" label={w('category')} rules={[required(w('category'))]} extra={w('categoryHint')}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="manufacturer" label={w('manufacturer')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="model" label={w('model')}>
            <Input maxLength={100} />
          </Form.Item>
          <Space>
            <Form.Item name={['capacity', 'value']} label={w('capacity')}>
              <InputNumber min={0} style={{ width: 120 }} />
            </Form.Item>
            <Form.Item name={['capacity', 'unit']} label={w('unit')}>
              <Input maxLength={30} style={{ width: 90 }} placeholder="L" />
            </Form.Item>
          </Space>
        </div>
        <fieldset className="plain-fieldset">
          <legend>{w('specifications')}</legend>
          <Form.List name="specifications">
            {(items, { add, remove }) => (
              <>
                {items.map((item, index) => (
                  <Space key={item.key} align="baseline" wrap>
                    <Form.Item name={[item.name, 'key']} rules={[required(w('specKey'))]}>
                      <Input placeholder={w('specKey')} aria-label={`${w('specKey')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'value']} rules={[required(w('specValue'))]}>
                      <Input placeholder={w('specValue')} aria-label={`${w('specValue')} ${index + 1}`} />
                    </Form.Item>
                    <Form.Item name={[item.name, 'unit']}>
                      <Input placeholder={w('unit')} aria-label={`${w('unit')} ${index + 1}`} style={{ width: 90 }} />
                    </Form.Item>
                    <Button onClick={() => remove(item.name)}>{w('remove')}</Button>
                  </Space>
                ))}
                <Button onClick={() => add({ key: '', value: '', unit: '' })}>{w('addSpecification')}</Button>
              </>
            )}
          </Form.List>
        </fieldset>
        <Form.Item name="shareable" valuePropName="checked">
          <Checkbox>{w('shareableHint')}</Checkbox>
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}

interface OfferingValues {
  title: string;
  titleEn?: string;
  description: string;
  descriptionEn?: string;
  serviceType: string;
  keywords?: string[];
  leadTimeDays: number;
  accreditations?: string[];
  equipmentIds?: string[];
  pricing: { model: PriceModel; amount?: number | null };
  scale?: { min?: number | null; max?: number | null; unit?: string };
}

const OFFERING_FIELDS = [
  'title',
  'titleEn',
  'description',
  'descriptionEn',
  'serviceType',
  'keywords',
  'leadTimeDays',
  'accreditations',
  'equipmentIds',
  'pricing.model',
  'pricing.amount',
  'scale.min',
  'scale.max',
  'scale.unit',
];

function OfferingModal({
  platformId,
  equipment,
  offering,
  onClose,
}: {
  platformId: string;
  equipment: ConsoleEquipmentFragment[];
  offering: ConsoleOfferingFragment | null;
  onClose: (changed: boolean) => void;
}) {
  const w = useWorkspaceText();
  const { pick } = useLanguage();
  const vocabulary = useVocabulary();
  const { form, run, busy, errors } = useFormSubmission<OfferingValues>(OFFERING_FIELDS);
  const model = Form.useWatch(['pricing', 'model'], form);
  const [create] = useMutation(CreateOfferingDocument);
  const [update] = useMutation(UpdateOfferingDocument);
  const submit = async (values: OfferingValues) => {
    const scale =
      typeof values.scale?.min === 'number' && typeof values.scale?.max === 'number' && values.scale.unit?.trim()
        ? { min: values.scale.min, max: values.scale.max, unit: values.scale.unit.trim() }
        : undefined;
    const fields = {
      title: values.title,
      titleEn: optional(values.titleEn),
      description: values.description,
      descriptionEn: optional(values.descriptionEn),
      serviceType: values.serviceType as ConsoleOfferingFragment['serviceType'],
      keywords: values.keywords ?? [],
      leadTimeDays: values.leadTimeDays,
      accreditations: (values.accreditations ?? []) as ConsoleOfferingFragment['accreditations'],
      equipmentIds: values.equipmentIds ?? [],
      pricing: {
        model: values.pricing.model,
        amount:
          values.pricing.model === 'QUOTE' || typeof values.pricing.amount !== 'number'
            ? undefined
            : toMoney(values.pricing.amount),
      },
      scale,
    };
    const done = await run(() =>
      offering
        ? update({ variables: { input: { id: offering.id, ...fields } } })
        : create({ variables: { input: { platformId, ...fields } } }),
    );
    if (done) onClose(true);
  };
  const required = (label: string) => ({ required: true, whitespace: true, message: w('required', { field: label }) });
  return (
    <Modal
      open
      title={offering ? w('editOffering') : w('addOffering')}
      okText={w('save')}
      cancelText={w('cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => onClose(false)}
      width={760}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={
          offering
            ? {
                ...offering,
                titleEn: offering.titleEn ?? '',
                descriptionEn: offering.descriptionEn ?? '',
                scale: offering.scale ?? undefined,
                // The form edits a number; the API sends Money as exact decimal text.
                pricing: {
                  model: offering.pricing.model,
                  amount: offering.pricing.amount === null ? undefined : Number(offering.pricing.amount),
                },
              }
            : { leadTimeDays: 7, keywords: [], accreditations: [], equipmentIds: [], pricing: { model: 'PER_BATCH' } }
        }
      >
        <div className="form-grid">
          <Form.Item name="title" label={w('offeringTitle')} rules={[required(w('offeringTitle'))]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="titleEn" label={w('offeringTitleEn')}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="serviceType"
            label={w('serviceType')}
            rules={[{ required: true, message: w('required', { field: w('serviceType') }) }]}
          >
            <Select options={vocabulary.options('ServiceType')} />
          </Form.Item>
          <Form.Item
            name="leadTimeDays"
            label={w('leadTimeDays')}
            rules={[{ type: 'integer', min: 0, max: 365, message: w('leadTimeRange') }]}
          >
            <InputNumber min={0} max={365} precision={0} />
          </Form.Item>
          <Form.Item name={['pricing', 'model']} label={w('priceModel')}>
            <Select options={vocabulary.options('PriceModel')} />
          </Form.Item>
          <Form.Item
            name={['pricing', 'amount']}
            label={w('priceAmount')}
            rules={model === 'QUOTE' ? [] : [{ required: true, message: w('required', { field: w('priceAmount') }) }]}
          >
            <InputNumber min={0} step={1000} disabled={model === 'QUOTE'} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="equipmentIds" label={w('equipmentUsed')}>
            <Select mode="multiple" options={equipment.map((e) => ({ value: e.id, label: pick(e.name, e.nameEn) }))} />
          </Form.Item>
          <Form.Item name="accreditations" label={w('accreditations')}>
            <Select mode="multiple" options={vocabulary.options('Accreditation')} />
          </Form.Item>
          <Form.Item name="keywords" label={w('keywords')} extra={w('keywordsHint')}>
            <Select mode="tags" tokenSeparators={[',', '，']} open={false} />
          </Form.Item>
          <Space>
            <Form.Item name={['scale', 'min']} label={w('scaleMin')}>
              <InputNumber min={0} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name={['scale', 'max']} label={w('scaleMax')}>
              <InputNumber min={0} style={{ width: 100 }} />
            </Form.Item>
            <Form.Item name={['scale', 'unit']} label={w('unit')}>
              <Input maxLength={30} style={{ width: 80 }} />
            </Form.Item>
          </Space>
        </div>
        <Form.Item name="description" label={w('offeringDescription')} rules={[required(w('offeringDescription'))]}>
          <Input.TextArea rows={3} maxLength={10_000} />
        </Form.Item>
        <Form.Item name="descriptionEn" label={w('offeringDescriptionEn')}>
          <Input.TextArea rows={2} maxLength={10_000} />
        </Form.Item>
        {errors}
      </Form>
    </Modal>
  );
}
