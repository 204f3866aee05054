import { Accreditation, IndustryDirection, KeyDomain, ServiceType, type Bilingual } from '#core';
import type { DemoCityKey } from './demo-cities.js';
import type { MakerGroup } from './demo-texts.js';

export interface SpecTemplate {
  key: string;
  values: readonly string[];
  unit: string | null;
}

/** A kind of equipment a platform of the theme runs. `{v}` in the name is replaced by the chosen size. */
export interface EquipmentKind {
  name: Bilingual;
  category: string;
  maker: MakerGroup;
  /** Model prefix, e.g. 'CP' for CP-500. */
  model: string;
  /** Sizes the equipment comes in, used as its capacity; null when capacity is not a meaningful single number. */
  sizes: readonly number[] | null;
  unit: string | null;
  specs: readonly SpecTemplate[];
}

/** A service a platform of the theme offers. `{p}` in title and description is replaced by one of the theme's products. */
export interface OfferingTemplate {
  type: ServiceType;
  title: Bilingual;
  description: Bilingual;
  keywords: readonly string[];
  /** Indexes into the theme's equipment kinds that the service runs on. */
  uses: readonly number[];
  scale: { min: number; max: number; unit: string } | null;
}

export interface DemoTheme {
  key: string;
  direction: IndustryDirection;
  /** The first domain is the theme's main one; platforms always carry it. */
  domains: readonly KeyDomain[];
  /** Field of work, as in institute and centre names (新能源材料 / New Energy Materials). */
  field: Bilingual;
  /** Trade word, as in company names (新材料 / New Materials). */
  trade: Bilingual;
  /** What the platform pilots, as in platform names (锂电池正极材料 / Li-ion Cathode Materials). */
  subject: Bilingual;
  /** Cities where such platforms cluster. */
  hubs: readonly DemoCityKey[];
  summary: Bilingual;
  products: readonly Bilingual[];
  keywords: readonly string[];
  accreditations: readonly Accreditation[];
  equipment: readonly EquipmentKind[];
  offerings: readonly OfferingTemplate[];
}

const bi = (zh: string, en: string): Bilingual => ({ zh, en });

/** Specs written compactly as `key=value|value [unit]; key=value`. */
function specs(text: string): SpecTemplate[] {
  return text.split('; ').map((part) => {
    const match = /^(\w+)=(.+?)(?: \[(.+)\])?$/.exec(part);
    if (!match) throw new SyntaxError(`bad spec template: ${part}`);
    return { key: match[1], values: match[2].split('|'), unit: match[3] ?? null };
  });
}

function eq(
  zh: string,
  en: string,
  category: string,
  maker: MakerGroup,
  model: string,
  capacity: readonly [readonly number[], string] | null,
  specText: string,
): EquipmentKind {
  return { name: bi(zh, en), category, maker, model, sizes: capacity?.[0] ?? null, unit: capacity?.[1] ?? null, specs: specs(specText) };
}

function offer(
  type: ServiceType,
  title: readonly [string, string],
  description: readonly [string, string],
  keywords: readonly string[],
  uses: readonly number[],
  scale?: readonly [number, number, string],
): OfferingTemplate {
  return {
    type,
    title: bi(title[0], title[1]),
    description: bi(description[0], description[1]),
    keywords,
    uses,
    scale: scale ? { min: scale[0], max: scale[1], unit: scale[2] } : null,
  };
}

const products = (...pairs: readonly (readonly [string, string])[]): Bilingual[] => pairs.map(([zh, en]) => bi(zh, en));

const S = ServiceType;
const D = KeyDomain;
const A = Accreditation;

