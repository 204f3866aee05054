// The eighth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-12-01 by reading the demo dataset only (every showable offering with its
// city, title, keywords, accreditations, description and the equipment it runs on, as generateDemoDataset() builds
// them), never the synonym lists, the stop words, the dictionary, the analysis code nor search output, and committed
// before its first run (see the git history of this file). A query is never reworded nor relabelled after that run;
// search is fixed for the general cause of a failure, never for a query's text.
//
// It covers how the seven earlier sets were typed least: a place with 附近, 周边, 本地 or a region and the need
// (苏州附近做盐雾的, 东北 复合材料 力学测试); an input method's homophone that is itself a word (实验箱 for 试验箱, 计时 for
// 机时, 公益 for 工艺, 电击 for 电机, 经度 for 精度); Taiwan's and Hong Kong's vocabulary in traditional characters (碳化矽,
// 模組, 製程, 雷射, 馬達, 軟體, 資料, 資安, 晶片, 良率, 積層製造, 3D列印, 奈米, 量測); a material and a process typed as one
// compound (钛合金3D打印小批量, 碳纤维预浸料热压, NCM811共沉淀放大); lines pasted from a datasheet or a test plan; questions
// in full sentences; English with typos and British spellings; toneless pinyin and pinyin initials (ryg for 热压罐:
// initials are many words' spelling at once and the service is not expected to read them, but a judge grades what the
// user meant); standards' numbers (GB/T 2423.17, IEC 61215, JESD22-A110, YY 9706.102-2021); budgets and deadlines
// (下周, 两天内, 月底前, 预算3万以内); and needs the catalogue does not serve at all (NMR hours, food microbiology, crash
// tests, ISO 10993), judged with no relevant offering: a right answer for them is one that shows nothing relevant,
// and the runner reports them apart from the means.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product, the instrument that does it by the
// hour); 1 = related. A place with a need grades the need there (or, for 附近/周边, the nearest such offering in the same
// province) 3 and the need elsewhere 2; a region grades its provinces as the place. A misspelt, homophone, traditional or
// Taiwanese word is graded as the word meant. A deadline or a budget cannot be honoured by relevance: the need is graded
// as if it were not there. A standard's number grades the service that tests to it 3 even where the offering does not
// write the number. Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const SALT_SPRAY_HOURS = [91, 182];
const CLIMATE_CHAMBERS = [299, 310];
const DAMP_HEAT_HOURS = [277, 421];
const AUTOCLAVE_HOURS = [239, 374];
const AUTOCLAVE_CURE = [49, 145, 242, 243, 378, 380, 456];
const PREPREG_SCALE_UP = [50, 147, 377];
const PREPREG_LINE_HOURS = [53, 455];
const LAMINATE_TESTING = [47, 148, 454];
const TI_AERO_SMALL_BATCH = [192, 251, 479];
const TI_PRINT_PARAMETERS = [343];
const TI_AERO_DESIGN = [399];
const POROUS_TI_PARAMETERS = [97];
const POROUS_TI_DESIGN = [100, 190, 344];
const AM_INSPECTION = [98, 262, 478];
const METAL_PRINTER_VALIDATION = [96, 255, 263, 346, 397, 480];
const LPBF_HOURS = [99, 253];
const INJECTABLES_SOUTHWEST = [472, 473, 475, 476];
const INJECTABLES_ELSEWHERE = [42, 43, 45, 46, 119, 120, 121];
const PACKAGE_WARPAGE_VOIDING = [78, 295, 404, 410];
const PACKAGE_DEVELOPMENT = [75, 292, 463];
const PACKAGE_RELIABILITY_TESTS = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const LI_CATHODE_SCALE_UP = [6, 10, 24, 28, 30, 222, 365, 368];
const NA_CATHODE_SCALE_UP = [29, 221];
const NA_CATHODE_DEVELOPMENT = [8, 218, 358, 364];
const CATHODE_CELL_TESTING = [9, 15, 27, 219];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const EL_IV_CELL_TESTS = [80, 268, 280, 433];
const EL_IV_MODULE_TESTS = [278, 429];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const PEROVSKITE_MODULE_SCALE_UP = [81, 244, 369, 419];
const HAIRPIN_WELDING = [94, 162];
const HAIRPIN_MOTOR_TYPE_TESTS = [164, 181];
const SOFTWARE_TESTS = [60, 325, 349, 387];
const OT_SECURITY_TESTS = [61, 326, 350];
const SOFTWARE_VALIDATION = [324, 347, 389];
const MES_OPTIMISATION = [63, 328, 348, 386];
const SMT_SMALL_BATCH = [64, 142, 204, 301, 302];
const ELECTROSPINNING_HOURS = [152, 332];
const FIBRE_TENSILE_HOURS = [101, 415, 439];
const FIBRE_FUNCTION_TESTS = [103, 104, 150, 329, 414, 441];
const PI_CASTING_SCALE_UP = [16, 34, 395];
const PI_ROLLS = [17, 185, 288, 372, 392];
const PI_FILM_TESTING = [18, 32, 188, 290];
const LOW_DK_PI_FORMULATION = [21, 31, 291];
const COATER_VALIDATION = [22, 373, 393];
const PA66_FORMULATION = [134, 195, 257, 272];
const PA66_TRIAL = [85, 135];
const ANTIBODY_CULTURE_SCALE_UP = [201, 202, 382, 448];
const ASEPTIC_FILLING_VALIDATION = [40, 123, 475];
const EMC_TYPE_TESTS = [126, 141, 206, 269, 298];

