// The seventh holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-11-30 by reading the demo dataset only (every showable offering with its
// city, title, keywords, accreditations, description and the equipment it runs on, as generateDemoDataset() builds
// them), never the synonym lists, the stop words, the dictionary, the analysis code nor search output, and committed
// before its first run (see the git history of this file). A query is never reworded nor relabelled after that run;
// search is fixed for the general cause of a failure, never for a query's text.
//
// It covers how the six earlier sets were typed least: WeChat-style fragments with their punctuation, brackets,
// hashtags and emoji (在吗？…🙏, 【求助】, #3D打印#, [抱拳], ～, ……), an IME's wrong homophone in the middle of a word
// (锂店池, 检侧, 实验箱, 光扶, 钙钛旷, 热等经压, 膜电机, 形式试验), traditional characters (鋰電池, 燃料電池, 醫療器械,
// 碳化矽), full-width letters and digits (ＩＥＣ６１２１５, ＧＢ／Ｔ２５０００．５１, ＹＹ　９７０６．１０２, ＳｉＣ), shop-floor
// abbreviations with the need (SMT, CNAS, CMA, DOE, PPAP, FAI, IATF16949, HIL, NDT, OTA, MPW, CDMO), English with the
// units typed in Chinese (100升, 150公斤/小时, 60千牛, 45立方, 1200毫米, 2048核), a province or a city with a need (江苏,
// 广东, 四川, 成都, 湖南, 武汉, 浙江, 西安, 宁德, 内蒙古, 济南, 上海), the customer's industry rather than the process
// (给新能源车企做…, 光伏组件厂, 医疗器械公司, 服装品牌, 药企, 风电整机厂), negative phrasing (不要钠电, 不要叠层, 不是钛合金的,
// 非医疗, 除了ADC, 别给我推PA56) and very short queries of one or two characters (膜, 釜, 窑, 抗体, 钠电, 扁线, GaN).
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product, the instrument that does it by the
// hour); 1 = related. Greetings, thanks, urgency, a price question and emoji cannot be honoured by relevance: the need
// is graded as if they were not there. A misspelt or traditional word is graded as the word meant. A place with a need
// grades the need there 3 and the need elsewhere 2 (or 1). An accreditation typed with a need (CNAS, CMA, IATF16949)
// grades the need with that accreditation 3 and without it 2. A quantity with units grades the machine of that size 3,
// the services run on it and the sibling sizes 2. A customer industry grades the services that industry buys for the
// named need 3. What a query refuses is graded 0. A one- or two-character query grades every offering named by that
// word 3. Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const LI_CATHODE_SCALE_UP = [6, 28, 30, 368, 10, 24, 222, 365];
const NA_CATHODE_SCALE_UP = [29, 221];
const CATHODE_TRIAL_PRODUCTION = [4, 362, 11, 360, 223];
const HIGH_NICKEL = [7, 14, 25, 359, 363];
const CATHODE_TESTING = [9, 15, 27, 219];
const POUCH_LINE_HOURS = [5, 26, 220];
const PI_SCALE_UP = [16, 34, 395];
const PI_ROLLS = [17, 185, 288, 372, 392];
const PI_FILM_TESTING = [18, 32, 188, 290];
const PI_DEFECTS = [36, 189];
const TC_HAST_TESTS = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const AUTOCLAVE_HOURS = [239, 374];
const AUTOCLAVE_CURE = [49, 378, 456, 145, 242, 380, 243];
const PEROVSKITE_SCALE_UP = [81, 244, 369, 419];
const PEROVSKITE_SMALL_BATCH = [266, 453];
const TANDEM_SMALL_BATCH = [83, 418, 431];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const DAMP_HEAT_HOURS = [277, 421];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const FUEL_CELL_DURABILITY = [313, 314, 315, 336];
const STACK_BENCH_VALIDATION = [55, 312, 340];
const MEA_SMALL_BATCH = [57, 287];
const EMC_RF_TYPE_TESTS = [141, 269, 206, 298];
const TI_AERO_SMALL_BATCH = [192, 251, 479];
const MOULD_SMALL_BATCH = [345, 398];
const AM_INSPECTION = [98, 262, 478];
const RF_FEM_SMT = [64, 301];
const SMT_OTHER = [302, 142, 204];
const ADC_RELEASE = [38, 200];
const ADC_SCALE_UP = [202, 382, 448];
const HAIRPIN_WELDING = [94, 162];
const HAIRPIN_MOTOR_TYPE_TESTS = [164, 181];
const AB_SAMPLES = [93, 157, 180];
const SIC_INVERTER_DEVELOPMENT = [158, 184];
const EDRIVE_NVH = [159, 179];
const LAMINATE_TESTING = [47, 148, 454];
const COMPOSITE_NDT = [48, 144, 375, 379];
const FIBRE_TENSILE_HOURS = [101, 415, 439];
const FIBRE_FUNCTION_TESTS = [103, 414, 104, 150, 441, 329];
const PA66_TRIAL = [85, 135];
const PA66_FORMULATION = [134, 195, 257, 272];
const PACKAGE_DEVELOPMENT = [75, 292, 463];
const WARPAGE_VOIDING = [78, 295, 404, 410];
const ENGINEERING_LOTS = [76, 153, 156, 293, 408, 409, 461, 465];
const SOFTWARE_TESTS = [60, 349, 325, 387];
const BATCH_TO_CONTINUOUS = [174, 250, 303];
const CO_PRECIPITATION_100L_SERVICES = [4, 6, 217, 218, 221, 222, 223, 362, 363, 364, 365, 368];
const BISPECIFIC = [197, 198, 201, 450];
const PI_OFFERINGS_WITH_FILM_TITLE = [16, 17, 18, 32, 34, 36, 185, 188, 189, 288, 290, 372, 392, 395];
const ANTIBODY_TITLES = [38, 197, 198, 200, 201, 202, 381, 382, 448, 449, 450, 451];
const IATF_COMPOUNDING = [85, 132, 134, 135, 137, 195, 256, 257, 260, 261, 272, 273, 274];
const BIODEGRADABLE_DEVELOPMENT = [84, 131, 196, 258];

