import type { LabelTable } from '../i18n/label.js';
import { registerLabelledEnum } from './vocabulary.registry.js';

/** The shared vocabulary of ../shared/DOMAIN.md: each enum is a GraphQL enum and a search facet, labelled once here. */

export enum ServiceType {
  TECH_DEVELOPMENT = 'TECH_DEVELOPMENT',
  PROCESS_IMPROVEMENT = 'PROCESS_IMPROVEMENT',
  SCALE_UP = 'SCALE_UP',
  TYPE_TESTING = 'TYPE_TESTING',
  PERFORMANCE_TESTING = 'PERFORMANCE_TESTING',
  SMALL_BATCH_PRODUCTION = 'SMALL_BATCH_PRODUCTION',
  EQUIPMENT_SHARING = 'EQUIPMENT_SHARING',
  EQUIPMENT_VALIDATION = 'EQUIPMENT_VALIDATION',
}
export const SERVICE_TYPE_LABELS: LabelTable<ServiceType> = {
  TECH_DEVELOPMENT: { zh: '技术研发转化', en: 'technology development and transfer' },
  PROCESS_IMPROVEMENT: { zh: '性能工艺改进', en: 'performance and process improvement' },
  SCALE_UP: { zh: '工艺放大熟化', en: 'process scale-up and maturation' },
  TYPE_TESTING: { zh: '产品型式试验', en: 'product type testing' },
  PERFORMANCE_TESTING: { zh: '产品性能测试', en: 'product performance testing' },
  SMALL_BATCH_PRODUCTION: { zh: '小批量试生产', en: 'small-batch trial production' },
  EQUIPMENT_SHARING: { zh: '仪器设备共享', en: 'instrument and equipment sharing' },
  EQUIPMENT_VALIDATION: { zh: '设备应用验证', en: 'equipment application validation' },
};

export enum IndustryDirection {
  RAW_MATERIALS = 'RAW_MATERIALS',
  EQUIPMENT_MANUFACTURING = 'EQUIPMENT_MANUFACTURING',
  CONSUMER_GOODS = 'CONSUMER_GOODS',
  INFORMATION_TECHNOLOGY = 'INFORMATION_TECHNOLOGY',
  EMERGING_AND_FUTURE = 'EMERGING_AND_FUTURE',
}
export const INDUSTRY_DIRECTION_LABELS: LabelTable<IndustryDirection> = {
  RAW_MATERIALS: { zh: '原材料工业', en: 'raw materials' },
  EQUIPMENT_MANUFACTURING: { zh: '装备制造', en: 'equipment manufacturing' },
  CONSUMER_GOODS: { zh: '消费品工业', en: 'consumer goods' },
  INFORMATION_TECHNOLOGY: { zh: '信息技术', en: 'information technology' },
  EMERGING_AND_FUTURE: { zh: '新兴和未来产业', en: 'emerging and future industries' },
};

export enum KeyDomain {
  PETROCHEMICAL = 'PETROCHEMICAL',
  ADVANCED_MATERIALS = 'ADVANCED_MATERIALS',
  COMPLETE_MACHINES = 'COMPLETE_MACHINES',
  CORE_SYSTEMS = 'CORE_SYSTEMS',
  KEY_COMPONENTS = 'KEY_COMPONENTS',
  INSTRUMENTS = 'INSTRUMENTS',
  MEDICAL_EQUIPMENT = 'MEDICAL_EQUIPMENT',
  ENVIRONMENTAL_EQUIPMENT = 'ENVIRONMENTAL_EQUIPMENT',
  SOLID_WASTE_EQUIPMENT = 'SOLID_WASTE_EQUIPMENT',
  PHARMACEUTICALS = 'PHARMACEUTICALS',
  PILOT_LINE_EQUIPMENT = 'PILOT_LINE_EQUIPMENT',
  COMMUNICATION_EQUIPMENT = 'COMMUNICATION_EQUIPMENT',
  MEASURING_INSTRUMENTS = 'MEASURING_INSTRUMENTS',
  PILOT_SOFTWARE = 'PILOT_SOFTWARE',
}
export const KEY_DOMAIN_LABELS: LabelTable<KeyDomain> = {
  PETROCHEMICAL: { zh: '石化化工', en: 'petrochemicals' },
  ADVANCED_MATERIALS: { zh: '前沿材料', en: 'advanced materials' },
  COMPLETE_MACHINES: { zh: '整机装备', en: 'complete machines' },
  CORE_SYSTEMS: { zh: '核心系统', en: 'core systems' },
  KEY_COMPONENTS: { zh: '关键零部件', en: 'key components' },
  INSTRUMENTS: { zh: '仪器仪表', en: 'instruments' },
  MEDICAL_EQUIPMENT: { zh: '医疗装备', en: 'medical equipment' },
  ENVIRONMENTAL_EQUIPMENT: { zh: '环保装备', en: 'environmental equipment' },
  SOLID_WASTE_EQUIPMENT: { zh: '新型固废处理装备', en: 'solid waste treatment equipment' },
  PHARMACEUTICALS: { zh: '医药', en: 'pharmaceuticals' },
  PILOT_LINE_EQUIPMENT: { zh: '中试线制造设备', en: 'pilot line equipment' },
  COMMUNICATION_EQUIPMENT: { zh: '通信设备', en: 'communication equipment' },
  MEASURING_INSTRUMENTS: { zh: '测量仪器', en: 'measuring instruments' },
  PILOT_SOFTWARE: { zh: '中试软件', en: 'pilot software' },
};

