// The tenth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-12-01 by reading the demo dataset only (every showable offering with its
// city, title, keywords, description and the equipment it runs on with that equipment's specifications, as
// generateDemoDataset() builds them), never the synonym lists, the stop words, the dictionary, the analysis code nor
// search output, and committed before its first run (see the git history of this file). Its writer had read
// docs/search.md, which names some of the lists' entries as examples; no query was chosen for or against them. A query
// is never reworded nor relabelled after that run; search is fixed for the general cause of a failure, never for a
// query's text.
//
// It types what real users of the service type: a whole need as one run of Chinese with its filler (我们是做…的初创公司
// 想找个地方…); the field's colloquial names for instruments and tests (老化箱, 高低温箱, 拉力机, 灭菌锅, 暗室, 跑台架);
// model-like and product names (FCT-150, TSE-150, CPI, LMFP, WAAM); standards written as people write them (IEC61730,
// gb/t18488-2015, GB/T 2423.1, JESD22-A110, YY9706.102); the wrong characters of a pinyin input method, of the same
// sound (盐务, 晶园, 侧试, 抗提, 反应斧, 防丝, 区线, 减速气, 强伸度议); traditional characters with Taiwan's words;
// Chinese and English mixed; places with regions (川渝, 西北) and with 省/市 left out; scales and dates in words (两千升,
// 一吨左右, 百公斤级, five hundred litre, 八百毫米, 一点二米); English; pinyin and initials; and needs no offering
// serves, judged with no relevant offering and reported apart from the means.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts) and holdouts 8 and 9: 3 = what the query asks for;
// 2 = a close fit (the same thing through a neighbouring service, the same service on a sibling product, the instrument
// that does it by the hour, the service run on the instrument asked for); 1 = related. A place with a need grades the
// need there 3 and the need elsewhere 2; a region grades its provinces as the place. A misspelt, homophone, pinyin or
// initials word is graded as the word meant. A standard grades the test it defines: the test service 3, the chamber or
// rig that runs it by the hour 2 when no service names it. Only offerings that can be shown are labelled (ACTIVE, on a
// PUBLISHED platform; the runner checks).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const SALT_SPRAY_HOURS = [91, 182];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const DAMP_HEAT_CHAMBERS = [277, 421];
const TC_HAST_HOURS = [77, 405, 464];
const PACKAGE_RELIABILITY_TESTS = [79, 407, 462];
const HIP_HOURS = [191, 342, 477];
const EMC_TYPE_TESTS = [206, 269, 141, 298];
const CATHODE_100KG_SCALE_UP = [6, 10, 24, 28, 30, 222, 365, 368];
const NA_CATHODE_SCALE_UP = [29, 221];
const ELECTROSPINNING_HOURS = [152, 332];
const FIBRE_DEVELOPMENT_ON_ELECTROSPINNING = [102, 105, 106, 149, 331, 334, 438];
const HARMONIC_DRIVES = [112, 353, 355, 435];
const FIBRE_TENSILE_HOURS = [101, 415, 439];
const FIBRE_FUNCTION_TESTS = [103, 104, 150, 329, 414, 441];
const PI_FILM_PROPERTY_TESTS = [18, 32, 188, 290];
const PI_FILM_ROLLS = [17, 185, 288, 372, 392];
const POLYOLEFIN_CATALYST_SCREENING = [306, 307, 319, 391];
const CONTINUOUS_FLOW_CONVERSION = [174, 250, 303];
const BISPECIFIC = [197, 198, 201, 450];
const PEROVSKITE_MODULE_SMALL_BATCH = [266, 453];
const TANDEM_SMALL_BATCH = [83, 418, 431];
const FC_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const ASEPTIC_FILLING_VALIDATION = [40, 123, 475];
const OT_SECURITY_ASSESSMENT = [61, 326, 350];
const CATHODE_ELSEWHERE = [
  4, 6, 7, 8, 10, 11, 14, 24, 25, 28, 29, 30, 217, 218, 221, 222, 223, 358, 359, 360, 361, 2, 13,
];
const COMPOSITES_ELSEWHERE = [
  47, 48, 49, 50, 51, 52, 53, 54, 239, 240, 241, 242, 243, 374, 375, 376, 377, 378, 379, 380, 454, 455, 456, 457, 458,
  459,
];
const ANTIBODIES_ELSEWHERE = [197, 198, 200, 201, 202, 381, 382, 383, 446, 447, 448, 449, 450, 451];
const GLASS_LINED_USERS = [110, 111, 171, 174, 175, 317, 390];
const COMPOUNDING_SCALE_UP = [132, 137, 273];
const MEMS_PROCESS_ELSEWHERE = [177, 224, 226, 229];

