// The third holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-11-30 by reading the demo dataset only (the theme templates in
// libs/demo/src/dataset/demo-themes.ts, demo-texts.ts, demo-cities.ts and demo-dataset.ts, and every offering printed
// with its platform's place, its equipment's model and maker), never from search output, and committed before its
// first run (see the git history of this file). A query is never reworded nor relabelled after that run; search is
// fixed for the general cause of a failure, never for a query's text.
//
// It covers what the labelled set and the first two holdout sets covered least: an equipment model or a maker's or
// platform's brand (BT-512, LPBF-800, ac45, Nordvik, 泓钛), a material with a property (耐高温 聚酰亚胺, 耐腐蚀),
// the product a pilot is for (电动车, 无人机电机, 手机天线, 骨科植入物), requirements with numbers and units (500L,
// 10吨/天, 2000L, 300mm, -30℃, 双85, 0.2 mg/cm²), traditional characters and full-width forms, pinyin typed for
// Chinese, questions in English, price and negation words (便宜的, cheap, 不要锂电的), words in mixed order, very short
// queries (CT, 3D, EL, SiC, HIL, NVH), very long descriptions, provinces and cities in both languages and an SME's
// vague need.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product or size, the instrument that does
// it by the hour); 1 = related. Queries naming a place grade the need in that place 3 and the need elsewhere 2. A
// price word cannot be honoured by relevance: the need is graded as if it were not there. A negated thing is graded
// 0. Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const CATHODE_CELL_TESTING = [9, 15, 27, 219];
const NCM_SCALE_UP = [6, 28, 30, 368];
const OTHER_CATHODE_SCALE_UP = [10, 24, 222, 365, 29, 221];
const NA_CATHODE = [8, 218, 358, 364, 29, 221, 217];
const LI_CATHODE = [1, 2, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 24, 25, 26, 27, 28, 30, 219, 220, 222, 223, 359, 360];
const LI_CATHODE_MORE = [361, 362, 363, 365, 366, 367, 368];
const LIKE_PLATFORMS = [1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 362, 363, 364, 365, 366, 367, 368];
const PI_MAKING = [17, 185, 288, 372, 392, 16, 34, 395];
const PI_TESTING = [18, 32, 188, 290];
const PI_FORMULATION = [21, 31, 291];
const PI_DEFECTS = [36, 189];
const PI_ALL = [16, 17, 18, 19, 20, 21, 22, 31, 32, 33, 34, 35, 36, 185, 186, 188, 189, 288, 289, 290, 291, 371, 372];
const PI_ALL_MORE = [373, 392, 393, 394, 395];
const PI_HUNAN = [288, 289, 290, 291, 392, 393, 394, 395];
const AUTOCLAVE_HOURS = [239, 374];
const DRONE_AUTOCLAVE = [49, 378, 456];
const OTHER_AUTOCLAVE_CURE = [145, 242, 243, 380];
const COMPOSITE_NDT = [48, 144, 375, 379];
const LAMINATE_TESTING = [47, 148, 454];
const COMPOSITES_SMALL_BATCH = [52, 241, 376, 459];
const COMPOSITES_HARBIN = [143, 144, 145, 146, 147, 148];
const COMPOSITES_ELSEWHERE = [47, 48, 49, 50, 51, 52, 53, 54, 239, 240, 241, 242, 243, 374, 375, 376, 377, 378, 379];
const COMPOSITES_ELSEWHERE_MORE = [380, 454, 455, 456, 457, 458, 459];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const FUEL_CELL_DURABILITY = [313, 314, 315, 336];
const MEA_SMALL_BATCH = [57, 287];
const RF_EMC = [141, 206, 269, 298];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const PEROVSKITE_SCALE_UP = [81, 244, 369, 419];
const PEROVSKITE_MODULE_OTHER = [266, 453, 427];
const IV_EL_TESTING = [80, 268, 278, 280, 429, 433];
const PV_WUXI = [369, 370, 417, 418, 419, 420, 421];
const PV_ELSEWHERE = [80, 81, 82, 83, 244, 245, 246, 247, 248, 264, 265, 266, 267, 268, 277, 278, 279, 280];
const PV_ELSEWHERE_MORE = [427, 429, 430, 431, 432, 433, 452, 453];
const RELIABILITY_TESTS = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const ENGINEERING_LOTS = [76, 153, 156, 293, 461, 465];
const WARPAGE_VOIDING = [78, 295, 410];
const BONDING_EQUIPMENT_VALIDATION = [155, 294, 460];
const MEMS_TOOL_VALIDATION = [88, 177, 229];
const E_DRIVE_GUANGXI = [179, 180, 181, 182, 183, 184];
const E_DRIVE_ELSEWHERE = [91, 92, 93, 94, 157, 158, 159, 160, 161, 162, 163, 164];
const MOTOR_TYPE_TESTS = [164, 181];
const EFFICIENCY_MAP = [179, 159];
const SIC_INVERTER = [93, 158, 163, 184];
const E_DRIVE_PROTOTYPES = [93, 157, 180];
const SALT_SPRAY_HOURS = [91, 182];
const AM_VALIDATION = [96, 255, 263, 346, 397, 480];
const AM_PRINTING = [95, 97, 99, 100, 190, 192, 251, 252, 253, 343, 344, 345, 396, 398, 399, 479];
const AM_INSPECTION = [98, 262, 478];
const AM_SMALL_BATCH = [95, 192, 251, 479, 345, 398];
const IMPLANTS = [97, 100, 190, 344];
const HIP_HOURS = [191, 342, 477];
const INJECTABLES_MIANYANG = [472, 473, 474, 475, 476];
const INJECTABLES_ELSEWHERE = [40, 41, 42, 43, 44, 45, 46, 118, 119, 120, 121, 122, 123];
const INJECTABLE_BATCHES = [42, 46, 119];
const ASEPTIC_FILLING_VALIDATION = [40, 123, 475];
const FORMULATION_DEVELOPMENT = [45, 121, 476];
const CELL_CULTURE_SCALE_UP = [201, 202, 382, 448];
const BIOLOGICS_CHENGDU = [37, 38];
const BIOLOGICS_ELSEWHERE = [197, 198, 199, 200, 201, 202, 381, 382, 383, 446, 447, 448, 449, 450, 451];
const RELEASE_TESTING = [38, 200, 450];
const FUNCTIONAL_TEXTILE_TESTING = [103, 104, 150, 329, 414, 441];
const FIBRE_TENSILE_HOURS = [101, 415, 439];
const SOLID_WASTE_SCALE_UP = [281, 466];
const SOLID_WASTE_EQUIPMENT_VALIDATION = [283, 468];
const FINE_CHEMICAL_SCALE_UP = [171, 318, 390];
const POLYMERS_NINGBO = [272, 273, 274, 275];
const COMPOUNDING_SCALE_UP = [132, 137];
const PA66_FORMULATION = [134, 195, 257, 272];
const RF_XIAN_TESTS = [206, 208];
const RF_TESTING_ELSEWHERE = [139, 140, 141, 269, 298];
const SENSOR_CALIBRATION_HOURS = [178, 89];
const HPC_HOURS = [58, 385];
const SIMULATION_DEVELOPMENT = [62, 351, 384];
const HIL_HOURS = [92, 327, 352];
const ICS_SECURITY = [61, 326, 350];
const OPEN_SHARING = [1, 5, 12, 53, 54, 77, 99, 107, 109, 133, 199, 203, 231, 275, 296, 305, 332, 335, 366, 402];
const OPEN_SHARING_MORE = [403, 405, 406, 415, 439, 447];
const OTHER_SHARING = [19, 20, 26, 33, 35, 41, 58, 66, 86, 87, 89, 90, 91, 92, 101, 113, 115, 118, 129, 143, 152];
const OTHER_SHARING_MORE = [154, 161, 172, 176, 178, 182, 186, 191, 194, 220, 239, 245, 249, 253, 259, 265, 267, 271];
const OTHER_SHARING_REST = [277, 284, 289, 297, 299, 310, 311, 316, 327, 342, 352, 357, 370, 371, 374, 383, 385, 388];
const OTHER_SHARING_LAST = [394, 420, 421, 452, 455, 458, 464, 469, 470, 474, 477];
const MATERIAL_SCALE_UP = [6, 10, 24, 28, 29, 30, 221, 222, 365, 368, 16, 34, 395, 50, 147, 377, 132, 137, 273];
const MATERIAL_SCALE_UP_MORE = [111, 171, 175, 318, 390, 411, 437];

