// The second holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-11-30 by reading the demo dataset only (the theme templates in
// libs/demo/src/dataset/demo-themes.ts, demo-texts.ts, demo-cities.ts and the offerings printed by
// test/bench/matching-eval/print-offerings.ts), without reading the search code nor the results of the other sets, and
// committed before their first run (see the git history of this file). A query is never reworded nor relabelled after
// that run; search is fixed for the general cause of a failure, never for a query's text.
//
// The queries are typed as outside testers would type them, and deliberately unlike the labelled set and the first
// holdout set: Chinese run together with filler (我们想找…, 有没有能…的, 求推荐…, …哪里能做), everyday and trade words
// the catalogue does not use (扣电, 残锂, 充放电柜, 单抗, 双抗, 层压板, 打样, 矢网, 插损, 彩超, 综合利用, 加纤, 再生涤纶,
// 电控, 超算, 出租, 租用), abbreviations (NCM, HJT, CT, EMC, SMT, GMP, CHO, HIL, SLM, HIP, IMU, OTA, PA, PEMFC, Dk/Df),
// misspellings (聚酰亚氨, catode, photovoltiac, perovskit), mixed Chinese and Latin, English sentences, places with a
// need (苏州的…, 武汉, 广东, near Shenzhen, near Shanghai), standards written oddly (IEC61215, gb 18488, YY9706.102,
// GB/T 25000, JEDEC) and needs told in a sentence.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product, the instrument that does it by the
// hour); 1 = related. Queries naming a place grade the need in that place 3 and the need elsewhere 2 (nothing 3 when
// the place has none). Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner
// checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const NCM_SCALE_UP = [6, 28, 30, 368];
const OTHER_LI_SCALE_UP = [10, 24, 222, 365];
const NA_SCALE_UP = [29, 221];
const CATHODE_TRIAL_PRODUCTION = [4, 362, 11, 360, 223, 217];
const HIGH_NICKEL_RESIDUAL_LITHIUM = [7, 14, 25, 359, 363];
const NA_DEVELOPMENT = [8, 218, 358, 364];
const KILN_VALIDATION = [2, 13, 361, 367];
const CATHODE_CELL_TESTING = [9, 15, 27, 219];
const POUCH_LINE_HOURS = [5, 26, 220];
const PI_FILM_OFFERINGS = [16, 17, 18, 32, 34, 36, 185, 188, 189, 288, 290, 372, 392, 395, 21, 31, 291];
const PI_HOURS = [19, 20, 33, 35, 186, 289, 371, 394];
const COATER_VALIDATION = [22, 373, 393];
const PI_DIELECTRIC_TESTING = [18, 32, 188, 290];
const ADC = [38, 200, 202, 382, 448, 451];
const BISPECIFIC = [197, 198, 201, 450];
const CELL_CULTURE_SCALE_UP = [201, 202, 382, 448];
const GMP_CLINICAL = [198, 381, 451];
const ASEPTIC_FILLING_VALIDATION = [40, 123, 475];
const LAMINATE_TESTING = [47, 148, 454];
const COMPOSITE_NDT = [48, 144, 375, 379];
const AUTOCLAVE_CURE = [49, 378, 456, 145, 242, 380, 243];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const FUEL_CELL_POLARISATION = [313, 314, 315, 336];
const STACK_BENCH_VALIDATION = [55, 312, 340];
const ICS_SECURITY = [61, 326, 350];
const SOFTWARE_TESTING = [60, 349, 325, 387];
const MES_OPTIMISATION = [63, 328, 348, 386];
const RF_EMC = [141, 269, 206, 298];
const PACKAGE_RELIABILITY = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const QFN_ENGINEERING_LOTS = [156, 293, 408, 465];
const PV_IEC_TYPE_TESTS = [264, 279, 417, 430];
const UV_DAMP_HEAT_HOURS = [277, 421];
const IV_EL_TESTING = [80, 268, 278, 280, 429, 433];
const PEROVSKITE_SCALE_UP = [81, 244, 369, 419];
const PA66_FORMULATION = [134, 195, 257, 272];
const BIODEGRADABLE_DEVELOPMENT = [84, 131, 196, 258];
const MEMS_TOOL_VALIDATION = [88, 177, 229];
const HAIRPIN_TYPE_TESTS = [164, 181];
const DYNO_VALIDATION = [160, 183];
const AM_PRINTER_VALIDATION = [96, 255, 263, 346, 397, 480];
const AM_INSPECTION = [98, 262, 478];
const TI_BRACKET_SMALL_BATCH = [192, 251, 479];
const HIP_HOURS = [191, 342, 477];
const FIBRE_FUNCTIONAL_TESTING = [103, 104, 150, 414, 441];
const BATCH_TO_FLOW = [174, 250, 303];
const BIOLOGICS_WUHAN = [381, 382, 383];
const BIOLOGICS_ELSEWHERE = [37, 38, 197, 198, 199, 200, 201, 202, 446, 447, 448, 449, 450, 451];
const AM_GUANGDONG = [342, 343, 344, 345, 346, 477, 478, 479, 480];
const AM_ELSEWHERE = [95, 96, 97, 98, 99, 100, 190, 191, 192, 251, 252, 253, 255, 262, 263, 396, 397, 398, 399];