export const HOLDOUT10_QUERIES: LabelledQuery[] = [
  // ---- a whole need told as one run of Chinese, with its filler -----------------------------------------------------
  {
    id: 'J01',
    query: '我们是做钠电正极的初创公司想找个地方把材料从公斤级放大到百公斤级',
    style: 'need-run',
    judgments: { 3: k(...NA_CATHODE_SCALE_UP), 2: k(217, ...CATHODE_100KG_SCALE_UP), 1: k(8, 218, 358, 364) },
    rationale:
      'Sodium layered-oxide cathode 100 kg scale-up exact; the sodium tonne trial and the other cathodes’ 100 kg scale-ups close; sodium cathode development related.',
  },
  {
    id: 'J02',
    query: '有没有能帮忙做预灌封注射剂临床批生产的GMP车间最好在长三角',
    style: 'need-run',
    judgments: { 3: k(42), 2: k(119, 46), 1: k(43, 447) },
    rationale:
      'The Hangzhou prefilled-syringe clinical batches exact (Yangtze delta); Tianjin’s the same elsewhere and the Hangzhou liposomal clinical batches close; the prefilled scale-up and the cleanroom hours related.',
  },
  {
    id: 'J03',
    query: '想找家单位给我们的无人机碳纤维机臂做无损检测顺便出个型式试验报告',
    style: 'need-run',
    judgments: { 3: k(379), 2: k(48, 144, 375), 1: k(241, 49, 378, 456) },
    rationale:
      'NDT and type testing of UAV structural parts exact; NDT and type testing of other composite parts close; other UAV part services related.',
  },
  {
    id: 'J04',
    query: '我们课题组合成了一种新型聚烯烃催化剂需要做催化剂评价和筛选',
    style: 'need-run',
    judgments: { 3: k(...POLYOLEFIN_CATALYST_SCREENING), 2: k(108, 304, 305), 1: k(171) },
    rationale:
      'Polyolefin catalyst screening exact; other catalyst screening and the fixed-bed test unit’s hours close; the polyolefin catalyst scale-up related.',
  },
  {
    id: 'J05',
    query: '扁线电机焊接老是出问题想找人帮忙优化一下工艺',
    style: 'need-run',
    judgments: { 3: k(94, 162), 1: k(180, 164, 181) },
    rationale: 'Hairpin motor insulation and welding improvement exact; other hairpin motor services related.',
  },
  {
    id: 'J06',
    query: '做光伏组件的想送样做IEC61215认证测试',
    style: 'need-run',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...DAMP_HEAT_CHAMBERS) },
    rationale: 'PV module type testing to IEC 61215 exact; the damp-heat chambers it runs on, by the hour, close.',
  },
  {
    id: 'J07',
    query: '帮忙找个能租用冷冻干燥机的地方按小时收费那种',
    style: 'need-run',
    judgments: { 3: k(474), 2: k(473) },
    rationale: 'Freeze dryer hours exact; freeze-drying cycle optimisation on it close.',
  },
  {
    id: 'J08',
    query: '需要对SiC功率模块做空洞率分析和翘曲改善',
    style: 'need-run',
    judgments: { 3: k(404), 2: k(78, 295, 410, 463), 1: k(406) },
    rationale:
      'Warpage and voiding of SiC power modules exact; the same for other packages and SiC module process development close; acoustic microscope hours related.',
  },
  {
    id: 'J09',
    query: '公司研发了一款协作机器人要做整机型式试验拿证',
    style: 'need-run',
    judgments: { 3: k(117, 354), 1: k(434, 114) },
    rationale: 'Collaborative robot type testing exact; the cobot validation and the RV reducer type test related.',
  },
  {
    id: 'J10',
    query: '我们有个退役动力电池回收的项目想提高锂钴镍回收率',
    style: 'need-run',
    judgments: { 3: k(471), 2: k(470), 1: k(285, 467) },
    rationale:
      'Raising the recovery of valuable components from spent EV batteries exact; the leaching and extraction system hours close; other spent-battery services related.',
  },
  {
    id: 'J11',
    query: '给新能源车企配套的电驱减速器想做效率和噪声测试',
    style: 'need-run',
    judgments: { 3: k(159), 2: k(179, 161), 1: k(157) },
    rationale:
      'Efficiency map and NVH of e-drive gearboxes exact; of a 3-in-1 e-drive and the dynamometer hours close; the gearbox prototypes related.',
  },
  {
    id: 'J12',
    query: '想把实验室的再生涤纶纺丝工艺放大到中试线上',
    style: 'need-run',
    judgments: { 3: k(411), 2: k(437, 106), 1: k(414, 103) },
    rationale:
      'Recycled polyester (涤纶) spinning scale-up exact; spinning scale-up of another fibre and recycled polyester development close; its tests related.',
  },
  {
    id: 'J13',
    query: '医药中间体从釜式改成连续流有没有平台能做',
    style: 'need-run',
    judgments: { 3: k(...CONTINUOUS_FLOW_CONVERSION), 2: k(172), 1: k(318, 390) },
    rationale: 'Batch-to-continuous conversion exact; microreactor hours close; intermediates scale-up related.',
  },
  {
    id: 'J14',
    query: '单抗细胞株构建和上游工艺开发外包',
    style: 'need-run',
    judgments: { 3: k(449), 2: k(197), 1: k(381) },
    rationale:
      'Monoclonal antibody cell line and upstream development exact; the bispecific one close; mAb clinical material related.',
  },
  {
    id: 'J15',
    query: '麻烦问下哪里可以做碳纤维预浸料的树脂体系放大啊',
    style: 'zh-filler',
    judgments: { 3: k(50, 147, 377), 2: k(53, 455) },
    rationale: 'Prepreg resin system scale-up exact; hot-melt prepreg line hours close.',
  },
  {
    id: 'J16',
    query: '想找个带CMA资质的地方测下PC/ABS阻燃等级',
    style: 'zh-filler',
    judgments: { 3: k(136), 1: k(260, 137, 274) },
    rationale: 'Flame-retardancy testing of PC/ABS exact; other PC/ABS services related.',
  },
  {
    id: 'J17',
    query: '有没有人做过钙钛矿叠层电池小批量的，求推荐',
    style: 'zh-filler',
    judgments: { 3: k(...TANDEM_SMALL_BATCH), 2: k(...PEROVSKITE_MODULE_SMALL_BATCH), 1: k(247, 248, 82) },
    rationale:
      'Perovskite-silicon tandem small batches exact; perovskite module small batches close; other cell small batches and tandem development related.',
  },
  {
    id: 'J18',
    query: '帮我们验证一下国产灌装机能不能用',
    style: 'zh-filler',
    judgments: { 3: k(...ASEPTIC_FILLING_VALIDATION) },
    rationale: 'Application validation of domestic aseptic filling equipment exact.',
  },
  {
    id: 'J19',
    query: '工控系统做个渗透测试多少钱',
    style: 'zh-filler',
    judgments: { 3: k(...OT_SECURITY_ASSESSMENT), 2: k(388), 1: k(327, 352) },
    rationale: 'ICS security assessment exact; OT cyber range hours close; PLC/DCS HIL hours related.',
  },

  // ---- colloquial names for instruments and tests --------------------------------------------------------------------
  {
    id: 'J20',
    query: '老化箱租机时',
    style: 'colloquial',
    judgments: { 3: k(...DAMP_HEAT_CHAMBERS), 2: k(299, 310), 1: k(...TC_HAST_HOURS) },
    rationale:
      'UV and damp-heat ageing chamber hours exact; temperature-humidity and climate chamber hours close; TC/HAST hours related.',
  },
  {
    id: 'J21',
    query: '高低温箱',
    style: 'colloquial',
    judgments: { 3: k(299, 310), 1: k(227, 228, 208, 302, ...DAMP_HEAT_CHAMBERS) },
    rationale:
      'The temperature-humidity chamber and the climate chamber hours exact; services run on such chambers and the damp-heat chambers related.',
  },
  {
    id: 'J22',
    query: '拉力机 做复合材料拉伸',
    style: 'colloquial',
    judgments: { 3: k(47, 148, 454), 1: k(...FIBRE_TENSILE_HOURS) },
    rationale:
      'Composite laminate mechanical testing on a universal testing machine exact; fibre tensile tester hours related.',
  },
  {
    id: 'J23',
    query: '三坐标测量 机时',
    style: 'colloquial',
    judgments: { 2: k(98, 262, 478), 1: k(192, 398) },
    rationale:
      'No CMM hours: dimensional inspection of AM parts (on a CMM) close; small batches run with a CMM related.',
  },
  {
    id: 'J24',
    query: '摇床',
    style: 'colloquial',
    judgments: { 3: k(199), 1: k(449) },
    rationale: 'Orbital shaker hours exact; the cell line development that uses one related.',
  },
  {
    id: 'J25',
    query: '灭菌锅机时',
    style: 'colloquial',
    judgments: { 3: k(118), 1: k(120) },
    rationale: 'Pulse-vacuum steam steriliser hours exact; the scale-up that uses it related.',
  },
  {
    id: 'J26',
    query: 'CT扫一下零件内部有没有气孔',
    style: 'colloquial',
    judgments: { 3: k(98, 262, 478) },
    rationale: 'Internal defect inspection of parts by industrial CT exact.',
  },
  {
    id: 'J27',
    query: '盐雾箱',
    style: 'colloquial',
    judgments: { 3: k(...SALT_SPRAY_HOURS), 1: k(183) },
    rationale: 'Salt spray chamber hours exact; a validation run with one related.',
  },
  {
    id: 'J28',
    query: '暗室测辐射骚扰',
    style: 'colloquial',
    judgments: { 3: k(...EMC_TYPE_TESTS), 2: k(203, 126) },
    rationale: 'Radiated emission (EMC) type tests exact; anechoic chamber hours and the DR EMC test close.',
  },
  {
    id: 'J29',
    query: '跑台架 测功机租一下',
    style: 'colloquial',
    judgments: { 3: k(161), 1: k(160, 183, 159, 179) },
    rationale: 'E-drive dynamometer hours exact; dynamometer validation and bench tests related.',
  },
  {
    id: 'J30',
    query: '注塑打样',
    style: 'colloquial',
    judgments: { 2: k(256, 274), 1: k(258) },
    rationale:
      'No moulding sampling service: the tonne trials run on injection moulding machines close; the development using one related.',
  },

  // ---- models and product names ---------------------------------------------------------------------------------------
  {
    id: 'J31',
    query: 'FCT-150 电堆测试台',
    style: 'model',
    judgments: { 3: k(311), 2: k(309, 312, 313, 315), 1: k(55, 340, 56, 341) },
    rationale:
      'The FCT-150 stack test bench hours exact; services run on it close; other stack test bench services related.',
  },
  {
    id: 'J32',
    query: 'TSE-150',
    style: 'model',
    judgments: { 3: k(275), 2: k(273, 274), 1: k(86) },
    rationale: 'The TSE-150 line’s hours exact; services run on it close; the smaller line’s hours related.',
  },
  {
    id: 'J33',
    query: 'DRIE深硅刻蚀',
    style: 'product',
    judgments: { 3: k(90), 2: k(88, ...MEMS_PROCESS_ELSEWHERE) },
    rationale: 'Deep reactive-ion etcher hours exact; services run on the etcher close.',
  },
  {
    id: 'J34',
    query: 'LMFP吨级',
    style: 'product',
    judgments: { 3: k(11, 360), 2: k(222, 365), 1: k(9) },
    rationale: 'Tonne-scale LMFP trial production exact; LMFP 100 kg scale-up close; LMFP cell testing related.',
  },
  {
    id: 'J35',
    query: 'WAAM电弧增材',
    style: 'product',
    judgments: { 2: k(96, 346, 397, 480), 1: k(99, 253) },
    rationale:
      'No WAAM hours: metal 3D printer validations run on the wire-arc system close; powder-bed printer hours related.',
  },
  {
    id: 'J36',
    query: 'CPI薄膜',
    style: 'product',
    judgments: { 3: k(17, 32, 290), 1: k(...PI_FILM_ROLLS.filter((n) => n !== 17), 18, 188) },
    rationale: 'Colourless PI (CPI) film services exact; other PI film rolls and tests related.',
  },

  // ---- standards written in several ways -------------------------------------------------------------------------------
  {
    id: 'J37',
    query: 'IEC61730',
    style: 'std-form',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: 'PV module type testing to IEC 61730 exact.',
  },
  {
    id: 'J38',
    query: 'gb/t18488-2015 电机',
    style: 'std-form',
    judgments: { 3: k(163, 164, 181), 1: k(159, 179) },
    rationale: 'Type tests to GB/T 18488 exact; e-drive bench tests related.',
  },
  {
    id: 'J39',
    query: 'GB/T 2423.1 低温试验',
    style: 'standard',
    judgments: { 2: k(299, 310), 1: k(227, 228, 181) },
    rationale:
      'No cold-test service: the chambers reaching −70 and −40 ℃ by the hour close; services run on thermal shock and combined climate rigs related.',
  },
  {
    id: 'J40',
    query: 'GB/T2423.10 振动试验',
    style: 'std-form',
    judgments: { 2: k(402), 1: k(181, 400, 401) },
    rationale:
      'No vibration test service: the electrodynamic shaker hours close; the combined vibration type test and services beside the shaker related.',
  },
  {
    id: 'J41',
    query: 'IEC 60068-2-14 温度变化试验',
    style: 'standard',
    judgments: { 2: k(...TC_HAST_HOURS, ...PACKAGE_RELIABILITY_TESTS, 227), 1: k(228) },
    rationale:
      'Change of temperature: temperature cycling hours, package reliability tests (TC) and the IMU environmental tests on a thermal shock chamber close; the pressure sensor type test related.',
  },
  {
    id: 'J42',
    query: 'JESD22-A110 HAST',
    style: 'stdnum',
    judgments: { 3: k(...PACKAGE_RELIABILITY_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability testing with HAST exact; the TC/HAST systems’ hours close.',
  },
  {
    id: 'J43',
    query: 'UL94 V-0',
    style: 'stdnum',
    judgments: { 3: k(136), 1: k(260, 137, 274) },
    rationale: 'UL 94 flame-retardancy testing exact; other flame-retardant PC/ABS services related.',
  },
  {
    id: 'J44',
    query: 'ICH Q1A 稳定性试验',
    style: 'standard',
    judgments: { 3: k(44, 122) },
    rationale: 'ICH stability studies exact.',
  },
  {
    id: 'J45',
    query: 'YY9706.102',
    style: 'std-form',
    judgments: { 3: k(126), 1: k(127) },
    rationale: 'The DR EMC test to YY 9706.102 exact; the GB 9706 registration type test related.',
  },
  {
    id: 'J46',
    query: 'GB9706.1 电气安全',
    style: 'std-form',
    judgments: { 3: k(127), 2: k(126) },
    rationale: 'Ultrasound registration type testing (GB 9706 series, electrical safety) exact; the DR EMC test close.',
  },
  {
    id: 'J47',
    query: 'IEC 61000-4-2 静电放电',
    style: 'standard',
    judgments: { 3: k(126), 2: k(...EMC_TYPE_TESTS) },
    rationale: 'ESD is in the DR EMC test exact; other EMC type tests close.',
  },

  // ---- an input method's wrong characters of the same sound ------------------------------------------------------------
  {
    id: 'J48',
    query: '盐务试验',
    style: 'homophone',
    judgments: { 3: k(...SALT_SPRAY_HOURS), 1: k(183) },
    rationale: '盐雾 (yanwu) typed 盐务: salt spray chamber hours exact; a validation run with one related.',
  },
  {
    id: 'J49',
    query: '热等静亚机时',
    style: 'homophone',
    judgments: { 3: k(...HIP_HOURS), 1: k(95, 251, 343, 345) },
    rationale: '热等静压 typed 静亚: HIP hours exact; AM services using the press related.',
  },
  {
    id: 'J50',
    query: '扇出型晶园级封装',
    style: 'homophone',
    judgments: { 3: k(153, 409, 461), 2: k(292) },
    rationale: '晶圆 typed 晶园: fan-out wafer-level engineering lots exact; its process development close.',
  },
  {
    id: 'J51',
    query: '电堆极化曲线和耐久性侧试',
    style: 'homophone',
    judgments: { 3: k(313), 2: k(314, 315, 336) },
    rationale:
      '测试 typed 侧试: stack polarisation and durability exact; the same for plates, stationary systems and MEAs close.',
  },
  {
    id: 'J52',
    query: '双特异性抗提',
    style: 'homophone',
    judgments: { 3: k(...BISPECIFIC), 1: k(449, 381) },
    rationale: '抗体 typed 抗提: bispecific antibody services exact; monoclonal antibody services related.',
  },
  {
    id: 'J53',
    query: 'PI薄膜介电常树测试',
    style: 'homophone',
    judgments: { 3: k(...PI_FILM_PROPERTY_TESTS), 2: k(186) },
    rationale: '常数 typed 常树: PI film dielectric testing exact; the dielectric test system hours close.',
  },
  {
    id: 'J54',
    query: '层析纯话系统',
    style: 'homophone',
    judgments: { 3: k(383), 2: k(446, 37), 1: k(381, 451) },
    rationale:
      '纯化 typed 纯话: chromatography system hours exact; purification improvement close; services run on it related.',
  },
  {
    id: 'J55',
    query: '共沉淀反应斧',
    style: 'homophone',
    judgments: { 3: k(366), 1: k(4, 6, 8, 11, 13, 217, 218, 221, 222, 223, 358, 360, 362, 363, 364, 365, 368) },
    rationale: '反应釜 typed 反应斧: co-precipitation reactor hours exact; services run on one related.',
  },
  {
    id: 'J56',
    query: '静电防丝设备',
    style: 'homophone',
    judgments: { 3: k(...ELECTROSPINNING_HOURS), 1: k(...FIBRE_DEVELOPMENT_ON_ELECTROSPINNING) },
    rationale: '纺丝 typed 防丝: electrospinning hours exact; development run on it related.',
  },
  {
    id: 'J57',
    query: '冻干区线优化',
    style: 'homophone',
    judgments: { 3: k(473), 2: k(474) },
    rationale: '曲线 typed 区线: freeze-drying cycle optimisation exact; freeze dryer hours close.',
  },
  {
    id: 'J58',
    query: '谐波减速气',
    style: 'homophone',
    judgments: { 3: k(...HARMONIC_DRIVES) },
    rationale: '减速器 typed 减速气: harmonic drive services exact.',
  },
  {
    id: 'J59',
    query: '纤维强伸度议',
    style: 'homophone',
    judgments: { 3: k(...FIBRE_TENSILE_HOURS), 1: k(...FIBRE_FUNCTION_TESTS) },
    rationale: '仪 typed 议: fibre tensile tester hours exact; fibre tests run on it related.',
  },

  // ---- traditional characters, Taiwan's words ----------------------------------------------------------------------
  {
    id: 'J60',
    query: '熱等靜壓機時共享',
    style: 'traditional',
    judgments: { 3: k(...HIP_HOURS) },
    rationale: 'HIP hours exact.',
  },
  {
    id: 'J61',
    query: '鈣鈦礦組件小批量試製',
    style: 'traditional',
    judgments: { 3: k(...PEROVSKITE_MODULE_SMALL_BATCH), 2: k(...TANDEM_SMALL_BATCH), 1: k(81, 244, 369, 419) },
    rationale: 'Perovskite module small batches exact; tandem cell small batches close; module scale-up related.',
  },
  {
    id: 'J62',
    query: '聚醯亞胺薄膜捲材',
    style: 'traditional',
    judgments: { 3: k(...PI_FILM_ROLLS), 1: k(16, 34, 395) },
    rationale: 'PI film roll production exact; PI casting scale-up related.',
  },
  {
    id: 'J63',
    query: '電磁相容測試',
    style: 'taiwan',
    judgments: { 3: k(...EMC_TYPE_TESTS, 126), 2: k(203) },
    rationale: 'EMC (電磁相容, Taiwan’s word) tests exact; anechoic chamber hours close.',
  },
  {
    id: 'J64',
    query: '積層製造 鈦合金',
    style: 'taiwan',
    judgments: { 3: k(192, 251, 479), 2: k(399, 343), 1: k(97, 100, 190, 344) },
    rationale:
      'Titanium additive manufacturing small batches exact; titanium bracket design and process optimisation close; porous titanium implants related.',
  },

  // ---- Chinese and English mixed ---------------------------------------------------------------------------------------
  {
    id: 'J65',
    query: 'MEA小批量一致性',
    style: 'mixed',
    judgments: { 3: k(57, 287), 1: k(338) },
    rationale: 'MEA small batches with consistency checks exact; bipolar plate small batches related.',
  },
  {
    id: 'J66',
    query: 'HIL测试台机时',
    style: 'mixed',
    judgments: { 3: k(92), 2: k(327, 352) },
    rationale: 'Inverter HIL test system hours exact; PLC/DCS HIL hours close.',
  },
  {
    id: 'J67',
    query: 'GaN PA EMC',
    style: 'mixed',
    judgments: { 3: k(141, 269), 2: k(206, 298, 126) },
    rationale: 'EMC type testing of GaN power amplifiers exact; other EMC tests close.',
  },
  {
    id: 'J68',
    query: 'OTA测试 5G filter',
    style: 'mixed',
    judgments: { 3: k(208), 2: k(139, 140) },
    rationale: 'OTA testing of 5G filters exact; OTA of antennas and S-parameter testing of filters close.',
  },
  {
    id: 'J69',
    query: 'PEMFC 冷启动 型式试验',
    style: 'mixed',
    judgments: { 3: k(...FC_ENGINE_TYPE_TESTS), 1: k(313, 310) },
    rationale: 'Fuel cell engine type tests (cold start) exact; stack durability and climate chamber hours related.',
  },
  {
    id: 'J70',
    query: 'SMT贴片小批量 毫米波',
    style: 'mixed',
    judgments: { 3: k(142, 204), 2: k(64, 301, 302) },
    rationale: 'mmWave antenna SMT small batches exact; other RF SMT small batches close.',
  },

  // ---- places and regions ----------------------------------------------------------------------------------------------
  {
    id: 'J71',
    query: '宁德正极材料',
    style: 'place',
    judgments: { 3: k(362, 363, 364, 365, 368), 2: k(366, 367, ...CATHODE_ELSEWHERE) },
    rationale:
      'Ningde’s cathode material services exact; its reactor hours and kiln validation, and cathode services elsewhere, close.',
  },
  {
    id: 'J72',
    query: '川渝地区抗体',
    style: 'region',
    judgments: { 3: k(37, 38), 2: k(...ANTIBODIES_ELSEWHERE) },
    rationale: 'Sichuan and Chongqing: the Chengdu antibody services exact; antibody services elsewhere close.',
  },
  {
    id: 'J73',
    query: '西北 固废处理',
    style: 'region',
    judgments: { 3: k(466, 468, 469), 2: k(467, 470, 471, 283), 1: k(281, 284) },
    rationale:
      'The northwest (Lanzhou): solid waste treatment validation, plasma furnace hours and phosphogypsum recycling exact; Lanzhou’s other waste services and the Xinxiang validation close; Xinxiang’s others related.',
  },
  {
    id: 'J74',
    query: 'Shenzhen MEMS',
    style: 'place',
    judgments: { 3: k(88, 90), 2: k(...MEMS_PROCESS_ELSEWHERE) },
    rationale: 'Shenzhen’s MEMS services exact; MEMS process services elsewhere close.',
  },
  {
    id: 'J75',
    query: '哈尔滨复合材料',
    style: 'place',
    judgments: { 3: k(143, 144, 145, 146, 147, 148), 2: k(...COMPOSITES_ELSEWHERE) },
    rationale: 'Harbin’s composites services exact; composites services elsewhere close.',
  },

  // ---- scales and dates in words --------------------------------------------------------------------------------------
  {
    id: 'J76',
    query: '两千升细胞培养放大',
    style: 'spec',
    judgments: { 3: k(201, 202, 382, 448) },
    rationale: 'Cell culture scale-up from 200 L to 2,000 L exact.',
  },
  {
    id: 'J77',
    query: '一吨左右的改性塑料试产',
    style: 'spec',
    judgments: { 3: k(85, 135, 256, 274), 1: k(...COMPOUNDING_SCALE_UP) },
    rationale: 'Tonne-scale trial production of compounds exact; compounding scale-ups related.',
  },
  {
    id: 'J78',
    query: '百公斤级正极放大下个月能排上吗',
    style: 'deadline',
    judgments: { 3: k(...CATHODE_100KG_SCALE_UP, ...NA_CATHODE_SCALE_UP) },
    rationale: 'Cathode 100 kg scale-up exact (the date is the filter’s job).',
  },
  {
    id: 'J79',
    query: 'five hundred litre glass lined reactor',
    style: 'spec',
    judgments: { 3: k(107), 1: k(...GLASS_LINED_USERS) },
    rationale: 'The 500 L glass-lined reactor hours exact; services run on glass-lined reactors related.',
  },
  {
    id: 'J80',
    query: '八百毫米成形尺寸的金属打印机',
    style: 'spec',
    judgments: { 3: k(99), 2: k(253), 1: k(96, 97, 100, 190, 479, 480) },
    rationale:
      'The 800 mm powder-bed system hours exact; the 400 mm system hours close; services run on the 800 mm system related.',
  },
  {
    id: 'J81',
    query: '一点二米宽的钙钛矿涂布',
    style: 'spec',
    judgments: { 3: k(420), 2: k(418, 419), 1: k(81, 83, 369) },
    rationale:
      'The 1200 mm perovskite slot-die coater hours exact; services run on it close; those on the 600 mm coater related.',
  },

  // ---- English ----------------------------------------------------------------------------------------------------------
  {
    id: 'J82',
    query: 'hot isostatic pressing service near Guangzhou',
    style: 'en',
    judgments: { 3: k(342, 477), 2: k(191) },
    rationale: 'Guangzhou HIP hours exact; Chongqing’s close.',
  },
  {
    id: 'J83',
    query: 'anechoic chamber hire',
    style: 'en',
    judgments: { 3: k(203), 2: k(...EMC_TYPE_TESTS) },
    rationale: 'Anechoic chamber hours exact; EMC type tests run in one close.',
  },
  {
    id: 'J84',
    query: 'residual lithium reduction for high nickel cathodes',
    style: 'en',
    judgments: { 3: k(7, 14, 25, 359, 363) },
    rationale: 'Residual lithium control for high-nickel cathodes exact.',
  },
  {
    id: 'J85',
    query: 'cleanroom for clinical batches of biologics',
    style: 'en',
    judgments: { 3: k(198, 381, 451), 2: k(447), 1: k(42, 46, 119) },
    rationale: 'GMP clinical material of biologics exact; cleanroom hours close; injectable clinical batches related.',
  },
  {
    id: 'J86',
    query: 'wafer thinning and dicing',
    style: 'en',
    judgments: { 2: k(408, 409, 76, 156), 1: k(404, 410) },
    rationale:
      'No grinder or dicing hours: engineering lots run on the wafer grinder or the dicing saw close; warpage work beside the grinder related.',
  },
  {
    id: 'J87',
    query: 'fatigue life testing of robot reducers',
    style: 'en',
    judgments: { 3: k(353), 2: k(114), 1: k(436, 355, 435) },
    rationale: 'Harmonic drive life testing exact; the RV reducer type test close; other reducer services related.',
  },
  {
    id: 'J88',
    query: 'spent battery leaching toxicity',
    style: 'en',
    judgments: { 3: k(285), 1: k(470, 471) },
    rationale: 'Leaching toxicity testing of spent batteries exact; hydrometallurgy services related.',
  },

  // ---- pinyin and initials ----------------------------------------------------------------------------------------------
  {
    id: 'J89',
    query: 'jingdian fangsi',
    style: 'pinyin',
    judgments: { 3: k(...ELECTROSPINNING_HOURS), 1: k(...FIBRE_DEVELOPMENT_ON_ELECTROSPINNING) },
    rationale: '静电纺丝 in pinyin: electrospinning hours exact; development run on it related.',
  },
  {
    id: 'J90',
    query: 'yanwu xiang zulin',
    style: 'pinyin',
    judgments: { 3: k(...SALT_SPRAY_HOURS) },
    rationale: '盐雾箱租赁 in pinyin: salt spray chamber hours exact.',
  },
  {
    id: 'J91',
    query: 'guangfu zujian xingshi shiyan',
    style: 'pinyin',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: '光伏组件型式试验 in pinyin: PV module type testing exact.',
  },
  {
    id: 'J92',
    query: 'rdjy jishi',
    style: 'initials',
    judgments: { 3: k(...HIP_HOURS) },
    rationale: '热等静压 in initials with 机时 in pinyin: HIP hours exact.',
  },

  // ---- needs no offering serves -----------------------------------------------------------------------------------------
  {
    id: 'J93',
    query: 'SEM扫描电镜机时',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Scanning electron microscope hours: no offering (the acoustic microscope is another instrument).',
  },
  {
    id: 'J94',
    query: '锂电池针刺挤压安全测试',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Cell abuse (nail and crush) safety tests: no offering (cell tests are electrochemical).',
  },
  {
    id: 'J95',
    query: '食品包装迁移测试',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Food-contact migration testing: no offering.',
  },
  {
    id: 'J96',
    query: 'ISO 10993生物相容性评价',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Biocompatibility evaluation: no offering (container compatibility of injectables is another study).',
  },
  {
    id: 'J97',
    query: '光刻机租用',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Lithography tool hire: no offering.',
  },
  {
    id: 'J98',
    query: 'household appliance noise testing',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Appliance noise testing: no offering (NVH is of e-drives).',
  },
];