export const HOLDOUT8_QUERIES: LabelledQuery[] = [
  // ---- a place with 附近, 周边, 本地 or a region, and the need -------------------------------------------------------------
  {
    id: 'H01',
    query: '苏州附近做盐雾的',
    style: 'nearby',
    judgments: { 3: k(91), 2: k(182), 1: k(...CLIMATE_CHAMBERS) },
    rationale:
      'No salt spray in Suzhou: the Changzhou chamber (same province, nearest) exact; Liuzhou close; climate chambers related.',
  },
  {
    id: 'H02',
    query: '杭州周边 热压罐',
    style: 'nearby',
    judgments: { 3: k(239, 242, 243), 2: k(374, 49, 145, 378, 380, 456) },
    rationale: 'Ningbo (Zhejiang) autoclave hours and cure work exact; autoclave offerings elsewhere close.',
  },
  {
    id: 'H03',
    query: '武汉本地 做钛合金打印',
    style: 'nearby',
    judgments: {
      3: k(97, 100),
      2: k(...TI_AERO_SMALL_BATCH, ...TI_PRINT_PARAMETERS, ...TI_AERO_DESIGN, 190, 344, 95, 98, 99),
      1: k(96),
    },
    rationale:
      'Wuhan porous titanium printing exact; titanium printing elsewhere and Wuhan printing of other alloys, its AM inspection and LPBF hours close.',
  },
  {
    id: 'H04',
    query: '西南地区 注射剂 中试',
    style: 'nearby',
    judgments: { 3: k(...INJECTABLES_SOUTHWEST), 2: k(474, ...INJECTABLES_ELSEWHERE), 1: k(40, 123, 44, 122) },
    rationale:
      'Mianyang (Sichuan) injectable pilot work exact; its freeze dryer and injectable pilots elsewhere close; validations and stability studies related.',
  },
  {
    id: 'H05',
    query: '离深圳近一点的MEMS流片',
    style: 'nearby',
    judgments: { 2: k(224, 226, 90), 1: k(88, 177, 229) },
    rationale:
      'No MEMS fabrication in Guangdong: the Suzhou MEMS process and MPW runs, and the Shenzhen deep-silicon etcher by the hour, close; MEMS tool validations related.',
  },
  {
    id: 'H06',
    query: '广州周边 热等静压',
    style: 'nearby',
    judgments: { 3: k(342, 477), 2: k(191) },
    rationale: 'The Guangzhou hot isostatic presses exact; the Chongqing one close.',
  },
  {
    id: 'H07',
    query: '合肥附近有没有封装工程批',
    style: 'nearby',
    judgments: { 3: k(153, 156), 2: k(76, 293, 408, 409, 461, 465), 1: k(154, 155) },
    rationale:
      'Hefei engineering lots exact; engineering lots elsewhere close; the Hefei wire bonder and bonding-tool validation related.',
  },
  {
    id: 'H08',
    query: '长三角 钙钛矿 狭缝涂布',
    style: 'nearby',
    judgments: { 3: k(420, 369, 419), 2: k(81, 244), 1: k(418, 83) },
    rationale:
      'The Wuxi slot-die coater and Wuxi module scale-ups on a slot-die line exact; module scale-ups elsewhere close; tandem batches coated that way related.',
  },
  {
    id: 'H09',
    query: '东北 复合材料 力学测试',
    style: 'nearby',
    judgments: { 3: k(47, 148), 2: k(454), 1: k(48, 144) },
    rationale:
      'Changchun and Harbin laminate mechanical tests exact; Huizhou close; north-eastern NDT type tests related.',
  },
  {
    id: 'H10',
    query: '宁德本地有没有做正极中试的',
    style: 'nearby',
    judgments: {
      3: k(362, 365, 368),
      2: k(363, 364, 6, 10, 24, 28, 30, 222, ...NA_CATHODE_SCALE_UP),
      1: k(366, 367),
    },
    rationale:
      'Ningde cathode scale-up and trial production exact; other Ningde cathode work and cathode scale-ups elsewhere close; the Ningde reactor and kiln related.',
  },
  // ---- a homophone that is itself a word ------------------------------------------------------------------------------
  {
    id: 'H11',
    query: '盐雾实验箱 机时',
    style: 'homophone-word',
    judgments: { 3: k(...SALT_SPRAY_HOURS), 1: k(...CLIMATE_CHAMBERS) },
    rationale: '盐雾试验箱 meant: the salt spray chambers exact; climate chambers related.',
  },
  {
    id: 'H12',
    query: '型式实验 燃料电池发动机',
    style: 'homophone-word',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 1: k(311) },
    rationale: '型式试验 meant: fuel-cell engine type tests exact; the stack bench related.',
  },
  {
    id: 'H13',
    query: '电池冲放电测试',
    style: 'homophone-word',
    judgments: { 3: k(1), 2: k(...CATHODE_CELL_TESTING) },
    rationale: '充放电 meant: the battery cycler by the hour exact; cell electrochemical tests close.',
  },
  {
    id: 'H14',
    query: '谐波减速器经度测试',
    style: 'homophone-word',
    judgments: { 3: k(353), 2: k(355, 435), 1: k(112) },
    rationale:
      '精度 meant: harmonic drive accuracy tests exact; accuracy retention improvement close; harmonic drive validation related.',
  },
  {
    id: 'H15',
    query: '光伏组件 隐裂监测',
    style: 'homophone-word',
    judgments: { 3: k(...EL_IV_MODULE_TESTS), 2: k(...EL_IV_CELL_TESTS, 452) },
    rationale: '检测 meant: EL crack tests of modules exact; of cells, and the EL tester by the hour, close.',
  },
  {
    id: 'H16',
    query: '热压罐计时',
    style: 'homophone-word',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 2: k(...AUTOCLAVE_CURE) },
    rationale: '机时 meant: autoclave hours exact; autoclave cure work close.',
  },
  {
    id: 'H17',
    query: '锂电正极公益放大',
    style: 'homophone-word',
    judgments: { 3: k(...LI_CATHODE_SCALE_UP), 2: k(...NA_CATHODE_SCALE_UP, 4, 11, 223, 360, 362), 1: k(7, 14) },
    rationale:
      '工艺放大 meant: lithium cathode scale-ups exact; sodium cathode scale-ups and cathode trial production close.',
  },
  {
    id: 'H18',
    query: '扁线电击型式试验',
    style: 'homophone-word',
    judgments: { 3: k(...HAIRPIN_MOTOR_TYPE_TESTS), 2: k(...HAIRPIN_WELDING, 180), 1: k(163) },
    rationale:
      '电机 meant: hairpin motor type tests exact; hairpin welding and samples close; the inverter type test related.',
  },
  {
    id: 'H19',
    query: '金属双击板涂层',
    style: 'homophone-word',
    judgments: { 3: k(339), 2: k(338, 335), 1: k(314) },
    rationale:
      '双极板 meant: bipolar plate coating improvement exact; plate batches and the stamping line close; plate durability related.',
  },
  {
    id: 'H20',
    query: '高低温湿热实验箱',
    style: 'homophone-word',
    judgments: { 3: k(299), 2: k(310, ...DAMP_HEAT_HOURS) },
    rationale:
      '试验箱 meant: the temperature-humidity chamber exact; the climate chamber and damp-heat chambers close.',
  },
  // ---- Taiwan's and Hong Kong's vocabulary, traditional characters ------------------------------------------------------
  {
    id: 'H21',
    query: '碳化矽 功率模組 製程開發',
    style: 'taiwan',
    judgments: { 3: k(463), 2: k(404), 1: k(158, 184) },
    rationale:
      'SiC power module process development exact; SiC module warpage improvement close; SiC inverter development related.',
  },
  {
    id: 'H22',
    query: '雷射焊接 扁線馬達',
    style: 'taiwan',
    judgments: { 3: k(...HAIRPIN_WELDING), 2: k(...HAIRPIN_MOTOR_TYPE_TESTS, 180) },
    rationale: 'Laser welding of hairpin motors exact; hairpin motor type tests and samples close.',
  },
  {
    id: 'H23',
    query: '工業軟體 測試',
    style: 'taiwan',
    judgments: { 3: k(...SOFTWARE_TESTS), 2: k(...OT_SECURITY_TESTS, ...SOFTWARE_VALIDATION) },
    rationale: 'Industrial software tests exact; OT security assessments and software validations close.',
  },
  {
    id: 'H24',
    query: '3D列印 鈦合金',
    style: 'taiwan',
    judgments: {
      3: k(
        ...TI_AERO_SMALL_BATCH,
        ...TI_PRINT_PARAMETERS,
        ...TI_AERO_DESIGN,
        ...POROUS_TI_PARAMETERS,
        ...POROUS_TI_DESIGN,
      ),
      2: k(...AM_INSPECTION, 255, 480),
      1: k(...LPBF_HOURS),
    },
    rationale:
      'Titanium printing of any kind exact; AM inspection and printer validations naming titanium close; LPBF hours related.',
  },
  {
    id: 'H25',
    query: '積層製造 零件檢測',
    style: 'taiwan',
    judgments: { 3: k(...AM_INSPECTION), 1: k(...METAL_PRINTER_VALIDATION) },
    rationale: '积层制造 is additive manufacturing: AM part inspection exact; printer validations related.',
  },
  {
    id: 'H26',
    query: '伺服馬達 驗證',
    style: 'taiwan',
    judgments: { 3: k(356), 2: k(115), 1: k(112, 116, 434) },
    rationale:
      'Servo motor validation exact; the servo test platform by the hour close; other robot drive validations related.',
  },
  {
    id: 'H27',
    query: 'MES 資料分析 製程參數優化',
    style: 'taiwan',
    judgments: { 3: k(...MES_OPTIMISATION) },
    rationale: 'Pilot process parameter optimisation from MES data exact.',
  },
  {
    id: 'H28',
    query: '工控資安 測評',
    style: 'taiwan',
    judgments: { 3: k(...OT_SECURITY_TESTS), 2: k(388) },
    rationale: 'ICS security assessments exact; the OT cyber range by the hour close.',
  },
  {
    id: 'H29',
    query: '晶片封裝 良率改善',
    style: 'taiwan',
    judgments: { 3: k(...PACKAGE_WARPAGE_VOIDING), 1: k(...PACKAGE_DEVELOPMENT) },
    rationale: 'Packaging yield improvement (warpage, voiding) exact; package process development related.',
  },
  {
    id: 'H30',
    query: '鋰電池 電芯 量測',
    style: 'taiwan',
    judgments: { 3: k(...CATHODE_CELL_TESTING), 2: k(1), 1: k(5, 26, 220) },
    rationale: 'Cell electrochemical tests exact; the cycler by the hour close; pouch-cell line hours related.',
  },
  {
    id: 'H31',
    query: '奈米纖維 靜電紡絲',
    style: 'taiwan',
    judgments: { 3: k(...ELECTROSPINNING_HOURS) },
    rationale: 'Electrospinning systems by the hour exact.',
  },
  {
    id: 'H32',
    query: '印刷電路板 貼片 小量',
    style: 'taiwan',
    judgments: { 3: k(...SMT_SMALL_BATCH) },
    rationale: 'Small-batch SMT assembly exact.',
  },
  // ---- a material and a process typed as one compound ---------------------------------------------------------------
  {
    id: 'H33',
    query: '钛合金3D打印小批量',
    style: 'compound',
    judgments: {
      3: k(...TI_AERO_SMALL_BATCH),
      2: k(95, 345, 398, ...TI_PRINT_PARAMETERS, ...TI_AERO_DESIGN),
      1: k(...POROUS_TI_PARAMETERS, ...POROUS_TI_DESIGN),
    },
    rationale:
      'Printed titanium small batches exact; other printed small batches and titanium print development close; porous titanium implants related.',
  },
  {
    id: 'H34',
    query: '碳纤维预浸料热压',
    style: 'compound',
    judgments: {
      3: k(...AUTOCLAVE_CURE),
      2: k(...AUTOCLAVE_HOURS, ...PREPREG_SCALE_UP, ...PREPREG_LINE_HOURS),
      1: k(...LAMINATE_TESTING),
    },
    rationale:
      'Autoclave curing of carbon prepreg parts exact; autoclave hours and prepreg resin and line close; laminate testing related.',
  },
  {
    id: 'H35',
    query: '聚酰亚胺流延成膜',
    style: 'compound',
    judgments: { 3: k(...PI_CASTING_SCALE_UP), 2: k(33, ...PI_ROLLS), 1: k(...COATER_VALIDATION) },
    rationale:
      'PI casting scale-up exact; the casting line by the hour and cast PI rolls close; coater validations related.',
  },
  {
    id: 'H36',
    query: 'PA66玻纤增强改性造粒',
    style: 'compound',
    judgments: { 3: k(...PA66_FORMULATION), 2: k(...PA66_TRIAL, 132), 1: k(86, 275, 137, 273) },
    rationale:
      'Reinforced PA66 formulation and modification exact; PA66 trial runs and glass-fibre PP compounding close; twin-screw lines and other compounding related.',
  },
  {
    id: 'H37',
    query: 'NCM811共沉淀放大',
    style: 'compound',
    judgments: { 3: k(6, 28, 30, 368), 2: k(10, 24, 222, 365, ...NA_CATHODE_SCALE_UP), 1: k(366, 4, 362) },
    rationale:
      'NCM811 co-precipitation scale-ups exact; other co-precipitation cathode scale-ups close; the 100 L reactor and NCM811 trial production related.',
  },
  {
    id: 'H38',
    query: 'PC/ABS阻燃改性',
    style: 'compound',
    judgments: { 3: k(260, 137), 2: k(274, 136), 1: k(257, 272) },
    rationale:
      'Flame-retardant PC/ABS formulation and compounding exact; its trial run and testing close; other flame-retardant formulation related.',
  },
  {
    id: 'H39',
    query: '不锈钢双极板冲压成形',
    style: 'compound',
    judgments: { 3: k(339, 335), 2: k(338), 1: k(314) },
    rationale:
      'Bipolar plate forming improvement and the stamping line exact; plate small batches close; plate durability related.',
  },
  {
    id: 'H40',
    query: '抗体细胞培养放大2000L',
    style: 'compound',
    judgments: { 3: k(...ANTIBODY_CULTURE_SCALE_UP), 2: k(197, 449), 1: k(198, 381, 451) },
    rationale:
      'Antibody cell culture scale-ups to 2,000 L exact; upstream development close; GMP clinical supply related.',
  },
  {
    id: 'H41',
    query: 'MEA低铂催化层',
    style: 'compound',
    judgments: { 3: k(286), 2: k(57, 287), 1: k(336) },
    rationale: 'Low-platinum catalyst layer development exact; MEA small batches close; MEA durability related.',
  },
  {
    id: 'H42',
    query: '钙钛矿狭缝涂布大面积',
    style: 'compound',
    judgments: { 3: k(...PEROVSKITE_MODULE_SCALE_UP, 420), 1: k(266, 453, 418, 83) },
    rationale:
      'Large-area perovskite module scale-ups and the slot-die coater exact; perovskite small batches related.',
  },
  // ---- lines pasted from a datasheet or a test plan -----------------------------------------------------------------
  {
    id: 'H43',
    query: '测试对象：三合一电驱总成 额定功率150kW 测试项目：效率MAP、NVH',
    style: 'sheet',
    judgments: { 3: k(179), 2: k(159, 161), 1: k(160, 183) },
    rationale:
      'Efficiency map and NVH of 3-in-1 e-drives exact; of reduction gearboxes, and the dynamometer by the hour, close; dyno validations related.',
  },
  {
    id: 'H44',
    query: 'Build volume: 800 mm, material: titanium alloy, layer thickness 60 μm, LPBF',
    style: 'sheet',
    judgments: { 3: k(99), 2: k(253, ...TI_AERO_SMALL_BATCH), 1: k(97, 100) },
    rationale:
      'The 800 mm LPBF system exact; the 400 mm one and printed titanium batches close; Wuhan titanium implants on it related.',
  },
  {
    id: 'H45',
    query: '盐雾试验 中性盐雾(NSS) 96h 5% NaCl 35℃',
    style: 'sheet',
    judgments: { 3: k(...SALT_SPRAY_HOURS) },
    rationale: 'The salt spray chambers exact.',
  },
  {
    id: 'H46',
    query: '介电常数Dk≤3.0 @10GHz 介质损耗Df≤0.003 PI膜 厚度25μm',
    style: 'sheet',
    judgments: {
      3: k(...LOW_DK_PI_FORMULATION, 188),
      2: k(16, 34, 185, 288, 372, 186),
      1: k(18, 32, 290),
    },
    rationale:
      'Low-Dk PI formulation and low-Dk film testing exact; low-Dk film scale-up, rolls and the HF dielectric system close; other PI film tests related.',
  },
  {
    id: 'H47',
    query: '工作温度 -40℃~+85℃ 湿度85%RH 循环1000次',
    style: 'sheet',
    judgments: { 3: k(299), 2: k(310, ...TC_HAST_HOURS, ...PACKAGE_RELIABILITY_TESTS), 1: k(...DAMP_HEAT_HOURS) },
    rationale:
      'The temperature-humidity chamber exact; the climate chamber and temperature cycling systems and tests close; damp-heat chambers related.',
  },
  {
    id: 'H48',
    query: 'Output power 40 dBm, 3.5 GHz, GaN HEMT, EMC pre-compliance',
    style: 'sheet',
    judgments: { 3: k(141, 269), 2: k(205, 302, 203), 1: k(206, 298) },
    rationale:
      'EMC type tests of GaN PAs exact; GaN PA design and SMT, and the anechoic chamber, close; other RF EMC tests related.',
  },
  {
    id: 'H49',
    query: '反应釜 容积100L 夹套控温 -20~200℃ 带搅拌',
    style: 'sheet',
    judgments: { 3: k(366), 2: k(107, 20), 1: k(4, 6) },
    rationale:
      'The 100 L reactor by the hour exact; other reactors by the hour close; services run on a 100 L reactor related.',
  },
  {
    id: 'H50',
    query: '随机振动 20~2000Hz 加速度 20g 样品重量5kg',
    style: 'sheet',
    judgments: { 3: k(402), 2: k(227) },
    rationale: 'The electrodynamic shaker by the hour exact; IMU environmental reliability tests close.',
  },
  // ---- questions in full sentences ----------------------------------------------------------------------------------
  {
    id: 'H51',
    query: '请问贵平台能否提供燃料电池电堆的耐久性测试服务？',
    style: 'question',
    judgments: { 3: k(313, 315), 2: k(314, 336, 311), 1: k(55, 312, 340) },
    rationale:
      'Stack and system durability tests exact; bipolar plate and MEA durability and the stack bench close; bench validations related.',
  },
  {
    id: 'H52',
    query: '我们有一款新的伺服驱动器，想知道哪里可以做型式试验？',
    style: 'question',
    judgments: { 2: k(115), 1: k(114, 117, 354, 356) },
    rationale:
      'No servo drive type test: the servo system test platform close; robot type tests and the servo validation related.',
  },
  {
    id: 'H53',
    query: 'What is the lead time for a GMP clinical batch of a monoclonal antibody?',
    style: 'question',
    judgments: { 3: k(381), 2: k(198, 451), 1: k(449) },
    rationale:
      'GMP clinical supply of monoclonal antibodies exact; of bispecifics and ADCs close; mAb upstream development related.',
  },
  {
    id: 'H54',
    query: '有没有可以按小时租用的工业CT？',
    style: 'question',
    judgments: { 2: k(...AM_INSPECTION) },
    rationale: 'No CT by the hour: AM inspection run on an industrial CT close.',
  },
  {
    id: 'H55',
    query: 'Is there anywhere that can run a 1000-hour damp heat test on PV modules?',
    style: 'question',
    judgments: { 3: k(...PV_TYPE_TESTS, ...DAMP_HEAT_HOURS), 1: k(...EL_IV_MODULE_TESTS) },
    rationale: 'PV module type tests (damp heat) and the damp-heat chambers exact; module IV/EL tests related.',
  },
  {
    id: 'H56',
    query: '能不能帮我们把实验室合成的催化剂放大到吨级？',
    style: 'question',
    judgments: { 3: k(171), 2: k(391, 306, 307, 319, 304, 108), 1: k(111, 175, 318, 390) },
    rationale:
      'Catalyst kilogram-to-tonne scale-up exact; catalyst screening close; other kilogram-to-tonne scale-ups related.',
  },
  {
    id: 'H57',
    query: '为什么我们的QFN封装空洞率一直降不下来，谁能帮忙分析改进？',
    style: 'question',
    judgments: { 3: k(78, 295), 2: k(404, 410), 1: k(...PACKAGE_RELIABILITY_TESTS) },
    rationale: 'QFN/DFN voiding improvement exact; voiding in other packages close; package reliability tests related.',
  },
  {
    id: 'H58',
    query: 'How can I get our EV traction motor tested to the national standard?',
    style: 'question',
    judgments: { 3: k(...HAIRPIN_MOTOR_TYPE_TESTS), 2: k(163), 1: k(179, 159) },
    rationale:
      'Drive motor type tests to GB/T 18488 exact; the inverter type test to it close; e-drive efficiency tests related.',
  },
  // ---- English with typos and British spellings ---------------------------------------------------------------------
  {
    id: 'H59',
    query: 'fibre tensile tester hire',
    style: 'en-typo',
    judgments: { 3: k(...FIBRE_TENSILE_HOURS), 1: k(...FIBRE_FUNCTION_TESTS) },
    rationale: 'Fibre tensile testers by the hour exact; fibre functional tests related.',
  },
  {
    id: 'H60',
    query: 'polymide film dielectic testing',
    style: 'en-typo',
    judgments: { 3: k(...PI_FILM_TESTING), 2: k(186) },
    rationale: 'PI film dielectric testing exact; the HF dielectric system by the hour close.',
  },
  {
    id: 'H61',
    query: 'autoclave curing optimisation composits',
    style: 'en-typo',
    judgments: { 3: k(...AUTOCLAVE_CURE), 2: k(...AUTOCLAVE_HOURS) },
    rationale: 'Autoclave cure optimisation exact; autoclave hours close.',
  },
  {
    id: 'H62',
    query: 'sodum-ion cathode scaleup',
    style: 'en-typo',
    judgments: { 3: k(...NA_CATHODE_SCALE_UP), 2: k(...NA_CATHODE_DEVELOPMENT, 217), 1: k(...LI_CATHODE_SCALE_UP) },
    rationale:
      'Sodium-ion cathode scale-ups exact; sodium cathode development and trial production close; lithium cathode scale-ups related.',
  },
  {
    id: 'H63',
    query: 'harmonic drive lifetime tests',
    style: 'en-typo',
    judgments: { 3: k(353), 2: k(355, 435), 1: k(112) },
    rationale: 'Harmonic drive life tests exact; accuracy retention improvement close; its validation related.',
  },
  {
    id: 'H64',
    query: 'aseptic fill finish validaton',
    style: 'en-typo',
    judgments: { 3: k(...ASEPTIC_FILLING_VALIDATION), 2: k(42, 46, 119) },
    rationale: 'Aseptic filling equipment validation exact; aseptically filled registration batches close.',
  },
  {
    id: 'H65',
    query: 'anechoic chamber hire for EMC pre-compliance',
    style: 'en-typo',
    judgments: { 3: k(203), 2: k(...EMC_TYPE_TESTS) },
    rationale: 'The anechoic chamber by the hour exact; EMC type tests close.',
  },
  {
    id: 'H66',
    query: 'colourless polyimide films small batches',
    style: 'en-typo',
    judgments: { 3: k(17), 2: k(185, 288, 372, 392), 1: k(32, 290) },
    rationale: 'Colourless PI rolls exact; other PI rolls close; colourless PI testing related.',
  },
  {
    id: 'H67',
    query: 'vaccum freeze dryer rental',
    style: 'en-typo',
    judgments: { 3: k(474), 2: k(473) },
    rationale: 'The freeze dryer by the hour exact; freeze-drying cycle optimisation close.',
  },
  // ---- toneless pinyin and pinyin initials --------------------------------------------------------------------------
  {
    id: 'H68',
    query: 'zhongshi jingliuta',
    style: 'pinyin',
    judgments: { 3: k(316), 1: k(171, 111, 175, 318, 390) },
    rationale: '中试精馏塔: the pilot distillation column by the hour exact; scale-ups run on one related.',
  },
  {
    id: 'H69',
    query: 'yanwuxiang jishi',
    style: 'pinyin',
    judgments: { 3: k(...SALT_SPRAY_HOURS) },
    rationale: '盐雾箱 机时: the salt spray chambers by the hour exact.',
  },
  {
    id: 'H70',
    query: 'tanxianwei yujinliao',
    style: 'pinyin',
    judgments: { 3: k(...PREPREG_SCALE_UP, ...PREPREG_LINE_HOURS), 2: k(...AUTOCLAVE_CURE) },
    rationale: '碳纤维预浸料: prepreg resin scale-up and prepreg lines exact; autoclave curing of prepreg close.',
  },
  {
    id: 'H71',
    query: 'ryg机时',
    style: 'initials',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 2: k(...AUTOCLAVE_CURE) },
    rationale: '热压罐 typed as initials: autoclave hours exact; autoclave cure close.',
  },
  {
    id: 'H72',
    query: 'xssy 光伏组件',
    style: 'initials',
    judgments: { 3: k(...PV_TYPE_TESTS), 1: k(...EL_IV_MODULE_TESTS, 266, 453) },
    rationale: '型式试验 typed as initials: PV module type tests exact; other module tests and batches related.',
  },
  // ---- standards' numbers -------------------------------------------------------------------------------------------
  {
    id: 'H73',
    query: 'GB/T 2423.17',
    style: 'stdnum',
    judgments: { 3: k(...SALT_SPRAY_HOURS) },
    rationale: 'The salt mist test standard: the salt spray chambers exact.',
  },
  {
    id: 'H74',
    query: 'IEC 61215 湿热',
    style: 'stdnum',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...DAMP_HEAT_HOURS) },
    rationale: 'PV module type tests to IEC 61215 exact; damp-heat chambers close.',
  },
  {
    id: 'H75',
    query: 'GB/T 18488.1-2015 驱动电机',
    style: 'stdnum',
    judgments: { 3: k(163, ...HAIRPIN_MOTOR_TYPE_TESTS), 1: k(179, 159) },
    rationale: 'Type tests to GB/T 18488 exact; e-drive efficiency tests related.',
  },
  {
    id: 'H76',
    query: 'YY 9706.102-2021',
    style: 'stdnum',
    judgments: { 3: k(126), 2: k(127) },
    rationale: 'The DR EMC test to YY 9706.102 exact; the ultrasound registration type test to GB 9706 close.',
  },
  {
    id: 'H77',
    query: 'JESD22-A110 HAST',
    style: 'stdnum',
    judgments: { 3: k(...PACKAGE_RELIABILITY_TESTS), 2: k(...TC_HAST_HOURS) },
    rationale: 'Package reliability tests with HAST exact; the HAST systems by the hour close.',
  },
  {
    id: 'H78',
    query: 'GB/T 25000.51 软件测评',
    style: 'stdnum',
    judgments: { 3: k(...SOFTWARE_TESTS), 2: k(...OT_SECURITY_TESTS) },
    rationale: 'Software tests to GB/T 25000.51 exact; ICS security assessments close.',
  },
  // ---- budgets and deadlines ------------------------------------------------------------------------------------------
  {
    id: 'H79',
    query: '下周能排上的热压罐',
    style: 'deadline',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 2: k(...AUTOCLAVE_CURE) },
    rationale: 'Autoclave hours exact; autoclave cure close.',
  },
  {
    id: 'H80',
    query: '两天内出报告 电池循环测试',
    style: 'deadline',
    judgments: { 3: k(...CATHODE_CELL_TESTING), 2: k(1) },
    rationale: 'Cell cycle-life tests exact; the cycler by the hour close.',
  },
  {
    id: 'H81',
    query: '月底前要做完 光伏组件IV测试',
    style: 'deadline',
    judgments: { 3: k(...EL_IV_MODULE_TESTS), 2: k(...EL_IV_CELL_TESTS, 267) },
    rationale: 'Module IV tests exact; cell IV tests and the solar simulator by the hour close.',
  },
  {
    id: 'H82',
    query: '预算3万以内 MEA小批量试制',
    style: 'deadline',
    judgments: { 3: k(57, 287), 2: k(338), 1: k(286, 336) },
    rationale: 'MEA small batches exact; bipolar plate small batches close; other MEA work related.',
  },
  {
    id: 'H83',
    query: '急单 这周五前 SMT贴片',
    style: 'deadline',
    judgments: { 3: k(...SMT_SMALL_BATCH) },
    rationale: 'Small-batch SMT assembly exact.',
  },
  {
    id: 'H84',
    query: '明天就要用 冷冻干燥机',
    style: 'deadline',
    judgments: { 3: k(474), 1: k(473) },
    rationale: 'The freeze dryer by the hour exact; freeze-drying cycle optimisation related.',
  },
  {
    id: 'H85',
    query: 'budget under 50k RMB, need fabric functional tests by next month',
    style: 'deadline',
    judgments: { 3: k(...FIBRE_FUNCTION_TESTS), 1: k(...FIBRE_TENSILE_HOURS) },
    rationale: 'Fibre and fabric functional tests exact; fibre tensile testers related.',
  },
  // ---- needs the catalogue does not serve -----------------------------------------------------------------------------
  {
    id: 'H86',
    query: '核磁共振波谱仪 机时',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'An NMR spectrometer: no offering has one (the MRI coil evaluations are imaging, not spectroscopy).',
  },
  {
    id: 'H87',
    query: '食品微生物检测',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Food microbiology: no offering.',
  },
  {
    id: 'H88',
    query: '汽车整车碰撞试验',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Vehicle crash tests: no offering (lightweight part NDT and type tests are not crash tests).',
  },
  {
    id: 'H89',
    query: '婴儿纸尿裤 吸水性测试',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Nappy absorbency: no offering (fibre functional tests are of textiles for breathability).',
  },
  {
    id: 'H90',
    query: 'wine fermentation pilot plant',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Wine fermentation: no offering.',
  },
  {
    id: 'H91',
    query: '建筑幕墙 气密性检测',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Curtain wall air tightness: no offering.',
  },
  {
    id: 'H92',
    query: 'ISO 10993 生物相容性',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Biocompatibility of medical devices: no offering tests it.',
  },
  {
    id: 'H93',
    query: 'LED灯具 光生物安全',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Photobiological safety of lamps: no offering.',
  },
];
