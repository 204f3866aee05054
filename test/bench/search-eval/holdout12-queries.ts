// The twelfth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-12-02 by reading the demo dataset only (print-offerings.ts: every
// offering with its platform's status, province and city, title, scale and price), never the synonym lists, the stop
// words, the dictionary, the analysis code nor search output, and committed before its first run (see the git history
// of this file). A query is never reworded nor relabelled after that run; search is fixed for the general cause of a
// failure, never for a query's text.
//
// It types what real users type: Chinese without spaces and with its filler (有没有, 哪家, 帮忙, 请问…呀); Chinese and
// English mixed (SiC模块, MEA, HIL台架, AKTA); English phrases and English with typos; a homophone that is itself a word
// (组建 for 组件); standards (IEC 61730, GB 9706.1, YY9706.102); equipment by its trade name (搪瓷釜, 减速机, 振动台,
// 引线键合机); sizes in the units people type rather than the catalogue's (1.2米 for 1200 mm, 500升, 30公斤每小时 for
// 30 kg/h, 8000千牛, 150千瓦, 400毫米, 60kN); traditional characters and Taiwan's words (雷射, 晶圓級); a problem instead
// of the service (残碱超标); needs told in a sentence, in Chinese and in English; and one need no offering serves.
//
// Grades follow holdout 11: 3 = what the query asks for; 2 = a close fit (the same thing through a neighbouring service,
// the same service on a sibling product, the instrument that does it by the hour); 1 = related. Only offerings that can
// be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const LI_CATHODE_SCALE_UP = [6, 10, 24, 28, 30, 222, 365, 368];
const CATHODE_TONNE_BATCHES = [4, 11, 223, 360, 362];
const CONTINUOUS_FLOW_CONVERSION = [174, 250, 303];
const FIBRE_FUNCTIONAL_TESTS = [103, 104, 150, 414, 441];
const PI_FILM_PROPERTY_TESTS = [18, 32, 188, 290];
const LOW_DK_FORMULATION = [21, 31, 291];
const WARPAGE_VOIDING = [78, 295, 410];
const MEA_SMALL_BATCH = [57, 287];
const COBOT_TYPE_TESTS = [117, 354];
const PEROVSKITE_MODULE_SCALE_UP = [81, 244, 369, 419];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const PRECISION_COATER_HOURS = [371, 394];
const COATER_VALIDATION = [22, 373, 393];
const METAL_PRINTER_VALIDATION = [96, 255, 263, 346, 397, 480];
const UAV_AUTOCLAVE_CURE = [49, 378, 456];
const OTHER_AUTOCLAVE_CURE = [145, 242, 243, 380];
const AUTOCLAVE_HOURS = [239, 374];
const RF_EMC_TYPE_TESTS = [141, 206, 269];
const FAN_OUT_ENGINEERING_LOTS = [153, 409, 461];
const QFN_ENGINEERING_LOTS = [156, 293, 408, 465];
const AM_SMALL_BATCHES = [192, 251, 479, 398, 345];
const PREPREG_RESIN_SCALE_UP = [50, 147, 377];
const HIGH_NICKEL_RESIDUAL_LITHIUM = [7, 14, 25, 359, 363];