export enum ConstructionMode {
  GOVERNMENT_PUBLIC_SERVICE = 'GOVERNMENT_PUBLIC_SERVICE',
  UNIVERSITY_TRANSFER = 'UNIVERSITY_TRANSFER',
  MULTI_PARTY_JOINT = 'MULTI_PARTY_JOINT',
  ENTERPRISE_MARKET_SERVICE = 'ENTERPRISE_MARKET_SERVICE',
  ENTERPRISE_PARTIAL_OPEN = 'ENTERPRISE_PARTIAL_OPEN',
  LEADING_ENTERPRISE_OWN = 'LEADING_ENTERPRISE_OWN',
}
export const CONSTRUCTION_MODE_LABELS: LabelTable<ConstructionMode> = {
  GOVERNMENT_PUBLIC_SERVICE: { zh: '政府投资公共服务', en: 'government-funded public service' },
  UNIVERSITY_TRANSFER: { zh: '高校院所成果转化', en: 'university / institute technology transfer' },
  MULTI_PARTY_JOINT: { zh: '多元主体联合共建', en: 'jointly built by several parties' },
  ENTERPRISE_MARKET_SERVICE: { zh: '企业运营市场服务', en: 'enterprise-run market service' },
  ENTERPRISE_PARTIAL_OPEN: { zh: '企业建设适度开放', en: 'enterprise-built, moderately open' },
  LEADING_ENTERPRISE_OWN: { zh: '龙头企业自主建设', en: 'built by a leading enterprise for itself' },
};
/** Modes under which an open-access obligation applies (DOMAIN.md, "Open-access obligations"). */
export const OBLIGATED_CONSTRUCTION_MODES: readonly ConstructionMode[] = [
  ConstructionMode.ENTERPRISE_PARTIAL_OPEN,
  ConstructionMode.LEADING_ENTERPRISE_OWN,
];

export enum PlatformLevel {
  NONE = 'NONE',
  CULTIVATION = 'CULTIVATION',
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
}
export const PLATFORM_LEVEL_LABELS: LabelTable<PlatformLevel> = {
  NONE: { zh: '未评级', en: 'not rated' },
  CULTIVATION: { zh: '培育库', en: 'MIIT cultivation pool' },
  PROVINCIAL: { zh: '省级', en: 'provincial' },
  NATIONAL: { zh: '国家级', en: 'national' },
};

export enum Accreditation {
  CMA = 'CMA',
  CNAS = 'CNAS',
  GLP = 'GLP',
  GMP = 'GMP',
  ISO_9001 = 'ISO_9001',
  IATF_16949 = 'IATF_16949',
  OTHER = 'OTHER',
}
export const ACCREDITATION_LABELS: LabelTable<Accreditation> = {
  CMA: { zh: '检验检测机构资质认定', en: 'CMA inspection body qualification' },
  CNAS: { zh: '实验室认可', en: 'CNAS laboratory accreditation' },
  GLP: { zh: '良好实验室规范', en: 'good laboratory practice' },
  GMP: { zh: '药品生产质量管理规范', en: 'good manufacturing practice' },
  ISO_9001: { zh: 'ISO 9001 质量管理体系', en: 'ISO 9001 quality management' },
  IATF_16949: { zh: 'IATF 16949 汽车质量管理体系', en: 'IATF 16949 automotive quality' },
  OTHER: { zh: '其他资质', en: 'other accreditation' },
};

export enum EvaluationDimension {
  POSITIONING = 'POSITIONING',
  CAPABILITY = 'CAPABILITY',
  TECHNOLOGY = 'TECHNOLOGY',
  SERVICE_RESULTS = 'SERVICE_RESULTS',
  OPERATING_MECHANISM = 'OPERATING_MECHANISM',
}
export const EVALUATION_DIMENSION_LABELS: LabelTable<EvaluationDimension> = {
  POSITIONING: { zh: '目标定位', en: 'positioning' },
  CAPABILITY: { zh: '基础能力', en: 'capability' },
  TECHNOLOGY: { zh: '技术优势', en: 'technology' },
  SERVICE_RESULTS: { zh: '服务成效', en: 'service results' },
  OPERATING_MECHANISM: { zh: '运行机制', en: 'operating mechanism' },
};

registerLabelledEnum(ServiceType, SERVICE_TYPE_LABELS, { name: 'ServiceType' });
registerLabelledEnum(IndustryDirection, INDUSTRY_DIRECTION_LABELS, { name: 'IndustryDirection' });
registerLabelledEnum(KeyDomain, KEY_DOMAIN_LABELS, { name: 'KeyDomain' });
registerLabelledEnum(ConstructionMode, CONSTRUCTION_MODE_LABELS, { name: 'ConstructionMode' });
registerLabelledEnum(PlatformLevel, PLATFORM_LEVEL_LABELS, { name: 'PlatformLevel' });
registerLabelledEnum(Accreditation, ACCREDITATION_LABELS, { name: 'Accreditation' });
registerLabelledEnum(EvaluationDimension, EVALUATION_DIMENSION_LABELS, { name: 'EvaluationDimension' });
