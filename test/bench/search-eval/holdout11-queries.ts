// The eleventh holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-12-01 by reading the demo dataset only (print-offerings.ts: every
// offering with its platform's status, province and city, title, scale and price), never the synonym lists, the stop
// words, the dictionary, the analysis code nor search output, and committed before its first run (see the git history
// of this file). A query is never reworded nor relabelled after that run; search is fixed for the general cause of a
// failure, never for a query's text.
//
// It types what real users type: Chinese without spaces and with its filler (帮我找, 有没有, 哪家, 能不能); regions by
// their abbreviation or colloquial name (川渝, 江浙沪, 长三角, 珠三角, 京津冀, 东三省, 大湾区, 华中, 沪上, 苏州附近, and
// the Yangtze River Delta in English); scales in Chinese numerals (八百毫米, 两吨, 五十公斤, 一百升, 两千升); toneless
// pinyin of words the catalogue writes; English with typos; Chinese and English mixed; product names; standards; and
// needs told as a sentence.
//
// Grades follow holdout 10: 3 = what the query asks for; 2 = a close fit (the same thing through a neighbouring service,
// the same service on a sibling product, the instrument that does it by the hour); 1 = related. A place or a region
// with a need grades the need there 3 and the need elsewhere 2 (a region stands for its provinces: 江浙沪 31 32 33;
// 长三角 31 32 33 34; 珠三角 and 大湾区 the Pearl River cities of 44; 京津冀 11 12 13; 川渝 50 51; 东三省 21 22 23;
// 华中 41 42 43). Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const AUTOCLAVE_CURE = [49, 145, 242, 243, 378, 380, 456];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const EMC_TYPE_TESTS = [141, 206, 269, 298];
const TANDEM_SMALL_BATCH = [83, 418, 431];
const HIGH_NICKEL_RESIDUAL_LITHIUM = [7, 14, 25, 359, 363];
const PI_FILM_PROPERTY_TESTS = [18, 32, 188, 290];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const ADC_CELL_CULTURE_SCALE_UP = [202, 382, 448];
const CONTINUOUS_FLOW_CONVERSION = [174, 250, 303];

