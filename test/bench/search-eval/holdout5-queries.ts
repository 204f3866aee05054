// The fifth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-11-30 by reading the demo dataset only (every offering with its
// platform's status and city, its keywords, description and the equipment it runs on, as generateDemoDataset() builds
// them, and the service types of DOMAIN.md), never the synonym lists, the analysis code nor search output, and
// committed before its first run (see the git history of this file). A query is never reworded nor relabelled after
// that run; search is fixed for the general cause of a failure, never for a query's text.
//
// It covers what the four earlier sets covered least: an SME's question in a full sentence, traditional characters
// (鋰電池, 檢測, 醫用), full-width letters and digits (ＧＢ／Ｔ　１８４８８, ＮＣＭ８１１), pinyin typed in Latin (lidian
// zhengji cailiao, juxianyaan bomo), words in an unusual order, equipment model numbers alone (AC-45S, DYN-250S),
// quantities with units (10L反应釜, 500kg, 5吨/天, 3米法), negations and alternatives (不要钠电, TOPCon或HJT, 除了),
// the field's jargon and acronyms (DOE, PPAP, FAI, CPK, SPC, EMC, HALT/HASS, HIL, OTA, NVH), misspelt English
// technical words (lithum, polymide flim, compatability), industry-chain words (电芯厂, 整车厂, PACK, 上游, 下游,
// 组件厂) and service names as users say them (代加工, 送检, 委托研发, 技术转让, 租机时).
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product, the instrument that does it by the
// hour); 1 = related. An equipment model grades the hours of that very machine 3 and the services run on it 2. A
// quantity the catalogue has grades the offerings whose scale or equipment holds it 3; when none does, the nearest
// machines are graded 2 and nothing 3. What a query refuses is graded 0; of two alternatives both are graded 3. An
// acronym the catalogue never writes grades the service it names 2 when the catalogue offers it under other words.
// Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const LI_CATHODE_SCALE_UP = [6, 10, 24, 28, 30, 222, 365, 368];
const LI_CATHODE_SMALL_BATCH = [4, 11, 223, 360, 362];
const NA_CATHODE_SCALE_UP = [29, 221, 217];
const NA_CATHODE_DEVELOPMENT = [8, 218, 358, 364];
const HIGH_NICKEL = [7, 14, 25, 359, 363];
const CATHODE_TESTING = [9, 15, 27, 219];
const CATHODE_EQUIPMENT = [1, 5, 12, 26, 220, 366, 2, 13, 361, 367];
const NCM811 = [4, 6, 28, 30, 362, 368];
const PI_FILM_TESTING = [18, 32, 188, 290];
const PI_ROLLS = [17, 185, 288, 372, 392];
const PI_SCALE_UP = [16, 34, 395];
const PI_IMPROVEMENT = [36, 189];
const PI_DEVELOPMENT = [21, 31, 291];
const FUEL_CELL_TYPE_TESTS = [56, 309, 337, 341];
const FUEL_CELL_DURABILITY = [313, 314, 315, 336];
const STACK_BENCH_VALIDATION = [55, 312, 340];
const AUTOCLAVE_HOURS = [239, 374];
const AUTOCLAVE_CURE_NOT_BLADES = [49, 378, 456, 145, 242, 380];
const LAMINATE_TESTING = [47, 148, 454];
const COMPOSITE_NDT = [48, 144, 375, 379];
const EMC_TESTS = [126, 141, 206, 269, 298];
const RF_FEM_SMALL_BATCH = [64, 301];
const OTHER_RF_SMALL_BATCH = [142, 204, 302];
const ADC = [38, 200, 202, 382, 448, 451];
const AM_INSPECTION = [98, 262, 478];
const PACKAGE_RELIABILITY = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const PA66_TRIAL = [85, 135];
const PA66_FORMULATION = [134, 195, 257, 272];
const PLA_PBAT = [256, 261, 273];
const BIODEGRADABLE_DEVELOPMENT = [84, 131, 196, 258];
const SIC_INVERTERS = [93, 158, 184, 163];
const SIC_MODULES = [404, 463];
const PEROVSKITE_MODULES = [81, 244, 369, 419, 266, 453, 278, 429, 427];
const TANDEM = [82, 83, 418, 431, 280];
const HARMONIC_DRIVES = [112, 353, 355, 435];
const RV_REDUCERS = [114, 116, 436];
const IMU_CALIBRATION = [227];
const PRINTER_VALIDATION = [96, 255, 263, 346, 397, 480];
const LPBF_SERVICES = [96, 97, 100, 190, 251, 252, 255, 263, 343, 344, 345, 396, 397, 398, 399, 479, 480];
const MES_PARAMETERS = [63, 328, 348, 386];
const PRINT_PARAMETERS = [97, 343, 396];
const BATCH_TO_CONTINUOUS = [174, 250, 303];
const ICS_SECURITY = [61, 326, 350];
const HIL_HOURS = [92, 327, 352];
const TI_BRACKETS_SMALL_BATCH = [192, 251, 479];
const POLYOLEFIN_CATALYST_SCREENING = [306, 307, 319, 391];
const PA56_DEVELOPMENT = [102, 149, 331, 438];
const PA56_TESTING = [104, 150, 441];
const COATER_VALIDATION = [22, 373, 393];
const WARPAGE = [78, 295, 404, 410];
const ELECTROSPINNING_HOURS = [152, 332];
const ELECTROSPINNING_DEVELOPMENT = [102, 105, 106, 149, 331, 334, 438];
const E_DRIVE_PROTOTYPES = [93, 157, 180];
const CONSISTENCY_CHECKS = [57, 287, 338];
const SPENT_BATTERIES = [285, 467];