export const DEMO_THEMES: readonly DemoTheme[] = [
  {
    key: 'cathode',
    direction: IndustryDirection.RAW_MATERIALS,
    domains: [D.ADVANCED_MATERIALS, D.PILOT_LINE_EQUIPMENT, D.MEASURING_INSTRUMENTS],
    field: bi('新能源材料', 'New Energy Materials'),
    trade: bi('新材料', 'New Materials'),
    subject: bi('锂电池正极材料', 'Li-ion Cathode Materials'),
    hubs: ['suzhou', 'changzhou', 'ningde', 'changsha', 'yichun', 'hefei', 'yibin'],
    summary: bi(
      '聚焦锂离子电池正极材料及前驱体的工艺放大与中试验证，覆盖共沉淀、混锂烧结、粉碎分级、表面包覆到扣式与软包电池评价的完整链条。',
      'Scale-up and pilot validation of lithium-ion cathode materials and their precursors, covering co-precipitation, lithiation and sintering, milling and classification, surface coating and coin- and pouch-cell evaluation.',
    ),
    products: products(['NCM811', 'NCM811'], ['磷酸铁锂', 'LFP'], ['磷酸锰铁锂', 'LMFP'], ['富锂锰基', 'Li-rich manganese-based'], ['钠电层状氧化物', 'sodium-ion layered oxide']),
    keywords: ['正极材料', 'cathode', '锂离子电池', 'lithium-ion', 'NCM', '前驱体'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001],
    equipment: [
      eq('{v} L 共沉淀反应釜', '{v} L co-precipitation reactor', 'reactor', 'process', 'CP', [[100, 500, 1000, 3000], 'L'], 'material=SUS316L|Hastelloy C-276; designPressure=0.3|0.6 [MPa]; agitatorSpeed=30–300|50–500 [rpm]'),
      eq('辊道窑', 'roller hearth kiln', 'thermal-processing', 'process', 'RHK', [[0.5, 1, 3], 't/day'], 'maxTemperature=1000|1100|1200 [°C]; atmosphere=O2|air|N2; length=24|36|48 [m]'),
      eq('喷雾干燥机', 'spray dryer', 'thermal-processing', 'process', 'SD', [[5, 25, 50], 'kg/h'], 'inletTemperature=150–300|180–350 [°C]; atomiser=rotary|two-fluid'),
      eq('气流粉碎分级机', 'jet mill and classifier', 'size-reduction', 'process', 'JM', [[10, 50, 200], 'kg/h'], 'd50=1–10|2–15 [μm]; liner=ceramic|polyurethane'),
      eq('软包电池试制线', 'pouch-cell pilot line', 'cell-assembly', 'machinery', 'PCL', [[200, 1000], 'cells/day'], 'dewPoint=≤ -40|≤ -45 [°C]; cellCapacity=5|10|20 [Ah]'),
      eq('电池充放电测试系统', 'battery cycler', 'battery-testing', 'instrument', 'BT', [[128, 256, 512], 'channels'], 'voltageRange=0–5 [V]; currentRange=±5|±10|±50 [A]; accuracy=±0.05|±0.1 [% FS]'),
    ],
    offerings: [
      offer(S.SCALE_UP, ['{p}正极材料百公斤级工艺放大', 'Scale-up of {p} cathode material to 100 kg batches'], [
        '按共沉淀—混锂—烧结路线完成前驱体合成、高温固相烧结和包覆改性的逐级放大，交付批次一致性数据与工艺包。',
        'Step-wise scale-up along the co-precipitation, lithiation and sintering route, covering precursor synthesis, solid-state sintering and coating, delivered with batch consistency data and a process package.',
      ], ['工艺放大', 'scale-up', '共沉淀', 'sintering'], [0, 1, 2], [10, 500, 'kg/batch']),
      offer(S.PERFORMANCE_TESTING, ['{p}材料扣式与软包电池电化学性能测试', 'Electrochemical testing of {p} cathodes in coin and pouch cells'], [
        '提供首效、倍率、高低温与循环寿命测试，并结合粒度、比表面积与残碱分析给出材料评价报告。',
        'First-cycle efficiency, rate capability, high- and low-temperature performance and cycle life, combined with particle size, surface area and residual lithium analysis in one material report.',
      ], ['电化学测试', 'cycle life', '倍率性能', 'pouch cell'], [4, 5], [1, 30, 'samples']),
      offer(S.PROCESS_IMPROVEMENT, ['高镍正极残碱控制与包覆工艺改进', 'Residual lithium control and coating improvement for high-nickel cathodes'], [
        '针对高镍材料残碱高、加工性差的问题，优化水洗、二次烧结和快离子导体包覆工艺。',
        'Tackles high residual lithium and poor slurry processability of high-nickel grades by tuning washing, re-sintering and fast-ion-conductor coating.',
      ], ['残碱', 'residual lithium', '包覆', 'coating', 'high-nickel'], [1, 2]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}正极材料吨级小批量试生产', 'Tonne-scale trial production of {p} cathode material'], [
        '在连续化中试线上完成吨级试产，满足下游电芯企业送样与小批量验证需求。',
        'Tonne-scale runs on a continuous pilot line, enough for sampling and small-lot qualification at cell makers.',
      ], ['试生产', 'trial production', '吨级', 'tonne-scale'], [0, 1, 3], [1, 20, 't/batch']),
      offer(S.TECH_DEVELOPMENT, ['钠离子电池层状氧化物正极技术开发', 'Layered-oxide cathode development for sodium-ion batteries'], [
        '从配方筛选、掺杂包覆到百克级合成，与客户共同完成钠电正极材料的技术开发与成果转化。',
        'From composition screening and doping to 100 g synthesis, developed together with the client through to technology transfer.',
      ], ['钠离子电池', 'sodium-ion', '层状氧化物', 'layered oxide'], [0, 5]),
      offer(S.EQUIPMENT_VALIDATION, ['国产辊道窑与气氛炉应用验证', 'Application validation of domestic roller kilns and atmosphere furnaces'], [
        '在真实正极材料生产工况下验证温场均匀性、气氛控制与能耗，出具应用验证报告。',
        'Temperature uniformity, atmosphere control and energy use verified under real cathode production conditions, with a validation report.',
      ], ['设备验证', 'equipment validation', '辊道窑', 'kiln'], [1]),
    ],
  },
  {
    key: 'polyimide',
    direction: IndustryDirection.RAW_MATERIALS,
    domains: [D.ADVANCED_MATERIALS, D.PETROCHEMICAL],
    field: bi('先进高分子材料', 'Advanced Polymer Materials'),
    trade: bi('高性能薄膜', 'Performance Films'),
    subject: bi('聚酰亚胺薄膜', 'Polyimide Film'),
    hubs: ['zhuzhou', 'changzhou', 'shenzhen', 'ningbo', 'jiaxing', 'nanjing'],
    summary: bi(
      '面向柔性显示、5G 通信与新能源领域，提供聚酰亚胺树脂合成、流延成膜、双向拉伸与亚胺化的中试放大和性能评价。',
      'Pilot-scale polyimide resin synthesis, casting, biaxial stretching and imidisation with property evaluation, serving flexible displays, 5G communication and new energy.',
    ),
    products: products(['电子级 PI 薄膜', 'electronic-grade PI film'], ['透明 PI（CPI）薄膜', 'colourless PI (CPI) film'], ['低介电 PI 薄膜', 'low-dielectric PI film'], ['导热石墨用 PI 薄膜', 'PI film for graphite heat spreaders']),
    keywords: ['聚酰亚胺', 'polyimide', 'PI 薄膜', 'PI film', '流延', '柔性显示'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001],
    equipment: [
      eq('{v} L 聚合釜', '{v} L polymerisation reactor', 'reactor', 'process', 'PR', [[200, 500, 1000], 'L'], 'material=SUS316L; temperatureRange=-10–150 [°C]; vacuum=≤ -0.095 [MPa]'),
      eq('流延成膜机', 'casting film line', 'film-processing', 'process', 'CF', [[2000, 5000], 'm²/day'], 'width=600|1300 [mm]; thicknessRange=12.5–125 [μm]'),
      eq('双向拉伸亚胺化炉', 'biaxial stretching and imidisation oven', 'thermal-processing', 'process', 'BIO', null, 'maxTemperature=450|500 [°C]; stretchRatio=1.1–1.5'),
      eq('精密涂布机', 'precision coater', 'coating', 'process', 'PC', null, 'coatingWidth=500|1000 [mm]; lineSpeed=0.5–20 [m/min]'),
      eq('热机械分析仪', 'thermomechanical analyser', 'analytical-instruments', 'instrument', 'TMA', null, 'temperatureRange=-150–1000 [°C]; resolution=0.5 [nm]'),
      eq('高频介电性能测试系统', 'high-frequency dielectric test system', 'rf-testing', 'instrument', 'DK', [[10, 40, 110], 'GHz'], 'method=split-post dielectric resonator|resonant cavity'),
    ],
    offerings: [
      offer(S.SCALE_UP, ['{p}树脂合成与流延成膜放大', 'Resin synthesis and casting scale-up for {p}'], [
        '完成聚酰胺酸树脂从 10 L 到 1000 L 的合成放大，并在中试流延线上验证成膜、亚胺化与收卷工艺。',
        'Poly(amic acid) synthesis scaled from 10 L to 1,000 L, with casting, imidisation and winding proven on the pilot film line.',
      ], ['聚酰胺酸', 'PAA', 'scale-up', '成膜'], [0, 1, 2], [50, 1000, 'L/batch']),
      offer(S.PERFORMANCE_TESTING, ['{p}热学、力学与介电性能测试', 'Thermal, mechanical and dielectric testing of {p}'], [
        '测试玻璃化转变温度、热膨胀系数、拉伸强度以及 1–40 GHz 介电常数和损耗，出具检测报告。',
        'Glass transition, CTE, tensile strength and permittivity and loss from 1 to 40 GHz, with a test report.',
      ], ['CTE', '介电常数', 'dielectric', 'Tg'], [4, 5], [1, 20, 'samples']),
      offer(S.PROCESS_IMPROVEMENT, ['聚酰亚胺薄膜表面缺陷与厚度均匀性改进', 'Reducing surface defects and thickness variation in polyimide film'], [
        '通过调整流延口模、溶剂挥发曲线与拉伸工艺，降低晶点、划痕与厚度偏差。',
        'Die settings, solvent removal profile and stretching adjusted to cut gels, scratches and thickness deviation.',
      ], ['厚度均匀性', 'thickness uniformity', '缺陷', 'defects'], [1, 2]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}卷材小批量试制', 'Small-batch roll production of {p}'], [
        '按客户规格试制 500–1300 mm 幅宽卷材，支持下游模切与贴合验证。',
        'Rolls 500 to 1,300 mm wide made to specification for downstream die-cutting and lamination trials.',
      ], ['卷材', 'roll-to-roll', '试制', 'small batch'], [1, 2, 3], [500, 5000, 'm²/batch']),
      offer(S.TECH_DEVELOPMENT, ['低介电聚酰亚胺配方开发（高频通信用）', 'Low-dielectric polyimide formulation for high-frequency communication'], [
        '结合含氟单体与多孔结构设计，开发介电常数低于 3.0 的 PI 材料并完成中试验证。',
        'Fluorinated monomers and porous structures combined to reach a permittivity below 3.0, verified at pilot scale.',
      ], ['低介电', 'low-Dk', '含氟', '5G'], [0, 5]),
      offer(S.EQUIPMENT_VALIDATION, ['国产精密涂布设备工艺验证', 'Process validation of domestic precision coaters'], [
        '在 PI 涂布与复合工况下考核涂布精度、张力控制和连续运行稳定性。',
        'Coating accuracy, tension control and continuous-run stability assessed on PI coating and laminating jobs.',
      ], ['涂布机', 'coater', '设备验证', 'validation'], [3]),
    ],
  },
  {
    key: 'biologics',
    direction: IndustryDirection.CONSUMER_GOODS,
    domains: [D.PHARMACEUTICALS, D.PILOT_LINE_EQUIPMENT],
    field: bi('生物医药', 'Biopharmaceuticals'),
    trade: bi('生物医药', 'Biopharma'),
    subject: bi('生物药 CDMO', 'Biologics CDMO'),
    hubs: ['suzhou', 'shanghai', 'hangzhou', 'wuhan', 'chengdu', 'taizhou-js'],
    summary: bi(
      '提供抗体、重组蛋白等生物药从细胞株构建、工艺开发到 GMP 临床样品生产的一站式 CDMO 中试服务。',
      'One-stop CDMO pilot services for antibodies and recombinant proteins, from cell line construction and process development to GMP clinical material.',
    ),
    products: products(['单克隆抗体', 'monoclonal antibodies'], ['双特异性抗体', 'bispecific antibodies'], ['重组蛋白', 'recombinant proteins'], ['抗体偶联药物（ADC）', 'antibody-drug conjugates (ADC)']),
    keywords: ['生物药', 'biologics', 'CDMO', '抗体', 'GMP', '细胞培养'],
    accreditations: [A.GMP, A.GLP, A.CNAS, A.ISO_9001],
    equipment: [
      eq('{v} L 一次性生物反应器', '{v} L single-use bioreactor', 'bioprocess', 'pharma', 'SUB', [[50, 200, 500, 2000], 'L'], 'cellLine=CHO|HEK293; control=pH/DO/temperature; turndown=5:1'),
      eq('GMP 洁净车间', 'GMP cleanroom suite', 'cleanroom', 'facility', 'CR', [[300, 800, 1500], 'm²'], 'cleanliness=Grade B + C|Grade C + D; temperature=18–26 [°C]'),
      eq('层析纯化系统', 'chromatography purification system', 'purification', 'pharma', 'CHR', null, 'flowRate=0.5–60|2–600 [L/h]; columnDiameter=200|450|800 [mm]'),
      eq('切向流超滤系统', 'tangential flow filtration system', 'purification', 'pharma', 'TFF', [[1, 5, 20], 'm²'], 'membrane=PES 30 kDa|PES 50 kDa'),
      eq('液相色谱-质谱联用仪', 'LC-MS system', 'analytical-instruments', 'instrument', 'LCMS', null, 'massAccuracy=< 3 [ppm]; resolution=≥ 30000'),
      eq('细胞培养摇床', 'orbital shaker incubator', 'bioprocess', 'pharma', 'OS', null, 'co2=0–20 [%]; speed=20–300 [rpm]'),
    ],
    offerings: [
      offer(S.TECH_DEVELOPMENT, ['{p}细胞株构建与上游工艺开发', 'Cell line construction and upstream process development for {p}'], [
        '基于 CHO 表达体系完成细胞株构建、克隆筛选与培养基优化，提供稳定性研究数据。',
        'CHO-based cell line construction, clone selection and media optimisation, with stability study data.',
      ], ['细胞株', 'cell line', 'CHO', '上游工艺'], [0, 5]),
      offer(S.SCALE_UP, ['{p}细胞培养工艺放大（200 L 至 2000 L）', 'Cell culture scale-up of {p} from 200 L to 2,000 L'], [
        '以一次性生物反应器逐级放大，考察 kLa、剪切与补料策略，确保产量与质量属性可比。',
        'Stepwise scale-up in single-use bioreactors, matching kLa, shear and feeding strategy so titre and quality attributes stay comparable.',
      ], ['工艺放大', 'scale-up', 'bioreactor', '补料'], [0, 1], [200, 2000, 'L']),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p} GMP 临床样品生产', 'GMP clinical material manufacturing of {p}'], [
        '在洁净车间完成临床 I/II 期样品生产、灌装与放行，支持 IND 申报。',
        'Phase I/II clinical material produced, filled and released in cleanroom suites, supporting IND filings.',
      ], ['临床样品', 'clinical supply', 'IND', 'GMP'], [0, 1, 2], [1, 10, 'batches']),
      offer(S.PERFORMANCE_TESTING, ['{p}质量研究与放行检测', 'Characterisation and release testing of {p}'], [
        '开展电荷异构体、糖型、聚体与宿主蛋白残留分析，建立质量标准。',
        'Charge variants, glycan profile, aggregates and host-cell protein analysed to set specifications.',
      ], ['质量研究', 'characterisation', '放行检测', 'release testing'], [4], [1, 50, 'samples']),
      offer(S.PROCESS_IMPROVEMENT, ['下游纯化收率提升与病毒清除工艺优化', 'Downstream yield improvement and viral clearance optimisation'], [
        '优化层析条件与超滤换液流程，提高收率并完成病毒清除能力评估。',
        'Chromatography conditions and UF/DF steps tuned to raise yield, with viral clearance assessed.',
      ], ['纯化', 'purification', '病毒清除', 'viral clearance'], [2, 3]),
    ],
  },
  {
    key: 'injectables',
    direction: IndustryDirection.CONSUMER_GOODS,
    domains: [D.PHARMACEUTICALS, D.PILOT_LINE_EQUIPMENT],
    field: bi('医药制剂', 'Pharmaceutical Formulation'),
    trade: bi('药业', 'Pharmaceutical'),
    subject: bi('注射剂', 'Injectables'),
    hubs: ['shijiazhuang', 'jinan', 'taizhou-js', 'chengdu', 'hangzhou', 'chongqing'],
    summary: bi(
      '围绕注射剂和冻干制剂的处方开发、工艺放大、注册批生产与稳定性研究，提供符合 GMP 要求的中试服务。',
      'GMP pilot services for injectables and freeze-dried products: formulation development, process scale-up, registration batches and stability studies.',
    ),
    products: products(['冻干粉针剂', 'lyophilised powder for injection'], ['小容量注射剂', 'small-volume parenterals'], ['脂质体注射液', 'liposomal injection'], ['预灌封注射剂', 'prefilled-syringe injection']),
    keywords: ['注射剂', 'injectables', '冻干', 'lyophilisation', '无菌', 'GMP'],
    accreditations: [A.GMP, A.GLP, A.CNAS, A.ISO_9001],
    equipment: [
      eq('{v} L 配液罐', '{v} L compounding vessel', 'reactor', 'pharma', 'CV', [[50, 200, 500], 'L'], 'material=SUS316L; surfaceFinish=Ra ≤ 0.4 [μm]'),
      eq('西林瓶灌装加塞机', 'vial filling and stoppering machine', 'filling', 'pharma', 'VF', [[3000, 6000, 12000], 'vials/h'], 'fillingAccuracy=±1|±0.5 [%]; vialSize=2–50 [mL]'),
      eq('冷冻干燥机', 'freeze dryer', 'thermal-processing', 'pharma', 'FD', [[1, 5, 10], 'm²'], 'condenserTemperature=-70|-80 [°C]; shelfTemperature=-55–70 [°C]'),
      eq('脉动真空灭菌柜', 'pulse-vacuum steam steriliser', 'sterilisation', 'pharma', 'PS', [[0.6, 1.2], 'm³'], 'temperature=121–134 [°C]'),
      eq('隔离器灌装系统', 'isolator filling system', 'filling', 'pharma', 'ISO', null, 'grade=Grade A; decontamination=VHP'),
      eq('不溶性微粒检测仪', 'sub-visible particle counter', 'analytical-instruments', 'instrument', 'PC', null, 'sizeRange=1–100 [μm]'),
    ],
    offerings: [
      offer(S.TECH_DEVELOPMENT, ['{p}处方前研究与处方开发', 'Pre-formulation and formulation development for {p}'], [
        '完成理化性质、溶解度与相容性研究，筛选处方并确定关键质量属性。',
        'Physicochemical properties, solubility and compatibility studied, formulations screened and critical quality attributes set.',
      ], ['处方开发', 'formulation', '相容性', 'CQA'], [0, 5]),
      offer(S.SCALE_UP, ['{p}工艺放大与工艺验证', 'Process scale-up and validation for {p}'], [
        '将实验室处方放大至中试规模，开展配制、除菌过滤与灌装工艺验证，形成工艺规程。',
        'Laboratory formulation taken to pilot scale, with compounding, sterile filtration and filling validated and a master batch record written.',
      ], ['工艺验证', 'process validation', '除菌过滤', 'scale-up'], [0, 1, 3], [20, 500, 'L/batch']),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}注册批与临床批中试生产', 'Registration and clinical batches of {p}'], [
        '在 A 级隔离器环境下完成注册批、临床批生产，提供批生产记录与放行检验。',
        'Registration and clinical batches filled under Grade A isolators, with batch records and release testing.',
      ], ['注册批', 'registration batch', '临床批', 'aseptic filling'], [1, 2, 4], [2000, 30000, 'vials/batch']),
      offer(S.PERFORMANCE_TESTING, ['{p}稳定性考察与包材相容性研究', 'Stability and container compatibility studies for {p}'], [
        '按 ICH 指导原则开展加速、长期稳定性与包材相容性研究。',
        'Accelerated and long-term stability and container-closure compatibility per ICH guidelines.',
      ], ['稳定性', 'stability', 'ICH', '包材相容性'], [5], [1, 20, 'batches']),
      offer(S.PROCESS_IMPROVEMENT, ['冻干曲线优化与冻干周期缩短', 'Freeze-drying cycle optimisation'], [
        '通过塌陷温度测定与一次干燥参数优化，在保证外观与水分的前提下缩短冻干周期。',
        'Collapse temperature measured and primary drying tuned to shorten the cycle while keeping cake appearance and moisture in specification.',
      ], ['冻干曲线', 'lyophilisation cycle', '塌陷温度', 'freeze drying'], [2]),
      offer(S.EQUIPMENT_VALIDATION, ['国产无菌灌装设备应用验证', 'Application validation of domestic aseptic filling equipment'], [
        '通过培养基模拟灌装与连续运行考核，验证灌装精度与无菌保障能力。',
        'Media fills and continuous runs verify filling accuracy and sterility assurance.',
      ], ['培养基模拟灌装', 'media fill', '灌装机', 'validation'], [1, 4]),
    ],
  },
  {
    key: 'composites',
    direction: IndustryDirection.RAW_MATERIALS,
    domains: [D.ADVANCED_MATERIALS, D.KEY_COMPONENTS],
    field: bi('先进复合材料', 'Advanced Composites'),
    trade: bi('复合材料', 'Composites'),
    subject: bi('碳纤维复合材料', 'Carbon Fibre Composites'),
    hubs: ['changchun', 'changzhou', 'xian', 'shenyang', 'weihai', 'harbin'],
    summary: bi(
      '覆盖碳纤维预浸料、热压罐与模压成型、自动铺放和无损检测，支撑航空航天、轨道交通与新能源汽车轻量化部件中试。',
      'Prepreg, autoclave and compression moulding, automated fibre placement and non-destructive inspection for lightweight parts in aerospace, rail and new-energy vehicles.',
    ),
    products: products(['无人机结构件', 'UAV structural parts'], ['汽车轻量化部件', 'automotive lightweight parts'], ['风电叶片主梁', 'wind blade spar caps'], ['储氢气瓶缠绕层', 'hydrogen tank overwraps']),
    keywords: ['碳纤维', 'carbon fibre', '复合材料', 'composites', '预浸料', '轻量化'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.OTHER],
    equipment: [
      eq('热压罐', 'autoclave', 'composite-forming', 'process', 'AC', [[8, 20, 45], 'm³'], 'maxTemperature=200|250|400 [°C]; maxPressure=1.0|1.5|2.0 [MPa]'),
      eq('热熔预浸料生产线', 'hot-melt prepreg line', 'composite-forming', 'process', 'PP', null, 'width=600|1000|1200 [mm]; lineSpeed=1–15 [m/min]'),
      eq('{v} kN 模压成型液压机', '{v} kN compression moulding press', 'composite-forming', 'machinery', 'HP', [[3150, 5000, 10000], 'kN'], 'platen=1200 × 1000|2000 × 1500 [mm]; maxTemperature=300 [°C]'),
      eq('自动铺丝机', 'automated fibre placement machine', 'composite-forming', 'machinery', 'AFP', null, 'tows=8|16; axes=7'),
      eq('超声 C 扫描检测系统', 'ultrasonic C-scan system', 'non-destructive-testing', 'instrument', 'UT', null, 'frequency=1–15 [MHz]; scanArea=2000 × 1500|4000 × 2000 [mm]'),
      eq('{v} kN 电子万能试验机', '{v} kN universal testing machine', 'mechanical-testing', 'test', 'UTM', [[100, 300, 600], 'kN'], 'accuracyClass=0.5; temperatureRange=-70–350 [°C]'),
    ],
    offerings: [
      offer(S.PROCESS_IMPROVEMENT, ['{p}热压罐成型工艺优化', 'Autoclave cure optimisation for {p}'], [
        '优化铺层、真空袋与固化制度，降低孔隙率并控制回弹变形。',
        'Layup, vacuum bagging and cure cycle tuned to cut porosity and control spring-in.',
      ], ['热压罐', 'autoclave', '孔隙率', 'porosity'], [0, 4]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量试制', 'Small-batch manufacture of {p}'], [
        '按图纸完成模具设计、成型、机加与无损检测，交付首件检验报告。',
        'Tooling design, moulding, machining and NDT to drawing, delivered with a first-article inspection report.',
      ], ['试制', 'prototype', '首件检验', 'FAI'], [0, 2, 4], [5, 200, 'parts/batch']),
      offer(S.PERFORMANCE_TESTING, ['复合材料层合板力学性能测试', 'Mechanical testing of composite laminates'], [
        '提供拉伸、压缩、弯曲、层间剪切与开孔压缩测试，可在 -70 °C 至 350 °C 环境下进行。',
        'Tension, compression, flexure, interlaminar shear and open-hole compression, from -70 °C to 350 °C.',
      ], ['力学性能', 'mechanical testing', '层间剪切', 'ILSS'], [5], [5, 100, 'specimens']),
      offer(S.TYPE_TESTING, ['{p}无损检测与型式试验', 'NDT and type testing of {p}'], [
        '按客户技术条件开展超声 C 扫描、静力与疲劳型式试验。',
        "Ultrasonic C-scan, static and fatigue type tests to the client's specification.",
      ], ['型式试验', 'type test', '无损检测', 'NDT'], [4, 5]),
      offer(S.SCALE_UP, ['高性能预浸料树脂体系放大', 'Scale-up of high-performance prepreg resin systems'], [
        '完成环氧与双马树脂体系从公斤级到百公斤级的混炼放大与预浸料制备。',
        'Epoxy and BMI resin systems scaled from kilograms to 100 kg batches and made into prepreg.',
      ], ['预浸料', 'prepreg', '树脂体系', 'resin'], [1], [20, 500, 'kg/batch']),
      offer(S.TECH_DEVELOPMENT, ['热塑性复合材料快速成型技术开发', 'Rapid forming of thermoplastic composites'], [
        '围绕 PEEK、PA 基热塑性复合材料开发模压与焊接工艺，缩短成型节拍。',
        'Compression moulding and welding processes for PEEK and PA composites, developed to shorten cycle times.',
      ], ['热塑性', 'thermoplastic', 'PEEK', '快速成型'], [2, 3]),
    ],
  },
  {
    key: 'hydrogen',
    direction: IndustryDirection.EMERGING_AND_FUTURE,
    domains: [D.KEY_COMPONENTS, D.CORE_SYSTEMS, D.MEASURING_INSTRUMENTS],
    field: bi('氢能', 'Hydrogen Energy'),
    trade: bi('氢能', 'Hydrogen Power'),
    subject: bi('氢燃料电池', 'Hydrogen Fuel Cell'),
    hubs: ['shanghai', 'foshan', 'wuhan', 'zhengzhou', 'beijing', 'dalian', 'baotou'],
    summary: bi(
      '面向车用与固定式燃料电池，提供膜电极制备、双极板加工、电堆组装与系统测试的中试验证服务。',
      'Pilot validation for vehicle and stationary fuel cells: MEA fabrication, bipolar plate processing, stack assembly and system testing.',
    ),
    products: products(['车用燃料电池电堆', 'automotive fuel cell stacks'], ['膜电极组件（MEA）', 'membrane electrode assemblies (MEA)'], ['金属双极板', 'metal bipolar plates'], ['固定式燃料电池系统', 'stationary fuel cell systems']),
    keywords: ['氢燃料电池', 'fuel cell', '电堆', 'stack', '膜电极', 'MEA'],
    accreditations: [A.CNAS, A.CMA, A.IATF_16949, A.ISO_9001],
    equipment: [
      eq('{v} kW 燃料电池电堆测试台', '{v} kW fuel cell stack test bench', 'fuel-cell-testing', 'test', 'FCT', [[5, 30, 150], 'kW'], 'currentRange=0–1000 [A]; humidityControl=0–100 [%RH]'),
      eq('膜电极 CCM 狭缝涂布线', 'CCM slot-die coating line', 'coating', 'process', 'CCM', [[1000, 3000], 'pcs/day'], 'width=300|600 [mm]; loadingAccuracy=±3 [%]'),
      eq('{v} kN 双极板精密冲压线', '{v} kN bipolar plate stamping line', 'forming', 'machinery', 'BPS', [[8000, 15000], 'kN'], 'plateThickness=0.075–0.1 [mm]'),
      eq('电堆自动堆叠机', 'automatic stack assembly machine', 'assembly', 'machinery', 'SA', null, 'positioningAccuracy=±0.1 [mm]; maxCells=400'),
      eq('高低温环境模拟舱', 'climate chamber', 'environmental-testing', 'test', 'EC', [[8, 20], 'm³'], 'temperatureRange=-40–80 [°C]'),
      eq('氢气泄漏检测系统', 'hydrogen leak detection system', 'analytical-instruments', 'instrument', 'HLD', null, 'sensitivity=1×10⁻⁶ [Pa·m³/s]'),
    ],
    offerings: [
      offer(S.PERFORMANCE_TESTING, ['{p}极化曲线与耐久性测试', 'Polarisation and durability testing of {p}'], [
        '开展极化曲线、交流阻抗、动态工况与加速耐久测试，提供衰减分析报告。',
        'Polarisation curves, impedance, dynamic drive cycles and accelerated durability testing with a degradation report.',
      ], ['极化曲线', 'polarisation curve', '耐久性', 'durability'], [0, 4], [1, 10, 'stacks']),
      offer(S.TYPE_TESTING, ['燃料电池发动机型式试验', 'Type testing of fuel cell engines'], [
        '依据国家标准开展额定功率、冷启动、气密性与绝缘型式试验。',
        'Rated power, cold start, gas tightness and insulation tests to national standards.',
      ], ['型式试验', 'type test', '冷启动', 'cold start'], [0, 4, 5]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量试制与一致性验证', 'Small-batch build and consistency check of {p}'], [
        '在自动化中试线上完成小批量试制，统计单片电压一致性与良率。',
        'Small batches on an automated pilot line with cell-voltage uniformity and yield statistics.',
      ], ['一致性', 'consistency', '试制', 'small batch'], [1, 2, 3], [10, 200, 'pcs/batch']),
      offer(S.TECH_DEVELOPMENT, ['低铂膜电极催化层技术开发', 'Low-platinum catalyst layer development for MEAs'], [
        '优化催化剂浆料与涂布工艺，在保证性能的前提下将铂载量降至 0.2 mg/cm² 以下。',
        'Ink and coating process optimised to bring platinum loading below 0.2 mg/cm² without losing performance.',
      ], ['低铂', 'low platinum', '催化层', 'catalyst layer'], [1]),
      offer(S.PROCESS_IMPROVEMENT, ['金属双极板涂层与成形工艺改进', 'Coating and forming improvement for metal bipolar plates'], [
        '改进冲压回弹控制与导电防腐涂层工艺，降低接触电阻。',
        'Springback control and conductive anti-corrosion coating improved to lower contact resistance.',
      ], ['双极板', 'bipolar plate', '涂层', 'contact resistance'], [2]),
      offer(S.EQUIPMENT_VALIDATION, ['国产电堆测试台比对与应用验证', 'Comparison and validation of domestic stack test benches'], [
        '与参考测试台开展同一电堆比对测试，验证测量准确度与控制稳定性。',
        'Same-stack comparisons against a reference bench verify measurement accuracy and control stability.',
      ], ['测试台', 'test bench', '比对', 'validation'], [0]),
    ],
  },
  {
    key: 'industrial-software',
    direction: IndustryDirection.INFORMATION_TECHNOLOGY,
    domains: [D.PILOT_SOFTWARE, D.CORE_SYSTEMS],
    field: bi('工业软件', 'Industrial Software'),
    trade: bi('工业软件', 'Industrial Software'),
    subject: bi('工业软件验证', 'Industrial Software Validation'),
    hubs: ['beijing', 'shanghai', 'hangzhou', 'shenzhen', 'chengdu', 'wuhan', 'xian', 'nanjing'],
    summary: bi(
      '在真实产线与数字孪生环境中验证国产 CAD/CAE、MES、PLC 组态等工业软件，支撑工业软件从可用走向好用。',
      'Validates domestic CAD/CAE, MES and PLC engineering software on real lines and in digital twins, helping it mature from usable to dependable.',
    ),
    products: products(['CAE 仿真软件', 'CAE simulation software'], ['MES 制造执行系统', 'manufacturing execution systems (MES)'], ['PLM 系统', 'PLM systems'], ['工业控制组态软件', 'industrial control configuration software']),
    keywords: ['工业软件', 'industrial software', '数字孪生', 'digital twin', 'CAE', 'MES'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.OTHER],
    equipment: [
      eq('高性能计算集群', 'HPC cluster', 'computing', 'computing', 'HPC', [[512, 2048, 8192], 'cores'], 'peakPerformance=50|200|800 [TFLOPS]; storage=200|1000 [TB]'),
      eq('工业互联网测试床', 'industrial internet testbed', 'computing', 'computing', 'IIT', null, 'protocols=OPC UA, Modbus, PROFINET; nodes=64|256'),
      eq('PLC/DCS 硬件在环测试系统', 'PLC/DCS hardware-in-the-loop system', 'control-systems', 'computing', 'HIL', null, 'ioPoints=512|2048; cycleTime=1 [ms]'),
      eq('数字孪生中试产线', 'digital-twin pilot line', 'computing', 'machinery', 'DT', [[8, 16], 'stations'], 'process=machining and assembly|packaging and logistics'),
      eq('工控网络安全靶场', 'OT cyber range', 'computing', 'computing', 'OTR', null, 'scenarios=30|80'),
    ],
    offerings: [
      offer(S.EQUIPMENT_VALIDATION, ['国产{p}离散制造场景应用验证', 'Application validation of domestic {p} in discrete manufacturing'], [
        '在数字孪生中试产线上运行典型业务流程，评估功能完备性、稳定性与迁移成本，出具验证报告。',
        'Typical workflows run on the digital-twin pilot line to assess completeness, stability and migration cost, with a validation report.',
      ], ['应用验证', 'validation', '国产化', 'digital twin'], [3, 1], [1, 5, 'scenarios']),
      offer(S.PERFORMANCE_TESTING, ['{p}功能、性能与兼容性测试', 'Functional, performance and compatibility testing of {p}'], [
        '依据 GB/T 25000.51 开展功能、性能效率与兼容性测试。',
        'Functionality, performance efficiency and compatibility tested to GB/T 25000.51.',
      ], ['软件测试', 'software testing', '兼容性', 'compatibility'], [0, 1]),
      offer(S.TECH_DEVELOPMENT, ['面向中试过程的工艺仿真模型开发', 'Process simulation models for pilot runs'], [
        '结合机理模型与中试数据，开发可复用的工艺仿真模型，减少试错批次。',
        'Mechanistic models calibrated with pilot data into reusable simulations that cut trial batches.',
      ], ['仿真', 'simulation', '机理模型', 'process model'], [0]),
      offer(S.PROCESS_IMPROVEMENT, ['基于 MES 数据的中试工艺参数优化', 'Pilot process parameter optimisation from MES data'], [
        '汇聚设备与质量数据，定位关键工艺参数并给出优化窗口。',
        'Equipment and quality data combined to find critical process parameters and their optimal windows.',
      ], ['工艺优化', 'process optimisation', '数据分析', 'MES'], [1, 3]),
      offer(S.PERFORMANCE_TESTING, ['工业控制系统信息安全测评', 'Security assessment of industrial control systems'], [
        '在工控安全靶场中开展漏洞扫描、渗透测试与等级保护测评。',
        'Vulnerability scanning, penetration testing and graded-protection assessment on the OT cyber range.',
      ], ['工控安全', 'OT security', '渗透测试', 'penetration testing'], [4, 2]),
    ],
  },
  {
    key: 'rf-devices',
    direction: IndustryDirection.INFORMATION_TECHNOLOGY,
    domains: [D.COMMUNICATION_EQUIPMENT, D.MEASURING_INSTRUMENTS, D.KEY_COMPONENTS],
    field: bi('通信电子', 'Communication Electronics'),
    trade: bi('微波通信', 'Microwave Communications'),
    subject: bi('5G 射频器件', '5G RF Devices'),
    hubs: ['shenzhen', 'chengdu', 'nanjing', 'suzhou', 'wuxi', 'xian'],
    summary: bi(
      '提供 5G 与毫米波射频器件、天线和模组的测试验证、可靠性评价与小批量试制服务。',
      'Testing, reliability evaluation and small-batch manufacture of 5G and mmWave RF devices, antennas and modules.',
    ),
    products: products(['5G 滤波器', '5G filters'], ['射频前端模组', 'RF front-end modules'], ['毫米波天线', 'mmWave antennas'], ['GaN 功率放大器', 'GaN power amplifiers']),
    keywords: ['5G', '射频', 'RF', '毫米波', 'mmWave', '天线'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001],
    equipment: [
      eq('{v} GHz 矢量网络分析仪', '{v} GHz vector network analyser', 'rf-testing', 'instrument', 'VNA', [[26.5, 43.5, 67], 'GHz'], 'ports=2|4; dynamicRange=≥ 120|≥ 130 [dB]'),
      eq('{v} m 法电波暗室', '{v} m anechoic chamber', 'emc-testing', 'facility', 'AEC', [[3, 10], 'm'], 'frequencyRange=30 MHz–18 GHz|30 MHz–40 GHz; shielding=≥ 100 [dB]'),
      eq('毫米波 OTA 测试系统', 'mmWave OTA test system', 'rf-testing', 'instrument', 'OTA', null, 'frequencyRange=24–44|24–71 [GHz]'),
      eq('{v} GHz 频谱分析仪', '{v} GHz spectrum analyser', 'rf-testing', 'instrument', 'SA', [[26.5, 44, 50], 'GHz'], 'danl=≤ -160 [dBm/Hz]'),
      eq('射频晶圆探针台', 'RF wafer probe station', 'rf-testing', 'semiconductor', 'PS', null, 'waferSize=200|300 [mm]; temperatureRange=-55–200 [°C]'),
      eq('高低温湿热试验箱', 'temperature-humidity chamber', 'environmental-testing', 'test', 'TH', [[0.5, 1, 8], 'm³'], 'temperatureRange=-70–150 [°C]; humidity=20–98 [%RH]'),
    ],
    offerings: [
      offer(S.PERFORMANCE_TESTING, ['{p} S 参数与功率性能测试', 'S-parameter and power testing of {p}'], [
        '测试插入损耗、回波损耗、带外抑制、功率容量与三阶互调等指标。',
        'Insertion loss, return loss, out-of-band rejection, power handling and third-order intermodulation.',
      ], ['S 参数', 'S-parameters', '插入损耗', 'insertion loss'], [0, 3], [1, 50, 'samples']),
      offer(S.TYPE_TESTING, ['{p}电磁兼容型式试验', 'EMC type testing of {p}'], [
        '在电波暗室内开展辐射发射、辐射抗扰度等电磁兼容试验，出具型式试验报告。',
        'Radiated emission and immunity tests in the anechoic chamber, with a type test report.',
      ], ['EMC', '电磁兼容', '辐射发射', 'radiated emission'], [1, 3]),
      offer(S.PERFORMANCE_TESTING, ['{p} OTA 辐射性能测试', 'OTA radiated performance testing of {p}'], [
        '测量方向图、EIRP、EIS 与波束扫描性能。',
        'Radiation patterns, EIRP, EIS and beam steering measured over the air.',
      ], ['OTA', '方向图', 'radiation pattern', 'EIRP'], [2]),
      offer(S.EQUIPMENT_VALIDATION, ['国产矢量网络分析仪比对验证', 'Comparison validation of domestic vector network analysers'], [
        '以标准件和典型器件开展比对测量，评估国产仪表的准确度与稳定性。',
        'Reference standards and typical devices measured side by side to assess accuracy and stability of domestic analysers.',
      ], ['国产仪表', 'domestic instruments', '比对', 'VNA'], [0]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量贴装与测试', 'Small-batch assembly and test of {p}'], [
        '提供 SMT 贴装、调试与 100% 射频测试，满足客户送样与小批量交付。',
        'SMT assembly, tuning and 100% RF test for sampling and small-lot deliveries.',
      ], ['SMT', '贴装', '小批量', 'small batch'], [0, 4], [100, 5000, 'pcs/batch']),
      offer(S.TECH_DEVELOPMENT, ['{p}设计仿真与样品评估', 'Design simulation and sample evaluation for {p}'], [
        '联合客户开展电磁仿真、版图优化与样品测试迭代。',
        'Electromagnetic simulation, layout optimisation and sample test iterations run together with the client.',
      ], ['电磁仿真', 'EM simulation', '设计迭代', 'design'], [0, 4]),
    ],
  },
  {
    key: 'medical-imaging',
    direction: IndustryDirection.EQUIPMENT_MANUFACTURING,
    domains: [D.MEDICAL_EQUIPMENT, D.INSTRUMENTS, D.COMPLETE_MACHINES],
    field: bi('医疗装备', 'Medical Equipment'),
    trade: bi('医疗', 'Medical'),
    subject: bi('医用影像设备', 'Medical Imaging Equipment'),
    hubs: ['shanghai', 'shenzhen', 'shenyang', 'suzhou', 'wuxi', 'beijing'],
    summary: bi(
      '为医用影像设备提供注册检验前的型式试验、电气安全与电磁兼容测试、图像质量评价和样机试制服务。',
      'Pre-registration type testing, electrical safety and EMC testing, image quality evaluation and prototype builds for medical imaging equipment.',
    ),
    products: products(['CT 设备', 'CT systems'], ['数字化 X 射线摄影系统（DR）', 'digital radiography systems'], ['超声诊断设备', 'ultrasound systems'], ['MRI 射频线圈', 'MRI RF coils']),
    keywords: ['医用影像', 'medical imaging', '型式试验', '注册检验', 'GB 9706', '医疗器械'],
    accreditations: [A.CMA, A.CNAS, A.ISO_9001],
    equipment: [
      eq('{v} 排 CT 扫描仪', '{v}-slice CT scanner', 'medical-imaging', 'instrument', 'CT', [[64, 128, 256], 'slices'], 'rotationTime=0.28|0.35 [s]; tubePower=72|100 [kW]'),
      eq('{v} m 法电波暗室', '{v} m anechoic chamber', 'emc-testing', 'facility', 'AEC', [[3, 10], 'm'], 'frequencyRange=30 MHz–6 GHz|30 MHz–18 GHz; shielding=≥ 100 [dB]'),
      eq('医用电气安全测试系统', 'medical electrical safety analyser', 'electrical-safety', 'test', 'ES', null, 'leakageCurrent=0–10 [mA]; dielectricStrength=0–5 [kV]'),
      eq('辐射剂量测量系统', 'radiation dosimetry system', 'analytical-instruments', 'instrument', 'RD', null, 'tubeVoltage=20–150 [kV]'),
      eq('成像性能测试体模组', 'imaging performance phantom set', 'analytical-instruments', 'instrument', 'PH', null, 'modalities=CT, DR, ultrasound'),
      eq('{v} kN 电动振动台', '{v} kN electrodynamic shaker', 'environmental-testing', 'test', 'VS', [[10, 30, 60], 'kN'], 'frequencyRange=5–3000|2–2500 [Hz]'),
    ],
    offerings: [
      offer(S.TYPE_TESTING, ['{p}注册检验型式试验（GB 9706 系列）', 'Registration type testing of {p} (GB 9706 series)'], [
        '依据 GB 9706.1 及相关专用标准开展电气安全、机械安全与辐射防护试验，协助准备注册检验资料。',
        'Electrical, mechanical and radiation safety tests to GB 9706.1 and the particular standards, with help preparing the registration file.',
      ], ['注册检验', 'registration testing', 'GB 9706', '电气安全'], [2, 3]),
      offer(S.TYPE_TESTING, ['{p}电磁兼容试验（YY 9706.102）', 'EMC testing of {p} (YY 9706.102)'], [
        '开展传导与辐射发射、静电放电、浪涌等电磁兼容项目测试。',
        'Conducted and radiated emissions, electrostatic discharge, surge and other EMC tests.',
      ], ['EMC', '电磁兼容', 'YY 9706.102', '静电放电'], [1]),
      offer(S.PERFORMANCE_TESTING, ['{p}图像质量与剂量性能评价', 'Image quality and dose evaluation of {p}'], [
        '使用标准体模评价空间分辨率、低对比度分辨率、噪声与剂量指标。',
        'Spatial and low-contrast resolution, noise and dose indices assessed with standard phantoms.',
      ], ['图像质量', 'image quality', '剂量', 'dose'], [0, 3, 4], [1, 5, 'systems']),
      offer(S.EQUIPMENT_VALIDATION, ['{p}临床前应用验证', 'Pre-clinical application validation of {p}'], [
        '在模拟临床环境中开展工作流、可靠性与人因工程验证。',
        'Workflow, reliability and usability verified in a simulated clinical setting.',
      ], ['应用验证', 'validation', '人因工程', 'usability'], [0, 4]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}样机小批量试制', 'Small-batch prototype build of {p}'], [
        '提供整机装配、调试与出厂检验，支持注册样机与首批交付。',
        'System assembly, calibration and final inspection for registration prototypes and first deliveries.',
      ], ['样机', 'prototype', '整机装配', 'assembly'], [5], [1, 20, 'units/batch']),
      offer(S.PROCESS_IMPROVEMENT, ['探测器模组装调工艺改进', 'Improving detector module assembly and alignment'], [
        '优化探测器模组贴装、校准与老化流程，提高一致性与装调效率。',
        'Detector module mounting, calibration and burn-in streamlined for consistency and throughput.',
      ], ['探测器', 'detector', '装调', 'calibration'], [0, 5]),
    ],
  },
  {
    key: 'solid-waste',
    direction: IndustryDirection.EQUIPMENT_MANUFACTURING,
    domains: [D.SOLID_WASTE_EQUIPMENT, D.ENVIRONMENTAL_EQUIPMENT],
    field: bi('固废资源化', 'Solid Waste Recycling'),
    trade: bi('环境', 'Environmental'),
    subject: bi('工业固废资源化', 'Industrial Solid Waste Recycling'),
    hubs: ['tangshan', 'baotou', 'taiyuan', 'guiyang', 'lanzhou', 'yinchuan', 'ganzhou'],
    summary: bi(
      '面向工业固废与退役电池，提供破碎分选、火法与湿法处理工艺的中试验证，以及新型固废处理装备的应用示范。',
      'Pilot validation of crushing and sorting, pyrometallurgical and hydrometallurgical routes for industrial solid waste and spent batteries, and demonstration of new treatment equipment.',
    ),
    products: products(['磷石膏', 'phosphogypsum'], ['钢渣', 'steel slag'], ['退役动力电池', 'spent EV batteries'], ['粉煤灰', 'fly ash'], ['赤泥', 'red mud']),
    keywords: ['固废', 'solid waste', '资源化', 'recycling', '循环经济', 'circular economy'],
    accreditations: [A.CMA, A.CNAS, A.ISO_9001, A.OTHER],
    equipment: [
      eq('{v} t/d 回转窑', '{v} t/d rotary kiln', 'thermal-processing', 'process', 'RK', [[1, 5, 20], 't/day'], 'maxTemperature=1100|1350 [°C]; diameter=0.8|1.6 [m]'),
      eq('破碎分选中试线', 'crushing and sorting pilot line', 'solid-waste', 'facility', 'CS', [[5, 20, 50], 't/day'], 'sorting=magnetic, eddy-current, air|optical, magnetic'),
      eq('湿法冶金浸出萃取系统', 'hydrometallurgical leaching and extraction system', 'hydrometallurgy', 'process', 'HL', [[1, 5], 'm³'], 'extractionStages=8|12'),
      eq('等离子熔融炉', 'plasma melting furnace', 'thermal-processing', 'process', 'PM', [[0.5, 2], 't/day'], 'torchPower=150|300 [kW]'),
      eq('烟气排放连续监测系统', 'continuous emission monitoring system', 'emission-monitoring', 'instrument', 'CEMS', null, 'parameters=SO2, NOx, PM, O2'),
      eq('X 射线荧光光谱仪', 'XRF spectrometer', 'analytical-instruments', 'instrument', 'XRF', null, 'elements=Na–U'),
    ],
    offerings: [
      offer(S.SCALE_UP, ['{p}资源化利用工艺放大', 'Scale-up of {p} recycling'], [
        '在连续化中试线上验证预处理、焙烧与产品制备工艺，形成物料平衡与能耗数据。',
        'Pre-treatment, roasting and product preparation proven on a continuous pilot line, with mass balance and energy data.',
      ], ['资源化', 'recycling', '物料平衡', 'mass balance'], [0, 1], [5, 50, 't/day']),
      offer(S.PROCESS_IMPROVEMENT, ['{p}有价组分回收率提升', 'Raising recovery of valuable components from {p}'], [
        '优化浸出、萃取与沉淀条件，提高镍、钴、锂或铁等有价组分回收率。',
        'Leaching, extraction and precipitation tuned to raise recovery of nickel, cobalt, lithium or iron.',
      ], ['回收率', 'recovery rate', '湿法冶金', 'hydrometallurgy'], [2, 5]),
      offer(S.PERFORMANCE_TESTING, ['{p}浸出毒性与成分检测', 'Leaching toxicity and composition testing of {p}'], [
        '按国家标准开展浸出毒性、重金属含量与主次成分检测。',
        'Leaching toxicity, heavy metals and major and minor components tested to national standards.',
      ], ['浸出毒性', 'leaching toxicity', '重金属', 'heavy metals'], [5], [1, 30, 'samples']),
      offer(S.EQUIPMENT_VALIDATION, ['新型固废处理装备中试验证', 'Pilot validation of new solid waste treatment equipment'], [
        '提供场地、物料与监测条件，验证新型装备的处理能力、排放与运行稳定性。',
        'Site, feedstock and monitoring provided to verify throughput, emissions and stability of new equipment.',
      ], ['装备验证', 'equipment validation', '排放', 'emissions'], [3, 4]),
      offer(S.TECH_DEVELOPMENT, ['{p}制备建材与功能材料技术开发', 'Building and functional materials from {p}'], [
        '开发以{p}为原料的胶凝材料、陶粒或微晶玻璃制备技术。',
        'Routes from {p} to binders, ceramsite or glass-ceramics.',
      ], ['建材', 'building materials', '陶粒', 'ceramsite'], [0, 3]),
    ],
  },
  {
    key: 'packaging',
    direction: IndustryDirection.INFORMATION_TECHNOLOGY,
    domains: [D.KEY_COMPONENTS, D.PILOT_LINE_EQUIPMENT],
    field: bi('集成电路', 'Integrated Circuits'),
    trade: bi('微电子', 'Microelectronics'),
    subject: bi('半导体先进封装', 'Advanced Semiconductor Packaging'),
    hubs: ['wuxi', 'suzhou', 'nantong', 'hefei', 'shanghai', 'chengdu', 'xian'],
    summary: bi(
      '提供从晶圆减薄、划片到键合、塑封与可靠性测试的先进封装工程批服务，支持芯片设计企业快速验证。',
      'Engineering-lot advanced packaging from wafer thinning and dicing to bonding, moulding and reliability testing, so chip designers can validate quickly.',
    ),
    products: products(['QFN/DFN 封装', 'QFN/DFN packages'], ['SiP 系统级封装', 'system-in-package (SiP)'], ['扇出型晶圆级封装', 'fan-out wafer-level packages'], ['SiC 功率模块', 'SiC power modules']),
    keywords: ['先进封装', 'advanced packaging', 'SiP', '键合', 'bonding', '可靠性'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.IATF_16949],
    equipment: [
      eq('{v} mm 晶圆减薄机', '{v} mm wafer grinder', 'semiconductor-packaging', 'semiconductor', 'WG', [[200, 300], 'mm'], 'finalThickness=≥ 50 [μm]; ttv=≤ 2 [μm]'),
      eq('精密划片机', 'dicing saw', 'semiconductor-packaging', 'semiconductor', 'DS', null, 'waferSize=200|300 [mm]; cutAccuracy=±2 [μm]'),
      eq('倒装芯片键合机', 'flip-chip bonder', 'semiconductor-packaging', 'semiconductor', 'FC', null, 'placementAccuracy=±3|±1 [μm]; bondForce=0.1–500 [N]'),
      eq('全自动引线键合机', 'automatic wire bonder', 'semiconductor-packaging', 'semiconductor', 'WB', [[12000, 18000], 'wires/h'], 'wire=Au, Cu, Ag'),
      eq('塑封压机', 'transfer moulding press', 'semiconductor-packaging', 'semiconductor', 'MP', null, 'clampForce=1000|1700 [kN]'),
      eq('超声扫描显微镜', 'scanning acoustic microscope', 'non-destructive-testing', 'instrument', 'SAM', null, 'transducer=50–230 [MHz]'),
      eq('温循与 HAST 可靠性试验系统', 'temperature cycling and HAST systems', 'environmental-testing', 'test', 'RT', null, 'temperatureCycling=-65–150 [°C]; hast=130 °C / 85 %RH'),
    ],
    offerings: [
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}工程批封装', 'Engineering-lot packaging of {p}'], [
        '从来片检验、减薄划片到键合塑封和终测，一站式完成工程批封装，最快两周交付。',
        'Incoming inspection, thinning, dicing, bonding, moulding and final test in one flow, with engineering lots in as little as two weeks.',
      ], ['工程批', 'engineering lot', '封装', 'packaging'], [0, 1, 2, 3, 4], [100, 10000, 'units/lot']),
      offer(S.PROCESS_IMPROVEMENT, ['{p}翘曲与空洞率改进', 'Warpage and voiding reduction for {p}'], [
        '通过材料选型、塑封参数与回流曲线优化降低翘曲和空洞率。',
        'Material selection, moulding parameters and reflow profiles tuned to reduce warpage and voids.',
      ], ['翘曲', 'warpage', '空洞率', 'voiding'], [4, 5]),
      offer(S.PERFORMANCE_TESTING, ['封装可靠性测试（温循、HAST、高温存储）', 'Package reliability testing (TC, HAST, HTS)'], [
        '按 JEDEC 标准开展预处理、温度循环、HAST 与高温存储试验，并进行失效分析。',
        'Preconditioning, temperature cycling, HAST and high-temperature storage to JEDEC standards, with failure analysis.',
      ], ['可靠性', 'reliability', 'JEDEC', '失效分析'], [5, 6], [22, 231, 'units']),
      offer(S.TECH_DEVELOPMENT, ['{p}工艺开发', 'Process development for {p}'], [
        '围绕新结构开展工艺路线设计、材料验证与 DOE 试验，输出可量产的工艺方案。',
        'Process flow, material qualification and DOE for new structures, ending in a production-ready process.',
      ], ['工艺开发', 'process development', 'DOE', '新结构'], [2, 4]),
      offer(S.EQUIPMENT_VALIDATION, ['国产键合与塑封设备工艺验证', 'Process validation of domestic bonding and moulding equipment'], [
        '在工程批生产中考核国产设备的精度、稼动率与良率表现。',
        'Accuracy, uptime and yield of domestic tools assessed in engineering-lot production.',
      ], ['国产设备', 'domestic equipment', '稼动率', 'uptime'], [2, 3, 4]),
    ],
  },
  {
    key: 'photovoltaics',
    direction: IndustryDirection.EMERGING_AND_FUTURE,
    domains: [D.PILOT_LINE_EQUIPMENT, D.ADVANCED_MATERIALS],
    field: bi('光伏新能源', 'Photovoltaics'),
    trade: bi('光能', 'Solar'),
    subject: bi('新型光伏电池', 'Advanced Solar Cells'),
    hubs: ['changzhou', 'wuxi', 'hefei', 'chengdu', 'xian', 'jiaxing', 'yinchuan'],
    summary: bi(
      '面向 TOPCon、异质结与钙钛矿叠层等新一代光伏技术，提供电池工艺中试、组件封装与可靠性测试服务。',
      'Cell process piloting, module encapsulation and reliability testing for next-generation photovoltaics: TOPCon, heterojunction and perovskite tandems.',
    ),
    products: products(['TOPCon 电池', 'TOPCon cells'], ['异质结（HJT）电池', 'heterojunction (HJT) cells'], ['钙钛矿/晶硅叠层电池', 'perovskite-silicon tandem cells'], ['钙钛矿组件', 'perovskite modules']),
    keywords: ['光伏', 'photovoltaic', '钙钛矿', 'perovskite', 'TOPCon', 'HJT'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001],
    equipment: [
      eq('PECVD 镀膜设备', 'PECVD coater', 'photovoltaic-process', 'semiconductor', 'PE', [[3000, 6000], 'wafers/h'], 'waferSize=182|210 [mm]'),
      eq('{v} mm 钙钛矿狭缝涂布机', '{v} mm perovskite slot-die coater', 'photovoltaic-process', 'process', 'SDC', [[300, 600, 1200], 'mm'], 'coatingSpeed=1–30 [m/min]; filmUniformity=≤ 3 [%]'),
      eq('激光划线设备', 'laser scribing system', 'photovoltaic-process', 'machinery', 'LS', null, 'scribes=P1, P2, P3; accuracy=±10 [μm]'),
      eq('太阳模拟器 IV 测试仪', 'solar simulator I-V tester', 'analytical-instruments', 'instrument', 'IV', null, 'class=AAA; irradiance=1000 [W/m²]'),
      eq('组件层压机', 'module laminator', 'photovoltaic-process', 'machinery', 'LAM', [[2.5, 5], 'm²'], 'maxTemperature=180 [°C]'),
      eq('EL 缺陷检测仪', 'electroluminescence tester', 'analytical-instruments', 'instrument', 'EL', null, 'cameraResolution=16|24 [MP]'),
      eq('紫外与湿热老化试验箱', 'UV and damp-heat chamber', 'environmental-testing', 'test', 'DH', [[8, 20], 'm³'], 'condition=85 °C / 85 %RH'),
    ],
    offerings: [
      offer(S.TECH_DEVELOPMENT, ['{p}中试工艺开发', 'Pilot process development for {p}'], [
        '围绕钝化、镀膜与金属化关键工序开展 DOE 试验，提升转换效率并锁定工艺窗口。',
        'DOE on passivation, deposition and metallisation to raise efficiency and lock the process window.',
      ], ['转换效率', 'efficiency', '钝化', 'passivation'], [0, 3]),
      offer(S.SCALE_UP, ['钙钛矿组件从 30 cm × 30 cm 到 1.2 m × 0.6 m 放大', 'Scaling perovskite modules from 30 × 30 cm to 1.2 × 0.6 m'], [
        '解决大面积涂布均匀性、激光划线死区与封装问题，交付组件效率与一致性数据。',
        'Large-area coating uniformity, scribing dead area and encapsulation solved, with module efficiency and uniformity data.',
      ], ['大面积', 'large-area', '钙钛矿组件', 'perovskite module'], [1, 2, 4], [0.09, 0.72, 'm²/module']),
      offer(S.PERFORMANCE_TESTING, ['{p} IV 与 EL 性能测试', 'I-V and EL testing of {p}'], [
        '在 AAA 级太阳模拟器下测试 IV 曲线，结合 EL 成像分析隐裂与缺陷。',
        'I-V curves under a class AAA simulator, with EL imaging for cracks and defects.',
      ], ['IV 测试', 'I-V test', 'EL', '隐裂'], [3, 5], [1, 100, 'samples']),
      offer(S.TYPE_TESTING, ['光伏组件 IEC 61215 / IEC 61730 型式试验', 'PV module type testing to IEC 61215 / IEC 61730'], [
        '开展热循环、湿热、湿冻、紫外预处理与机械载荷等型式试验项目。',
        'Thermal cycling, damp heat, humidity-freeze, UV preconditioning and mechanical load tests.',
      ], ['IEC 61215', 'IEC 61730', '型式试验', 'type test'], [6, 3]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量试制', 'Small-batch production of {p}'], [
        '在中试线上完成小批量试制，为客户提供认证送样与户外实证样品。',
        'Small batches on the pilot line for certification samples and outdoor field trials.',
      ], ['试制', 'small batch', '送样', 'samples'], [0, 1, 4], [100, 5000, 'cells/batch']),
    ],
  },
  {
    key: 'polymers',
    direction: IndustryDirection.RAW_MATERIALS,
    domains: [D.PETROCHEMICAL, D.ADVANCED_MATERIALS],
    field: bi('化工新材料', 'New Chemical Materials'),
    trade: bi('高分子材料', 'Polymer Materials'),
    subject: bi('高分子材料改性', 'Polymer Modification'),
    hubs: ['ningbo', 'foshan', 'dongguan', 'qingdao', 'zibo', 'shanghai'],
    summary: bi(
      '提供工程塑料与可降解材料的配方开发、改性造粒放大、注塑验证，以及力学、热学与阻燃性能检测。',
      'Formulation, compounding scale-up, moulding trials and mechanical, thermal and flame-retardancy testing for engineering plastics and biodegradables.',
    ),
    products: products(['长玻纤增强 PP', 'long-glass-fibre PP'], ['阻燃 PC/ABS', 'flame-retardant PC/ABS'], ['增强 PA66', 'reinforced PA66'], ['PLA/PBAT 可降解材料', 'PLA/PBAT compounds']),
    keywords: ['改性塑料', 'compounding', '工程塑料', 'engineering plastics', '阻燃', '可降解'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.IATF_16949],
    equipment: [
      eq('{v} kg/h 双螺杆挤出造粒线', '{v} kg/h twin-screw compounding line', 'polymer-processing', 'process', 'TSE', [[30, 150, 500], 'kg/h'], 'screwDiameter=20|35|65 [mm]; lengthToDiameter=40|48'),
      eq('{v} kN 注塑机', '{v} kN injection moulding machine', 'polymer-processing', 'machinery', 'IM', [[900, 2500, 4500], 'kN'], 'shotWeight=150|500|1200 [g]'),
      eq('{v} L 密炼机', '{v} L internal mixer', 'polymer-processing', 'process', 'MX', [[5, 35, 75], 'L'], 'rotorSpeed=5–60 [rpm]'),
      eq('熔体流动速率仪', 'melt flow indexer', 'analytical-instruments', 'instrument', 'MFI', null, 'maxTemperature=450 [°C]'),
      eq('氙灯老化试验箱', 'xenon-arc weathering chamber', 'environmental-testing', 'test', 'XE', null, 'irradianceAt340nm=0.35–1.5 [W/m²]'),
      eq('差示扫描量热仪', 'differential scanning calorimeter', 'analytical-instruments', 'instrument', 'DSC', null, 'temperatureRange=-150–725 [°C]'),
    ],
    offerings: [
      offer(S.PROCESS_IMPROVEMENT, ['{p}配方优化与改性', 'Formulation optimisation for {p}'], [
        '调整增韧剂、相容剂与阻燃体系配比，平衡力学性能、流动性与成本。',
        'Tougheners, compatibilisers and flame retardants rebalanced for properties, flow and cost.',
      ], ['配方', 'formulation', '相容剂', 'compatibiliser'], [2, 3]),
      offer(S.SCALE_UP, ['{p}改性造粒放大', 'Compounding scale-up of {p}'], [
        '从 20 mm 实验机放大到 65 mm 中试挤出线，确定螺杆组合与工艺窗口。',
        'From a 20 mm lab extruder to a 65 mm pilot line, fixing screw configuration and process window.',
      ], ['挤出', 'extrusion', '造粒', 'pelletising'], [0], [100, 5000, 'kg/batch']),
      offer(S.PERFORMANCE_TESTING, ['{p}力学、热学与阻燃性能检测', 'Mechanical, thermal and flame-retardancy testing of {p}'], [
        '提供拉伸、弯曲、冲击、热变形温度与 UL 94 垂直燃烧测试。',
        'Tensile, flexural, impact, heat deflection temperature and UL 94 vertical burn tests.',
      ], ['UL 94', '阻燃', 'flame retardancy', '冲击强度'], [3, 4, 5], [1, 40, 'samples']),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}吨级试产', 'Tonne-scale trial production of {p}'], [
        '在中试线上完成吨级试产，供客户注塑验证与认证送样。',
        'Tonne-scale runs for customer moulding trials and certification samples.',
      ], ['试产', 'trial production', '吨级', 'tonne-scale'], [0, 1], [1, 10, 't/batch']),
      offer(S.TECH_DEVELOPMENT, ['生物基可降解材料配方开发', 'Bio-based biodegradable compound development'], [
        '开发 PLA、PBAT、PBS 共混体系，满足吹膜、注塑等加工与降解认证要求。',
        'PLA, PBAT and PBS blends developed for film blowing and moulding and for compostability certification.',
      ], ['可降解', 'biodegradable', 'PLA', 'PBAT'], [0, 2]),
    ],
  },
  {
    key: 'sensors',
    direction: IndustryDirection.INFORMATION_TECHNOLOGY,
    domains: [D.INSTRUMENTS, D.KEY_COMPONENTS, D.MEASURING_INSTRUMENTS],
    field: bi('智能传感', 'Smart Sensing'),
    trade: bi('传感', 'Sensing'),
    subject: bi('智能传感器', 'Smart Sensors'),
    hubs: ['wuxi', 'zhengzhou', 'shenzhen', 'shanghai', 'hefei', 'xian'],
    summary: bi(
      '提供 MEMS 工艺流片、晶圆级封装、传感器标定与环境可靠性测试，缩短传感器从样品到量产的周期。',
      'MEMS fabrication, wafer-level packaging, sensor calibration and environmental reliability testing that shorten the path from sample to volume production.',
    ),
    products: products(['MEMS 压力传感器', 'MEMS pressure sensors'], ['气体传感器', 'gas sensors'], ['惯性测量单元（IMU）', 'inertial measurement units (IMU)'], ['MEMS 麦克风', 'MEMS microphones']),
    keywords: ['MEMS', '传感器', 'sensor', '标定', 'calibration', '晶圆级封装'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.IATF_16949],
    equipment: [
      eq('{v} mm MEMS 深硅刻蚀机', '{v} mm MEMS deep reactive-ion etcher', 'mems-process', 'semiconductor', 'DRIE', [[150, 200], 'mm'], 'etchRate=≥ 10 [μm/min]; aspectRatio=≥ 30:1'),
      eq('晶圆键合机', 'wafer bonder', 'mems-process', 'semiconductor', 'WB', null, 'bonding=anodic, eutectic, fusion; alignment=±1 [μm]'),
      eq('多通道传感器标定系统', 'multi-channel sensor calibration system', 'calibration', 'test', 'CAL', [[32, 64, 128], 'channels'], 'temperatureRange=-40–150 [°C]'),
      eq('数字压力标准源', 'digital pressure standard', 'calibration', 'instrument', 'PST', null, 'accuracy=0.01|0.02 [% FS]; range=0–70 [MPa]'),
      eq('高低温冲击试验箱', 'thermal shock chamber', 'environmental-testing', 'test', 'TS', null, 'temperatureRange=-65–150 [°C]; recovery=≤ 5 [min]'),
      eq('半自动探针台', 'semi-automatic probe station', 'semiconductor-process', 'semiconductor', 'PB', null, 'waferSize=150|200 [mm]'),
    ],
    offerings: [
      offer(S.TECH_DEVELOPMENT, ['{p} MEMS 工艺开发', 'MEMS process development for {p}'], [
        '基于平台标准工艺模块开展结构设计、流片与工艺迭代，提供工艺设计套件（PDK）。',
        "Structure design, runs and iterations on the platform's standard MEMS modules, with a process design kit (PDK).",
      ], ['MEMS 工艺', 'MEMS process', '流片', 'PDK'], [0, 1]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量流片与封测', 'Small-batch fabrication, packaging and test of {p}'], [
        '提供多项目晶圆（MPW）与小批量流片，配套封装与测试。',
        'Multi-project wafer and small-lot runs with packaging and test.',
      ], ['MPW', '多项目晶圆', '封测', 'small batch'], [0, 1, 5], [1, 25, 'wafers/lot']),
      offer(S.PERFORMANCE_TESTING, ['{p}标定与环境可靠性测试', 'Calibration and environmental reliability testing of {p}'], [
        '在 -40 °C 至 150 °C 范围内完成多点标定，并开展温度冲击、振动与寿命测试。',
        'Multi-point calibration from -40 °C to 150 °C, plus thermal shock, vibration and life tests.',
      ], ['标定', 'calibration', '可靠性', 'reliability'], [2, 3, 4], [10, 1000, 'units']),
      offer(S.PROCESS_IMPROVEMENT, ['传感器温漂补偿与一致性改进', 'Temperature drift compensation and consistency improvement for sensors'], [
        '结合 ASIC 补偿算法与封装应力优化，降低温漂并提升批次一致性。',
        'ASIC compensation and package stress reduction lower temperature drift and improve lot consistency.',
      ], ['温漂', 'temperature drift', '补偿', 'compensation'], [2]),
      offer(S.EQUIPMENT_VALIDATION, ['国产 MEMS 工艺设备应用验证', 'Application validation of domestic MEMS process tools'], [
        '在标准工艺流程中考核国产刻蚀、键合设备的均匀性与稳定性。',
        'Uniformity and stability of domestic etch and bonding tools assessed in standard process flows.',
      ], ['国产设备', 'domestic tools', '刻蚀', 'etching'], [0, 1]),
      offer(S.TYPE_TESTING, ['{p}型式试验', 'Type testing of {p}'], [
        '依据产品标准开展全性能型式试验与环境适应性试验。',
        'Full-performance and environmental type tests to the product standard.',
      ], ['型式试验', 'type test', '环境适应性', 'environmental'], [2, 4]),
    ],
  },
  {
    key: 'e-drive',
    direction: IndustryDirection.EQUIPMENT_MANUFACTURING,
    domains: [D.KEY_COMPONENTS, D.CORE_SYSTEMS],
    field: bi('新能源汽车', 'New Energy Vehicles'),
    trade: bi('电驱动', 'E-Drive'),
    subject: bi('新能源汽车电驱动', 'EV Electric Drive'),
    hubs: ['hefei', 'changzhou', 'shenzhen', 'liuzhou', 'chongqing', 'xiangyang', 'wuhu', 'shanghai'],
    summary: bi(
      '覆盖驱动电机、电机控制器与减速器的样件试制、台架测试、耐久与 NVH 评价，支撑新能源汽车电驱动系统开发。',
      'Prototype builds, bench testing, durability and NVH evaluation of motors, inverters and reducers for EV electric drive development.',
    ),
    products: products(['三合一电驱动总成', '3-in-1 e-drive units'], ['扁线永磁同步电机', 'hairpin PMSMs'], ['SiC 电机控制器', 'SiC inverters'], ['电驱减速器', 'e-drive reduction gearboxes']),
    keywords: ['电驱动', 'e-drive', '新能源汽车', 'EV', '电机', 'NVH'],
    accreditations: [A.IATF_16949, A.CNAS, A.CMA, A.ISO_9001],
    equipment: [
      eq('{v} kW 电驱动总成测功机台架', '{v} kW e-drive dynamometer', 'powertrain-testing', 'test', 'DYN', [[250, 400], 'kW'], 'maxSpeed=20000|25000 [rpm]; maxTorque=1500|5000 [N·m]'),
      eq('扁线定子绕线与成型线', 'hairpin stator line', 'winding', 'machinery', 'HP', [[20, 60], 'units/h'], 'processes=forming, insertion, twisting, welding'),
      eq('电机控制器 HIL 测试系统', 'inverter HIL test system', 'control-systems', 'computing', 'HIL', null, 'simulationStep=1 [μs]'),
      eq('NVH 半消声室', 'NVH semi-anechoic chamber', 'powertrain-testing', 'facility', 'NVH', null, 'cutoffFrequency=50|80 [Hz]; backgroundNoise=≤ 20 [dB(A)]'),
      eq('{v} kN 三综合振动试验台', '{v} kN combined vibration and climate test system', 'environmental-testing', 'test', 'CVT', [[35, 60, 100], 'kN'], 'temperatureRange=-60–150 [°C]'),
      eq('盐雾试验箱', 'salt spray chamber', 'environmental-testing', 'test', 'SS', [[0.4, 1, 2], 'm³'], 'mode=NSS|CASS'),
    ],
    offerings: [
      offer(S.PERFORMANCE_TESTING, ['{p}效率 MAP 与 NVH 测试', 'Efficiency map and NVH testing of {p}'], [
        '在测功机台架与半消声室中完成效率 MAP、外特性与 NVH 测试。',
        'Efficiency maps, peak performance and NVH measured on the dynamometer and in the semi-anechoic room.',
      ], ['效率 MAP', 'efficiency map', 'NVH', '台架测试'], [0, 3], [1, 5, 'units']),
      offer(S.TYPE_TESTING, ['{p}型式试验（GB/T 18488）', 'Type testing of {p} to GB/T 18488'], [
        '依据 GB/T 18488 开展驱动电机系统的一般性、温升、转矩转速特性与环境适应性试验。',
        'General, temperature rise, torque-speed and environmental tests of drive motor systems to GB/T 18488.',
      ], ['型式试验', 'type test', 'GB/T 18488', '驱动电机'], [0, 4, 5]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}样件小批量试制', 'Small-batch prototype build of {p}'], [
        '完成 A 样、B 样件试制与交付，配套过程检验与 PPAP 文件。',
        'A- and B-sample builds delivered with in-process inspection and PPAP documents.',
      ], ['A 样', 'B-sample', 'PPAP', '试制'], [1, 2], [5, 200, 'units/batch']),
      offer(S.PROCESS_IMPROVEMENT, ['扁线电机绝缘与焊接工艺改进', 'Insulation and welding improvement for hairpin motors'], [
        '优化扁线成型、激光焊接与绝缘处理工艺，提高局放起始电压与一致性。',
        'Hairpin forming, laser welding and insulation treatment refined to raise partial discharge inception voltage and consistency.',
      ], ['扁线', 'hairpin', '激光焊接', 'laser welding'], [1]),
      offer(S.TECH_DEVELOPMENT, ['SiC 电机控制器开发与标定', 'SiC inverter development and calibration'], [
        '开展功率模块选型、控制算法开发与 HIL 标定，缩短控制器开发周期。',
        'Power module selection, control algorithm development and HIL calibration to shorten inverter development.',
      ], ['SiC', '碳化硅', 'HIL', '控制算法'], [2, 0]),
      offer(S.EQUIPMENT_VALIDATION, ['国产测功机与功率分析仪应用验证', 'Application validation of domestic dynamometers and power analysers'], [
        '在电驱测试工况下比对国产测功与测量设备的精度和动态响应。',
        'Accuracy and dynamic response of domestic dynamometers and power analysers compared under e-drive test conditions.',
      ], ['测功机', 'dynamometer', '国产设备', 'validation'], [0]),
    ],
  },
  {
    key: 'additive',
    direction: IndustryDirection.EQUIPMENT_MANUFACTURING,
    domains: [D.COMPLETE_MACHINES, D.PILOT_LINE_EQUIPMENT],
    field: bi('增材制造', 'Additive Manufacturing'),
    trade: bi('增材制造', 'Additive Manufacturing'),
    subject: bi('金属增材制造', 'Metal Additive Manufacturing'),
    hubs: ['xian', 'wuhan', 'beijing', 'guangzhou', 'changsha', 'nanjing'],
    summary: bi(
      '提供金属增材制造工艺开发、小批量打印、热等静压后处理与质量检测，服务航空航天、模具与医疗器械领域。',
      'Metal additive process development, small-batch printing, HIP post-processing and inspection for aerospace, tooling and medical devices.',
    ),
    products: products(['钛合金航空结构件', 'titanium aerospace brackets'], ['高温合金燃烧室部件', 'superalloy combustor parts'], ['随形冷却模具', 'conformal-cooling moulds'], ['多孔钛骨科植入物', 'porous titanium orthopaedic implants']),
    keywords: ['增材制造', 'additive manufacturing', '3D 打印', '3D printing', 'SLM', '钛合金'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.OTHER],
    equipment: [
      eq('激光选区熔化设备（成形尺寸 {v} mm）', 'laser powder bed fusion system ({v} mm build)', 'additive-manufacturing', 'machinery', 'LPBF', [[250, 400, 800], 'mm'], 'lasers=1|4; layerThickness=20–100 [μm]'),
      eq('电弧熔丝增材制造系统', 'wire arc additive manufacturing system', 'additive-manufacturing', 'machinery', 'WAAM', null, 'depositionRate=1–4 [kg/h]'),
      eq('热等静压机', 'hot isostatic press', 'thermal-processing', 'process', 'HIP', [[0.1, 0.5], 'm³'], 'maxPressure=200 [MPa]; maxTemperature=1400 [°C]'),
      eq('三坐标测量机', 'coordinate measuring machine', 'metrology', 'instrument', 'CMM', null, 'accuracy=1.5 + L/350 [μm]; range=1000 × 800 × 600 [mm]'),
      eq('{v} kV 工业 CT', '{v} kV industrial CT', 'non-destructive-testing', 'instrument', 'ICT', [[225, 450], 'kV'], 'resolution=≤ 5 [μm]'),
    ],
    offerings: [
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}增材制造小批量试制', 'Small-batch additive manufacture of {p}'], [
        '从数据处理、支撑设计到打印、热处理和机加，交付带检测报告的零件。',
        'Data preparation, support design, printing, heat treatment and machining, delivered with inspection reports.',
      ], ['小批量', 'small batch', '打印', 'printing'], [0, 2, 3], [1, 100, 'parts/batch']),
      offer(S.PROCESS_IMPROVEMENT, ['{p}打印参数与热处理工艺优化', 'Print parameter and heat treatment optimisation for {p}'], [
        '通过参数窗口试验与热处理制度优化，提升致密度与疲劳性能。',
        'Parameter window trials and heat treatment tuning raise density and fatigue strength.',
      ], ['工艺参数', 'process parameters', '致密度', 'density'], [0, 2]),
      offer(S.PERFORMANCE_TESTING, ['增材制造零件内部缺陷与尺寸检测', 'Internal defect and dimensional inspection of AM parts'], [
        '结合工业 CT 与三坐标测量，检测孔隙、未熔合与尺寸偏差。',
        'Industrial CT and CMM measurement of porosity, lack of fusion and dimensional deviation.',
      ], ['工业 CT', 'industrial CT', '缺陷检测', 'defects'], [3, 4], [1, 50, 'parts']),
      offer(S.EQUIPMENT_VALIDATION, ['国产金属 3D 打印设备应用验证', 'Application validation of domestic metal 3D printers'], [
        '以标准试样和典型零件考核设备成形精度、稳定性与材料性能。',
        'Standard specimens and typical parts used to assess accuracy, stability and material properties.',
      ], ['国产设备', 'domestic equipment', '3D 打印', 'validation'], [0, 1]),
      offer(S.TECH_DEVELOPMENT, ['{p}增材设计与工艺开发', 'Design for AM and process development of {p}'], [
        '开展拓扑优化与点阵结构设计，配套工艺开发实现减重与功能集成。',
        'Topology optimisation and lattice design with matching processes for weight saving and function integration.',
      ], ['拓扑优化', 'topology optimisation', '点阵', 'lattice'], [0]),
    ],
  },
  {
    key: 'textiles',
    direction: IndustryDirection.CONSUMER_GOODS,
    domains: [D.ADVANCED_MATERIALS, D.PILOT_LINE_EQUIPMENT],
    field: bi('纺织新材料', 'Textile Materials'),
    trade: bi('纤维新材料', 'Fibre Materials'),
    subject: bi('功能纤维与纺织品', 'Functional Fibres and Textiles'),
    hubs: ['shaoxing', 'suzhou', 'quanzhou', 'jiaxing', 'xiamen', 'huzhou'],
    summary: bi(
      '提供再生与生物基纤维的纺丝放大、功能整理和纺织品性能检测，推动绿色纤维从实验室走向市场。',
      'Spinning scale-up, functional finishing and textile testing for recycled and bio-based fibres, taking green fibres from lab to market.',
    ),
    products: products(['再生聚酯纤维', 'recycled polyester fibre'], ['生物基 PA56 纤维', 'bio-based PA56 fibre'], ['相变调温纤维', 'phase-change thermoregulating fibre'], ['抗菌功能面料', 'antibacterial fabric']),
    keywords: ['纤维', 'fibre', '纺丝', 'spinning', '功能纺织品', 'functional textiles'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.OTHER],
    equipment: [
      eq('{v} t/d 熔融纺丝中试线', '{v} t/d melt-spinning pilot line', 'spinning', 'process', 'MS', [[0.5, 1, 5], 't/day'], 'spinningPositions=4|8|16; winderSpeed=≤ 5000 [m/min]'),
      eq('静电纺丝设备', 'electrospinning system', 'spinning', 'process', 'ES', null, 'voltage=0–60 [kV]; width=600|1200 [mm]'),
      eq('拉幅定型机', 'stenter', 'textile-finishing', 'machinery', 'ST', null, 'width=1800|2400 [mm]; maxTemperature=230 [°C]'),
      eq('织物透湿透气测试仪', 'fabric breathability tester', 'analytical-instruments', 'instrument', 'WVT', null, 'method=cup|sweating guarded hot plate'),
      eq('纤维强伸度仪', 'fibre tensile tester', 'mechanical-testing', 'instrument', 'FT', null, 'loadRange=0–100 [cN]'),
    ],
    offerings: [
      offer(S.SCALE_UP, ['{p}纺丝工艺放大', 'Spinning scale-up of {p}'], [
        '完成切片干燥、熔融纺丝与牵伸卷绕工艺的中试放大，提供纤维物性数据。',
        'Chip drying, melt spinning, drawing and winding scaled to pilot level, with fibre property data.',
      ], ['熔融纺丝', 'melt spinning', '牵伸', 'drawing'], [0], [0.5, 5, 't/day']),
      offer(S.PERFORMANCE_TESTING, ['{p}功能性检测', 'Functional testing of {p}'], [
        '检测强伸性能、透湿透气、抗菌与吸湿速干等功能指标。',
        'Tensile properties, breathability, antibacterial and moisture-wicking performance.',
      ], ['透湿', 'breathability', '抗菌', 'antibacterial'], [3, 4], [1, 30, 'samples']),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量试纺与织造', 'Trial spinning and weaving of {p}'], [
        '提供试纺、织造与功能整理一条龙试制，满足品牌方打样需求。',
        'Trial spinning, weaving and finishing in one flow for brand sampling.',
      ], ['试纺', 'trial spinning', '打样', 'sampling'], [0, 2], [100, 3000, 'kg/batch']),
      offer(S.TECH_DEVELOPMENT, ['{p}技术开发与成果转化', 'Technology development and transfer for {p}'], [
        '联合高校开展聚合改性、纺丝与整理技术攻关，推动成果转化。',
        'Polymer modification, spinning and finishing developed with university partners through to transfer.',
      ], ['成果转化', 'technology transfer', '改性', 'modification'], [0, 1]),
      offer(S.PROCESS_IMPROVEMENT, ['印染与整理节能减排工艺改进', 'Energy and emission reduction in dyeing and finishing'], [
        '优化定型温度、车速与助剂体系，降低能耗与废水排放。',
        'Setting temperature, line speed and auxiliaries optimised to cut energy use and wastewater.',
      ], ['节能', 'energy saving', '印染', 'dyeing'], [2]),
    ],
  },
  {
    key: 'fine-chemicals',
    direction: IndustryDirection.RAW_MATERIALS,
    domains: [D.PETROCHEMICAL, D.ADVANCED_MATERIALS],
    field: bi('精细化工', 'Fine Chemicals'),
    trade: bi('化工', 'Chemical'),
    subject: bi('精细化工连续流', 'Continuous-Flow Fine Chemicals'),
    hubs: ['ningbo', 'nanjing', 'zibo', 'taizhou-zj', 'shanghai', 'dalian', 'yantai'],
    summary: bi(
      '面向精细化工与医药中间体，提供连续流工艺开发、催化剂评价、反应安全评估与工艺包编制前的中试放大。',
      'Continuous-flow process development, catalyst evaluation, reaction safety assessment and pilot scale-up ahead of process packages for fine chemicals and pharmaceutical intermediates.',
    ),
    products: products(['电子级湿化学品', 'electronic-grade wet chemicals'], ['医药中间体', 'pharmaceutical intermediates'], ['聚烯烃催化剂', 'polyolefin catalysts'], ['生物基化学品', 'bio-based chemicals']),
    keywords: ['精细化工', 'fine chemicals', '连续流', 'continuous flow', '微反应', '中间体'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.GLP],
    equipment: [
      eq('连续流微通道反应器', 'continuous-flow microreactor', 'flow-chemistry', 'process', 'MFR', [[5, 50, 200], 'L/h'], 'material=SiC|Hastelloy C-276; maxPressure=2|4 [MPa]'),
      eq('{v} L 搪玻璃反应釜', '{v} L glass-lined reactor', 'reactor', 'process', 'GL', [[500, 2000, 5000], 'L'], 'designPressure=-0.1–0.4 [MPa]; temperatureRange=-20–200 [°C]'),
      eq('中试精馏塔', 'pilot distillation column', 'separation', 'process', 'DC', null, 'diameter=100|200|300 [mm]; theoreticalPlates=30|60'),
      eq('固定床催化剂评价装置', 'fixed-bed catalyst test unit', 'reactor', 'process', 'FB', null, 'maxPressure=10|20 [MPa]; maxTemperature=600 [°C]'),
      eq('反应量热仪', 'reaction calorimeter', 'analytical-instruments', 'instrument', 'RC', null, 'volume=0.5|2 [L]'),
      eq('气相色谱-质谱联用仪', 'GC-MS system', 'analytical-instruments', 'instrument', 'GCMS', null, 'massRange=1.5–1090 [u]'),
    ],
    offerings: [
      offer(S.SCALE_UP, ['{p}公斤级至吨级工艺放大', 'Kilogram-to-tonne scale-up of {p}'], [
        '在搪玻璃釜与精馏单元上完成工艺放大，提供物料衡算与工艺包基础数据。',
        'Scaled up in glass-lined reactors and distillation units, with mass balances and basic data for the process package.',
      ], ['工艺放大', 'scale-up', '工艺包', 'process package'], [1, 2], [50, 2000, 'kg/batch']),
      offer(S.PROCESS_IMPROVEMENT, ['釜式工艺改连续流工艺', 'Batch-to-continuous process conversion'], [
        '将硝化、重氮化等高危釜式反应转为微通道连续流工艺，提升本质安全与收率。',
        'Hazardous nitration and diazotisation moved from batch vessels to microchannel flow for inherent safety and yield.',
      ], ['连续流', 'continuous flow', '硝化', 'nitration'], [0, 4]),
      offer(S.TECH_DEVELOPMENT, ['{p}催化剂筛选与评价', 'Catalyst screening and evaluation for {p}'], [
        '在固定床装置上开展催化剂活性、选择性与寿命评价。',
        'Activity, selectivity and lifetime evaluated on fixed-bed units.',
      ], ['催化剂', 'catalyst', '选择性', 'selectivity'], [3, 5]),
      offer(S.PERFORMANCE_TESTING, ['反应量热与工艺热安全评估', 'Reaction calorimetry and thermal process safety assessment'], [
        '测定反应热、绝热温升与热失控风险等级，出具反应安全风险评估报告。',
        'Heat of reaction, adiabatic temperature rise and runaway severity measured, with a reaction safety report.',
      ], ['反应安全', 'reaction safety', '量热', 'calorimetry'], [4], [1, 10, 'reactions']),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}小批量试生产', 'Small-batch trial production of {p}'], [
        '为客户提供公斤至吨级样品试产，满足下游认证与市场开发。',
        'Kilogram-to-tonne sample production for downstream qualification and market development.',
      ], ['试生产', 'trial production', '样品', 'samples'], [1, 2], [100, 5000, 'kg/batch']),
    ],
  },
  {
    key: 'robotics',
    direction: IndustryDirection.EQUIPMENT_MANUFACTURING,
    domains: [D.COMPLETE_MACHINES, D.CORE_SYSTEMS, D.KEY_COMPONENTS],
    field: bi('智能装备', 'Intelligent Equipment'),
    trade: bi('机器人', 'Robotics'),
    subject: bi('工业机器人与核心部件', 'Industrial Robots and Core Components'),
    hubs: ['shenyang', 'foshan', 'wuhu', 'shanghai', 'suzhou', 'dongguan', 'qingdao'],
    summary: bi(
      '为工业机器人整机与减速器、伺服系统等核心部件提供性能测试、可靠性评价、场景化应用验证和样机试制。',
      'Performance testing, reliability evaluation, application validation and prototype builds for industrial robots and their reducers and servo systems.',
    ),
    products: products(['RV 减速器', 'RV reducers'], ['谐波减速器', 'harmonic drives'], ['协作机器人', 'collaborative robots'], ['伺服电机', 'servo motors']),
    keywords: ['工业机器人', 'industrial robot', '减速器', 'reducer', '伺服', 'servo'],
    accreditations: [A.CNAS, A.CMA, A.ISO_9001, A.IATF_16949],
    equipment: [
      eq('精密减速器综合性能测试台', 'precision reducer test bench', 'mechanical-testing', 'test', 'RTB', [[500, 3000], 'N·m'], 'angularAccuracy=±1 [arcsec]; maxSpeed=5000 [rpm]'),
      eq('激光跟踪仪', 'laser tracker', 'metrology', 'instrument', 'LT', null, 'accuracy=15 μm + 6 μm/m; range=≤ 80 [m]'),
      eq('五轴加工中心', '5-axis machining centre', 'machining', 'machinery', 'MC', null, 'travel=800 × 600 × 500 [mm]; spindleSpeed=20000 [rpm]'),
      eq('机器人加速寿命试验台', 'robot accelerated life test rig', 'mechanical-testing', 'test', 'ALT', [[4, 8], 'stations'], 'payload=≤ 500 [kg]'),
      eq('{v} kW 伺服系统测试平台', '{v} kW servo system test platform', 'powertrain-testing', 'test', 'SVT', [[5, 30], 'kW'], 'bandwidth=≥ 1 [kHz]'),
    ],
    offerings: [
      offer(S.TYPE_TESTING, ['{p}型式试验', 'Type testing of {p}'], [
        '依据国家和行业标准开展性能、安全与环境适应性型式试验。',
        'Performance, safety and environmental type tests to national and industry standards.',
      ], ['型式试验', 'type test', '机器人', 'robot'], [1, 3]),
      offer(S.PERFORMANCE_TESTING, ['{p}精度、刚度与寿命测试', 'Accuracy, stiffness and life testing of {p}'], [
        '测试传动误差、回差、扭转刚度与额定寿命，给出对标分析。',
        'Transmission error, backlash, torsional stiffness and rated life tested, with benchmark analysis.',
      ], ['传动误差', 'transmission error', '回差', 'backlash'], [0, 3], [1, 10, 'units']),
      offer(S.EQUIPMENT_VALIDATION, ['{p}汽车焊装场景应用验证', 'Validation of {p} in automotive body welding'], [
        '在真实焊装工作站中开展节拍、精度与连续运行验证，形成应用评价报告。',
        'Cycle time, accuracy and continuous operation verified in a real welding cell, with an application report.',
      ], ['应用验证', 'application validation', '焊装', 'welding'], [1, 4]),
      offer(S.SMALL_BATCH_PRODUCTION, ['{p}样机小批量试制', 'Small-batch prototype build of {p}'], [
        '提供关键零件精密加工、装配与跑合测试，完成小批量样机交付。',
        'Precision machining, assembly and run-in of key parts for small-batch prototype delivery.',
      ], ['精密加工', 'precision machining', '装配', 'assembly'], [2, 0], [5, 100, 'units/batch']),
      offer(S.PROCESS_IMPROVEMENT, ['{p}装配工艺与精度保持性改进', 'Assembly and accuracy retention improvement for {p}'], [
        '优化齿形修形、预紧与装配工艺，提升精度保持性。',
        'Tooth profile modification, preload and assembly refined for long-term accuracy.',
      ], ['精度保持性', 'accuracy retention', '齿形修形', 'profile modification'], [0, 2]),
    ],
  },
];

export function themeByKey(key: string): DemoTheme {
  const found = DEMO_THEMES.find((theme) => theme.key === key);
  if (!found) throw new RangeError(`unknown demo theme ${key}`);
  return found;
}