export const HOLDOUT12_QUERIES: LabelledQuery[] = [
  // ---- Chinese without spaces, with filler --------------------------------------------------------------------------
  {
    id: 'M01',
    query: '想找个地方做锂电正极从公斤到吨级的放大',
    style: 'need-run',
    judgments: { 3: k(...LI_CATHODE_SCALE_UP), 2: k(...CATHODE_TONNE_BATCHES, 29, 221), 1: k(217) },
    rationale:
      'Li-ion cathode scale-ups exact; tonne-scale cathode trial production and the sodium cathode scale-ups close; sodium tonne batches related.',
  },
  {
    id: 'M02',
    query: '找个单位帮忙把釜式反应改成连续流',
    style: 'zh-filler',
    judgments: { 3: k(...CONTINUOUS_FLOW_CONVERSION), 2: k(172) },
    rationale: 'Batch-to-continuous conversion exact; microreactor hours close.',
  },
  {
    id: 'M03',
    query: '纺织面料抗菌性能检测哪家做',
    style: 'zh-filler',
    judgments: { 3: k(329), 2: k(...FIBRE_FUNCTIONAL_TESTS), 1: k(105, 437, 440) },
    rationale:
      'Functional testing of antibacterial fabric exact; functional testing of other fibres close; antibacterial fabric development, spinning and weaving related.',
  },
  {
    id: 'M04',
    query: '聚酰亚胺膜介电常数测试',
    style: 'zh-run',
    judgments: { 3: k(...PI_FILM_PROPERTY_TESTS), 2: k(186), 1: k(...LOW_DK_FORMULATION) },
    rationale:
      'PI film dielectric property tests exact; high-frequency dielectric test system hours close; low-Dk polyimide formulation related.',
  },
  {
    id: 'M05',
    query: '30公斤每小时双螺杆挤出机租用',
    style: 'spec',
    judgments: { 3: k(86), 2: k(275), 1: k(132, 137, 273) },
    rationale:
      'The 30 kg/h twin-screw line hours exact; the 150 kg/h line close; compounding scale-ups on such lines related.',
  },
  // ---- Chinese and English mixed ------------------------------------------------------------------------------------
  {
    id: 'M06',
    query: 'SiC模块空洞率',
    style: 'mixed',
    judgments: { 3: k(404), 2: k(463, ...WARPAGE_VOIDING), 1: k(406) },
    rationale:
      'Voiding reduction for SiC power modules exact; SiC module process development and voiding reduction for other packages close; acoustic microscope hours related.',
  },
  {
    id: 'M07',
    query: 'MEA一致性验证小批量',
    style: 'mixed',
    judgments: { 3: k(...MEA_SMALL_BATCH), 2: k(338), 1: k(336, 286) },
    rationale:
      'MEA small batches with consistency checks exact; bipolar-plate small batches with consistency checks close; MEA durability and catalyst-layer development related.',
  },
  {
    id: 'M08',
    query: 'RV减速机型式试验',
    style: 'colloquial',
    judgments: { 3: k(114), 2: k(...COBOT_TYPE_TESTS), 1: k(436, 116, 353) },
    rationale:
      'RV reducer type testing exact (减速机 is the trade word for 减速器); cobot type tests close; RV prototypes, RV validation and harmonic drive life tests related.',
  },
  {
    id: 'M37',
    query: 'HIL台架 电机控制器',
    style: 'mixed',
    judgments: { 3: k(92), 1: k(327, 352, 158, 184) },
    rationale: 'Inverter HIL test system hours exact; PLC/DCS HIL hours and SiC inverter development related.',
  },
  // ---- English ------------------------------------------------------------------------------------------------------
  {
    id: 'M09',
    query: 'hydrogen tank overwrap prototype batch',
    style: 'en',
    judgments: { 3: k(52, 459), 2: k(145) },
    rationale: 'Small-batch hydrogen tank overwraps exact; their autoclave cure optimisation close.',
  },
  {
    id: 'M10',
    query: 'phosphogypsum recycling pilot',
    style: 'en',
    judgments: { 3: k(281, 466), 1: k(283, 468) },
    rationale: 'Phosphogypsum recycling scale-ups exact; solid-waste equipment pilot validation related.',
  },
  {
    id: 'M11',
    query: 'salt fog chamber rental',
    style: 'en',
    judgments: { 3: k(91, 182) },
    rationale: 'Salt spray chamber hours (salt fog is the other English name).',
  },
  {
    id: 'M29',
    query: 'need someone to do EMC type testing for our mmWave antenna',
    style: 'sentence',
    judgments: { 3: k(298), 2: k(...RF_EMC_TYPE_TESTS), 1: k(203, 139) },
    rationale:
      'EMC type testing of mmWave antennas exact; EMC type tests of other RF parts close; anechoic chamber hours and antenna OTA tests related.',
  },
  // ---- typos and homophones -----------------------------------------------------------------------------------------
  {
    id: 'M12',
    query: '钙钛矿组建放大',
    style: 'homophone-word',
    judgments: { 3: k(...PEROVSKITE_MODULE_SCALE_UP), 2: k(266, 453), 1: k(427, 278, 429, 420) },
    rationale:
      '组建 typed for 组件: perovskite module scale-ups exact; module small batches close; module process development, module IV/EL tests and the slot-die coater related.',
  },
  {
    id: 'M13',
    query: 'fuel cel stack durabilty test',
    style: 'en-typo',
    judgments: { 3: k(313), 2: k(336, 314, 315, 311) },
    rationale:
      'Automotive stack polarisation and durability tests exact; MEA, bipolar-plate and stationary-system durability tests and stack test bench hours close.',
  },
  // ---- standards ----------------------------------------------------------------------------------------------------
  {
    id: 'M14',
    query: 'IEC 61730 组件安规',
    style: 'stdnum',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: 'PV module type tests to IEC 61215 / IEC 61730 (61730 is the safety part).',
  },
  {
    id: 'M15',
    query: 'GB 9706.1 超声',
    style: 'stdnum',
    judgments: { 3: k(127), 1: k(125, 128, 126) },
    rationale:
      'Ultrasound registration type testing to the GB 9706 series exact; ultrasound image quality and pre-clinical validation, DR EMC to YY 9706.102 related.',
  },
  {
    id: 'M16',
    query: 'YY9706.102 DR',
    style: 'std-form',
    judgments: { 3: k(126), 1: k(69, 400) },
    rationale: 'DR EMC testing to YY 9706.102 exact; DR pre-clinical validation and prototypes related.',
  },
  // ---- equipment ----------------------------------------------------------------------------------------------------
  {
    id: 'M17',
    query: 'AKTA层析纯化系统租用',
    style: 'equipment',
    judgments: { 3: k(383), 1: k(37, 446) },
    rationale: 'Chromatography purification system hours exact (AKTA a maker’s name); downstream purification related.',
  },
  {
    id: 'M18',
    query: '振动台 60kN 租机时',
    style: 'equipment',
    judgments: { 3: k(402) },
    rationale: 'The 60 kN electrodynamic shaker hours.',
  },
  {
    id: 'M19',
    query: '引线键合机 机时',
    style: 'equipment',
    judgments: { 3: k(154), 2: k(296), 1: k(155, 294, 460) },
    rationale: 'Wire bonder hours exact; flip-chip bonder hours close; bonding equipment validation related.',
  },
  // ---- units typed otherwise than the catalogue ---------------------------------------------------------------------
  {
    id: 'M20',
    query: '1.2米狭缝涂布机',
    style: 'spec',
    judgments: { 3: k(420), 2: k(...PRECISION_COATER_HOURS), 1: k(...COATER_VALIDATION) },
    rationale: 'The 1200 mm perovskite slot-die coater exact; precision coater hours close; coater validation related.',
  },
  {
    id: 'M21',
    query: '500升搪瓷釜机时',
    style: 'spec',
    judgments: { 3: k(107), 1: k(20, 366) },
    rationale:
      'The 500 L glass-lined reactor hours (搪瓷釜 the trade word) exact; the 200 L polymerisation and 100 L co-precipitation reactors related.',
  },
  {
    id: 'M22',
    query: '8000千牛冲压机',
    style: 'spec',
    judgments: { 3: k(335), 1: k(338, 339) },
    rationale: 'The 8000 kN bipolar plate stamping line exact; bipolar plate batches and forming improvement related.',
  },
  {
    id: 'M24',
    query: '150千瓦电堆测试台租用',
    style: 'spec',
    judgments: { 3: k(311), 1: k(313, 55, 312, 340) },
    rationale: 'The 150 kW stack test bench hours exact; stack tests and test bench validation related.',
  },
  {
    id: 'M25',
    query: '400毫米的SLM设备租用',
    style: 'spec',
    judgments: { 3: k(253), 2: k(99), 1: k(...METAL_PRINTER_VALIDATION) },
    rationale:
      'The 400 mm laser powder bed fusion system hours exact; the 800 mm one close; metal printer validation related.',
  },
  // ---- needs in a sentence ------------------------------------------------------------------------------------------
  {
    id: 'M27',
    query: '我们有个MEMS麦克风项目想找流片和工艺开发',
    style: 'sentence',
    judgments: { 3: k(224), 1: k(226, 88, 177, 229, 90) },
    rationale:
      'MEMS microphone process development exact; gas sensor small-batch fabrication, MEMS tool validation and DRIE hours related.',
  },
  {
    id: 'M28',
    query: '我们的无人机机身想用碳纤维热压罐成型，需要优化固化工艺',
    style: 'sentence',
    judgments: { 3: k(...UAV_AUTOCLAVE_CURE), 2: k(...OTHER_AUTOCLAVE_CURE), 1: k(...AUTOCLAVE_HOURS, 241, 379) },
    rationale:
      'Autoclave cure optimisation of UAV parts exact; of other parts close; autoclave hours, UAV part batches and NDT related.',
  },
  {
    id: 'M33',
    query: '请问哪里可以做扁线电机的效率MAP测试呀',
    style: 'question',
    judgments: { 2: k(159, 179), 1: k(161, 164, 181) },
    rationale:
      'No showable efficiency map test of hairpin motors (that platform is suspended): those of reducers and 3-in-1 units close; dynamometer hours and hairpin type tests related.',
  },
  {
    id: 'M34',
    query: '帮忙推荐一下做高温合金燃烧室3D打印的',
    style: 'zh-filler',
    judgments: { 3: k(95), 2: k(...AM_SMALL_BATCHES) },
    rationale: 'Superalloy combustor AM small batches exact; AM small batches of other parts close.',
  },
  // ---- traditional characters and Taiwan's words --------------------------------------------------------------------
  {
    id: 'M30',
    query: '扇出型晶圓級封裝 工程批',
    style: 'traditional',
    judgments: { 3: k(...FAN_OUT_ENGINEERING_LOTS), 2: k(292), 1: k(76, ...QFN_ENGINEERING_LOTS) },
    rationale:
      'Fan-out wafer-level engineering lots exact; fan-out process development close; other engineering lots related.',
  },
  {
    id: 'M31',
    query: '雷射跟蹤儀 租用',
    style: 'taiwan',
    judgments: { 3: k(113, 357) },
    rationale: 'Laser tracker hours (雷射 is Taiwan’s 激光).',
  },
  // ---- materials, processes, problems -------------------------------------------------------------------------------
  {
    id: 'M35',
    query: '电子级湿化学品吨级放大',
    style: 'zh-run',
    judgments: { 3: k(111, 175) },
    rationale: 'Kilogram-to-tonne scale-up of electronic-grade wet chemicals.',
  },
  {
    id: 'M36',
    query: '退役电池回收有价金属',
    style: 'zh-run',
    judgments: { 3: k(471), 2: k(470), 1: k(285, 467) },
    rationale:
      'Recovery of valuable components from spent EV batteries exact; hydrometallurgical leaching hours close; spent battery leaching tests and materials from them related.',
  },
  {
    id: 'M38',
    query: '预浸料树脂放大',
    style: 'zh-run',
    judgments: { 3: k(...PREPREG_RESIN_SCALE_UP), 2: k(53, 455) },
    rationale: 'Prepreg resin system scale-ups exact; hot-melt prepreg line hours close.',
  },
  {
    id: 'M39',
    query: 'PLM软件测试',
    style: 'mixed',
    judgments: { 3: k(60, 349), 2: k(324, 347), 1: k(325, 387) },
    rationale: 'PLM testing exact; PLM validation close; CAE and MES software testing related.',
  },
  {
    id: 'M41',
    query: '做个锂电正极残碱超标的改善',
    style: 'problem',
    judgments: { 3: k(...HIGH_NICKEL_RESIDUAL_LITHIUM) },
    rationale: 'Residual lithium control for high-nickel cathodes.',
  },
  {
    id: 'M42',
    query: '腔体滤波器S参数测试',
    style: 'mixed',
    judgments: { 3: k(140), 2: k(208), 1: k(207) },
    rationale: 'S-parameter tests of 5G filters exact; filter OTA tests close; VNA validation related.',
  },
  {
    id: 'M43',
    query: 'GMP洁净间按小时租',
    style: 'mixed',
    judgments: { 3: k(447) },
    rationale: 'GMP cleanroom suite hours.',
  },
  {
    id: 'M44',
    query: '高低温湿热箱租用',
    style: 'equipment',
    judgments: { 3: k(299), 2: k(310, 277, 421) },
    rationale: 'Temperature-humidity chamber hours exact; climate chamber and UV/damp-heat chamber hours close.',
  },
  {
    id: 'M40',
    query: '锂电池隔膜涂覆',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Battery separator coating: no offering.',
  },
];