export const HOLDOUT7_QUERIES: LabelledQuery[] = [
  // ---- WeChat-style fragments: punctuation, brackets, hashtags, emoji ------------------------------------------------
  {
    id: 'G01',
    query: '在吗？想问下你们这能做锂电池正极材料放大吗🙏',
    style: 'wechat',
    judgments: {
      3: k(...LI_CATHODE_SCALE_UP),
      2: k(...NA_CATHODE_SCALE_UP, ...CATHODE_TRIAL_PRODUCTION),
      1: k(...HIGH_NICKEL),
    },
    rationale:
      'Lithium cathode scale-ups exact; sodium cathode scale-up and cathode trial production close; residual-lithium work related.',
  },
  {
    id: 'G02',
    query: '急！！HAST 温循 谁家能排上 😭',
    style: 'wechat',
    judgments: { 3: k(...TC_HAST_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability tests (temperature cycling, HAST) exact; the TC/HAST system by the hour close.',
  },
  {
    id: 'G03',
    query: '求推荐～热压罐 有没有空的机时 [抱拳]',
    style: 'wechat',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 2: k(...AUTOCLAVE_CURE), 1: k(241, 376, 459, 454) },
    rationale:
      'Autoclave hours exact; autoclave cure optimisation close; builds and tests run on an autoclave related.',
  },
  {
    id: 'G04',
    query: '👉钙钛矿组件 打样 小批量👈',
    style: 'wechat',
    judgments: { 3: k(...PEROVSKITE_SMALL_BATCH), 2: k(...TANDEM_SMALL_BATCH), 1: k(...PEROVSKITE_SCALE_UP) },
    rationale: 'Perovskite module small batches exact; tandem cell small batches close; module scale-up related.',
  },
  {
    id: 'G05',
    query: 'PI膜～做卷材的，哪家能接单？？',
    style: 'wechat',
    judgments: { 3: k(...PI_ROLLS), 2: k(...PI_SCALE_UP), 1: k(33, 289) },
    rationale:
      'PI film rolls exact; PI resin and casting scale-up close; the casting machine and imidisation oven hours related.',
  },
  {
    id: 'G06',
    query: '老师好，请问有做ADC放行检测的平台吗？谢谢🙏🙏',
    style: 'wechat',
    judgments: { 3: k(...ADC_RELEASE), 2: k(450), 1: k(...ADC_SCALE_UP, 451) },
    rationale:
      'ADC characterisation and release testing exact; the bispecific release test close; other ADC work related.',
  },
  {
    id: 'G07',
    query: '【求助】注射剂 冻干曲线 优化……',
    style: 'wechat',
    judgments: { 3: k(473), 2: k(474), 1: k(44) },
    rationale:
      'Lyophilisation cycle optimisation exact; the freeze dryer by the hour close; lyophilised powder stability related.',
  },
  {
    id: 'G08',
    query: '#3D打印# 钛合金 零件 小批量 🔥',
    style: 'wechat',
    judgments: { 3: k(...TI_AERO_SMALL_BATCH), 2: k(95, ...MOULD_SMALL_BATCH), 1: k(343, 399) },
    rationale:
      'Titanium aerospace parts printed in small batches exact; other printed small batches close; titanium print parameters and design related.',
  },
  {
    id: 'G09',
    query: 'EMC整改/摸底 哪里有暗室？',
    style: 'wechat',
    judgments: { 3: k(203), 2: k(...EMC_RF_TYPE_TESTS, 126) },
    rationale: 'The 3 m anechoic chamber by the hour exact; EMC tests run in a chamber close.',
  },
  {
    id: 'G10',
    query: '[微笑]燃料电池发动机 型式试验 多少钱',
    style: 'wechat',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 2: k(311), 1: k(313, 315) },
    rationale: 'Fuel-cell engine type tests exact; the 150 kW stack bench close; stack durability tests related.',
  },
  {
    id: 'G11',
    query: '有没有…扁线电机 焊接 改善的？？',
    style: 'wechat',
    judgments: { 3: k(...HAIRPIN_WELDING), 2: k(...HAIRPIN_MOTOR_TYPE_TESTS, 180) },
    rationale: 'Hairpin motor insulation and welding improvement exact; hairpin motor type tests and samples close.',
  },
  {
    id: 'G12',
    query: '小批量SMT～射频模组，100片起？',
    style: 'wechat',
    judgments: { 3: k(...RF_FEM_SMT), 2: k(...SMT_OTHER), 1: k(65, 206) },
    rationale:
      'RF front-end module SMT small batches exact; SMT of PAs and antennas close; FEM design and EMC related.',
  },
  {
    id: 'G13',
    query: '求✨MEMS压力传感器型式试验✨',
    style: 'wechat',
    judgments: { 3: k(228), 2: k(89, 178), 1: k(88) },
    rationale: 'The MEMS pressure sensor type test exact; the pressure standard and calibration system hours close.',
  },
  // ---- an IME's wrong homophone inside a word -------------------------------------------------------------------------
  {
    id: 'G14',
    query: '锂店池正极材料检侧',
    style: 'homophone',
    judgments: { 3: k(...CATHODE_TESTING), 2: k(1), 1: k(...POUCH_LINE_HOURS) },
    rationale:
      '锂电池 正极材料 检测 meant: cathode electrochemical tests exact; cycler hours close; pouch line hours related.',
  },
  {
    id: 'G15',
    query: '高低温实验箱机时',
    style: 'homophone',
    judgments: { 3: k(299), 2: k(310, ...DAMP_HEAT_HOURS), 1: k(91, 182) },
    rationale:
      '试验箱 meant: the temperature-humidity chamber hours exact; the climate chamber and damp-heat chambers close; salt spray related.',
  },
  {
    id: 'G16',
    query: '盐雾实验',
    style: 'homophone',
    judgments: { 3: k(91, 182) },
    rationale: '盐雾试验 meant: the salt spray chamber hours.',
  },
  {
    id: 'G17',
    query: '形式试验 扁线电机',
    style: 'homophone',
    judgments: { 3: k(...HAIRPIN_MOTOR_TYPE_TESTS), 2: k(163), 1: k(180) },
    rationale: '型式试验 meant: hairpin motor type tests exact; the SiC inverter type test close.',
  },
  {
    id: 'G18',
    query: '聚酰压胺 薄膜 测试',
    style: 'homophone',
    judgments: { 3: k(...PI_FILM_TESTING), 2: k(19, 35, 186), 1: k(...PI_DEFECTS) },
    rationale: '聚酰亚胺 meant: PI film tests exact; TMA and dielectric system hours close; film defect work related.',
  },
  {
    id: 'G19',
    query: '光扶组件 型式认证',
    style: 'homophone',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...DAMP_HEAT_HOURS), 1: k(278, 429) },
    rationale:
      '光伏 meant: IEC 61215/61730 module type tests exact; damp-heat chamber hours close; module IV/EL related.',
  },
  {
    id: 'G20',
    query: '无人机结构见 小批量',
    style: 'homophone',
    judgments: { 3: k(241), 2: k(49, 378, 456, 379), 1: k(52, 459, 376) },
    rationale: '结构件 meant: UAV structure small batch exact; UAV cure and NDT close; other composite builds related.',
  },
  {
    id: 'G21',
    query: '钙钛旷 放大',
    style: 'homophone',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(427), 1: k(...PEROVSKITE_SMALL_BATCH) },
    rationale:
      '钙钛矿 meant: perovskite module scale-up exact; module process development close; small batches related.',
  },
  {
    id: 'G22',
    query: '热等经压 机时',
    style: 'homophone',
    judgments: { 3: k(191, 342, 477) },
    rationale: '热等静压 meant: HIP press hours.',
  },
  {
    id: 'G23',
    query: '膜电机 小批量试制',
    style: 'homophone',
    judgments: { 3: k(...MEA_SMALL_BATCH), 2: k(336, 286), 1: k(338) },
    rationale: '膜电极 meant: MEA small batches exact; MEA durability and catalyst layer development close.',
  },
  {
    id: 'G24',
    query: '电驱动总成 NVH 侧试',
    style: 'homophone',
    judgments: { 3: k(...EDRIVE_NVH), 2: k(161), 1: k(160, 183) },
    rationale: '测试 meant: e-drive efficiency map and NVH tests exact; the dynamometer hours close.',
  },
  // ---- traditional characters -------------------------------------------------------------------------------------------
  {
    id: 'G25',
    query: '鋰電池 軟包 試製線 機時',
    style: 'traditional',
    judgments: { 3: k(...POUCH_LINE_HOURS), 2: k(1), 1: k(...CATHODE_TESTING) },
    rationale: 'Pouch-cell pilot line hours exact; cycler hours close; coin and pouch cell tests related.',
  },
  {
    id: 'G26',
    query: '燃料電池 耐久性測試',
    style: 'traditional',
    judgments: { 3: k(...FUEL_CELL_DURABILITY), 2: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 1: k(311, 310) },
    rationale:
      'Polarisation and durability tests exact; engine type tests close; the bench and climate chamber related.',
  },
  {
    id: 'G27',
    query: '醫療器械 電磁兼容',
    style: 'traditional',
    judgments: { 3: k(126), 2: k(...EMC_RF_TYPE_TESTS), 1: k(127, 203) },
    rationale:
      'The DR EMC test (YY 9706.102) exact; RF EMC type tests close; the ultrasound type test and chamber related.',
  },
  {
    id: 'G28',
    query: '複合材料 力學性能 測試',
    style: 'traditional',
    judgments: { 3: k(...LAMINATE_TESTING), 2: k(...COMPOSITE_NDT) },
    rationale: 'Composite laminate mechanical tests exact; composite NDT and type tests close.',
  },
  {
    id: 'G29',
    query: '單克隆抗體 臨床樣品 GMP生產',
    style: 'traditional',
    judgments: { 3: k(381), 2: k(198, 451), 1: k(449, 447) },
    rationale: 'mAb GMP clinical material exact; bispecific and ADC GMP clinical material close.',
  },
  {
    id: 'G30',
    query: '光伏組件 濕熱老化',
    style: 'traditional',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...DAMP_HEAT_HOURS) },
    rationale: 'Module type tests include damp heat: exact; the UV and damp-heat chambers by the hour close.',
  },
  {
    id: 'G31',
    query: '碳化矽 功率模組 封裝',
    style: 'traditional',
    judgments: { 3: k(463, 404), 2: k(93, 158, 184), 1: k(75, 292) },
    rationale: 'SiC power module process development and warpage/voiding exact; SiC inverters close.',
  },
  {
    id: 'G32',
    query: '纖維 強伸度',
    style: 'traditional',
    judgments: { 3: k(...FIBRE_TENSILE_HOURS), 2: k(...FIBRE_FUNCTION_TESTS) },
    rationale: 'The fibre tensile tester hours exact; fibre function tests (which measure tenacity) close.',
  },
  {
    id: 'G33',
    query: '增材製造 缺陷檢測 工業CT',
    style: 'traditional',
    judgments: { 3: k(...AM_INSPECTION) },
    rationale: 'AM part defect and dimension inspection with industrial CT.',
  },
  // ---- full-width letters and digits ------------------------------------------------------------------------------------
  {
    id: 'G34',
    query: 'ＩＥＣ６１２１５',
    style: 'fullwidth',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: 'IEC 61215 module type tests.',
  },
  {
    id: 'G35',
    query: 'ＧＢ／Ｔ２５０００．５１ 软件测试',
    style: 'fullwidth',
    judgments: { 3: k(...SOFTWARE_TESTS), 1: k(389, 324, 347) },
    rationale: 'Software tests under GB/T 25000.51 exact; industrial software validations related.',
  },
  {
    id: 'G36',
    query: 'ＨＡＳＴ 测试',
    style: 'fullwidth',
    judgments: { 3: k(...TC_HAST_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability tests with HAST exact; the TC/HAST system hours close.',
  },
  {
    id: 'G37',
    query: 'ＰＡ６６ 吨级试产',
    style: 'fullwidth',
    judgments: { 3: k(...PA66_TRIAL), 2: k(...PA66_FORMULATION), 1: k(274, 256) },
    rationale: 'Reinforced PA66 tonne-scale trials exact; PA66 formulation close; other compound trials related.',
  },
  {
    id: 'G38',
    query: 'ＭＥＭＳ 流片',
    style: 'fullwidth',
    judgments: { 3: k(224, 226), 2: k(90), 1: k(88, 177, 229) },
    rationale: 'MEMS process development and MPW runs exact; the DRIE etcher hours close; tool validation related.',
  },
  {
    id: 'G39',
    query: 'ＪＥＤＥＣ 可靠性',
    style: 'fullwidth',
    judgments: { 3: k(...TC_HAST_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'JEDEC package reliability tests exact; the TC/HAST system hours close.',
  },
  {
    id: 'G40',
    query: 'ＳｉＣ电机控制器',
    style: 'fullwidth',
    judgments: { 3: k(93, 163, ...SIC_INVERTER_DEVELOPMENT), 1: k(92) },
    rationale: 'Every SiC inverter offering (samples, type test, development) exact; the inverter HIL hours related.',
  },
  {
    id: 'G41',
    query: 'ＹＹ　９７０６．１０２',
    style: 'fullwidth',
    judgments: { 3: k(126), 2: k(127), 1: k(...EMC_RF_TYPE_TESTS) },
    rationale: 'The DR EMC test under YY 9706.102 exact; the GB 9706 ultrasound type test close.',
  },
  // ---- shop-floor abbreviations ----------------------------------------------------------------------------------------
  {
    id: 'G42',
    query: 'CNAS 报告 电池测试',
    style: 'jargon',
    judgments: { 3: k(27, 219), 2: k(9, 15, 26), 1: k(1, 5, 220) },
    rationale:
      'Cell tests that carry the CNAS mark exact; the same tests with CMA only and the CNAS pouch line close; other battery hours related.',
  },
  {
    id: 'G43',
    query: 'CMA资质 光伏组件检测',
    style: 'jargon',
    judgments: { 3: k(264, 279, 278), 2: k(417, 430, 429), 1: k(268, 280) },
    rationale:
      'Module tests that carry the CMA mark exact; the same module tests with CNAS only close; CMA cell-level IV/EL related.',
  },
  {
    id: 'G44',
    query: 'DOE 工艺开发 封装',
    style: 'jargon',
    judgments: { 3: k(...PACKAGE_DEVELOPMENT), 1: k(...WARPAGE_VOIDING) },
    rationale: 'Package process development with DOE exact; warpage and voiding improvement related.',
  },
  {
    id: 'G45',
    query: 'PPAP 样件',
    style: 'jargon',
    judgments: { 3: k(...AB_SAMPLES) },
    rationale: 'A/B-sample builds delivered with PPAP documents.',
  },
  {
    id: 'G46',
    query: 'FAI 首件 碳纤维',
    style: 'jargon',
    judgments: { 3: k(52, 459, 241, 376) },
    rationale: 'Carbon-fibre part builds delivered with a first article inspection report.',
  },
  {
    id: 'G47',
    query: 'IATF16949 注塑用改性料',
    style: 'jargon',
    judgments: { 3: k(...IATF_COMPOUNDING), 2: k(...BIODEGRADABLE_DEVELOPMENT), 1: k(86, 275, 87, 259) },
    rationale:
      'Compound formulation, pelletising and trials under IATF 16949 exact; compound development without it close; extruder and mixer hours related.',
  },
  {
    id: 'G48',
    query: 'HIL 台架 电控',
    style: 'jargon',
    judgments: { 3: k(92), 2: k(...SIC_INVERTER_DEVELOPMENT), 1: k(327, 352) },
    rationale: 'The inverter HIL test system hours exact; SiC inverter development with HIL calibration close.',
  },
  {
    id: 'G49',
    query: 'NDT 风电叶片',
    style: 'jargon',
    judgments: { 3: k(144, 375), 2: k(48, 379), 1: k(243, 376) },
    rationale: 'Wind blade spar cap NDT and type tests exact; other composite NDT close; other blade work related.',
  },
  {
    id: 'G50',
    query: 'OTA 暗室 毫米波',
    style: 'jargon',
    judgments: { 3: k(139), 2: k(208), 1: k(203, 298) },
    rationale: 'mmWave antenna OTA tests exact; the filter OTA test close; the chamber and antenna EMC related.',
  },
  {
    id: 'G51',
    query: 'MPW 流片 传感器',
    style: 'jargon',
    judgments: { 3: k(226), 2: k(224), 1: k(90) },
    rationale: 'Gas sensor MPW and small-batch runs exact; MEMS microphone tape-out close.',
  },
  {
    id: 'G52',
    query: 'CDMO 双抗',
    style: 'jargon',
    judgments: { 3: k(...BISPECIFIC), 2: k(449, 381, 451), 1: k(...ADC_SCALE_UP) },
    rationale: 'Every bispecific antibody offering exact; other antibody CDMO services close.',
  },
  // ---- English with the units typed in Chinese ------------------------------------------------------------------------
  {
    id: 'G53',
    query: 'roller kiln validation 1000度',
    style: 'en-units',
    judgments: { 3: k(2, 13, 361, 367), 2: k(12) },
    rationale: 'Roller kiln and atmosphere furnace validation exact; roller kiln hours close.',
  },
  {
    id: 'G54',
    query: 'co-precipitation reactor 100升 rent',
    style: 'en-units',
    judgments: { 3: k(366), 2: k(...CO_PRECIPITATION_100L_SERVICES), 1: k(8, 11, 13, 358, 360) },
    rationale:
      'The 100 L co-precipitation reactor hours exact; services run on it close; services on other sizes related.',
  },
  {
    id: 'G55',
    query: 'twin screw extruder 150公斤/小时',
    style: 'en-units',
    judgments: { 3: k(275), 2: k(86, 273, 274) },
    rationale: 'The 150 kg/h twin-screw line hours exact; the 30 kg/h line and services on the 150 kg/h line close.',
  },
  {
    id: 'G56',
    query: 'bioreactor scale up 2000升',
    style: 'en-units',
    judgments: { 3: k(201, ...ADC_SCALE_UP), 1: k(197) },
    rationale: 'Cell culture scale-up from 200 L to 2000 L exact; upstream development related.',
  },
  {
    id: 'G57',
    query: 'vibration table 60千牛 hours',
    style: 'en-units',
    judgments: { 3: k(402), 2: k(181), 1: k(400, 401) },
    rationale:
      'The 60 kN shaker hours exact; the test on a 100 kN three-axis shaker close; services on the 60 kN shaker related.',
  },
  {
    id: 'G58',
    query: 'autoclave 45立方',
    style: 'en-units',
    judgments: { 3: k(374), 2: k(239), 1: k(378, 376, 380) },
    rationale: 'The 45 m³ autoclave hours exact; the 20 m³ autoclave close; services on the 45 m³ autoclave related.',
  },
  {
    id: 'G59',
    query: 'injection molding 4500千牛 trial run',
    style: 'en-units',
    judgments: { 3: k(256), 2: k(274, 258), 1: k(...PA66_TRIAL) },
    rationale:
      'The tonne-scale trial on a 4500 kN injection moulder exact; the trial on a 2500 kN moulder and development on the 4500 kN close.',
  },
  {
    id: 'G60',
    query: 'perovskite coater 1200毫米',
    style: 'en-units',
    judgments: { 3: k(420), 2: k(418, 419), 1: k(81, 83) },
    rationale: 'The 1200 mm perovskite slot-die coater hours exact; services on it close; the 600 mm coater related.',
  },
  {
    id: 'G61',
    query: 'HPC cluster 2048核 rent',
    style: 'en-units',
    judgments: { 3: k(58), 2: k(385), 1: k(60, 62) },
    rationale:
      'The 2048-core HPC cluster hours exact; the 512-core cluster close; services on the 2048-core one related.',
  },
  {
    id: 'G62',
    query: 'fuel cell stack test bench 150千瓦',
    style: 'en-units',
    judgments: { 3: k(311), 2: k(309, 312, 313, 315), 1: k(340, 55) },
    rationale: 'The 150 kW stack bench hours exact; services on it close; other stack benches related.',
  },
  // ---- a province or a city with a need -------------------------------------------------------------------------------
  {
    id: 'G63',
    query: '江苏 钙钛矿',
    style: 'place',
    judgments: { 3: k(369, 418, 419, 420), 2: k(81, 244, 266, 453, 427), 1: k(421) },
    rationale:
      'Perovskite offerings in Wuxi (Jiangsu) exact; perovskite elsewhere close; the Wuxi damp-heat chamber related.',
  },
  {
    id: 'G64',
    query: '广东 燃料电池',
    style: 'place',
    judgments: { 3: k(286, 287), 2: k(57, 336), 1: k(313, 314, 315) },
    rationale: 'The Foshan (Guangdong) catalyst layer and MEA offerings exact; MEA elsewhere close.',
  },
  {
    id: 'G65',
    query: '四川 冻干',
    style: 'place',
    judgments: { 3: k(473, 474), 2: k(44), 1: k(472, 476) },
    rationale: 'Lyophilisation in Mianyang (Sichuan) exact; lyophilised powder stability elsewhere close.',
  },
  {
    id: 'G66',
    query: '成都 纯化',
    style: 'place',
    judgments: { 3: k(37), 2: k(446), 1: k(383) },
    rationale: 'Downstream purification in Chengdu exact; the same in Huizhou close; chromatography hours related.',
  },
  {
    id: 'G67',
    query: '湖南 PI膜',
    style: 'place',
    judgments: {
      3: k(288, 289, 290, 291, 392, 393, 394, 395),
      2: k(16, 17, 18, 32, 34, 185, 188, 372),
      1: k(...PI_DEFECTS),
    },
    rationale: 'PI film offerings in Zhuzhou (Hunan) exact; PI film elsewhere close.',
  },
  {
    id: 'G68',
    query: '武汉有做3D打印的吗',
    style: 'place',
    judgments: {
      3: k(95, 96, 97, 98, 99, 100),
      2: k(...TI_AERO_SMALL_BATCH, ...MOULD_SMALL_BATCH, 255, 263, 346, 397, 480),
    },
    rationale: 'Additive manufacturing offerings in Wuhan exact; printing elsewhere close.',
  },
  {
    id: 'G69',
    query: '浙江 注射剂 GMP',
    style: 'place',
    judgments: { 3: k(42, 43, 46), 2: k(40, 41, 119, 120, 472), 1: k(44, 45) },
    rationale:
      'GMP injectable batches and scale-up in Hangzhou (Zhejiang) exact; Hangzhou fill validation and GMP injectables elsewhere close.',
  },
  {
    id: 'G70',
    query: '西安 EMC',
    style: 'place',
    judgments: { 3: k(203, 206), 2: k(141, 269, 298, 126) },
    rationale: "Xi'an's anechoic chamber and RF EMC type test exact; EMC tests elsewhere close.",
  },
  {
    id: 'G71',
    query: '福建宁德 电池材料',
    style: 'place',
    judgments: {
      3: k(362, 363, 364, 365, 366, 367, 368),
      2: k(4, 6, 8, 10, 11, 24, 28, 29, 30, 217, 218, 221, 222, 223, 358, 360),
    },
    rationale: 'Every cathode offering in Ningde (Fujian) exact; cathode work elsewhere close.',
  },
  {
    id: 'G72',
    query: '内蒙古 芯片封装',
    style: 'place',
    judgments: { 3: k(404, 407, 408, 409, 410), 2: k(405, 406), 1: k(156, 293, 465) },
    rationale:
      'Packaging offerings in Hohhot (Inner Mongolia) exact; its packaging hours close; engineering lots elsewhere related.',
  },
  {
    id: 'G73',
    query: '山东济南 连续流',
    style: 'place',
    judgments: { 3: k(172, 174), 2: k(250, 303), 1: k(171, 175) },
    rationale: 'Continuous-flow offerings in Jinan exact; batch-to-continuous elsewhere close.',
  },
  {
    id: 'G74',
    query: '上海 静电纺丝',
    style: 'place',
    judgments: { 3: k(152), 2: k(332), 1: k(149) },
    rationale: 'The electrospinning unit in Shanghai exact; the one in Huzhou close.',
  },
  // ---- the customer's industry rather than the process ----------------------------------------------------------------
  {
    id: 'G75',
    query: '给新能源车企做电驱样件',
    style: 'customer',
    judgments: { 3: k(...AB_SAMPLES), 2: k(...SIC_INVERTER_DEVELOPMENT, ...EDRIVE_NVH), 1: k(163, 164, 181) },
    rationale: 'E-drive A/B-sample builds exact; SiC inverter development and e-drive tests close; type tests related.',
  },
  {
    id: 'G76',
    query: '光伏组件厂要做新品认证测试',
    style: 'customer',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(278, 429), 1: k(...DAMP_HEAT_HOURS) },
    rationale: 'Module type tests for certification exact; module IV/EL close; damp-heat chamber hours related.',
  },
  {
    id: 'G77',
    query: '医疗器械公司 注册检验',
    style: 'customer',
    judgments: { 3: k(127, 126), 2: k(230, 125, 68, 130), 1: k(129, 231, 403, 402) },
    rationale:
      'Registration type testing and medical EMC exact; image quality and dose evaluations close; their instruments related.',
  },
  {
    id: 'G78',
    query: '为航空发动机厂商试制燃烧室零件',
    style: 'customer',
    judgments: { 3: k(95), 2: k(...TI_AERO_SMALL_BATCH), 1: k(399, 343) },
    rationale: 'Superalloy combustor parts printed in small batches exact; titanium aerospace parts close.',
  },
  {
    id: 'G79',
    query: '手机厂商 射频前端 打样',
    style: 'customer',
    judgments: { 3: k(...RF_FEM_SMT), 2: k(65), 1: k(302, 206) },
    rationale: 'RF front-end module SMT samples exact; FEM design and sample evaluation close.',
  },
  {
    id: 'G80',
    query: '服装品牌 功能面料 打样',
    style: 'customer',
    judgments: { 3: k(333, 416, 440), 2: k(105, 329), 1: k(334, 413, 437) },
    rationale:
      'Trial spinning and weaving for brand sampling exact; antibacterial fabric development and testing close.',
  },
  {
    id: 'G81',
    query: '药企 连续流改造',
    style: 'customer',
    judgments: { 3: k(...BATCH_TO_CONTINUOUS), 2: k(172), 1: k(108, 318, 390) },
    rationale: 'Batch-to-continuous conversion exact; flow reactor hours close; pharma intermediate work related.',
  },
  {
    id: 'G82',
    query: '风电整机厂 叶片主梁',
    style: 'customer',
    judgments: { 3: k(144, 375, 243, 376), 1: k(...LAMINATE_TESTING) },
    rationale: 'Every wind blade spar cap offering exact; laminate tests related.',
  },
  {
    id: 'G83',
    query: '氢能车企 储氢瓶',
    style: 'customer',
    judgments: { 3: k(52, 459, 145), 1: k(56, 309) },
    rationale: 'Hydrogen tank overwrap builds and cure optimisation exact; fuel-cell engine tests related.',
  },
  {
    id: 'G84',
    query: '半导体设计公司 封装工程批',
    style: 'customer',
    judgments: { 3: k(...ENGINEERING_LOTS), 2: k(75, 292), 1: k(...TC_HAST_TESTS) },
    rationale: 'Packaging engineering lots exact; package process development close; reliability tests related.',
  },
  {
    id: 'G85',
    query: '电池回收企业 湿法冶金',
    style: 'customer',
    judgments: { 3: k(471, 470), 2: k(285, 467) },
    rationale: 'Hydrometallurgical recovery and the leaching rig exact; other retired-battery offerings close.',
  },
  {
    id: 'G86',
    query: '给机器人厂做减速器寿命测试',
    style: 'customer',
    judgments: { 3: k(353), 2: k(114, 355, 435), 1: k(112, 116, 436) },
    rationale: 'Harmonic drive accuracy, stiffness and life test exact; RV type test and drive improvement close.',
  },
  // ---- negative phrasing -----------------------------------------------------------------------------------------------
  {
    id: 'G87',
    query: '正极材料放大 不要钠电',
    style: 'negation',
    judgments: { 3: k(...LI_CATHODE_SCALE_UP), 2: k(...CATHODE_TRIAL_PRODUCTION), 1: k(...HIGH_NICKEL) },
    rationale: 'Lithium cathode scale-ups exact; sodium ones refused (0); cathode trial production close.',
  },
  {
    id: 'G88',
    query: '钙钛矿 不要叠层',
    style: 'negation',
    judgments: {
      3: k(...PEROVSKITE_SCALE_UP, ...PEROVSKITE_SMALL_BATCH, 427, 278, 429),
      1: k(420, 421, 277, 452),
    },
    rationale: 'Perovskite module offerings exact; tandem cells refused (0); perovskite equipment hours related.',
  },
  {
    id: 'G89',
    query: '3D打印设备验证，不是钛合金的',
    style: 'negation',
    judgments: { 3: k(96, 263, 346, 397), 1: k(99, 253) },
    rationale:
      'Metal printer validations without titanium exact; those naming titanium refused (0); LPBF hours related.',
  },
  {
    id: 'G90',
    query: 'EMC测试 非医疗',
    style: 'negation',
    judgments: { 3: k(...EMC_RF_TYPE_TESTS), 1: k(203) },
    rationale: 'RF EMC type tests exact; the medical DR EMC test refused (0); the chamber related.',
  },
  {
    id: 'G91',
    query: '抗体 GMP生产 除了ADC',
    style: 'negation',
    judgments: { 3: k(381, 198), 2: k(201), 1: k(447) },
    rationale: 'mAb and bispecific GMP clinical material exact; ADC refused (0); bispecific scale-up close.',
  },
  {
    id: 'G92',
    query: '燃料电池测试 不是型式试验',
    style: 'negation',
    judgments: { 3: k(...FUEL_CELL_DURABILITY), 2: k(311), 1: k(...STACK_BENCH_VALIDATION) },
    rationale: 'Polarisation and durability tests exact; type tests refused (0); the stack bench hours close.',
  },
  {
    id: 'G93',
    query: '纤维检测 别给我推PA56',
    style: 'negation',
    judgments: { 3: k(103, 414, 329), 2: k(...FIBRE_TENSILE_HOURS) },
    rationale: 'Recycled polyester and antibacterial fabric tests exact; PA56 refused (0); tensile tester hours close.',
  },
  {
    id: 'G94',
    query: 'NCM811 不要小批量，要放大',
    style: 'negation',
    judgments: { 3: k(6, 28, 30, 368), 1: k(...HIGH_NICKEL) },
    rationale: 'NCM811 scale-up exact; NCM811 trial production refused (0); high-nickel residual lithium work related.',
  },
  // ---- one or two characters -------------------------------------------------------------------------------------------
  {
    id: 'G95',
    query: '膜',
    style: 'short',
    judgments: { 3: k(...PI_OFFERINGS_WITH_FILM_TITLE), 2: k(...MEA_SMALL_BATCH, 336, 286), 1: k(33, 21, 31, 291) },
    rationale: 'Film (薄膜) offerings exact; membrane electrode (膜电极) offerings close; the casting machine related.',
  },
  {
    id: 'G96',
    query: '釜',
    style: 'short',
    judgments: { 3: k(20, 107, 366), 2: k(...BATCH_TO_CONTINUOUS) },
    rationale: 'Kettle and reactor hours exact; batch-kettle to continuous-flow conversion close.',
  },
  {
    id: 'G97',
    query: '窑',
    style: 'short',
    judgments: { 3: k(12, 2, 13, 361, 367), 2: k(281, 466, 467) },
    rationale: 'Roller kiln hours and validation exact; work on a rotary kiln close.',
  },
  {
    id: 'G98',
    query: '模具',
    style: 'short',
    judgments: { 3: k(252, 345, 396, 398) },
    rationale: 'Every conformal-cooling mould offering.',
  },
  {
    id: 'G99',
    query: '抗体',
    style: 'short',
    judgments: { 3: k(...ANTIBODY_TITLES), 1: k(37, 446, 383, 447, 199) },
    rationale: 'Every offering with an antibody in its title exact; downstream and antibody equipment hours related.',
  },
  {
    id: 'G100',
    query: '钠电',
    style: 'short',
    judgments: { 3: k(8, 29, 217, 218, 221, 358, 364) },
    rationale: 'Every sodium-ion cathode offering.',
  },
  {
    id: 'G101',
    query: '叠层',
    style: 'short',
    judgments: { 3: k(82, 83, 280, 418, 431) },
    rationale: 'Every perovskite/silicon tandem offering.',
  },
  {
    id: 'G102',
    query: '冻干',
    style: 'short',
    judgments: { 3: k(473, 474), 2: k(44), 1: k(42, 43, 120, 122, 476) },
    rationale: 'Lyophilisation cycle work and the freeze dryer exact; lyophilised powder stability close.',
  },
  {
    id: 'G103',
    query: '双极板',
    style: 'short',
    judgments: { 3: k(314, 335, 338, 339) },
    rationale: 'Every bipolar plate offering.',
  },
  {
    id: 'G104',
    query: '相变',
    style: 'short',
    judgments: { 3: k(333, 334, 413) },
    rationale: 'Every phase-change fibre offering.',
  },
  {
    id: 'G105',
    query: '扁线',
    style: 'short',
    judgments: { 3: k(94, 162, 164, 180, 181), 1: k(93, 157, 158) },
    rationale: 'Every hairpin motor offering exact; services on the hairpin stator line related.',
  },
  {
    id: 'G106',
    query: 'GaN',
    style: 'short',
    judgments: { 3: k(141, 205, 269, 302) },
    rationale: 'Every GaN power amplifier offering.',
  },
  {
    id: 'G107',
    query: '靶场',
    style: 'short',
    judgments: { 3: k(388), 2: k(61, 326, 350) },
    rationale: 'The OT security range hours exact; ICS security assessments run on a range close.',
  },
  {
    id: 'G108',
    query: '镀膜',
    style: 'short',
    judgments: { 3: k(265), 2: k(246, 432, 82, 427), 1: k(248, 266, 431, 453) },
    rationale: 'PECVD coater hours exact; cell process development on deposition close; builds on the PECVD related.',
  },
];
