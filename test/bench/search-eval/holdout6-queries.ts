// The sixth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-11-30 by reading the demo dataset only (every showable offering with its
// city, title, keywords, description and the equipment it runs on, as generateDemoDataset() builds them), never the
// synonym lists, the dictionary, the analysis code nor search output, and committed before its first run (see the git
// history of this file). A query is never reworded nor relabelled after that run; search is fixed for the general
// cause of a failure, never for a query's text.
//
// It covers who searches and how, which the five earlier sets covered least: an engineer pasting a line of a spec sheet
// (额定功率 150kW 冷启动 -30℃, Dk<3.0 @10GHz, 插损 回损 带外抑制), a university lab describing its sample (课题组合成了…,
// 实验室做出了几克…), a buyer with a budget and a deadline (预算20万以内 3个月内, 招标, 询价, 报价), a standard's number
// alone or with its part or year (61730, 25000.51, 9706.102, JESD22-A104, ICH Q1A, UL94 V-0, GB/T 18488-2015), a
// material grade or formula (TC4, Ti6Al4V, PA66-GF30, LiFePO4, PEEK, rPET, SiC MOSFET), the product and not the process
// (无人机机臂, 储氢瓶, 手机5G天线, 运动服速干面料, 可降解吸管, CT机探测器), the problem and not the service (残碱太高,
// 晶点划痕, 孔隙率高, 温漂大, 衰减快, 空洞, 冻干周期太长), colloquial and regional words (搪瓷釜, 老化房, 跑台架, 烧正极的炉子,
// 搵, 边度, 俺们, 咋整, 啥地方), questions (能不能…吗, 有没有…吗, 可以…吗, 是否), English from non-native writers (we need
// make small quantity of…, rent machine for 3D print titanium) and long queries with two needs (…放大，顺便做…测试).
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, the same service on a sibling product, the instrument that does it by the
// hour); 1 = related. A budget, a deadline or a dialect word cannot be honoured by relevance: the need is graded as if
// they were not there. A standard or a grade the catalogue does not write grades the offerings it names as if the
// query had named them in the catalogue's words. A product alone grades every offering made for that product 3. A
// problem grades the service that fixes it 3 and the tests that find it 2 or 1. Of two needs in one query, the exact
// offerings of each are graded 3. Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the
// runner checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const NCM811_SCALE_UP = [6, 28, 30, 368];
const NCM811_SMALL_BATCH = [4, 362];
const NA_CATHODE_SCALE_UP = [29, 221];
const NA_CATHODE_DEVELOPMENT = [8, 218, 358, 364];
const HIGH_NICKEL = [7, 14, 25, 359, 363];
const CATHODE_TESTING = [9, 15, 27, 219];
const PI_SCALE_UP = [16, 34, 395];
const PI_FILM_TESTING = [18, 32, 188, 290];
const PI_ROLLS = [185, 288, 372, 392];
const PI_LOW_DK_FORMULATION = [21, 31, 291];
const PI_DEFECTS = [36, 189];
const AUTOCLAVE_HOURS = [239, 374];
const AUTOCLAVE_CURE = [49, 378, 456, 145, 242, 380, 243];
const UAV_CURE = [49, 378, 456];
const COMPOSITE_NDT = [48, 144, 375, 379];
const TANK_OVERWRAP_SMALL_BATCH = [52, 459];
const PREPREG_SCALE_UP = [50, 147, 377];
const THERMOPLASTIC_COMPOSITES = [51, 146, 240, 457];
const FUEL_CELL_ENGINE_TYPE_TESTS = [56, 309, 337, 341];
const FUEL_CELL_DURABILITY = [313, 314, 315, 336];
const MEA_SMALL_BATCH = [57, 287];
const EMC_RF = [141, 269, 206, 298];
const ANTENNA = [139, 142, 204, 138, 300, 298];
const PACKAGE_RELIABILITY = [79, 407, 462];
const TC_HAST_HOURS = [77, 405, 464];
const VOIDING = [78, 295, 404, 410];
const QFN_ENGINEERING_LOTS = [156, 293, 408, 465];
const SIC_MODULES = [404, 463];
const SIC_INVERTERS = [93, 158, 184, 163];
const HAIRPIN_WELDING = [94, 162];
const HAIRPIN_TYPE_TESTS = [164, 181];
const AB_SAMPLES = [93, 157, 180];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const PEROVSKITE_SCALE_UP = [81, 244, 369, 419];
const PEROVSKITE_SMALL_BATCH = [266, 453];
const TANDEM_SMALL_BATCH = [83, 418, 431];
const DAMP_HEAT_HOURS = [277, 421];
const TI_BRACKETS_SMALL_BATCH = [192, 251, 479];
const IMPLANTS = [97, 100, 190, 344];
const AM_INSPECTION = [98, 262, 478];
const LPBF_HOURS = [253, 99];
const PRINTER_VALIDATION = [96, 255, 263, 346, 397, 480];
const PA66_FORMULATION = [134, 195, 257, 272];
const PA66_TRIAL = [85, 135];
const BIODEGRADABLE_DEVELOPMENT = [84, 131, 196, 258];
const PLA_PBAT = [261, 273, 256];
const FIBRE_FUNCTION_TESTS = [103, 414, 329, 104, 150, 441];
const PA56_TESTING = [104, 150, 441];
const FIBRE_TENSILE_HOURS = [101, 415, 439];
const RECYCLED_POLYESTER = [103, 414, 411, 106];
const DYEING = [330, 412];
const ADC_SCALE_UP = [202, 382, 448];
const ADC_RELEASE = [38, 200];
const VIRAL_CLEARANCE = [37, 446];
const GMP_CLINICAL = [381, 198, 451];
const BATCH_TO_CONTINUOUS = [174, 250, 303];
const SOFTWARE_TESTS = [60, 349, 325, 387];
const ICS_SECURITY = [61, 326, 350];
const MEMS_TOOLS_VALIDATION = [88, 177, 229];
const HARMONIC_IMPROVEMENT = [355, 435];
const INJECTABLE_STABILITY = [44, 122];
const PHOSPHOGYPSUM = [281, 466];
const DETECTOR_ASSEMBLY = [67, 124];

