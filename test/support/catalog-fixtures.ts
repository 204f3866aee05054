import type { SignedIn } from './factories.js';
import type { GraphqlClient } from './test-app.js';

export const platformInput = (overrides: Record<string, unknown> = {}) => ({
  name: '苏州锂电正极材料中试基地',
  nameEn: 'Suzhou Cathode Materials Pilot Base',
  summary: '面向锂电池正极材料的工艺放大与小批量试生产。',
  industryDirection: 'RAW_MATERIALS',
  keyDomains: ['ADVANCED_MATERIALS'],
  constructionMode: 'ENTERPRISE_PARTIAL_OPEN',
  province: '32',
  city: '苏州',
  address: '苏州工业园区星湖街 1 号',
  location: { lat: 31.2989, lng: 120.5853 },
  accreditations: ['CMA'],
  contact: { name: '王经理', phone: '0512-00000000', email: 'pilot@example.com' },
  ...overrides,
});

export const equipmentInput = (platformId: string, overrides: Record<string, unknown> = {}) => ({
  platformId,
  name: '500 L 反应釜',
  nameEn: '500 L reactor',
  model: 'RX-500',
  manufacturer: '华东化工装备',
  category: 'reactor',
  specifications: [{ key: 'volume', value: '500', unit: 'L' }],
  capacity: { value: 500, unit: 'L' },
  shareable: true,
  ...overrides,
});

export const offeringInput = (platformId: string, equipmentIds: string[], overrides: Record<string, unknown> = {}) => ({
  platformId,
  serviceType: 'SCALE_UP',
  title: '锂电池正极材料工艺放大',
  titleEn: 'Lithium-ion cathode material scale-up',
  description: '从 5 L 到 500 L 的正极材料（NCM811）工艺放大与批次验证。',
  keywords: ['正极材料', 'cathode', 'NCM811'],
  equipmentIds,
  scale: { min: 5, max: 500, unit: 'L' },
  leadTimeDays: 14,
  pricing: { model: 'PER_BATCH', amount: 80000, currency: 'CNY' },
  accreditations: ['CMA'],
  ...overrides,
});

export interface CatalogSetup {
  platformId: string;
  equipmentIds: string[];
  offeringId: string;
}

/** A platform with one piece of equipment and one offering, owned by `operator`; published unless asked not to. */
export async function createCatalog(
  t: GraphqlClient,
  operator: SignedIn,
  options: { publish?: boolean; platform?: Record<string, unknown> } = {},
): Promise<CatalogSetup> {
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await t.gql<T>(query, variables, { token: operator.token });
    if (!res.data) throw new Error(`${query.slice(0, 40)} failed: ${JSON.stringify(res.errors)}`);
    return res.data;
  };
  const { createPlatform } = await call<{ createPlatform: { id: string } }>(
    `mutation($input: CreatePlatformInput!) { createPlatform(input: $input) { id } }`,
    {
      input: platformInput(options.platform),
    },
  );
  const { createEquipment } = await call<{ createEquipment: { id: string } }>(
    `mutation($input: CreateEquipmentInput!) { createEquipment(input: $input) { id } }`,
    {
      input: equipmentInput(createPlatform.id),
    },
  );
  const { createOffering } = await call<{ createOffering: { id: string } }>(
    `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
    {
      input: offeringInput(createPlatform.id, [createEquipment.id]),
    },
  );
  if (options.publish !== false)
    await call(`mutation($id: ID!) { publishPlatform(id: $id) { id } }`, { id: createPlatform.id });
  return { platformId: createPlatform.id, equipmentIds: [createEquipment.id], offeringId: createOffering.id };
}