export const HOLDOUT3_QUERIES: readonly LabelledQuery[] = [
  // ---- an equipment model, a maker, a platform's brand ------------------------------------------------------------------
  {
    id: 'C01',
    query: 'BT-512 充放电',
    style: 'model',
    judgments: { 3: k(1), 2: k(...CATHODE_CELL_TESTING), 1: k(5, 26, 220) },
    rationale:
      'The battery cycler of model BT-512E, by the hour, exact; cell testing on cyclers close; pouch lines related.',
  },
  {
    id: 'C02',
    query: 'LPBF-800 机时',
    style: 'model',
    judgments: { 3: k(99), 2: k(253), 1: k(96, 97, 100, 190, 479, 480) },
    rationale:
      'Hours on the LPBF-800 printer exact; the 400 mm LPBF by the hour close; services run on an 800 mm LPBF related.',
  },
  {
    id: 'C03',
    query: 'ac45热压罐',
    style: 'model',
    judgments: { 3: k(374), 2: k(239), 1: k(376, 378, 380) },
    rationale: 'Model AC-45S autoclave hours exact (typed lower case, no hyphen); other autoclave hours close.',
  },
  {
    id: 'C04',
    query: 'DRIE深硅刻蚀',
    style: 'model',
    judgments: { 3: k(90), 2: k(...MEMS_TOOL_VALIDATION), 1: k(224, 226) },
    rationale: 'DRIE etcher hours exact; MEMS etch-tool validation close; MEMS process work on it related.',
  },
  {
    id: 'C05',
    query: 'Nordvik TMA',
    style: 'model',
    judgments: { 3: k(35), 2: k(19), 1: k(...PI_TESTING) },
    rationale: 'The Nordvik thermomechanical analyser by the hour exact; another TMA close; PI tests (TMA) related.',
  },
  {
    id: 'C06',
    query: 'Valtrenz 辊道窑',
    style: 'model',
    judgments: { 3: k(12), 2: k(13), 1: k(2, 361, 367) },
    rationale:
      'Hours on the Valtrenz roller kiln exact; the kiln validation run on it close; other kiln validations related.',
  },
  {
    id: 'C07',
    query: 'HIP-5S',
    style: 'model',
    judgments: { 3: k(477), 2: k(191, 342), 1: k(251) },
    rationale: 'The HIP-5S hot isostatic press by the hour exact; other HIP hours close.',
  },
  {
    id: 'C08',
    query: 'FCT-150 电堆测试台',
    style: 'model',
    judgments: { 3: k(311), 2: k(312), 1: k(309, 313, 315) },
    rationale: 'The 150 kW FCT-150 stack bench by the hour exact; its validation close; tests run on it related.',
  },
  {
    id: 'C09',
    query: 'C-SAM检测',
    style: 'model',
    judgments: { 3: k(406), 2: k(...RELIABILITY_TESTS), 1: k(...WARPAGE_VOIDING, 404) },
    rationale:
      'C-SAM is the trade name of scanning acoustic microscopy: SAM hours exact; reliability testing with failure ' +
      'analysis close; voiding work that uses the SAM related.',
  },
  {
    id: 'C10',
    query: 'GCMS 机时',
    style: 'model',
    judgments: { 3: k(109), 1: k(108, 304, 306) },
    rationale: 'GC-MS hours exact; catalyst screening on GC-MS related.',
  },
  {
    id: 'C11',
    query: '泓钛碳纤维',
    style: 'brand',
    judgments: { 3: k(47, 48, 49, 50, 51, 52, 53, 54), 1: k(...COMPOSITES_HARBIN, 239, 240, 241, 242, 243, 374, 375) },
    rationale:
      'The 泓钛 carbon-fibre platform (Changchun): every offering of it; other carbon-fibre platforms related.',
  },
  {
    id: 'C12',
    query: '锂科 正极',
    style: 'brand',
    judgments: {
      3: k(...LIKE_PLATFORMS),
      2: k(24, 25, 26, 27, 28, 30, 217, 218, 219, 220, 221, 222, 223, 358, 359, 360, 361),
    },
    rationale: 'The three 锂科 cathode platforms: all their offerings exact; cathode offerings of others close.',
  },
  // ---- a material with a property -------------------------------------------------------------------------------------
  {
    id: 'C13',
    query: '耐高温 聚酰亚胺',
    style: 'property',
    judgments: { 3: k(...PI_MAKING), 2: k(...PI_TESTING, ...PI_FORMULATION), 1: k(...PI_DEFECTS) },
    rationale: 'Heat resistance is what PI is for: making PI film exact; thermal testing and formulation close.',
  },
  {
    id: 'C14',
    query: '高导热PI膜',
    style: 'property',
    judgments: { 2: k(...PI_MAKING), 1: k(...PI_TESTING) },
    rationale: 'No offering makes PI for graphite heat spreaders: other PI film production close; PI testing related.',
  },
  {
    id: 'C15',
    query: '耐腐蚀双极板涂层',
    style: 'property',
    judgments: { 3: k(339), 2: k(338, 314), 1: k(335) },
    rationale: 'The bipolar plate conductive anti-corrosion coating improvement exact; plate builds and tests close.',
  },
  {
    id: 'C16',
    query: '吸湿速干面料检测',
    style: 'property',
    judgments: { 3: k(...FUNCTIONAL_TEXTILE_TESTING), 1: k(...FIBRE_TENSILE_HOURS) },
    rationale:
      'Moisture-wicking is one of the functional tests (in the description only); fibre tensile hours related.',
  },
  {
    id: 'C17',
    query: '高纯电子化学品放大',
    style: 'property',
    judgments: { 3: k(111, 175), 1: k(...FINE_CHEMICAL_SCALE_UP, 317) },
    rationale: 'Electronic-grade (high-purity) wet chemicals scale-up exact; other fine-chemical scale-ups related.',
  },
  {
    id: 'C18',
    query: 'low dielectric constant film for 5G',
    style: 'property',
    judgments: { 3: k(16, 34, 185, 288, 372, 21, 31, 291), 2: k(...PI_TESTING), 1: k(17, 392, 395) },
    rationale: 'Low-Dk PI film (made or formulated) exact; dielectric testing of PI close; other PI rolls related.',
  },
  // ---- the product the pilot is for -----------------------------------------------------------------------------------
  {
    id: 'C19',
    query: '电动车电驱总成测试',
    style: 'use',
    judgments: { 3: k(179), 2: k(159, 161, 163, 164, 181), 1: k(157, 93, 160, 183) },
    rationale:
      '电动车 is the everyday 新能源汽车: the 3-in-1 e-drive efficiency and NVH test exact; other e-drive tests and the ' +
      'dyno by the hour close.',
  },
  {
    id: 'C20',
    query: 'test bench for a drone motor',
    style: 'use',
    judgments: { 2: k(115, ...EFFICIENCY_MAP, 161), 1: k(...MOTOR_TYPE_TESTS, 356) },
    rationale:
      'No drone-motor service: servo test platform hours and motor efficiency tests close; drone structural parts are ' +
      'not a motor (0).',
  },
  {
    id: 'C21',
    query: '手机天线测试',
    style: 'use',
    judgments: { 3: k(139, 298), 2: k(208, 138, 300), 1: k(142, 204) },
    rationale: 'Antenna OTA and antenna EMC tests exact; filter OTA and antenna design with sample tests close.',
  },
  {
    id: 'C22',
    query: '储能用磷酸铁锂正极',
    style: 'use',
    judgments: { 3: k(15, 27, 223), 2: k(9, 11, 360, 222, 365), 1: k(8, 218, 358, 364, 29, 221, 217) },
    rationale: 'LFP cathode offerings exact; LMFP close; sodium-ion cathodes (also for storage) related.',
  },
  {
    id: 'C23',
    query: '骨科植入物打印',
    style: 'use',
    judgments: { 3: k(...IMPLANTS), 2: k(...AM_SMALL_BATCH), 1: k(...AM_INSPECTION) },
    rationale: 'Porous titanium implant printing exact; other small-batch metal printing close; AM inspection related.',
  },
  {
    id: 'C24',
    query: '新能源车轻量化部件',
    style: 'use',
    judgments: { 3: k(48, 242, 380), 1: k(51, 146, 240, 457) },
    rationale: 'Automotive lightweight composite parts exact; thermoplastic rapid forming related.',
  },
  {
    id: 'C25',
    query: '光伏电站组件认证检测',
    style: 'use',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...IV_EL_TESTING), 1: k(277, 421) },
    rationale: 'PV module IEC type tests exact; IV/EL testing close; damp-heat chamber hours related.',
  },
  // ---- numbers and units ----------------------------------------------------------------------------------------------
  {
    id: 'C26',
    query: '500L 反应釜',
    style: 'spec',
    judgments: { 3: k(107), 2: k(366), 1: k(110, 111, 390, 8, 11, 13, 20) },
    rationale:
      'The 500 L glass-lined reactor by the hour exact; a 100 L reactor by the hour close; services on 500 L reactors ' +
      'and the 200 L polymerisation kettle related.',
  },
  {
    id: 'C27',
    query: '固废处理 10吨/天 中试',
    style: 'spec',
    judgments: { 3: k(...SOLID_WASTE_SCALE_UP), 2: k(...SOLID_WASTE_EQUIPMENT_VALIDATION), 1: k(284, 469, 470) },
    rationale: 'Solid-waste scale-up at 5–50 t/day exact; treatment equipment validation close; furnace hours related.',
  },
  {
    id: 'C28',
    query: '2000L生物反应器放大',
    style: 'spec',
    judgments: { 3: k(...CELL_CULTURE_SCALE_UP), 1: k(197, 449, 198, 381, 451) },
    rationale: 'Cell culture scale-up 200 L to 2,000 L exact; upstream development and GMP clinical batches related.',
  },
  {
    id: 'C29',
    query: '300mm晶圆减薄代工',
    style: 'spec',
    judgments: { 3: k(408, 409), 2: k(...ENGINEERING_LOTS), 1: k(404, 410) },
    rationale: 'Engineering lots on a 300 mm wafer grinder exact; other engineering lots (thinning included) close.',
  },
  {
    id: 'C30',
    query: 'PA66 5吨试产',
    style: 'spec',
    judgments: { 3: k(85, 135), 2: k(274, 256), 1: k(...PA66_FORMULATION) },
    rationale:
      'Reinforced PA66 tonne-scale trial production exact; other tonne trial runs close; PA66 formulation related.',
  },
  {
    id: 'C31',
    query: '铂载量0.2以下的膜电极',
    style: 'spec',
    judgments: { 3: k(286), 2: k(...MEA_SMALL_BATCH), 1: k(336) },
    rationale: 'The low-platinum catalyst layer development (below 0.2 mg/cm²) exact; MEA small batches close.',
  },
  {
    id: 'C32',
    query: '40GHz介电测试',
    style: 'spec',
    judgments: { 3: k(...PI_TESTING), 2: k(186), 1: k(...PI_FORMULATION) },
    rationale: 'PI dielectric testing up to 40 GHz exact; the 40 GHz dielectric system by the hour close.',
  },
  {
    id: 'C33',
    query: '燃料电池-30℃冷启动测试',
    style: 'spec',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 2: k(310), 1: k(...FUEL_CELL_DURABILITY) },
    rationale: 'Engine type tests include cold start exact; climate chamber hours close; durability tests related.',
  },
  {
    id: 'C34',
    query: '双85湿热测试',
    style: 'spec',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(277, 421, 299), 1: k(...RELIABILITY_TESTS) },
    rationale:
      '双85 is 85 °C / 85 %RH damp heat: PV type tests (damp heat) exact; damp-heat and humidity chamber hours close.',
  },
  // ---- traditional characters and full-width forms --------------------------------------------------------------------
  {
    id: 'C35',
    query: '碳纖維複合材料無損檢測',
    style: 'variant',
    judgments: { 3: k(...COMPOSITE_NDT), 2: k(...LAMINATE_TESTING), 1: k(...COMPOSITES_SMALL_BATCH) },
    rationale: 'Composite NDT and type tests exact; laminate testing close; small batches with NDT related.',
  },
  {
    id: 'C36',
    query: '鈣鈦礦組件放大',
    style: 'variant',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(...PEROVSKITE_MODULE_OTHER), 1: k(278, 429) },
    rationale: 'Perovskite module scale-up exact; other perovskite module work close; module IV/EL related.',
  },
  {
    id: 'C37',
    query: '醫療器械電磁相容測試',
    style: 'variant',
    judgments: { 3: k(126), 2: k(...RF_EMC), 1: k(203, 127) },
    rationale:
      '電磁相容 is the Taiwanese 电磁兼容 (EMC): the DR EMC test exact; EMC of other products close; chamber hours related.',
  },
  {
    id: 'C38',
    query: 'ＨＡＳＴ　测试',
    style: 'variant',
    judgments: { 3: k(...RELIABILITY_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'Full-width HAST: package reliability testing exact; TC/HAST system hours close.',
  },
  {
    id: 'C39',
    query: '５Ｇ滤波器Ｓ参数',
    style: 'variant',
    judgments: { 3: k(140), 2: k(208), 1: k(207) },
    rationale:
      'Full-width: the 5G filter S-parameter test exact; the 5G filter OTA test close; VNA comparison related.',
  },
  {
    id: 'C40',
    query: '電驅動總成NVH測試',
    style: 'variant',
    judgments: { 3: k(179), 2: k(159), 1: k(161) },
    rationale: 'The e-drive unit NVH test exact; the reducer NVH test close; dyno hours related.',
  },
  // ---- pinyin typed for Chinese ---------------------------------------------------------------------------------------
  {
    id: 'C41',
    query: 'reyaguan',
    style: 'pinyin',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 2: k(...DRONE_AUTOCLAVE, ...OTHER_AUTOCLAVE_CURE), 1: k(241, 376, 454) },
    rationale: '热压罐 in pinyin: autoclave hours exact; autoclave cure optimisation close.',
  },
  {
    id: 'C42',
    query: 'dongganji',
    style: 'pinyin',
    judgments: { 3: k(474), 2: k(473), 1: k(44) },
    rationale: '冻干机 in pinyin: freeze dryer hours exact; freeze-drying cycle optimisation close.',
  },
  {
    id: 'C43',
    query: 'yanwu shiyan',
    style: 'pinyin',
    judgments: { 3: k(...SALT_SPRAY_HOURS) },
    rationale: '盐雾试验 in pinyin: salt spray chamber hours.',
  },
  {
    id: 'C44',
    query: 'suzhou jiqiren',
    style: 'pinyin',
    judgments: { 3: k(353, 354, 355, 356, 357, 434, 435, 436), 2: k(112, 113, 114, 115, 116, 117) },
    rationale: '苏州机器人: Suzhou robot platforms exact; robot offerings elsewhere close.',
  },
  // ---- questions in English -------------------------------------------------------------------------------------------
  {
    id: 'C45',
    query: 'who can test EMC for my charger',
    style: 'en',
    judgments: { 2: k(...RF_EMC, 126), 1: k(203) },
    rationale: 'No charger EMC: EMC type tests of other products close; chamber hours related.',
  },
  {
    id: 'C46',
    query: 'where can I rent a freeze dryer?',
    style: 'en',
    judgments: { 3: k(474), 2: k(473), 1: k(44) },
    rationale: 'Freeze dryer hours exact; freeze-drying cycle optimisation close.',
  },
  {
    id: 'C47',
    query: 'Can anyone do salt spray testing for car parts?',
    style: 'en',
    judgments: { 3: k(...SALT_SPRAY_HOURS), 1: k(163, 164, 181) },
    rationale: 'Salt spray chamber hours exact; e-drive type tests (environmental) related.',
  },
  {
    id: 'C48',
    query: 'Is there a GMP line that can fill my liposome injection?',
    style: 'en',
    judgments: { 3: k(46), 2: k(42, 119, 122), 1: k(...ASEPTIC_FILLING_VALIDATION) },
    rationale: 'Liposomal injection batches exact; prefilled batches and liposome stability close.',
  },
  {
    id: 'C49',
    query: 'how do I reduce voids in my SiC power module',
    style: 'en',
    judgments: { 3: k(404), 2: k(...WARPAGE_VOIDING), 1: k(463) },
    rationale: 'SiC module voiding improvement exact; other package voiding work close; SiC module process related.',
  },
  {
    id: 'C50',
    query: 'who does tensile tests on carbon fibre coupons',
    style: 'en',
    judgments: { 3: k(...LAMINATE_TESTING), 1: k(...FIBRE_TENSILE_HOURS) },
    rationale: 'Composite laminate mechanical testing exact; textile fibre tensile testers related.',
  },
  // ---- price and negation words ---------------------------------------------------------------------------------------
  {
    id: 'C51',
    query: '便宜的电池测试',
    style: 'price',
    judgments: { 3: k(...CATHODE_CELL_TESTING), 2: k(1) },
    rationale: 'Cell testing exact (price cannot be ranked by relevance); cycler hours close.',
  },
  {
    id: 'C52',
    query: 'cheap autoclave hours',
    style: 'price',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(...DRONE_AUTOCLAVE, ...OTHER_AUTOCLAVE_CURE) },
    rationale: 'Autoclave hours exact; autoclave cure optimisation related.',
  },
  {
    id: 'C53',
    query: '初创企业优惠机时',
    style: 'price',
    judgments: {
      3: k(...OPEN_SHARING, ...OPEN_SHARING_MORE),
      2: k(...OTHER_SHARING, ...OTHER_SHARING_MORE, ...OTHER_SHARING_REST, ...OTHER_SHARING_LAST),
    },
    rationale:
      'Machine hours offered to start-ups at reduced rates (the open-access sentence) exact; other machine hours close.',
  },
  {
    id: 'C54',
    query: '免费的扣电测试',
    style: 'price',
    judgments: { 3: k(...CATHODE_CELL_TESTING), 2: k(1) },
    rationale: 'Nothing is free: coin-cell testing exact; cycler hours close.',
  },
  {
    id: 'C55',
    query: '钠离子正极，不要锂电的',
    style: 'negation',
    judgments: { 3: k(...NA_CATHODE) },
    rationale: 'Sodium-ion cathode work exact; lithium-ion is refused (0).',
  },
  {
    id: 'C56',
    query: '非GMP的注射剂处方开发',
    style: 'negation',
    judgments: { 3: k(...FORMULATION_DEVELOPMENT), 1: k(43, 120, 472) },
    rationale: 'Injectable formulation development exact; scale-up related.',
  },
  // ---- words in mixed order -------------------------------------------------------------------------------------------
  {
    id: 'C57',
    query: '测试 电池 安全',
    style: 'order',
    judgments: { 2: k(...CATHODE_CELL_TESTING), 1: k(1) },
    rationale: 'No battery safety test: electrochemical cell testing close; cycler hours related.',
  },
  {
    id: 'C58',
    query: '放大 工艺 NCM811 正极',
    style: 'order',
    judgments: { 3: k(...NCM_SCALE_UP), 2: k(...OTHER_CATHODE_SCALE_UP), 1: k(4, 362) },
    rationale: 'NCM811 scale-up exact; other cathode scale-ups close; NCM811 trial production related.',
  },
  {
    id: 'C59',
    query: '试验 型式 电机',
    style: 'order',
    judgments: { 3: k(...MOTOR_TYPE_TESTS), 2: k(163), 1: k(...EFFICIENCY_MAP) },
    rationale: 'Motor type tests exact; the inverter type test (same standard) close; motor efficiency tests related.',
  },
  {
    id: 'C60',
    query: '验证 国产 设备 封装',
    style: 'order',
    judgments: { 3: k(...BONDING_EQUIPMENT_VALIDATION), 1: k(...MEMS_TOOL_VALIDATION) },
    rationale: 'Domestic bonding and moulding equipment validation exact; MEMS tool validation related.',
  },
  // ---- very short -----------------------------------------------------------------------------------------------------
  {
    id: 'C61',
    query: 'CT',
    style: 'short',
    judgments: { 3: k(230, 262, 478, 98), 2: k(67, 124), 1: k(68, 69, 128, 130) },
    rationale: 'CT device evaluation and industrial CT inspection exact; detector modules on CT scanners close.',
  },
  {
    id: 'C62',
    query: '3D',
    style: 'short',
    judgments: { 3: k(...AM_VALIDATION, ...AM_PRINTING), 2: k(...AM_INSPECTION), 1: k(...HIP_HOURS) },
    rationale: '3D printing: every printing offering exact; AM inspection close; HIP hours related.',
  },
  {
    id: 'C63',
    query: 'EL',
    style: 'short',
    judgments: { 3: k(...IV_EL_TESTING, 452) },
    rationale: 'EL testing and EL tester hours.',
  },
  {
    id: 'C64',
    query: 'SiC',
    style: 'short',
    judgments: { 3: k(...SIC_INVERTER, 404, 463) },
    rationale: 'Every SiC inverter and SiC power module offering.',
  },
  {
    id: 'C65',
    query: 'HIL',
    style: 'short',
    judgments: { 3: k(...HIL_HOURS), 2: k(158, 184), 1: k(...ICS_SECURITY) },
    rationale: 'HIL system hours exact; inverter development with HIL calibration close; OT security on HIL related.',
  },
  {
    id: 'C66',
    query: 'NVH',
    style: 'short',
    judgments: { 3: k(...EFFICIENCY_MAP) },
    rationale: 'E-drive efficiency map and NVH tests.',
  },
  // ---- very long descriptions -----------------------------------------------------------------------------------------
  {
    id: 'C67',
    query:
      '我们是一家做无人机的初创公司，机身用碳纤维复合材料，现在需要找一个有热压罐的平台帮我们把成型工艺优化一下，孔隙率太高了，最好还能做超声C扫描检测',
    style: 'long',
    judgments: {
      3: k(...DRONE_AUTOCLAVE),
      2: k(...OTHER_AUTOCLAVE_CURE, 379, 241),
      1: k(...AUTOCLAVE_HOURS, 48, 144, 375),
    },
    rationale: 'Drone part autoclave cure optimisation exact; other autoclave cures, drone NDT and builds close.',
  },
  {
    id: 'C68',
    query:
      'We are a university spin-off with a new perovskite ink and we need to scale our mini modules up to about one square metre, including laser scribing and encapsulation, and get efficiency and uniformity data',
    style: 'long',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(...PEROVSKITE_MODULE_OTHER), 1: k(278, 429, 420) },
    rationale: 'Perovskite module scale-up exact; other perovskite module work close; module testing related.',
  },
  {
    id: 'C69',
    query:
      '公司有一个小容量注射剂品种，实验室处方已经定了，想找有GMP车间的平台做工艺放大和除菌过滤、灌装工艺验证，后面还要做注册批',
    style: 'long',
    judgments: { 3: k(120, 472), 2: k(43, ...INJECTABLE_BATCHES), 1: k(...ASEPTIC_FILLING_VALIDATION) },
    rationale:
      'Small-volume parenteral scale-up and validation exact; prefilled scale-up and registration batches close.',
  },
  {
    id: 'C70',
    query:
      '我们的MEMS压力传感器样品做出来了，温漂比较大，批次一致性也不好，想找人做ASIC补偿和标定，另外量产前还需要做型式试验',
    style: 'long',
    judgments: { 3: k(225, 228), 2: k(227, ...SENSOR_CALIBRATION_HOURS), 1: k(224, 226) },
    rationale: 'Temperature drift compensation and the MEMS pressure type test exact; calibration close.',
  },
  // ---- provinces and cities in both languages -------------------------------------------------------------------------
  {
    id: 'C71',
    query: 'Chengdu biologics CDMO',
    style: 'place',
    judgments: { 3: k(...BIOLOGICS_CHENGDU), 2: k(...BIOLOGICS_ELSEWHERE) },
    rationale: 'Biologics in Chengdu exact; biologics CDMO elsewhere close.',
  },
  {
    id: 'C72',
    query: 'Ningbo plastics compounding',
    style: 'place',
    judgments: { 3: k(...POLYMERS_NINGBO), 2: k(...COMPOUNDING_SCALE_UP), 1: k(86, 134, 195, 257) },
    rationale: 'Polymer compounding in Ningbo exact; compounding scale-up elsewhere close.',
  },
  {
    id: 'C73',
    query: '无锡光伏',
    style: 'place',
    judgments: { 3: k(...PV_WUXI), 2: k(...PV_ELSEWHERE, ...PV_ELSEWHERE_MORE) },
    rationale: 'Wuxi PV platforms exact; PV elsewhere close.',
  },
  {
    id: 'C74',
    query: '广西 电驱',
    style: 'place',
    judgments: { 3: k(...E_DRIVE_GUANGXI), 2: k(...E_DRIVE_ELSEWHERE) },
    rationale: 'The Guangxi (Liuzhou) e-drive platform exact; e-drive elsewhere close.',
  },
  {
    id: 'C75',
    query: "RF testing in Xi'an",
    style: 'place',
    judgments: { 3: k(...RF_XIAN_TESTS), 2: k(203, 207, ...RF_TESTING_ELSEWHERE), 1: k(204, 205) },
    rationale: "RF tests in Xi'an exact; Xi'an chamber and VNA work, RF testing elsewhere close.",
  },
  {
    id: 'C76',
    query: '黑龙江复合材料',
    style: 'place',
    judgments: { 3: k(...COMPOSITES_HARBIN), 2: k(...COMPOSITES_ELSEWHERE, ...COMPOSITES_ELSEWHERE_MORE) },
    rationale: 'The Harbin composites platform exact; composites elsewhere close.',
  },
  {
    id: 'C77',
    query: 'sichuan injectables',
    style: 'place',
    judgments: { 3: k(...INJECTABLES_MIANYANG), 2: k(...INJECTABLES_ELSEWHERE) },
    rationale: 'Injectables in Sichuan (Mianyang) exact; injectables elsewhere close.',
  },
  {
    id: 'C78',
    query: 'Hunan PI film',
    style: 'place',
    judgments: { 3: k(...PI_HUNAN), 2: k(16, 17, 18, 21, 31, 32, 34, 36, 185, 188, 189, 372) },
    rationale: 'PI film platforms in Hunan (Zhuzhou) exact; PI film offerings elsewhere close.',
  },
  // ---- an SME's vague need --------------------------------------------------------------------------------------------
  {
    id: 'C79',
    query: '想做个样品试一下，电机控制器的',
    style: 'vague',
    judgments: { 3: k(93), 2: k(157, 180, 158, 184), 1: k(163) },
    rationale: 'SiC inverter prototype build exact; other e-drive prototypes and inverter development close.',
  },
  {
    id: 'C80',
    query: '有个新材料想找地方中试一下',
    style: 'vague',
    judgments: { 2: k(...MATERIAL_SCALE_UP, ...MATERIAL_SCALE_UP_MORE) },
    rationale: 'Any material pilot scale-up is a close fit; nothing names the material.',
  },
  {
    id: 'C81',
    query: '小公司 想租个设备做实验 便宜点',
    style: 'vague',
    judgments: {
      3: k(...OPEN_SHARING, ...OPEN_SHARING_MORE),
      2: k(...OTHER_SHARING, ...OTHER_SHARING_MORE, ...OTHER_SHARING_REST, ...OTHER_SHARING_LAST),
    },
    rationale: 'Machine hours at reduced rates for SMEs exact; other machine hours close.',
  },
  {
    id: 'C82',
    query: 'IATF16949 电机样件试制',
    style: 'standard',
    judgments: { 3: k(...E_DRIVE_PROTOTYPES), 1: k(436) },
    rationale: 'E-drive prototype builds under IATF 16949 exact; robot reducer prototypes related.',
  },
  {
    id: 'C83',
    query: 'ICH Q1A 稳定性研究',
    style: 'standard',
    judgments: { 3: k(44, 122) },
    rationale: 'Injectable stability studies per ICH.',
  },
  {
    id: 'C84',
    query: '锂电 正极 材料 所有 服务',
    style: 'order',
    judgments: { 3: k(...LI_CATHODE, ...LI_CATHODE_MORE), 1: k(8, 218, 358, 364, 29, 221, 217) },
    rationale: 'Every lithium-ion cathode offering; sodium-ion cathodes related.',
  },
  {
    id: 'C85',
    query: 'PI薄膜 全部',
    style: 'short',
    judgments: { 3: k(...PI_ALL, ...PI_ALL_MORE) },
    rationale: 'Every PI film offering.',
  },
  {
    id: 'C86',
    query: 'how much does it cost to rent an HPC cluster',
    style: 'price',
    judgments: { 3: k(...HPC_HOURS), 1: k(...SIMULATION_DEVELOPMENT) },
    rationale: 'HPC cluster hours exact; simulation model development on the cluster related.',
  },
  {
    id: 'C87',
    query: 'LC-MS 抗体检测',
    style: 'model',
    judgments: { 3: k(...RELEASE_TESTING), 1: k(37, 446) },
    rationale: 'Antibody characterisation and release testing (run on LC-MS) exact; purification work related.',
  },
];