export const HOLDOUT6_QUERIES: LabelledQuery[] = [
  // ---- a line of a spec sheet pasted in -------------------------------------------------------------------------------
  {
    id: 'F01',
    query: '额定功率150kW 冷启动-30℃ 气密性 绝缘',
    style: 'sheet',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 2: k(311), 1: k(310, 313) },
    rationale:
      'The fuel-cell engine type test lists rated power, cold start, gas tightness and insulation; the 150 kW stack bench close.',
  },
  {
    id: 'F02',
    query: '介电常数Dk<3.0 @10GHz 低损耗 PI',
    style: 'sheet',
    judgments: { 3: k(...PI_LOW_DK_FORMULATION, 188), 2: k(186, 18, 32, 290, 16, 34), 1: k(185, 288, 372) },
    rationale:
      'Low-dielectric PI formulation (Dk below 3.0) and low-Dk film testing exact; the dielectric test system and other PI film tests close.',
  },
  {
    id: 'F03',
    query: '插损 回损 带外抑制 三阶互调',
    style: 'sheet',
    judgments: { 3: k(140), 2: k(208), 1: k(139, 207) },
    rationale:
      'The 5G filter S-parameter and power test lists exactly these; the filter OTA test close; antenna OTA and VNA comparison related.',
  },
  {
    id: 'F04',
    query: '首效 倍率 循环寿命 高低温 扣式电池',
    style: 'sheet',
    judgments: { 3: k(...CATHODE_TESTING), 2: k(1), 1: k(5, 26, 220) },
    rationale:
      'Cathode electrochemical tests in coin and pouch cells exact; cycler hours close; pouch-cell line hours related.',
  },
  {
    id: 'F05',
    query: '玻璃化转变温度 热膨胀系数 拉伸强度 薄膜',
    style: 'sheet',
    judgments: { 3: k(...PI_FILM_TESTING), 2: k(19, 35), 1: k(186) },
    rationale:
      'PI film thermal, mechanical and dielectric tests measure Tg, CTE and tensile strength; TMA hours close.',
  },
  {
    id: 'F06',
    query: '幅宽1300mm 卷材 透明聚酰亚胺',
    style: 'sheet',
    judgments: { 3: k(17), 2: k(...PI_ROLLS), 1: k(32, 290) },
    rationale: 'Colourless PI (CPI) rolls 500–1300 mm wide exact; other PI rolls close; CPI film tests related.',
  },
  {
    id: 'F07',
    query: '-40℃~150℃ 多点标定 温度冲击 振动',
    style: 'sheet',
    judgments: { 3: k(227), 2: k(178), 1: k(402, 225) },
    rationale:
      'The IMU calibration and environmental test covers -40 to 150 °C multipoint calibration, shock and vibration; the calibration system close.',
  },
  {
    id: 'F08',
    query: '传导发射 辐射发射 静电放电 浪涌',
    style: 'sheet',
    judgments: { 3: k(126), 2: k(...EMC_RF), 1: k(203) },
    rationale:
      'The DR EMC test lists conducted and radiated emission, ESD and surge; RF EMC type tests close; the anechoic chamber related.',
  },
  {
    id: 'F09',
    query: '空间分辨率 低对比度分辨率 噪声 剂量',
    style: 'sheet',
    judgments: { 3: k(230, 68, 130, 125), 2: k(231, 403, 129) },
    rationale: 'Image quality and dose evaluations list these; the phantom set and the dosimetry system close.',
  },
  {
    id: 'F10',
    query: '传动误差 回差 扭转刚度 额定寿命',
    style: 'sheet',
    judgments: { 3: k(353), 2: k(...HARMONIC_IMPROVEMENT, 114), 1: k(112) },
    rationale: 'The harmonic-drive accuracy, stiffness and life test; assembly improvement and the RV type test close.',
  },
  // ---- a university lab describes its sample --------------------------------------------------------------------------
  {
    id: 'F11',
    query: '我们课题组合成了一种新型钠电正极材料，想放大到公斤级',
    style: 'lab',
    judgments: { 3: k(...NA_CATHODE_SCALE_UP), 2: k(...NA_CATHODE_DEVELOPMENT, 217), 1: k(10, 24, 222, 365) },
    rationale:
      'Sodium-ion cathode scale-up exact; its development and trial production close; other cathode scale-ups related.',
  },
  {
    id: 'F12',
    query: '实验室做出了几克低铂催化剂，想做成膜电极再测性能',
    style: 'lab',
    judgments: { 3: k(286), 2: k(...MEA_SMALL_BATCH, 336), 1: k(313, 314, 315) },
    rationale: 'Low-platinum catalyst layer development for MEAs exact; MEA builds and the MEA durability test close.',
  },
  {
    id: 'F13',
    query: '课题组设计了MEMS麦克风结构，需要流片',
    style: 'lab',
    judgments: { 3: k(224), 2: k(226), 1: k(...MEMS_TOOLS_VALIDATION, 90) },
    rationale: 'MEMS microphone process development with tape-out exact; MPW fabrication close; MEMS tools related.',
  },
  {
    id: 'F14',
    query: '实验室有一批PA56纤维样品，要测强度和透湿性',
    style: 'lab',
    judgments: { 3: k(...PA56_TESTING), 2: k(...FIBRE_TENSILE_HOURS, 103, 414, 329), 1: k(416) },
    rationale: 'PA56 fibre functional tests exact; fibre tensile tester hours and other fibre tests close.',
  },
  {
    id: 'F15',
    query: 'our lab made perovskite cells on 10 cm substrate, want to scale to big module',
    style: 'lab',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(427, ...PEROVSKITE_SMALL_BATCH, 420), 1: k(278, 429) },
    rationale:
      'Perovskite module scale-up exact; module process development, small batches and the slot-die coater close.',
  },
  {
    id: 'F16',
    query: '高校研发的抗菌面料，想找中试线试纺',
    style: 'lab',
    judgments: { 3: k(440, 437), 2: k(105, 329), 1: k(333, 416) },
    rationale: 'Antibacterial fabric trial spinning and spinning scale-up exact; its development and testing close.',
  },
  {
    id: 'F17',
    query: '学校的CHO细胞株想放大到200L',
    style: 'lab',
    judgments: { 3: k(201, ...ADC_SCALE_UP), 2: k(197, 449), 1: k(199) },
    rationale: 'Cell culture scale-up from 200 L exact; CHO cell line and upstream development close.',
  },
  {
    id: 'F18',
    query: '研究所新开发的聚烯烃催化剂需要评价活性和选择性',
    style: 'lab',
    judgments: { 3: k(306, 307, 319, 391), 2: k(108, 304, 305), 1: k(171) },
    rationale:
      'Polyolefin catalyst screening exact; other catalyst screening and the fixed-bed unit close; its scale-up related.',
  },
  // ---- a buyer with a budget and a deadline ---------------------------------------------------------------------------
  {
    id: 'F19',
    query: '预算20万以内 3个月内完成 NCM811放大',
    style: 'buyer',
    judgments: { 3: k(...NCM811_SCALE_UP), 2: k(...NCM811_SMALL_BATCH), 1: k(10, 24, 222, 365) },
    rationale: 'NCM811 scale-up exact whatever the budget; its trial production close.',
  },
  {
    id: 'F20',
    query: '采购QFN封装工程批服务，要求两周交付',
    style: 'buyer',
    judgments: { 3: k(...QFN_ENGINEERING_LOTS), 2: k(76, 153, 409, 461), 1: k(75) },
    rationale: 'QFN/DFN engineering lots exact; other engineering lots close.',
  },
  {
    id: 'F21',
    query: '招标：燃料电池发动机型式试验服务 预算50万',
    style: 'buyer',
    judgments: { 3: k(...FUEL_CELL_ENGINE_TYPE_TESTS), 1: k(...FUEL_CELL_DURABILITY) },
    rationale: 'Fuel-cell engine type tests exact.',
  },
  {
    id: 'F22',
    query: '年底前必须拿到超声诊断设备注册检验报告',
    style: 'buyer',
    judgments: { 3: k(127), 2: k(125, 128) },
    rationale: 'Ultrasound registration type test exact; other ultrasound evaluations close.',
  },
  {
    id: 'F23',
    query: '询价 热压罐 按小时计费',
    style: 'buyer',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(...AUTOCLAVE_CURE) },
    rationale: 'Autoclave hours exact.',
  },
  {
    id: 'F24',
    query: 'budget 100k RMB, need EMC test of DR x-ray within one month',
    style: 'buyer',
    judgments: { 3: k(126), 2: k(69, 400), 1: k(...EMC_RF) },
    rationale: 'The DR EMC test exact; other DR services close; EMC tests of RF parts related.',
  },
  {
    id: 'F25',
    query: 'ADC放行检测报价，多久出报告',
    style: 'buyer',
    judgments: { 3: k(...ADC_RELEASE), 2: k(450), 1: k(...ADC_SCALE_UP, 451) },
    rationale: 'ADC characterisation and release testing exact; bispecific release testing close.',
  },
  {
    id: 'F26',
    query: '单位有科技创新券，想用来做PLM软件测试',
    style: 'buyer',
    judgments: { 3: k(60, 349), 2: k(325, 387, 324, 347) },
    rationale: 'PLM testing exact; other software tests and PLM validation close.',
  },
  // ---- a standard's number alone, or with its part or year ------------------------------------------------------------
  {
    id: 'F27',
    query: '61730',
    style: 'stdnum',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: 'IEC 61730 is in the PV module type-test title.',
  },
  {
    id: 'F28',
    query: '25000.51',
    style: 'stdnum',
    judgments: { 3: k(...SOFTWARE_TESTS) },
    rationale: 'GB/T 25000.51 software tests.',
  },
  {
    id: 'F29',
    query: '9706.102',
    style: 'stdnum',
    judgments: { 3: k(126), 1: k(127) },
    rationale: 'YY 9706.102 is the DR EMC test; the GB 9706 type test related.',
  },
  {
    id: 'F30',
    query: 'GB/T 18488-2015',
    style: 'stdnum',
    judgments: { 3: k(163, ...HAIRPIN_TYPE_TESTS) },
    rationale: 'GB/T 18488 type tests, whatever the edition year.',
  },
  {
    id: 'F31',
    query: 'JESD22-A104 温度循环',
    style: 'stdnum',
    judgments: { 3: k(...PACKAGE_RELIABILITY), 2: k(...TC_HAST_HOURS) },
    rationale: 'JESD22-A104 is JEDEC temperature cycling: package reliability tests exact; TC/HAST hours close.',
  },
  {
    id: 'F32',
    query: 'ICH Q1A 稳定性',
    style: 'stdnum',
    judgments: { 3: k(...INJECTABLE_STABILITY), 1: k(473) },
    rationale: 'ICH stability studies exact.',
  },
  {
    id: 'F33',
    query: 'UL94 V-0',
    style: 'stdnum',
    judgments: { 3: k(136), 2: k(260), 1: k(137, 274) },
    rationale: 'UL 94 vertical burning test of flame-retardant PC/ABS exact; its formulation close.',
  },
  {
    id: 'F34',
    query: 'GB 9706.1-2020 电气安全',
    style: 'stdnum',
    judgments: { 3: k(127), 1: k(126) },
    rationale: 'Ultrasound registration test to GB 9706.1 with electrical safety.',
  },
  {
    id: 'F35',
    query: 'IEC 61215-2 湿冻 热循环',
    style: 'stdnum',
    judgments: { 3: k(...PV_TYPE_TESTS), 2: k(...DAMP_HEAT_HOURS) },
    rationale: 'PV module type tests (thermal cycling, humidity freeze) exact; the damp-heat chamber close.',
  },
  // ---- a material grade or formula ------------------------------------------------------------------------------------
  {
    id: 'F36',
    query: 'TC4钛合金 打印',
    style: 'grade',
    judgments: { 3: k(...TI_BRACKETS_SMALL_BATCH, 343, 399, ...IMPLANTS), 2: k(...LPBF_HOURS), 1: k(...AM_INSPECTION) },
    rationale: 'TC4 is the common titanium alloy: printed titanium brackets and implants exact; LPBF hours close.',
  },
  {
    id: 'F37',
    query: 'Ti6Al4V additive manufacturing',
    style: 'grade',
    judgments: {
      3: k(...TI_BRACKETS_SMALL_BATCH, 343, 399, ...IMPLANTS),
      2: k(...LPBF_HOURS, 95, 345, 398),
      1: k(...PRINTER_VALIDATION),
    },
    rationale: 'Ti-6Al-4V is TC4: titanium AM exact; other metal AM close.',
  },
  {
    id: 'F38',
    query: 'PA66-GF30 改性',
    style: 'grade',
    judgments: { 3: k(...PA66_FORMULATION), 2: k(...PA66_TRIAL), 1: k(132) },
    rationale:
      'Glass-fibre reinforced PA66 formulation exact; its trial production close; long-glass-fibre PP related.',
  },
  {
    id: 'F39',
    query: 'LiFePO4 正极 吨级',
    style: 'grade',
    judgments: { 3: k(223), 2: k(15, 27, 11, 360), 1: k(9, 222, 365) },
    rationale: 'LiFePO4 is LFP: LFP tonne-scale trial production exact; LFP tests and LMFP trial production close.',
  },
  {
    id: 'F40',
    query: 'PEEK 热塑性复材',
    style: 'grade',
    judgments: { 3: k(...THERMOPLASTIC_COMPOSITES) },
    rationale: 'Thermoplastic composites on PEEK and PA exact.',
  },
  {
    id: 'F41',
    query: 'rPET 再生纤维',
    style: 'grade',
    judgments: { 3: k(...RECYCLED_POLYESTER), 1: k(330, 412) },
    rationale: 'rPET is recycled polyester: its fibre offerings exact.',
  },
  {
    id: 'F42',
    query: 'SiC MOSFET 功率模块封装',
    style: 'grade',
    judgments: { 3: k(...SIC_MODULES), 2: k(78, 295, 410), 1: k(...SIC_INVERTERS) },
    rationale: 'SiC power module packaging exact; other package warpage work close; SiC inverters related.',
  },
  {
    id: 'F43',
    query: '环氧/双马 预浸料树脂',
    style: 'grade',
    judgments: { 3: k(...PREPREG_SCALE_UP), 2: k(53, 455) },
    rationale: 'Epoxy and BMI prepreg resin scale-up exact; prepreg line hours close.',
  },
  {
    id: 'F44',
    query: 'LMFP 磷酸锰铁锂 扣电',
    style: 'grade',
    judgments: { 3: k(9), 2: k(15, 27, 219), 1: k(11, 360, 222, 365) },
    rationale: 'LMFP electrochemical test exact; other cathode tests close; LMFP production related.',
  },
  {
    id: 'F45',
    query: 'GaN HEMT 功放样品评估',
    style: 'grade',
    judgments: { 3: k(205), 2: k(302, 141, 269), 1: k(65) },
    rationale: 'GaN PA design simulation and sample evaluation exact; GaN PA assembly and EMC tests close.',
  },
  // ---- the product, not the process -----------------------------------------------------------------------------------
  {
    id: 'F46',
    query: '无人机机臂',
    style: 'end-product',
    judgments: { 3: k(241, ...UAV_CURE, 379), 1: k(...AUTOCLAVE_HOURS) },
    rationale: 'A drone arm is a UAV structural part: all UAV structural-part offerings.',
  },
  {
    id: 'F47',
    query: '储氢瓶',
    style: 'end-product',
    judgments: { 3: k(...TANK_OVERWRAP_SMALL_BATCH, 145), 1: k(54, 143, 458) },
    rationale: 'Hydrogen tank overwraps exact; AFP hours related.',
  },
  {
    id: 'F48',
    query: '手机5G天线',
    style: 'end-product',
    judgments: { 3: k(...ANTENNA), 2: k(140, 208), 1: k(64, 301) },
    rationale: 'mmWave antenna offerings exact; 5G filter tests close.',
  },
  {
    id: 'F49',
    query: '运动服速干面料检测',
    style: 'end-product',
    judgments: { 3: k(...FIBRE_FUNCTION_TESTS), 1: k(...FIBRE_TENSILE_HOURS) },
    rationale: 'Functional fibre and fabric tests include quick-dry (吸湿速干).',
  },
  {
    id: 'F50',
    query: '可降解吸管 材料',
    style: 'end-product',
    judgments: { 3: k(...PLA_PBAT, ...BIODEGRADABLE_DEVELOPMENT) },
    rationale: 'PLA/PBAT and bio-based biodegradable compounds are what straws are made of.',
  },
  {
    id: 'F51',
    query: 'CT机探测器',
    style: 'end-product',
    judgments: { 3: k(...DETECTOR_ASSEMBLY), 2: k(230), 1: k(98, 262, 478) },
    rationale: 'Detector module assembly improvement exact; CT image evaluation close.',
  },
  {
    id: 'F52',
    query: '新能源汽车驱动电机',
    style: 'end-product',
    judgments: { 3: k(180, ...HAIRPIN_TYPE_TESTS, ...HAIRPIN_WELDING), 2: k(179, 159, 161, 163), 1: k(160, 183, 93) },
    rationale: 'Hairpin PMSM offerings exact; e-drive tests and SiC inverter type test close.',
  },
  {
    id: 'F53',
    query: '光伏组件',
    style: 'end-product',
    judgments: {
      3: k(...PV_TYPE_TESTS, 245, 370),
      2: k(...PEROVSKITE_SCALE_UP, ...PEROVSKITE_SMALL_BATCH, 278, 429, 427),
      1: k(...DAMP_HEAT_HOURS),
    },
    rationale: 'PV module type tests and the module laminator exact; perovskite modules close.',
  },
  {
    id: 'F54',
    query: '人工关节 髋臼杯',
    style: 'end-product',
    judgments: { 2: k(...IMPLANTS), 1: k(...TI_BRACKETS_SMALL_BATCH) },
    rationale: 'An acetabular cup is a porous titanium orthopaedic implant: implant offerings close.',
  },
  {
    id: 'F55',
    query: '抗体药',
    style: 'end-product',
    judgments: {
      3: k(...ADC_RELEASE, ...ADC_SCALE_UP, 450, 201, 197, 449, ...GMP_CLINICAL, ...VIRAL_CLEARANCE),
      2: k(383, 447, 199),
    },
    rationale: 'All antibody offerings exact; biologics equipment hours close.',
  },
  // ---- the problem, not the service -----------------------------------------------------------------------------------
  {
    id: 'F56',
    query: '高镍正极残碱太高怎么办',
    style: 'problem',
    judgments: { 3: k(...HIGH_NICKEL), 1: k(...CATHODE_TESTING) },
    rationale: 'Residual lithium control for high-nickel cathodes exact; tests that measure residual alkali related.',
  },
  {
    id: 'F57',
    query: 'PI膜表面有晶点和划痕，厚度不均',
    style: 'problem',
    judgments: { 3: k(...PI_DEFECTS), 1: k(...PI_FILM_TESTING, 33) },
    rationale: 'PI film surface defect and thickness improvement exact.',
  },
  {
    id: 'F58',
    query: '复合材料件孔隙率高 回弹变形',
    style: 'problem',
    judgments: { 3: k(...AUTOCLAVE_CURE), 2: k(...COMPOSITE_NDT), 1: k(...AUTOCLAVE_HOURS) },
    rationale: 'Autoclave cure optimisation lowers porosity and spring-back; NDT finds it.',
  },
  {
    id: 'F59',
    query: '压力传感器温漂大 一致性差',
    style: 'problem',
    judgments: { 3: k(225), 2: k(178, 89), 1: k(228, 227) },
    rationale: 'Sensor temperature drift compensation exact; calibration system and pressure standard close.',
  },
  {
    id: 'F60',
    query: '燃料电池衰减太快',
    style: 'problem',
    judgments: { 3: k(...FUEL_CELL_DURABILITY), 2: k(286, 339), 1: k(...FUEL_CELL_ENGINE_TYPE_TESTS) },
    rationale: 'Durability tests with degradation analysis exact; catalyst-layer and bipolar-plate improvement close.',
  },
  {
    id: 'F61',
    query: '芯片封装后空洞率高还翘曲',
    style: 'problem',
    judgments: { 3: k(...VOIDING), 2: k(406), 1: k(...PACKAGE_RELIABILITY) },
    rationale: 'Warpage and voiding reduction exact; the acoustic microscope finds voids.',
  },
  {
    id: 'F62',
    query: '冻干周期太长 想缩短',
    style: 'problem',
    judgments: { 3: k(473), 2: k(474), 1: k(44) },
    rationale: 'Freeze-drying cycle optimisation exact; freeze-dryer hours close.',
  },
  {
    id: 'F63',
    query: '谐波减速器用一段时间精度就下降',
    style: 'problem',
    judgments: { 3: k(...HARMONIC_IMPROVEMENT), 2: k(353), 1: k(112) },
    rationale: 'Accuracy retention improvement exact; the life test close.',
  },
  {
    id: 'F64',
    query: '退役电池里镍钴锂回收率低',
    style: 'problem',
    judgments: { 3: k(471), 2: k(470, 467, 285) },
    rationale:
      'Raising recovery of valuable components exact; hydrometallurgy hours and other spent-battery work close.',
  },
  {
    id: 'F65',
    query: '双极板接触电阻大 容易腐蚀',
    style: 'problem',
    judgments: { 3: k(339), 2: k(314), 1: k(338, 335) },
    rationale: 'Bipolar plate coating and forming improvement exact; bipolar plate durability close.',
  },
  {
    id: 'F66',
    query: '硝化反应太危险 想改连续化',
    style: 'problem',
    judgments: { 3: k(...BATCH_TO_CONTINUOUS), 2: k(172), 1: k(249) },
    rationale: 'Batch-to-continuous conversion of nitration exact; microreactor hours close.',
  },
  {
    id: 'F67',
    query: '扁线电机局放起始电压低',
    style: 'problem',
    judgments: { 3: k(...HAIRPIN_WELDING), 1: k(...HAIRPIN_TYPE_TESTS, 180) },
    rationale: 'Hairpin insulation and welding improvement raises PD inception voltage.',
  },
  // ---- colloquial and regional words ----------------------------------------------------------------------------------
  {
    id: 'F68',
    query: '搪瓷釜租用',
    style: 'colloquial',
    judgments: { 3: k(107), 1: k(111, 175, 171, 318, 390) },
    rationale: '搪瓷釜 is the everyday 搪玻璃反应釜: the 500 L glass-lined reactor hours.',
  },
  {
    id: 'F69',
    query: '老化房 湿热',
    style: 'colloquial',
    judgments: { 3: k(...DAMP_HEAT_HOURS, 299), 1: k(310, ...PV_TYPE_TESTS) },
    rationale: 'An ageing room with damp heat: the UV/damp-heat and temperature-humidity chambers.',
  },
  {
    id: 'F70',
    query: '跑台架 电驱',
    style: 'colloquial',
    judgments: { 3: k(161), 2: k(179, 159), 1: k(160, 183) },
    rationale: 'Running an e-drive on a test bench: the e-drive dynamometer hours; bench tests close.',
  },
  {
    id: 'F71',
    query: '烧正极的炉子',
    style: 'colloquial',
    judgments: { 3: k(12), 2: k(2, 13, 361, 367) },
    rationale: 'The kiln that sinters cathode: roller kiln hours; kiln validation close.',
  },
  {
    id: 'F72',
    query: '搵地方做电磁兼容测试',
    style: 'colloquial',
    judgments: { 3: k(126, ...EMC_RF), 2: k(203) },
    rationale: 'Cantonese 搵 (find): EMC tests.',
  },
  {
    id: 'F73',
    query: '边度可以租热压罐',
    style: 'colloquial',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(...AUTOCLAVE_CURE) },
    rationale: 'Cantonese 边度 (where): autoclave hours.',
  },
  {
    id: 'F74',
    query: '俺们厂想搞PA66改性',
    style: 'colloquial',
    judgments: { 3: k(...PA66_FORMULATION), 2: k(...PA66_TRIAL) },
    rationale: 'Northern 俺们 (we), 搞 (do): PA66 formulation.',
  },
  {
    id: 'F75',
    query: '钙钛矿组件放大咋整',
    style: 'colloquial',
    judgments: { 3: k(...PEROVSKITE_SCALE_UP), 2: k(427, ...PEROVSKITE_SMALL_BATCH) },
    rationale: 'Northern 咋整 (how to do): perovskite module scale-up.',
  },
  {
    id: 'F76',
    query: '啥地方能测IMU',
    style: 'colloquial',
    judgments: { 3: k(227), 2: k(178) },
    rationale: 'IMU calibration and test; the calibration system close.',
  },
  // ---- questions -----------------------------------------------------------------------------------------------------
  {
    id: 'F77',
    query: '能不能做钙钛矿叠层电池的小批量试制吗',
    style: 'question',
    judgments: { 3: k(...TANDEM_SMALL_BATCH), 2: k(82, 280, ...PEROVSKITE_SMALL_BATCH) },
    rationale:
      'Perovskite-silicon tandem small batches exact; tandem development and tests, perovskite module batches close.',
  },
  {
    id: 'F78',
    query: '有没有地方可以租用热等静压机吗？',
    style: 'question',
    judgments: { 3: k(191, 342, 477) },
    rationale: 'HIP hours.',
  },
  {
    id: 'F79',
    query: '你们能测5G滤波器的S参数吗',
    style: 'question',
    judgments: { 3: k(140), 2: k(208), 1: k(207) },
    rationale: 'The 5G filter S-parameter test exact; its OTA test close.',
  },
  {
    id: 'F80',
    query: '是否可以做工控系统等保测评？',
    style: 'question',
    judgments: { 3: k(...ICS_SECURITY), 2: k(388) },
    rationale: 'ICS security assessment includes 等级保护测评; the OT cyber range close.',
  },
  {
    id: 'F81',
    query: '哪家能提供GMP洁净车间按小时用?',
    style: 'question',
    judgments: { 3: k(447), 1: k(...GMP_CLINICAL) },
    rationale: 'GMP cleanroom hours.',
  },
  {
    id: 'F82',
    query: 'MES系统能帮忙做软件测试吗',
    style: 'question',
    judgments: { 3: k(387), 2: k(60, 349, 325), 1: k(63, 328, 348, 386) },
    rationale: 'MES testing exact; other GB/T 25000.51 software tests close; MES-data optimisation related.',
  },
  // ---- English from non-native writers --------------------------------------------------------------------------------
  {
    id: 'F83',
    query: 'we need make small quantity of NCM811 powder, about 1 ton',
    style: 'nonnative',
    judgments: { 3: k(...NCM811_SMALL_BATCH), 2: k(...NCM811_SCALE_UP, 11, 360, 223, 217) },
    rationale: 'NCM811 tonne-scale trial production exact; its scale-up and other tonne-scale cathode batches close.',
  },
  {
    id: 'F84',
    query: 'who can help scale up our PI film resin from lab to 1000L',
    style: 'nonnative',
    judgments: { 3: k(...PI_SCALE_UP), 2: k(20), 1: k(...PI_LOW_DK_FORMULATION) },
    rationale: 'PI resin synthesis and casting scale-up (10 L to 1000 L) exact; the polymerisation reactor close.',
  },
  {
    id: 'F85',
    query: 'rent machine for 3D print titanium',
    style: 'nonnative',
    judgments: { 3: k(...LPBF_HOURS), 2: k(...TI_BRACKETS_SMALL_BATCH, 191, 342, 477), 1: k(...IMPLANTS) },
    rationale: 'LPBF hours exact; titanium small batches and HIP hours close.',
  },
  {
    id: 'F86',
    query: 'our company want do type test for the hairpin motor according GB standard',
    style: 'nonnative',
    judgments: { 3: k(...HAIRPIN_TYPE_TESTS), 2: k(163), 1: k(...HAIRPIN_WELDING, 180) },
    rationale: 'Hairpin PMSM type tests to GB/T 18488 exact; the SiC inverter type test close.',
  },
  {
    id: 'F87',
    query: 'injection freeze dry cycle too long, how make it short',
    style: 'nonnative',
    judgments: { 3: k(473), 2: k(474), 1: k(44) },
    rationale: 'Freeze-drying cycle optimisation exact; freeze-dryer hours close.',
  },
  {
    id: 'F88',
    query: 'recycle of used EV battery, get back the nickel cobalt',
    style: 'nonnative',
    judgments: { 3: k(471), 2: k(470, 467, 285) },
    rationale: 'Recovery of valuable components from spent EV batteries exact.',
  },
  {
    id: 'F89',
    query: 'need do the fatigue and static test of drone composite part',
    style: 'nonnative',
    judgments: { 3: k(379), 2: k(48, 144, 375, 47, 148, 454), 1: k(241, ...UAV_CURE) },
    rationale:
      'NDT and static/fatigue type tests of UAV parts exact; same for other composite parts and laminate tests close.',
  },
  // ---- two needs in one long query ------------------------------------------------------------------------------------
  {
    id: 'F90',
    query: 'PI薄膜树脂放大，顺便做一下介电性能测试',
    style: 'two-needs',
    judgments: { 3: k(...PI_SCALE_UP, ...PI_FILM_TESTING), 2: k(186), 1: k(...PI_LOW_DK_FORMULATION) },
    rationale: 'PI resin and film scale-up and PI film dielectric tests both exact; the dielectric test system close.',
  },
  {
    id: 'F91',
    query: '钛合金零件打印完还要做工业CT检测',
    style: 'two-needs',
    judgments: { 3: k(...TI_BRACKETS_SMALL_BATCH, ...AM_INSPECTION), 2: k(...IMPLANTS, 343, 399), 1: k(...LPBF_HOURS) },
    rationale: 'Titanium printing and AM part CT inspection both exact.',
  },
  {
    id: 'F92',
    query: '先做TOPCon电池小批量，再送IEC 61215认证测试',
    style: 'two-needs',
    judgments: { 3: k(248, ...PV_TYPE_TESTS), 2: k(246, 432, 268), 1: k(247) },
    rationale: 'TOPCon small batch and PV type tests both exact; TOPCon development and I-V tests close.',
  },
  {
    id: 'F93',
    query: 'ADC细胞培养放大，另外需要放行检测',
    style: 'two-needs',
    judgments: { 3: k(...ADC_SCALE_UP, ...ADC_RELEASE), 2: k(201, 450), 1: k(451) },
    rationale: 'ADC cell culture scale-up and ADC release testing both exact.',
  },
  {
    id: 'F94',
    query: '扁线电机焊接工艺改进以及GB/T 18488型式试验',
    style: 'two-needs',
    judgments: { 3: k(...HAIRPIN_WELDING, ...HAIRPIN_TYPE_TESTS), 2: k(163), 1: k(180) },
    rationale: 'Hairpin welding improvement and hairpin type tests both exact.',
  },
  {
    id: 'F95',
    query: 'scale up PLA/PBAT compound then produce one ton for customer trial',
    style: 'two-needs',
    judgments: { 3: k(273, 256), 2: k(261, 137, 132, ...PA66_TRIAL, 274), 1: k(...BIODEGRADABLE_DEVELOPMENT) },
    rationale:
      'PLA/PBAT compounding scale-up and tonne-scale trial both exact; other compounding scale-ups and tonne trials close.',
  },
  {
    id: 'F96',
    query: '印染厂想节能减排，同时检测再生涤纶面料的功能性',
    style: 'two-needs',
    judgments: { 3: k(...DYEING, 103, 414), 2: k(329, ...PA56_TESTING), 1: k(411, 106) },
    rationale: 'Dyeing energy and emission reduction and recycled polyester functional tests both exact.',
  },
  {
    id: 'F97',
    query: '磷石膏综合利用放大和固废装备中试验证',
    style: 'two-needs',
    judgments: { 3: k(...PHOSPHOGYPSUM, 283, 468), 1: k(284, 469) },
    rationale: 'Phosphogypsum recycling scale-up and solid-waste equipment validation both exact.',
  },
  {
    id: 'F98',
    query: '病毒清除工艺优化 + 单抗GMP临床样品生产',
    style: 'two-needs',
    judgments: { 3: k(...VIRAL_CLEARANCE, 381), 2: k(198, 451), 1: k(383, 447) },
    rationale:
      'Viral clearance optimisation and mAb GMP clinical material both exact; other GMP clinical material close.',
  },
  // ---- the trade's word for a stage --------------------------------------------------------------------------------
  {
    id: 'F99',
    query: 'A样B样试制',
    style: 'colloquial',
    judgments: { 3: k(...AB_SAMPLES), 1: k(436, 400) },
    rationale: 'A- and B-sample builds (e-drive prototypes) exact; other prototype builds related.',
  },
];