export const HOLDOUT11_QUERIES: LabelledQuery[] = [
  // ---- regions by abbreviation or colloquial name -------------------------------------------------------------------
  {
    id: 'K01',
    query: '帮我找江浙沪能做盐雾试验的',
    style: 'region',
    judgments: { 3: k(91), 2: k(182) },
    rationale: 'Salt-spray chamber hours in Changzhou (Jiangsu) exact; the Liuzhou one close.',
  },
  {
    id: 'K02',
    query: '川渝有没有做ADC细胞培养放大的',
    style: 'region',
    judgments: { 2: k(...ADC_CELL_CULTURE_SCALE_UP), 1: k(38, 200, 201) },
    rationale:
      'No ADC scale-up in Sichuan or Chongqing: the ADC cell-culture scale-ups elsewhere close; ADC testing (one in Chengdu) and the bispecific scale-up related.',
  },
  {
    id: 'K03',
    query: '珠三角热等静压机时',
    style: 'region',
    judgments: { 3: k(342, 477), 2: k(191) },
    rationale: 'HIP hours in Guangzhou exact; Chongqing close.',
  },
  {
    id: 'K04',
    query: '京津冀哪家能做预灌封注射剂临床批',
    style: 'region',
    judgments: { 3: k(119), 2: k(42), 1: k(43, 46) },
    rationale:
      'Prefilled-syringe clinical batches in Tianjin exact; Hangzhou close; its scale-up and liposomal clinical batches related.',
  },
  {
    id: 'K05',
    query: '长三角钙钛矿组件放大',
    style: 'region',
    judgments: { 3: k(244, 369, 419), 2: k(81), 1: k(266, 453, 427) },
    rationale:
      'Perovskite module scale-up in Hefei and Wuxi exact; Yinchuan close; module small batches and process development related.',
  },
  {
    id: 'K06',
    query: '苏州附近做谐波减速器寿命测试',
    style: 'nearby',
    judgments: { 3: k(353), 1: k(112, 355, 435, 114) },
    rationale:
      'Harmonic drive precision, stiffness and life test in Suzhou exact; harmonic drive validation and assembly improvement, the RV type test related.',
  },
  {
    id: 'K07',
    query: '东三省复合材料力学测试',
    style: 'region',
    judgments: { 3: k(47, 148), 2: k(454) },
    rationale: 'Laminate mechanical testing in Changchun and Harbin exact; Huizhou close.',
  },
  {
    id: 'K08',
    query: '大湾区有没有做MEMS的',
    style: 'region',
    judgments: { 3: k(88, 90), 2: k(224, 228, 229, 177) },
    rationale:
      'MEMS equipment validation and DRIE hours in Shenzhen exact; MEMS services in Suzhou and Zhengzhou close.',
  },
  {
    id: 'K09',
    query: '帮我找华中地区做钛合金3D打印的',
    style: 'region',
    judgments: { 3: k(251), 2: k(192, 479, 343, 399, 97, 100), 1: k(95, 190, 344) },
    rationale:
      'Titanium aero-structure AM small batch in Changsha exact; titanium AM elsewhere and porous titanium implants in Wuhan close; other AM related.',
  },
  {
    id: 'K10',
    query: '沪上功能纤维检测',
    style: 'region',
    judgments: { 3: k(150), 2: k(103, 104, 329, 414, 441) },
    rationale: 'Fibre functional testing in Shanghai exact; the same tests elsewhere close.',
  },
  {
    id: 'K11',
    query: 'Yangtze River Delta autoclave hours',
    style: 'region',
    judgments: { 3: k(239), 2: k(374), 1: k(...AUTOCLAVE_CURE) },
    rationale: 'Autoclave hours in Ningbo exact; Xining close; autoclave cure optimisation related.',
  },
  {
    id: 'K12',
    query: '江苏省内锂电池软包线租用',
    style: 'place',
    judgments: { 3: k(5), 2: k(26, 220) },
    rationale: 'Pouch-cell pilot line hours in Suzhou exact; Changsha and Urumqi close.',
  },
  // ---- scales in Chinese numerals ---------------------------------------------------------------------------------
  {
    id: 'K13',
    query: '八百毫米激光选区熔化设备租用',
    style: 'spec',
    judgments: { 3: k(99), 2: k(253) },
    rationale: 'The 800 mm SLM machine hours exact; the 400 mm one close.',
  },
  {
    id: 'K14',
    query: '两吨级磷酸锰铁锂试产',
    style: 'spec',
    judgments: { 3: k(11, 360), 2: k(222, 365, 4, 223, 362, 217), 1: k(9) },
    rationale:
      'LMFP tonne-scale trial production exact; LMFP 100 kg scale-up and other cathodes’ tonne trials close; LMFP cell testing related.',
  },
  {
    id: 'K15',
    query: '五十公斤催化剂放大',
    style: 'spec',
    judgments: { 3: k(171), 1: k(306, 307, 319, 391, 111, 175, 318, 390, 305) },
    rationale:
      'Polyolefin catalyst kg-to-tonne scale-up exact; catalyst screening, other kg-to-tonne scale-ups and the fixed-bed evaluation rig related.',
  },
  {
    id: 'K16',
    query: '一百升共沉淀反应釜',
    style: 'spec',
    judgments: { 3: k(366), 1: k(20, 107) },
    rationale: 'The 100 L co-precipitation reactor hours exact; other reactors related.',
  },
  {
    id: 'K17',
    query: '两千升细胞培养放大',
    style: 'spec',
    judgments: { 3: k(201, ...ADC_CELL_CULTURE_SCALE_UP), 1: k(197, 449) },
    rationale: 'Cell-culture scale-ups to 2,000 L exact; upstream process development related.',
  },
  // ---- pinyin without tones ---------------------------------------------------------------------------------------
  {
    id: 'K18',
    query: 'gaodiwen xiang jishi',
    style: 'pinyin',
    judgments: { 3: k(310, 299), 2: k(277, 421), 1: k(77, 405, 464) },
    rationale:
      'Climate-chamber hours exact; UV and damp-heat ageing chambers close; thermal cycling and HAST systems related.',
  },
  {
    id: 'K19',
    query: 'reyaguan chengxing youhua',
    style: 'pinyin',
    judgments: { 3: k(...AUTOCLAVE_CURE), 2: k(239, 374) },
    rationale: 'Autoclave cure optimisation exact; autoclave hours close.',
  },
  {
    id: 'K20',
    query: 'xiezuo jiqiren xingshi shiyan',
    style: 'pinyin',
    judgments: { 3: k(117, 354), 2: k(434), 1: k(114) },
    rationale: 'Collaborative robot type tests exact; its validation close; the RV reducer type test related.',
  },
  {
    id: 'K21',
    query: 'jingyuan jianhe ji',
    style: 'pinyin',
    judgments: { 3: k(176), 1: k(154, 296) },
    rationale: 'Wafer bonder hours exact; wire and flip-chip bonders related.',
  },
  // ---- English with typos, English ----------------------------------------------------------------------------------
  {
    id: 'K22',
    query: 'prefiled syringe clincal batch',
    style: 'en-typo',
    judgments: { 3: k(42, 119), 2: k(43), 1: k(46) },
    rationale: 'Prefilled-syringe clinical batches exact; its scale-up close; liposomal clinical batches related.',
  },
  {
    id: 'K23',
    query: 'perovskit tandem cell small batch',
    style: 'en-typo',
    judgments: { 3: k(...TANDEM_SMALL_BATCH), 2: k(266, 453), 1: k(82, 280) },
    rationale:
      'Perovskite/silicon tandem small batches exact; perovskite module small batches close; tandem development and testing related.',
  },
  {
    id: 'K24',
    query: 'hig nickel cathod residual lithium',
    style: 'en-typo',
    judgments: { 3: k(...HIGH_NICKEL_RESIDUAL_LITHIUM) },
    rationale: 'Residual lithium control for high-nickel cathodes exact.',
  },
  {
    id: 'K25',
    query: 'electrospining machine rental',
    style: 'en-typo',
    judgments: { 3: k(152, 332) },
    rationale: 'Electrospinning machine hours exact.',
  },
  {
    id: 'K26',
    query: 'fuel cell engine type approval test',
    style: 'en',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 1: k(313) },
    rationale: 'Fuel cell engine type tests exact; stack durability testing related.',
  },
  // ---- standards ----------------------------------------------------------------------------------------------------
  {
    id: 'K27',
    query: 'IEC61215认证测试哪里能做',
    style: 'stdnum',
    judgments: { 3: k(...PV_TYPE_TESTS), 1: k(277, 421) },
    rationale: 'PV module IEC 61215 type tests exact; ageing chambers related.',
  },
  {
    id: 'K28',
    query: 'GB/T18488电机型式试验',
    style: 'stdnum',
    judgments: { 3: k(164, 181), 2: k(163), 1: k(159, 179) },
    rationale:
      'Flat-wire PMSM type tests to GB/T 18488 exact; the SiC controller’s close; efficiency map and NVH tests related.',
  },
  {
    id: 'K29',
    query: 'YY 9706.102电磁兼容试验',
    style: 'stdnum',
    judgments: { 3: k(126), 1: k(...EMC_TYPE_TESTS, 127) },
    rationale:
      'The DR EMC test to YY 9706.102 exact (the CT and MRI ones are on a draft platform); other EMC type tests related.',
  },
  // ---- mixed Chinese and English, product names -------------------------------------------------------------------
  {
    id: 'K30',
    query: 'PI膜介电常数测试',
    style: 'mixed',
    judgments: { 3: k(...PI_FILM_PROPERTY_TESTS), 2: k(186), 1: k(21, 31, 291) },
    rationale:
      'PI film dielectric testing exact; the high-frequency dielectric test system hours close; low-Dk formulation related.',
  },
  {
    id: 'K31',
    query: 'SiC模块空洞率太高怎么改善',
    style: 'problem',
    judgments: { 3: k(404), 2: k(78, 295, 410), 1: k(463, 406) },
    rationale:
      'SiC power module warpage and voids exact; QFN/DFN and SiP voids close; SiC module process development and the ultrasonic microscope related.',
  },
  {
    id: 'K32',
    query: 'NCM811吨级试产',
    style: 'product',
    judgments: { 3: k(4, 362), 2: k(6, 28, 30, 368, 11, 360, 223, 217) },
    rationale: 'NCM811 tonne-scale trials exact; NCM811 100 kg scale-ups and other cathodes’ tonne trials close.',
  },
  {
    id: 'K33',
    query: 'PA56纤维小批量纺丝',
    style: 'product',
    judgments: { 3: k(416), 2: k(333, 440), 1: k(411, 437, 102, 149, 331, 438) },
    rationale:
      'PA56 fibre small-batch spinning exact; other fibres’ small batches close; spinning scale-ups and PA56 development related.',
  },
  // ---- needs told as a sentence, with filler -------------------------------------------------------------------------
  {
    id: 'K34',
    query: '我们做了一款扁线电机想找地方测效率MAP和噪音',
    style: 'sentence',
    judgments: { 2: k(159, 179, 161), 1: k(164, 181, 94, 162) },
    rationale:
      'No motor efficiency-map service on a published platform: the reducer and three-in-one drive efficiency/NVH tests and the dyno hours close; flat-wire motor type tests and process work related.',
  },
  {
    id: 'K35',
    query: '能不能帮忙把釜式反应改成连续流',
    style: 'question',
    judgments: { 3: k(...CONTINUOUS_FLOW_CONVERSION), 2: k(172) },
    rationale: 'Batch-to-continuous-flow conversion exact; microchannel reactor hours close.',
  },
  {
    id: 'K36',
    query: '有没有哪家可以租用电波暗室',
    style: 'zh-filler',
    judgments: { 3: k(203), 1: k(...EMC_TYPE_TESTS) },
    rationale: 'The 3 m anechoic chamber hours exact; EMC type tests related.',
  },
  {
    id: 'K37',
    query: 'HAST tesing 苏州',
    style: 'en-typo',
    judgments: { 3: k(77, 79), 2: k(405, 464, 407, 462) },
    rationale: 'HAST hours and package reliability tests in Suzhou exact; the same elsewhere close.',
  },
  {
    id: 'K38',
    query: '汽车整车碰撞试验',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Vehicle crash testing: no offering.',
  },
];