export const HOLDOUT5_QUERIES: readonly LabelledQuery[] = [
  // ---- an SME's question in a full sentence ------------------------------------------------------------------------
  {
    id: 'E01',
    query: '我们是一家做储能电池的小公司，想找地方测一下磷酸铁锂正极材料的循环寿命',
    style: 'sentence',
    judgments: { 3: k(15, 27), 2: k(9, 219), 1: k(1, 223) },
    rationale: 'LFP cathode electrochemical testing (cycle life) exact; the same test of LMFP and Li-rich close.',
  },
  {
    id: 'E02',
    query: '请问哪里可以做扁线电机的型式试验？需要CNAS报告',
    style: 'sentence',
    judgments: { 3: k(164, 181), 2: k(163), 1: k(94, 162, 180) },
    rationale: 'Hairpin PMSM type tests (both CNAS) exact; the SiC inverter type test to the same standard close.',
  },
  {
    id: 'E03',
    query: '我司研发了一款协作机器人，想做型式试验拿证，有推荐的平台吗',
    style: 'sentence',
    judgments: { 3: k(117, 354), 2: k(114), 1: k(434) },
    rationale: 'Cobot type tests exact; the RV reducer type test close; cobot welding validation related.',
  },
  {
    id: 'E04',
    query: '初创团队，手上有钙钛矿小组件样品，想测下IV和EL',
    style: 'sentence',
    judgments: { 3: k(278, 429), 2: k(280, 80, 268, 433, 267, 452) },
    rationale:
      'Perovskite module I-V/EL tests exact; I-V/EL of other cells and the I-V/EL instruments by the hour close.',
  },
  {
    id: 'E05',
    query: '有没有能帮忙把实验室的PA66配方放大到吨级试产的地方',
    style: 'sentence',
    judgments: { 3: k(...PA66_TRIAL), 2: k(...PA66_FORMULATION), 1: k(132, 137, 274) },
    rationale:
      'Reinforced PA66 tonne-scale trial production exact; PA66 formulation work close; other compounding related.',
  },
  {
    id: 'E06',
    query: '想租冷冻干燥机做几批冻干粉针的工艺摸索',
    style: 'sentence',
    judgments: { 3: k(474), 2: k(473), 1: k(44) },
    rationale:
      'Freeze-dryer hours exact; freeze-drying cycle optimisation close; lyophilised powder stability related.',
  },
  {
    id: 'E07',
    query: '公司想把釜式间歇工艺改成连续流，求合作',
    style: 'sentence',
    judgments: { 3: k(...BATCH_TO_CONTINUOUS), 2: k(172) },
    rationale: 'Batch-to-continuous conversion exact; continuous-flow microreactor hours close.',
  },
  {
    id: 'E08',
    query: '我们的PLC控制系统需要做一次工控信息安全测评',
    style: 'sentence',
    judgments: { 3: k(...ICS_SECURITY), 2: k(388), 1: k(327, 352) },
    rationale: 'ICS security assessment exact; OT cyber range hours close; PLC/DCS HIL hours related.',
  },
  // ---- traditional characters --------------------------------------------------------------------------------------
  {
    id: 'E09',
    query: '鋰電池正極材料中試',
    style: 'traditional',
    judgments: {
      3: k(...LI_CATHODE_SCALE_UP, ...LI_CATHODE_SMALL_BATCH),
      2: k(...NA_CATHODE_SCALE_UP, ...HIGH_NICKEL, ...CATHODE_TESTING),
      1: k(...NA_CATHODE_DEVELOPMENT, ...CATHODE_EQUIPMENT),
    },
    rationale: 'Li-ion cathode pilot scale-up and trial production exact; Na cathodes, high-Ni and tests close.',
  },
  {
    id: 'E10',
    query: '聚醯亞胺薄膜檢測',
    style: 'traditional',
    judgments: { 3: k(...PI_FILM_TESTING), 1: k(...PI_ROLLS, 19, 35, 186) },
    rationale: 'PI film testing exact; PI film rolls and the TMA/dielectric instruments related.',
  },
  {
    id: 'E11',
    query: '燃料電池發動機型式試驗',
    style: 'traditional',
    judgments: { 3: k(...FUEL_CELL_TYPE_TESTS), 1: k(...FUEL_CELL_DURABILITY) },
    rationale: 'Fuel cell engine type tests exact; stack durability tests related.',
  },
  {
    id: 'E12',
    query: '熱壓罐機時',
    style: 'traditional',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(...AUTOCLAVE_CURE_NOT_BLADES, 243) },
    rationale: 'Autoclave hours exact; autoclave cure optimisation related.',
  },
  {
    id: 'E13',
    query: '碳纖維複合材料層合板力學性能',
    style: 'traditional',
    judgments: { 3: k(...LAMINATE_TESTING), 1: k(...COMPOSITE_NDT) },
    rationale: 'Composite laminate mechanical testing exact; composite NDT and type tests related.',
  },
  {
    id: 'E14',
    query: '醫用影像設備電磁兼容試驗',
    style: 'traditional',
    judgments: { 3: k(126), 1: k(127, 141, 206, 269, 298) },
    rationale: 'The DR EMC test (YY 9706.102) exact (the CT and MRI ones are on a draft platform); other EMC related.',
  },
  {
    id: 'E15',
    query: '射頻前端模組小批量貼裝',
    style: 'traditional',
    judgments: { 3: k(...RF_FEM_SMALL_BATCH), 2: k(...OTHER_RF_SMALL_BATCH) },
    rationale: 'RF front-end module small-batch assembly exact; the same for antennas and PAs close.',
  },
  {
    id: 'E16',
    query: '雙特異性抗體細胞培養工藝放大',
    style: 'traditional',
    judgments: { 3: k(201), 2: k(202, 382, 448), 1: k(197, 198) },
    rationale:
      'Bispecific cell culture scale-up exact; ADC cell culture scale-up close; bispecific development related.',
  },
  {
    id: 'E17',
    query: '增材製造零件內部缺陷檢測',
    style: 'traditional',
    judgments: { 3: k(...AM_INSPECTION), 1: k(...COMPOSITE_NDT) },
    rationale: 'Internal defect inspection of AM parts exact; composite NDT related.',
  },
  {
    id: 'E18',
    query: '半導體封裝可靠性測試',
    style: 'traditional',
    judgments: { 3: k(...PACKAGE_RELIABILITY), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability testing exact; TC/HAST systems by the hour close.',
  },
  // ---- full-width letters and digits --------------------------------------------------------------------------------
  {
    id: 'E19',
    query: 'ＧＢ／Ｔ　１８４８８',
    style: 'fullwidth',
    judgments: { 3: k(163, 164, 181) },
    rationale: 'The type tests to GB/T 18488 exact.',
  },
  {
    id: 'E20',
    query: 'ＩＥＣ６１２１５光伏组件',
    style: 'fullwidth',
    judgments: { 3: k(...PV_TYPE_TESTS), 1: k(278, 429, 277, 421) },
    rationale: 'PV module type tests to IEC 61215 exact; module I-V/EL tests and ageing chambers related.',
  },
  {
    id: 'E21',
    query: 'ＮＣＭ８１１正极',
    style: 'fullwidth',
    judgments: { 3: k(...NCM811), 2: k(...HIGH_NICKEL) },
    rationale: 'NCM811 cathode scale-up and trial production exact; high-nickel residual lithium work close.',
  },
  {
    id: 'E22',
    query: 'ＰＬＡ／ＰＢＡＴ可降解材料',
    style: 'fullwidth',
    judgments: { 3: k(...PLA_PBAT), 2: k(...BIODEGRADABLE_DEVELOPMENT) },
    rationale: 'PLA/PBAT compounds exact; bio-based biodegradable compound development close.',
  },
  {
    id: 'E23',
    query: 'ＳｉＣ功率模块',
    style: 'fullwidth',
    judgments: { 3: k(...SIC_MODULES), 1: k(...SIC_INVERTERS) },
    rationale: 'SiC power module development and warpage work exact; SiC inverters related.',
  },
  {
    id: 'E24',
    query: 'ＹＹ９７０６．１０２ 电磁兼容',
    style: 'fullwidth',
    judgments: { 3: k(126), 1: k(127) },
    rationale: 'The EMC test to YY 9706.102 exact; the GB 9706 registration type test related.',
  },
  {
    id: 'E25',
    query: '５Ｇ滤波器测试',
    style: 'fullwidth',
    judgments: { 3: k(140, 208), 1: k(139) },
    rationale: '5G filter tests exact; mmWave antenna OTA tests related.',
  },
  {
    id: 'E26',
    query: 'ＨＡＳＴ可靠性试验',
    style: 'fullwidth',
    judgments: { 3: k(...PACKAGE_RELIABILITY, ...TC_HAST_HOURS) },
    rationale: 'Package reliability tests with HAST and the TC/HAST systems by the hour exact.',
  },
  // ---- pinyin typed in Latin ---------------------------------------------------------------------------------------
  {
    id: 'E27',
    query: 'lidian zhengji cailiao',
    style: 'pinyin',
    judgments: {
      3: k(...LI_CATHODE_SCALE_UP, ...LI_CATHODE_SMALL_BATCH, ...HIGH_NICKEL, ...CATHODE_TESTING),
      2: k(...NA_CATHODE_SCALE_UP, ...NA_CATHODE_DEVELOPMENT),
      1: k(...CATHODE_EQUIPMENT),
    },
    rationale: '锂电正极材料: Li-ion cathode material work exact; sodium-ion cathodes close; their equipment related.',
  },
  {
    id: 'E28',
    query: 'juxianyaan bomo',
    style: 'pinyin',
    judgments: { 3: k(...PI_FILM_TESTING, ...PI_ROLLS, ...PI_SCALE_UP, ...PI_IMPROVEMENT), 2: k(...PI_DEVELOPMENT) },
    rationale: '聚酰亚胺薄膜: PI film offerings exact; PI formulation development close.',
  },
  {
    id: 'E29',
    query: 'ranliao dianchi ceshi',
    style: 'pinyin',
    judgments: { 3: k(...FUEL_CELL_DURABILITY), 2: k(...FUEL_CELL_TYPE_TESTS, 311), 1: k(...STACK_BENCH_VALIDATION) },
    rationale: '燃料电池测试: fuel cell durability tests exact; engine type tests and stack bench hours close.',
  },
  {
    id: 'E30',
    query: 'gaitaikuang zujian',
    style: 'pinyin',
    judgments: { 3: k(...PEROVSKITE_MODULES), 1: k(...TANDEM) },
    rationale: '钙钛矿组件: perovskite module offerings exact; perovskite-silicon tandem cells related.',
  },
  {
    id: 'E31',
    query: 'wusun jiance',
    style: 'pinyin',
    judgments: { 3: k(...COMPOSITE_NDT), 2: k(...AM_INSPECTION) },
    rationale: '无损检测: NDT and type tests exact; internal-defect inspection of AM parts close.',
  },
  {
    id: 'E32',
    query: 'xiebo jiansuqi',
    style: 'pinyin',
    judgments: { 3: k(...HARMONIC_DRIVES), 1: k(...RV_REDUCERS) },
    rationale: '谐波减速器: harmonic drive offerings exact; RV reducers related.',
  },
  {
    id: 'E33',
    query: 'chuanganqi biaoding',
    style: 'pinyin',
    judgments: { 3: k(178, ...IMU_CALIBRATION), 1: k(225, 89) },
    rationale: '传感器标定: sensor calibration system hours and IMU calibration exact; drift compensation related.',
  },
  {
    id: 'E34',
    query: 'jiguang xuanqu ronghua',
    style: 'pinyin',
    judgments: { 3: k(99, 253), 2: k(...LPBF_SERVICES) },
    rationale: '激光选区熔化: LPBF machine hours exact; services run on an LPBF machine close.',
  },
  // ---- words in an unusual order -----------------------------------------------------------------------------------
  {
    id: 'E35',
    query: '放大 PI 薄膜 树脂',
    style: 'order',
    judgments: { 3: k(...PI_SCALE_UP), 1: k(...PI_ROLLS, 20) },
    rationale: 'PI resin synthesis and casting scale-up exact; PI film rolls and the polymerisation reactor related.',
  },
  {
    id: 'E36',
    query: '试制 小批量 MEA 膜电极',
    style: 'order',
    judgments: { 3: k(57, 287), 2: k(336), 1: k(286, 338) },
    rationale: 'MEA small batches exact; MEA durability tests close; low-Pt layers and bipolar plate batches related.',
  },
  {
    id: 'E37',
    query: '验证 国产 3D打印 设备',
    style: 'order',
    judgments: { 3: k(...PRINTER_VALIDATION) },
    rationale: 'Validation of domestic metal 3D printers exact.',
  },
  {
    id: 'E38',
    query: 'NVH 测试 减速器 效率',
    style: 'order',
    judgments: { 3: k(159), 2: k(179), 1: k(161, 157) },
    rationale: 'E-drive gearbox efficiency map and NVH exact; the 3-in-1 unit test close; the dynamometer related.',
  },
  // ---- equipment model numbers ------------------------------------------------------------------------------------
  {
    id: 'E39',
    query: 'AC-45S',
    style: 'model',
    judgments: { 3: k(374), 2: k(376, 378, 380), 1: k(239) },
    rationale: 'The AC-45S autoclave by the hour exact; services run on it close; another autoclave related.',
  },
  {
    id: 'E40',
    query: 'LPBF-400 机时',
    style: 'model',
    judgments: { 3: k(253), 2: k(251, 252, 255, 263, 396, 397, 398, 399), 1: k(99) },
    rationale: 'LPBF-400 hours exact; services on an LPBF-400 close; the 800 mm LPBF hours related.',
  },
  {
    id: 'E41',
    query: 'DYN-250S',
    style: 'model',
    judgments: { 3: k(161), 2: k(157, 158, 159, 160, 162, 163, 164) },
    rationale: 'The DYN-250S dynamometer by the hour exact; services run on it close.',
  },
  {
    id: 'E42',
    query: 'SUB-500 生物反应器',
    style: 'model',
    judgments: { 2: k(197, 198, 201, 202), 1: k(382, 448) },
    rationale:
      'No one rents the SUB-500 by the hour: the services run on it close; other cell culture scale-ups related.',
  },
  {
    id: 'E43',
    query: 'VNA-435',
    style: 'model',
    judgments: { 3: k(207), 2: k(204, 205) },
    rationale: 'The VNA validation that runs on the VNA-435 exact; the other services run on it close.',
  },
  {
    id: 'E44',
    query: 'TSE-150E 双螺杆',
    style: 'model',
    judgments: { 3: k(275), 2: k(273, 274), 1: k(86) },
    rationale: 'The 150 kg/h TSE-150E line by the hour exact; services on it close; the 30 kg/h line related.',
  },
  {
    id: 'E45',
    query: 'DSC-620S',
    style: 'model',
    judgments: { 3: k(133), 2: k(136), 1: k(194) },
    rationale: 'The DSC-620S by the hour exact; the PC/ABS testing that runs on it close; another DSC related.',
  },
  // ---- quantities with units ----------------------------------------------------------------------------------------
  {
    id: 'E46',
    query: '10L反应釜',
    style: 'spec',
    judgments: { 2: k(366, 107, 20), 1: k(41, 172) },
    rationale:
      'No 10 L reactor: the 100 L, 200 L and 500 L reactors by the hour close; a vessel and a microreactor related.',
  },
  {
    id: 'E47',
    query: '1000L 细胞培养放大',
    style: 'spec',
    judgments: { 3: k(201, 202, 382, 448), 1: k(197, 449) },
    rationale: 'Cell culture scale-up from 200 L to 2000 L holds 1000 L: exact; upstream process development related.',
  },
  {
    id: 'E48',
    query: '500kg 改性造粒放大',
    style: 'spec',
    judgments: { 3: k(132, 137, 273), 1: k(86, 275) },
    rationale: 'Compounding scale-ups of 100–5000 kg batches exact; twin-screw line hours related.',
  },
  {
    id: 'E49',
    query: '5吨/天 纺丝放大',
    style: 'spec',
    judgments: { 3: k(411, 437), 2: k(333, 416, 440) },
    rationale: 'Spinning scale-ups of 0.5–5 t/day exact; trial spinning and weaving close.',
  },
  {
    id: 'E50',
    query: '250kW 测功机',
    style: 'spec',
    judgments: { 3: k(161), 2: k(160, 183) },
    rationale: 'The 250 kW e-drive dynamometer by the hour exact; validation of domestic dynamometers close.',
  },
  {
    id: 'E51',
    query: '3米法暗室',
    style: 'spec',
    judgments: { 3: k(203), 2: k(126, 206, 269), 1: k(141, 298) },
    rationale: 'The 3 m anechoic chamber by the hour exact; EMC tests run in such a chamber close.',
  },
  {
    id: 'E52',
    query: '1000片 射频模组贴装',
    style: 'spec',
    judgments: { 3: k(...RF_FEM_SMALL_BATCH), 2: k(...OTHER_RF_SMALL_BATCH) },
    rationale: 'RF front-end module assembly in 100–5000 pcs batches exact; antennas and PAs close.',
  },
  {
    id: 'E53',
    query: '8000kN 双极板冲压',
    style: 'spec',
    judgments: { 3: k(335), 1: k(338, 339) },
    rationale: 'The 8000 kN bipolar plate stamping line exact; bipolar plate batches and forming related.',
  },
  // ---- negations and alternatives -----------------------------------------------------------------------------------
  {
    id: 'E54',
    query: '正极材料放大 不要钠电',
    style: 'negation',
    judgments: { 3: k(...LI_CATHODE_SCALE_UP), 2: k(...LI_CATHODE_SMALL_BATCH), 1: k(...HIGH_NICKEL) },
    rationale: 'Li-ion cathode scale-up exact; Li-ion trial production close; sodium-ion refused.',
  },
  {
    id: 'E55',
    query: 'TOPCon或HJT电池小批量',
    style: 'negation',
    judgments: { 3: k(247, 248), 1: k(83, 418, 431) },
    rationale: 'Either: TOPCon and HJT small batches exact; tandem cell small batches related.',
  },
  {
    id: 'E56',
    query: 'PLA/PBAT或PA66 吨级试产',
    style: 'negation',
    judgments: { 3: k(256, ...PA66_TRIAL), 2: k(274), 1: k(273, 261, ...PA66_FORMULATION) },
    rationale: 'Either: the PLA/PBAT and PA66 tonne-scale trials exact; the PC/ABS one close.',
  },
  {
    id: 'E57',
    query: '热压罐成型工艺优化 除了风电叶片',
    style: 'negation',
    judgments: { 3: k(...AUTOCLAVE_CURE_NOT_BLADES), 1: k(...AUTOCLAVE_HOURS) },
    rationale:
      'Autoclave cure optimisation of UAV, tank and automotive parts exact; wind blades refused; hours related.',
  },
  {
    id: 'E58',
    query: 'HJT or TOPCon IV test',
    style: 'negation',
    judgments: { 3: k(80, 268, 433), 2: k(278, 429, 280), 1: k(267) },
    rationale: 'Either: HJT and TOPCon I-V/EL tests exact; perovskite and tandem ones close; the I-V tester related.',
  },
  {
    id: 'E59',
    query: 'ADC 不要双抗',
    style: 'negation',
    judgments: { 3: k(...ADC) },
    rationale: 'ADC offerings exact; bispecific antibodies refused.',
  },
  // ---- jargon and acronyms of the field -----------------------------------------------------------------------------
  {
    id: 'E60',
    query: 'DOE 工艺参数优化',
    style: 'jargon',
    judgments: { 3: k(...MES_PARAMETERS), 2: k(...PRINT_PARAMETERS) },
    rationale: 'Process parameter optimisation exact; print parameter optimisation close.',
  },
  {
    id: 'E61',
    query: 'PPAP 电驱样件',
    style: 'jargon',
    judgments: { 2: k(...E_DRIVE_PROTOTYPES) },
    rationale: 'PPAP is not offered as such: e-drive prototype small batches close.',
  },
  {
    id: 'E62',
    query: 'FAI 首件尺寸检测',
    style: 'jargon',
    judgments: { 2: k(...AM_INSPECTION) },
    rationale: 'First-article inspection is not offered as such: dimensional inspection of AM parts close.',
  },
  {
    id: 'E63',
    query: 'CPK 批次一致性',
    style: 'jargon',
    judgments: { 2: k(...CONSISTENCY_CHECKS, 225), 1: k(...LI_CATHODE_SCALE_UP) },
    rationale:
      'Process capability as consistency: MEA and bipolar plate consistency checks and sensor consistency close.',
  },
  {
    id: 'E64',
    query: 'SPC MES数据 过程控制',
    style: 'jargon',
    judgments: { 3: k(...MES_PARAMETERS), 2: k(387) },
    rationale: 'Process parameter optimisation from MES data exact; MES testing close.',
  },
  {
    id: 'E65',
    query: 'EMC测试',
    style: 'jargon',
    judgments: { 3: k(...EMC_TESTS), 2: k(203) },
    rationale: 'EMC tests exact; the anechoic chamber by the hour close.',
  },
  {
    id: 'E66',
    query: 'HALT/HASS 加速寿命',
    style: 'jargon',
    judgments: { 2: k(...PACKAGE_RELIABILITY, ...IMU_CALIBRATION, 353), 1: k(...TC_HAST_HOURS) },
    rationale: 'Highly accelerated life/stress screening is not offered as such: reliability and life tests close.',
  },
  {
    id: 'E67',
    query: 'HIL 硬件在环',
    style: 'jargon',
    judgments: { 3: k(...HIL_HOURS) },
    rationale: 'HIL systems by the hour exact.',
  },
  {
    id: 'E68',
    query: 'OTA 暗室测试',
    style: 'jargon',
    judgments: { 3: k(139, 208), 2: k(203) },
    rationale: 'OTA radiated performance tests exact; the anechoic chamber close.',
  },
  {
    id: 'E69',
    query: 'NVH',
    style: 'jargon',
    judgments: { 3: k(159, 179), 1: k(161) },
    rationale: 'The NVH tests exact; the dynamometer related.',
  },
  {
    id: 'E70',
    query: 'CCM 涂布 膜电极',
    style: 'jargon',
    judgments: { 2: k(57, 287, 286), 1: k(336) },
    rationale: 'No CCM coater by the hour: the MEA services run on the CCM coating line close.',
  },
  // ---- misspelt English technical words -----------------------------------------------------------------------------
  {
    id: 'E71',
    query: 'lithum ion cathod material',
    style: 'typo',
    judgments: {
      3: k(...LI_CATHODE_SCALE_UP, ...LI_CATHODE_SMALL_BATCH, ...HIGH_NICKEL, ...CATHODE_TESTING),
      2: k(...NA_CATHODE_SCALE_UP, ...NA_CATHODE_DEVELOPMENT),
    },
    rationale: 'Li-ion cathode material work exact; sodium-ion cathodes close.',
  },
  {
    id: 'E72',
    query: 'polymide flim',
    style: 'typo',
    judgments: { 3: k(...PI_FILM_TESTING, ...PI_ROLLS, ...PI_SCALE_UP, ...PI_IMPROVEMENT), 2: k(...PI_DEVELOPMENT) },
    rationale: 'PI film offerings exact; PI formulation close.',
  },
  {
    id: 'E73',
    query: 'autoclav rentel',
    style: 'typo',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(...AUTOCLAVE_CURE_NOT_BLADES, 243) },
    rationale: 'Autoclave hours exact; autoclave cure related.',
  },
  {
    id: 'E74',
    query: 'perovskyte modul',
    style: 'typo',
    judgments: { 3: k(...PEROVSKITE_MODULES), 1: k(...TANDEM) },
    rationale: 'Perovskite module offerings exact; tandem cells related.',
  },
  {
    id: 'E75',
    query: 'electromagnetic compatability test',
    style: 'typo',
    judgments: { 3: k(...EMC_TESTS), 2: k(203) },
    rationale: 'EMC tests exact; the anechoic chamber close.',
  },
  {
    id: 'E76',
    query: 'fule cell stak durabilty',
    style: 'typo',
    judgments: { 3: k(313), 2: k(314, 315, 336, 311), 1: k(...FUEL_CELL_TYPE_TESTS) },
    rationale: 'Stack durability testing exact; other durability tests and the stack bench close.',
  },
  {
    id: 'E77',
    query: 'servo moter test platfrom',
    style: 'typo',
    judgments: { 3: k(115), 2: k(356) },
    rationale: 'The servo system test platform hours exact; servo motor validation close.',
  },
  {
    id: 'E78',
    query: 'sillicon carbide inverter',
    style: 'typo',
    judgments: { 3: k(...SIC_INVERTERS), 1: k(...SIC_MODULES, 92) },
    rationale: 'SiC inverter offerings exact; SiC power modules and the inverter HIL related.',
  },
  // ---- industry-chain words ----------------------------------------------------------------------------------------
  {
    id: 'E79',
    query: '电芯厂送样 正极材料吨级',
    style: 'chain',
    judgments: {
      3: k(...LI_CATHODE_SMALL_BATCH, 217),
      2: k(...LI_CATHODE_SCALE_UP, 29, 221),
      1: k(...HIGH_NICKEL),
    },
    rationale: 'Tonne-scale cathode trial production for cell makers exact; 100 kg scale-ups close.',
  },
  {
    id: 'E80',
    query: '整车厂 电驱动总成 NVH',
    style: 'chain',
    judgments: { 3: k(179), 2: k(159, 161), 1: k(160, 183) },
    rationale: 'The 3-in-1 e-drive unit NVH test exact; gearbox NVH and the e-drive dynamometer close.',
  },
  {
    id: 'E81',
    query: '动力电池PACK回收 有价金属',
    style: 'chain',
    judgments: { 3: k(471), 2: k(...SPENT_BATTERIES), 1: k(470) },
    rationale:
      'Raising recovery from spent EV batteries exact; their testing and reuse close; leaching system related.',
  },
  {
    id: 'E82',
    query: '抗体 下游纯化',
    style: 'chain',
    judgments: { 3: k(37, 446), 2: k(383) },
    rationale: 'Downstream purification improvement exact; the chromatography system by the hour close.',
  },
  {
    id: 'E83',
    query: '单抗上游工艺开发',
    style: 'chain',
    judgments: { 3: k(449), 2: k(197), 1: k(381) },
    rationale: 'mAb upstream development exact; bispecific upstream close; mAb GMP batches related.',
  },
  {
    id: 'E84',
    query: '光伏组件厂 层压机',
    style: 'chain',
    judgments: { 3: k(245, 370), 1: k(244, 369, 247, 248) },
    rationale: 'Module laminator hours exact; services run on a laminator related.',
  },
  {
    id: 'E85',
    query: '新能源车 电控 SiC',
    style: 'chain',
    judgments: { 3: k(...SIC_INVERTERS), 2: k(92), 1: k(...SIC_MODULES) },
    rationale: '电控 is the motor inverter: SiC inverters exact; inverter HIL close; SiC modules related.',
  },
  // ---- service names as users say them -----------------------------------------------------------------------------
  {
    id: 'E86',
    query: '代加工 钛合金支架 小批量',
    style: 'service',
    judgments: { 3: k(...TI_BRACKETS_SMALL_BATCH), 1: k(343, 399) },
    rationale: 'Small-batch AM of titanium brackets exact; their process work related.',
  },
  {
    id: 'E87',
    query: '共享仪器 DSC',
    style: 'service',
    judgments: { 3: k(133, 194), 1: k(136, 272) },
    rationale: 'DSC hours exact; services run on a DSC related.',
  },
  {
    id: 'E88',
    query: '送检 阻燃PC/ABS',
    style: 'service',
    judgments: { 3: k(136), 1: k(137, 260, 274) },
    rationale: 'Flame-retardant PC/ABS testing exact; other PC/ABS work related.',
  },
  {
    id: 'E89',
    query: '委托研发 聚烯烃催化剂',
    style: 'service',
    judgments: { 3: k(...POLYOLEFIN_CATALYST_SCREENING), 2: k(108, 304, 171) },
    rationale: 'Polyolefin catalyst screening exact; other catalyst screening and the polyolefin scale-up close.',
  },
  {
    id: 'E90',
    query: '技术转让 PA56纤维',
    style: 'service',
    judgments: { 3: k(...PA56_DEVELOPMENT), 2: k(416), 1: k(...PA56_TESTING) },
    rationale: 'PA56 fibre development and transfer exact; its trial spinning close; its testing related.',
  },
  {
    id: 'E91',
    query: '国产涂布机 设备验证',
    style: 'service',
    judgments: { 3: k(...COATER_VALIDATION), 1: k(371, 394) },
    rationale: 'Validation of domestic precision coaters exact; coater hours related.',
  },
  {
    id: 'E92',
    query: '封装翘曲 工艺改进',
    style: 'service',
    judgments: { 3: k(...WARPAGE) },
    rationale: 'Package warpage and voiding reduction exact.',
  },
  {
    id: 'E93',
    query: '超声诊断 注册检验',
    style: 'service',
    judgments: { 3: k(127), 2: k(125, 128) },
    rationale: 'Ultrasound registration type test exact; ultrasound image testing and validation close.',
  },
  {
    id: 'E94',
    query: '静电纺丝 租机时',
    style: 'service',
    judgments: { 3: k(...ELECTROSPINNING_HOURS), 1: k(...ELECTROSPINNING_DEVELOPMENT) },
    rationale: 'Electrospinning hours exact; development run on an electrospinner related.',
  },
];