export const HOLDOUT2_QUERIES: readonly LabelledQuery[] = [
  // ---- lithium-ion cathode materials ----------------------------------------------------------------------------------
  {
    id: 'B01',
    query: '我们想找一家能做NCM811正极放大的',
    style: 'zh-filler',
    judgments: { 3: k(...NCM_SCALE_UP), 2: k(...OTHER_LI_SCALE_UP, ...NA_SCALE_UP), 1: k(4, 362) },
    rationale: 'NCM811 cathode scale-ups exact; other cathode scale-ups close; NCM811 tonne-scale trial runs related.',
  },
  {
    id: 'B02',
    query: '有没有能做钠电正极的中试平台',
    style: 'zh-filler',
    judgments: { 3: k(...NA_DEVELOPMENT, ...NA_SCALE_UP, 217), 1: k(...OTHER_LI_SCALE_UP) },
    rationale: 'Every sodium-ion cathode offering is the ask; Li-ion cathode scale-ups related.',
  },
  {
    id: 'B03',
    query: '求推荐磷酸铁锂扣电测试',
    style: 'synonym',
    judgments: { 3: k(15, 27), 2: k(9, 219), 1: k(1, ...POUCH_LINE_HOURS) },
    rationale:
      '扣电 = coin cell: LFP coin/pouch cell testing exact; other cathodes close; cycler and pouch line hours related.',
  },
  {
    id: 'B04',
    query: '高镍正极残锂偏高怎么解决',
    style: 'sentence',
    judgments: { 3: k(...HIGH_NICKEL_RESIDUAL_LITHIUM), 1: k(...NCM_SCALE_UP) },
    rationale:
      '残锂 is the catalogue 残碱 (residual lithium): the high-nickel residual lithium service; NCM scale-ups related.',
  },
  {
    id: 'B05',
    query: '辊道窑租用',
    style: 'synonym',
    judgments: { 3: k(12), 2: k(...KILN_VALIDATION) },
    rationale: '租用 = machine hours: roller kiln hours exact; kiln application validation close.',
  },
  {
    id: 'B06',
    query: '充放电柜按小时租',
    style: 'synonym',
    judgments: { 3: k(1), 2: k(...CATHODE_CELL_TESTING), 1: k(...POUCH_LINE_HOURS) },
    rationale: '充放电柜 = battery cycler: its hours exact; cell testing on it close; pouch line hours related.',
  },
  {
    id: 'B07',
    query: 'LMFP pilot production',
    style: 'en',
    judgments: { 3: k(11, 360), 2: k(222, 365), 1: k(4, 362, 223, 217) },
    rationale: 'LMFP tonne-scale trial production exact; LMFP scale-up close; other trial productions related.',
  },
  {
    id: 'B08',
    query: '苏州的正极材料中试',
    style: 'place',
    judgments: {
      3: k(2, 4, 6, 7),
      2: k(1, 5, ...OTHER_LI_SCALE_UP, 28, 30, 368, ...NA_SCALE_UP, 362, 11, 360, 223, 217),
      1: k(14, 25, 359, 363, 13, 361, 367),
    },
    rationale:
      'Suzhou cathode platform-00001 pilot services exact, its instrument hours close; cathode pilot work elsewhere close.',
  },
  {
    id: 'B09',
    query: 'tonne scale trial run of sodium ion cathode',
    style: 'en',
    judgments: { 3: k(217), 2: k(...NA_SCALE_UP), 1: k(4, 362, 11, 360, 223, ...NA_DEVELOPMENT) },
    rationale:
      'Na-ion tonne-scale trial production exact; Na scale-up close; other trial runs and Na development related.',
  },
  {
    id: 'B10',
    query: 'catode material scale up',
    style: 'typo',
    judgments: { 3: k(...NCM_SCALE_UP, ...OTHER_LI_SCALE_UP, ...NA_SCALE_UP), 1: k(...CATHODE_TRIAL_PRODUCTION) },
    rationale: 'Misspelt cathode: every cathode scale-up exact; trial production related.',
  },
  // ---- polyimide film -------------------------------------------------------------------------------------------------
  {
    id: 'B11',
    query: '透明PI膜',
    style: 'mixed',
    judgments: { 3: k(17, 32, 290), 2: k(18, 188, 392, 185, 288, 372), 1: k(16, 34, 395, 36, 189) },
    rationale:
      'Colourless PI (CPI) offerings exact; other PI film testing and rolls close; PI scale-up and defects related.',
  },
  {
    id: 'B12',
    query: 'pi膜晶点划痕太多',
    style: 'sentence',
    judgments: { 3: k(36, 189), 1: k(33, 16, 34, 395) },
    rationale:
      'Gel spots and scratches: the PI surface defect improvement; casting line hours and casting scale-up related.',
  },
  {
    id: 'B13',
    query: '低介电常数聚酰亚胺配方',
    style: 'zh-run',
    judgments: { 3: k(21, 31, 291), 2: k(188, 16, 34, 185, 288, 372), 1: k(186) },
    rationale:
      'Low-dielectric PI formulation exact; other low-dielectric PI services close; HF dielectric hours related.',
  },
  {
    id: 'B14',
    query: '精密涂布机 机时',
    style: 'equipment',
    judgments: { 3: k(371, 394), 2: k(...COATER_VALIDATION), 1: k(33) },
    rationale: 'Precision coater hours exact; coater validation close; casting film line hours related.',
  },
  {
    id: 'B15',
    query: '高频Dk/Df测试',
    style: 'mixed',
    judgments: { 3: k(186, ...PI_DIELECTRIC_TESTING), 1: k(21, 31, 291) },
    rationale:
      'Dk/Df = dielectric constant and loss: HF dielectric test hours and PI dielectric testing; low-Dk PI related.',
  },
  {
    id: 'B16',
    query: '聚酰亚氨薄膜',
    style: 'typo',
    judgments: { 3: k(...PI_FILM_OFFERINGS), 2: k(...PI_HOURS, ...COATER_VALIDATION) },
    rationale: '亚氨 typed for 亚胺: every polyimide film offering; the PI platforms’ instrument hours close.',
  },
  // ---- biologics ------------------------------------------------------------------------------------------------------
  {
    id: 'B17',
    query: '单抗CDMO',
    style: 'synonym',
    judgments: { 3: k(381, 449), 2: k(...BISPECIFIC, ...ADC), 1: k(37, 446) },
    rationale:
      '单抗 = monoclonal antibody: mAb services exact; other antibody CDMO services close; purification related.',
  },
  {
    id: 'B18',
    query: '双抗 临床样品 GMP生产',
    style: 'mixed',
    judgments: { 3: k(198), 2: k(381, 451, 201), 1: k(197, 450, 447) },
    rationale: '双抗 = bispecific: its GMP clinical lots exact; other GMP clinical lots and its scale-up close.',
  },
  {
    id: 'B19',
    query: '病毒清除验证',
    style: 'zh-run',
    judgments: { 3: k(37, 446), 1: k(383) },
    rationale: 'Viral clearance is part of the downstream optimisation; chromatography hours related.',
  },
  {
    id: 'B20',
    query: 'ADC放行检测哪里能做',
    style: 'zh-filler',
    judgments: { 3: k(38, 200), 2: k(450), 1: k(451, 202, 382, 448) },
    rationale: 'ADC release testing exact; bispecific release testing close; other ADC services related.',
  },
  {
    id: 'B21',
    query: 'CHO细胞株构建',
    style: 'mixed',
    judgments: { 3: k(197, 449), 1: k(...CELL_CULTURE_SCALE_UP, 199) },
    rationale: 'Cell line construction on CHO exact; cell culture scale-up and shaker hours related.',
  },
  {
    id: 'B22',
    query: 'we need GMP cleanroom time for a clinical batch',
    style: 'sentence',
    judgments: { 3: k(447), 2: k(...GMP_CLINICAL, 42, 119, 46) },
    rationale: 'GMP cleanroom hours exact; clinical batch manufacturing (biologics and injectables) close.',
  },
  {
    id: 'B23',
    query: '武汉 生物药',
    style: 'place',
    judgments: { 3: k(...BIOLOGICS_WUHAN), 2: k(...BIOLOGICS_ELSEWHERE) },
    rationale: 'Biologics in Wuhan (platform of 381–383) exact; biologics elsewhere close.',
  },
  // ---- injectables ----------------------------------------------------------------------------------------------------
  {
    id: 'B24',
    query: '冻干时间太长想优化一下',
    style: 'sentence',
    judgments: { 3: k(473), 2: k(474), 1: k(44) },
    rationale: 'Freeze-drying cycle shortening exact; freeze dryer hours close; lyophilised powder stability related.',
  },
  {
    id: 'B25',
    query: '冻干机出租',
    style: 'synonym',
    judgments: { 3: k(474), 2: k(473) },
    rationale: '出租 = machine hours: freeze dryer hours exact; lyo cycle optimisation close.',
  },
  {
    id: 'B26',
    query: '预灌封 临床批',
    style: 'zh-run',
    judgments: { 3: k(42, 119), 2: k(46, 43) },
    rationale: 'Prefilled-syringe clinical batches exact; liposome clinical batches and PFS scale-up close.',
  },
  {
    id: 'B27',
    query: '无菌灌装线验证',
    style: 'zh-run',
    judgments: { 3: k(...ASEPTIC_FILLING_VALIDATION), 1: k(43, 120, 472) },
    rationale: 'Aseptic filling validation exact; injectable scale-up with filling validation related.',
  },
  {
    id: 'B28',
    query: '注射剂加速稳定性试验',
    style: 'zh-run',
    judgments: { 3: k(44, 122), 1: k(45, 121, 476) },
    rationale: 'Accelerated stability studies of injectables exact; formulation development related.',
  },
  {
    id: 'B29',
    query: 'liposome injection clinical batch',
    style: 'en',
    judgments: { 3: k(46), 2: k(42, 119), 1: k(122) },
    rationale: 'Liposomal clinical batches exact; PFS clinical batches close; liposome stability related.',
  },
  // ---- composites -----------------------------------------------------------------------------------------------------
  {
    id: 'B30',
    query: '碳纤维层压板拉伸测试',
    style: 'synonym',
    judgments: { 3: k(...LAMINATE_TESTING), 1: k(...COMPOSITE_NDT) },
    rationale: '层压板 = laminate: laminate mechanical testing exact; NDT/type testing related.',
  },
  {
    id: 'B31',
    query: '热压罐 租',
    style: 'synonym',
    judgments: { 3: k(239, 374), 2: k(...AUTOCLAVE_CURE) },
    rationale: 'Autoclave hours exact; autoclave cure optimisation close.',
  },
  {
    id: 'B32',
    query: '无人机碳纤维结构件打样',
    style: 'zh-run',
    judgments: { 3: k(241), 2: k(49, 378, 456, 379), 1: k(52, 459, 376) },
    rationale:
      '打样 = first parts: UAV part small batch exact; other UAV services close; other composite batches related.',
  },
  {
    id: 'B33',
    query: '复材超声C扫',
    style: 'synonym',
    judgments: { 3: k(...COMPOSITE_NDT), 1: k(...LAMINATE_TESTING) },
    rationale: '复材 = composites, C 扫 = ultrasonic C-scan: composite NDT exact; laminate testing related.',
  },
  {
    id: 'B34',
    query: 'wind turbine blade spar cap testing',
    style: 'en',
    judgments: { 3: k(144, 375), 2: k(243, 376), 1: k(...LAMINATE_TESTING) },
    rationale: 'Spar cap NDT/type testing exact; other spar cap services close; laminate testing related.',
  },
  // ---- hydrogen fuel cells --------------------------------------------------------------------------------------------
  {
    id: 'B35',
    query: '燃料电池发动机国标检测',
    style: 'zh-run',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 2: k(313, 315), 1: k(311) },
    rationale:
      'Engine type testing to national standards exact; stack/system testing close; stack bench hours related.',
  },
  {
    id: 'B36',
    query: '电堆测试台按小时用',
    style: 'zh-filler',
    judgments: { 3: k(311), 2: k(...STACK_BENCH_VALIDATION), 1: k(313) },
    rationale: 'Stack test bench hours exact; bench comparison validation close; stack testing related.',
  },
  {
    id: 'B37',
    query: '膜电极打样',
    style: 'synonym',
    judgments: { 3: k(57, 287), 2: k(336, 286) },
    rationale: '膜电极 = MEA; 打样 = small batch: MEA builds exact; MEA testing and low-Pt MEA development close.',
  },
  {
    id: 'B38',
    query: 'PEMFC durability test',
    style: 'en',
    judgments: { 3: k(...FUEL_CELL_POLARISATION), 2: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 1: k(311) },
    rationale: 'PEMFC = PEM fuel cell: polarisation and durability testing exact; engine type tests close.',
  },
  // ---- industrial software --------------------------------------------------------------------------------------------
  {
    id: 'B39',
    query: '工控系统渗透测试',
    style: 'zh-run',
    judgments: { 3: k(...ICS_SECURITY), 2: k(388) },
    rationale: 'ICS security assessment (with penetration testing) exact; OT cyber range hours close.',
  },
  {
    id: 'B40',
    query: 'MES软件测试',
    style: 'mixed',
    judgments: { 3: k(387), 2: k(60, 349, 325), 1: k(...MES_OPTIMISATION) },
    rationale:
      'MES functional/performance testing exact; other industrial software testing close; MES data work related.',
  },
  {
    id: 'B41',
    query: 'CAE软件国产化替代验证',
    style: 'mixed',
    judgments: { 3: k(389), 2: k(324, 347, 325) },
    rationale: 'Domestic CAE application validation exact; PLM validation and CAE testing close.',
  },
  {
    id: 'B42',
    query: 'GB/T 25000',
    style: 'standard',
    judgments: { 3: k(...SOFTWARE_TESTING) },
    rationale: 'Software testing to GB/T 25000.51.',
  },
  {
    id: 'B43',
    query: '超算 机时',
    style: 'synonym',
    judgments: { 3: k(58, 385) },
    rationale: '超算 = HPC cluster hours.',
  },
  // ---- RF devices -----------------------------------------------------------------------------------------------------
  {
    id: 'B44',
    query: '矢网国产化验证',
    style: 'synonym',
    judgments: { 3: k(207) },
    rationale: '矢网 = vector network analyser: its comparison validation.',
  },
  {
    id: 'B45',
    query: '5G滤波器插损测试',
    style: 'mixed',
    judgments: { 3: k(140), 2: k(208) },
    rationale: '插损 = insertion loss, in S-parameter testing of 5G filters; filter OTA testing close.',
  },
  {
    id: 'B46',
    query: '毫米波天线OTA',
    style: 'mixed',
    judgments: { 3: k(139), 2: k(208), 1: k(138, 300, 142, 204, 298) },
    rationale: 'mmWave antenna OTA testing exact; filter OTA close; other mmWave antenna services related.',
  },
  {
    id: 'B47',
    query: 'GaN PA EMC test',
    style: 'en',
    judgments: { 3: k(141, 269), 2: k(206, 298), 1: k(205, 302, 203) },
    rationale: 'PA = power amplifier: GaN PA EMC type testing exact; other RF EMC tests close; anechoic hours related.',
  },
  {
    id: 'B48',
    query: '3米法电波暗室',
    style: 'equipment',
    judgments: { 3: k(203), 2: k(...RF_EMC) },
    rationale: '3 m anechoic chamber hours exact; EMC type testing in it close.',
  },
  {
    id: 'B49',
    query: '射频模组SMT贴片小批量',
    style: 'mixed',
    judgments: { 3: k(64, 301), 2: k(142, 204, 302) },
    rationale: 'RF front-end module small-batch assembly exact; other RF small-batch assembly close.',
  },
  // ---- medical imaging ------------------------------------------------------------------------------------------------
  {
    id: 'B50',
    query: 'CT注册检验',
    style: 'mixed',
    judgments: { 2: k(127, 230), 1: k(126) },
    rationale:
      'No showable CT registration test: the GB 9706 registration test of ultrasound and CT image quality close.',
  },
  {
    id: 'B51',
    query: '医疗器械EMC测试',
    style: 'mixed',
    judgments: { 3: k(126), 1: k(127, ...RF_EMC) },
    rationale: 'Medical device EMC (YY 9706.102) exact; medical type testing and RF EMC labs related.',
  },
  {
    id: 'B52',
    query: '彩超样机性能评价',
    style: 'synonym',
    judgments: { 3: k(125), 2: k(128, 127) },
    rationale: '彩超 = ultrasound: image quality evaluation exact; its validation and type test close.',
  },
  {
    id: 'B53',
    query: 'YY9706.102',
    style: 'standard',
    judgments: { 3: k(126), 1: k(127) },
    rationale: 'The medical EMC standard: DR EMC testing; the GB 9706 type test related.',
  },
  // ---- solid waste ----------------------------------------------------------------------------------------------------
  {
    id: 'B54',
    query: '废旧动力电池回收提锂',
    style: 'synonym',
    judgments: { 3: k(471), 2: k(470, 285), 1: k(467) },
    rationale: 'Recovery of valuables from spent EV batteries exact; leaching line hours and battery testing close.',
  },
  {
    id: 'B55',
    query: '磷石膏综合利用',
    style: 'synonym',
    judgments: { 3: k(281, 466), 1: k(283, 468) },
    rationale: '综合利用 = 资源化利用: phosphogypsum recycling scale-up exact; waste equipment validation related.',
  },
  // ---- semiconductor packaging ----------------------------------------------------------------------------------------
  {
    id: 'B56',
    query: 'QFN封装打样',
    style: 'mixed',
    judgments: { 3: k(...QFN_ENGINEERING_LOTS), 2: k(75, 78, 295), 1: k(76, 153, 409, 461) },
    rationale: 'QFN engineering lots exact; other QFN services close; other engineering lots related.',
  },
  {
    id: 'B57',
    query: 'JEDEC可靠性试验',
    style: 'standard',
    judgments: { 3: k(...PACKAGE_RELIABILITY), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability testing to JEDEC exact; TC/HAST chamber hours close.',
  },
  {
    id: 'B58',
    query: 'SiC模块空洞率高',
    style: 'sentence',
    judgments: { 3: k(404), 2: k(463), 1: k(78, 295, 410) },
    rationale: 'SiC module voiding reduction exact; SiC module process development close; other voiding work related.',
  },
  {
    id: 'B59',
    query: 'flip chip bonder rental',
    style: 'en',
    judgments: { 3: k(296), 2: k(154), 1: k(155, 294, 460) },
    rationale: 'Flip-chip bonder hours exact; wire bonder hours close; bonding equipment validation related.',
  },
  // ---- photovoltaics --------------------------------------------------------------------------------------------------
  {
    id: 'B60',
    query: 'HJT电池试产',
    style: 'mixed',
    judgments: { 3: k(247), 2: k(80, 433), 1: k(248, 83, 418, 431) },
    rationale: 'HJT small-batch production exact; HJT testing close; other cell small batches related.',
  },
  {
    id: 'B61',
    query: 'IEC61730认证测试',
    style: 'standard',
    judgments: { 3: k(...PV_IEC_TYPE_TESTS), 2: k(...UV_DAMP_HEAT_HOURS) },
    rationale: 'PV module type testing to IEC 61730 exact; UV and damp-heat chamber hours close.',
  },
  {
    id: 'B62',
    query: 'EL测试仪租一下',
    style: 'zh-filler',
    judgments: { 3: k(452), 2: k(...IV_EL_TESTING), 1: k(267) },
    rationale: 'EL tester hours exact; IV/EL testing close; solar simulator hours related.',
  },
  {
    id: 'B63',
    query: 'perovskit module scale-up',
    style: 'typo',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(427, 266, 453), 1: k(420) },
    rationale:
      'Misspelt perovskite: module scale-up exact; other perovskite module services close; slot-die hours related.',
  },
  {
    id: 'B64',
    query: 'photovoltiac module IEC test',
    style: 'typo',
    judgments: { 3: k(...PV_IEC_TYPE_TESTS), 2: k(...UV_DAMP_HEAT_HOURS) },
    rationale: 'Misspelt photovoltaic: PV module IEC type testing exact; UV/damp-heat hours close.',
  },
  // ---- polymers -------------------------------------------------------------------------------------------------------
  {
    id: 'B65',
    query: 'PA66加纤试产',
    style: 'synonym',
    judgments: { 3: k(85, 135), 2: k(...PA66_FORMULATION), 1: k(132) },
    rationale: '加纤 = glass-fibre reinforced: reinforced PA66 trial production exact; its formulation close.',
  },
  {
    id: 'B66',
    query: 'V0阻燃测试',
    style: 'standard',
    judgments: { 3: k(136), 1: k(137, 260, 274) },
    rationale:
      'V-0 is the UL 94 rating: flame-retardancy testing exact; other flame-retardant PC/ABS services related.',
  },
  {
    id: 'B67',
    query: '双螺杆挤出机出租',
    style: 'synonym',
    judgments: { 3: k(86, 275), 1: k(132, 137, 273) },
    rationale: 'Twin-screw line hours exact; compounding scale-ups on it related.',
  },
  {
    id: 'B68',
    query: '可降解塑料配方开发',
    style: 'zh-run',
    judgments: { 3: k(...BIODEGRADABLE_DEVELOPMENT), 2: k(261, 273, 256) },
    rationale: 'Biodegradable compound development exact; other PLA/PBAT services close.',
  },
  // ---- sensors --------------------------------------------------------------------------------------------------------
  {
    id: 'B69',
    query: 'MEMS流片',
    style: 'mixed',
    judgments: { 3: k(226, 224), 2: k(...MEMS_TOOL_VALIDATION, 90, 176) },
    rationale: 'MEMS fabrication and process development exact; MEMS tool validation and fab tool hours close.',
  },
  {
    id: 'B70',
    query: '传感器温漂大',
    style: 'sentence',
    judgments: { 3: k(225), 1: k(227) },
    rationale: 'Temperature drift compensation exact; calibration testing related.',
  },
  {
    id: 'B71',
    query: 'looking for a lab near Shenzhen that can test MEMS sensors',
    style: 'place',
    judgments: { 2: k(227, 228, 178), 1: k(88, 89, 90) },
    rationale: 'Shenzhen has no sensor testing: testing elsewhere close; the Shenzhen sensor platform related.',
  },
  // ---- e-drive --------------------------------------------------------------------------------------------------------
  {
    id: 'B72',
    query: 'gb 18488 电机试验',
    style: 'standard',
    judgments: { 3: k(...HAIRPIN_TYPE_TESTS), 2: k(163) },
    rationale: 'Motor type testing to GB/T 18488 exact; the inverter test to the same standard close.',
  },
  {
    id: 'B73',
    query: '扁线电机焊接工艺',
    style: 'zh-run',
    judgments: { 3: k(94, 162), 1: k(180, ...HAIRPIN_TYPE_TESTS) },
    rationale: 'Hairpin motor welding improvement exact; other hairpin motor services related.',
  },
  {
    id: 'B74',
    query: '测功机台架租用',
    style: 'synonym',
    judgments: { 3: k(161), 2: k(...DYNO_VALIDATION), 1: k(159, 179) },
    rationale: 'E-drive dyno hours exact; dyno validation close; efficiency map testing on it related.',
  },
  {
    id: 'B75',
    query: '盐雾试验',
    style: 'zh-run',
    judgments: { 3: k(91, 182) },
    rationale: 'Salt spray chamber hours.',
  },
  {
    id: 'B76',
    query: 'SiC电控开发',
    style: 'synonym',
    judgments: { 3: k(158, 184), 2: k(93, 163), 1: k(92) },
    rationale:
      '电控 = motor controller: SiC inverter development exact; other SiC inverter services close; HIL related.',
  },
  // ---- additive manufacturing -----------------------------------------------------------------------------------------
  {
    id: 'B77',
    query: '钛合金3D打印零件小批量',
    style: 'mixed',
    judgments: { 3: k(...TI_BRACKET_SMALL_BATCH), 2: k(343, 399), 1: k(95, 97, 100) },
    rationale: 'Titanium AM small batches exact; other titanium bracket services close; other AM batches related.',
  },
  {
    id: 'B78',
    query: '工业CT扫描3D打印件内部缺陷',
    style: 'sentence',
    judgments: { 3: k(...AM_INSPECTION) },
    rationale: 'Internal defect inspection of AM parts by industrial CT.',
  },
  {
    id: 'B79',
    query: 'SLM设备租用',
    style: 'synonym',
    judgments: { 3: k(99, 253), 2: k(...AM_PRINTER_VALIDATION) },
    rationale: 'SLM = laser powder bed fusion: its hours exact; printer validation close.',
  },
  {
    id: 'B80',
    query: 'HIP热等静压',
    style: 'mixed',
    judgments: { 3: k(...HIP_HOURS), 1: k(97, 343, 396) },
    rationale: 'Hot isostatic press hours exact; heat treatment optimisation related.',
  },
  {
    id: 'B81',
    query: '广东有没有做3D打印的',
    style: 'place',
    judgments: { 3: k(...AM_GUANGDONG), 2: k(...AM_ELSEWHERE) },
    rationale: 'Metal AM in Guangdong (Guangzhou platforms) exact; AM elsewhere close.',
  },
  // ---- textiles -------------------------------------------------------------------------------------------------------
  {
    id: 'B82',
    query: '面料抗菌性能检测',
    style: 'zh-run',
    judgments: { 3: k(329), 2: k(...FIBRE_FUNCTIONAL_TESTING), 1: k(105, 437, 440) },
    rationale:
      'Antibacterial fabric testing exact; other fibre functional testing close; antibacterial fabric work related.',
  },
  {
    id: 'B83',
    query: '再生涤纶纺丝',
    style: 'synonym',
    judgments: { 3: k(411), 2: k(106, 103, 414) },
    rationale: '涤纶 = polyester: recycled polyester spinning scale-up exact; other recycled polyester services close.',
  },
  {
    id: 'B84',
    query: '静电纺丝机',
    style: 'equipment',
    judgments: { 3: k(152, 332) },
    rationale: 'Electrospinning system hours.',
  },
  // ---- fine chemicals -------------------------------------------------------------------------------------------------
  {
    id: 'B85',
    query: '硝化反应连续化改造',
    style: 'zh-run',
    judgments: { 3: k(...BATCH_TO_FLOW), 1: k(172) },
    rationale: 'Batch-to-continuous conversion of nitration exact; microreactor hours related.',
  },
  {
    id: 'B86',
    query: '反应热风险评估',
    style: 'zh-run',
    judgments: { 2: k(249), 1: k(...BATCH_TO_FLOW) },
    rationale: 'No showable assessment service: calorimeter hours close; batch-to-flow for inherent safety related.',
  },
  {
    id: 'B87',
    query: '医药中间体放大到吨级',
    style: 'zh-filler',
    judgments: { 3: k(318, 390), 2: k(110), 1: k(108) },
    rationale: 'Pharma intermediate kg-to-tonne scale-up exact; its small-batch production close; catalysts related.',
  },
  // ---- robotics -------------------------------------------------------------------------------------------------------
  {
    id: 'B88',
    query: '协作机器人认证检测',
    style: 'zh-run',
    judgments: { 3: k(117, 354), 1: k(434) },
    rationale: 'Cobot type testing exact; cobot application validation related.',
  },
  {
    id: 'B89',
    query: '激光跟踪仪',
    style: 'equipment',
    judgments: { 3: k(113, 357) },
    rationale: 'Laser tracker hours.',
  },
  {
    id: 'B90',
    query: 'RV reducer prototype',
    style: 'en',
    judgments: { 3: k(436), 2: k(114, 116) },
    rationale: 'RV reducer small-batch prototypes exact; other RV reducer services close.',
  },
  // ---- places, second look ------------------------------------------------------------------------------------------
  {
    id: 'B91',
    query: '杭州有做工业软件测试的吗',
    style: 'place',
    judgments: { 3: k(60, 61), 2: k(58, 62, 63, 325, 326, 349, 350, 387) },
    rationale:
      'Software testing in Hangzhou (platform of 58–63) exact; its other services and testing elsewhere close.',
  },
  {
    id: 'B92',
    query: 'fuel cell stack test near Shanghai',
    style: 'place',
    judgments: { 2: k(313, 336, 314, 315, 311), 1: k(...FUEL_CELL_ENGINE_TYPE_TESTS, ...STACK_BENCH_VALIDATION) },
    rationale:
      'No fuel cell platform in Shanghai: stack testing elsewhere close; engine tests and bench validation related.',
  },
];
