// The ninth holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section
// with their own totals. Written blind on 2026-12-01 by reading the demo dataset only (every showable offering with its
// city, title, keywords, description and the equipment it runs on with that equipment's specifications, as
// generateDemoDataset() builds them), never the synonym lists, the stop words, the dictionary, the analysis code nor
// search output, and committed before its first run (see the git history of this file). A query is never reworded nor
// relabelled after that run; search is fixed for the general cause of a failure, never for a query's text.
//
// It covers what the eight earlier sets typed least: a whole need as one Chinese run with no spaces (material, process,
// test and place together: 苏州做NCM811正极小批量试产的); a rare modifier on a common head noun (真空冷冻干燥机租用, vacuum
// freeze dryer rental, 搪玻璃反应釜); datasheet and test-condition lines with few or no words (85℃/85%RH 1000h 双85试验,
// 湿度20~98%RH 温度-70~150℃ 试验箱); pinyin of compounds and pinyin initials (dongganji zulin, rdjy); the field's
// colloquial words and abbreviations for stages and services (小试, 试产, 打样, 代工, 流片, 送检, 量产前); place words
// with and without 省/市, and 附近, 周边, 离…近 (湖南省 / 湖南, 宁波 / 宁波市); Chinese and Latin mixed, full-width
// letters and digits; English with typos; and needs no offering serves, judged with no relevant offering and reported
// apart from the means.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts) and holdout 8: 3 = what the query asks for; 2 = a
// close fit (the same thing through a neighbouring service, the same service on a sibling product, the instrument that
// does it by the hour, the service run on the instrument asked for); 1 = related. A place with a need grades the need
// there (for 附近/周边/离…近, the nearest such offering: the same city, else the same province) 3 and the need elsewhere
// 2; a region grades its provinces as the place. A misspelt, pinyin or initials word is graded as the word meant. A
// condition line grades the instrument or test whose written conditions it names. Only offerings that can be shown are
// labelled (ACTIVE, on a PUBLISHED platform; the runner checks).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const AUTOCLAVE_HOURS = [239, 374];
const AUTOCLAVE_CURE_ELSEWHERE = [49, 145, 378, 380, 456];
const FREEZE_DRYER_HOURS = [474];
const PV_TYPE_TESTS = [264, 279, 417, 430];
const DAMP_HEAT_CHAMBERS = [277, 421];
const TC_HAST_HOURS = [77, 405, 464];
const PACKAGE_RELIABILITY_TESTS = [79, 407, 462];
const ENGINEERING_LOTS = [76, 153, 156, 293, 408, 409, 461, 465];
const PI_FILM_TESTING = [18, 32, 188, 290];
const PI_ROLLS = [185, 288, 372, 392];
const PRECISION_COATER_HOURS = [371, 394];
const COATER_VALIDATION = [22, 373, 393];
const HIP_HOURS = [191, 342, 477];
const TWIN_SCREW_HOURS = [86, 275];
const GRANULATION_SCALE_UP = [132, 137, 273];
const TANDEM_SMALL_BATCH = [83, 418, 431];
const STACK_DURABILITY_OTHERS = [314, 315, 336];
const RF_ASSEMBLY = [64, 301];
const RF_ASSEMBLY_OTHERS = [142, 204, 302];
const INJECTABLE_CLINICAL_BATCHES = [42, 46, 119];
const INJECTABLE_SCALE_UP = [43, 120, 472];
const INJECTABLES_ALL = [42, 43, 45, 46, 119, 120, 121, 472, 475, 476];
const CELL_TESTING = [9, 15, 27, 219];
const LI_CATHODE_SCALE_UP_ELSEWHERE = [6, 10, 221, 222, 365, 368];
const METAL_PRINTING_ELSEWHERE = [96, 263, 346, 397, 480, 99, 192, 479, 95, 345, 398];
const FIBRE_FUNCTION_TESTS_ELSEWHERE = [103, 104, 150, 329, 414];
const EL_IV_TESTS_ELSEWHERE = [80, 268, 433, 429];
const HJT_TOPCON_SMALL_BATCH = [247, 248];
const ADC_SCALE_UP = [202, 382, 448];

export const HOLDOUT9_QUERIES: LabelledQuery[] = [
  // ---- a whole need typed as one Chinese run: material, process, test, place ---------------------------------------
  {
    id: 'I01',
    query: '长三角做锂电隔膜涂布中试的平台',
    style: 'need-run',
    judgments: { 2: k(22, ...PRECISION_COATER_HOURS), 1: k(373, 393) },
    rationale:
      'No separator offering: a precision coater is what coats one (the Nanjing coater validation, in the Yangtze delta, and coater hours elsewhere) close; other coater validations related.',
  },
  {
    id: 'I02',
    query: '苏州做NCM811正极小批量试产的',
    style: 'need-run',
    judgments: { 3: k(4), 2: k(362, 6), 1: k(11, 217, 223, 360, 28, 30, 368) },
    rationale:
      'The Suzhou NCM811 tonne-scale trial production exact; the Ningde NCM811 trial and the Suzhou NCM811 scale-up close; other cathode trials and NCM811 scale-ups related.',
  },
  {
    id: 'I03',
    query: '江苏聚酰亚胺薄膜介电性能测试',
    style: 'need-run',
    judgments: { 3: k(18, 32), 2: k(188, 290, 186), 1: k(19, 35) },
    rationale:
      'Nanjing PI film dielectric tests exact; the same tests elsewhere and the dielectric test system by the hour close; Nanjing TMA hours related.',
  },
  {
    id: 'I04',
    query: '广东钛合金航空结构件3D打印小批量',
    style: 'need-run',
    judgments: { 3: k(479), 2: k(192, 251, 343), 1: k(399, 345) },
    rationale:
      'The Guangzhou titanium aero part small batch exact; the same elsewhere and Guangzhou titanium print parameters close; titanium design and Guangzhou mould batches related.',
  },
  {
    id: 'I05',
    query: '湖北燃料电池电堆耐久性测试',
    style: 'need-run',
    judgments: { 3: k(313), 2: k(...STACK_DURABILITY_OTHERS, 311), 1: k(309) },
    rationale:
      'The Wuhan stack polarisation and durability test exact; other durability tests and the Wuhan stack bench by the hour close; the Wuhan engine type test related.',
  },
  {
    id: 'I06',
    query: '成都抗体偶联药物放行检测',
    style: 'need-run',
    judgments: { 3: k(38), 2: k(200), 1: k(450) },
    rationale: 'Chengdu ADC release testing exact; Kunming ADC release close; bispecific release testing related.',
  },
  {
    id: 'I07',
    query: '浙江小容量注射剂处方开发',
    style: 'need-run',
    judgments: { 3: k(45), 2: k(121, 476), 1: k(120, 472) },
    rationale:
      'Hangzhou small-volume injectable formulation exact; the same in Tianjin and Mianyang close; small-volume injectable scale-ups related.',
  },
  {
    id: 'I08',
    query: '合肥钙钛矿组件放大中试',
    style: 'need-run',
    judgments: { 3: k(244), 2: k(81, 369, 419), 1: k(427, 266, 453) },
    rationale:
      'The Hefei perovskite module scale-up exact; the same elsewhere close; module process development and small batches related.',
  },
  {
    id: 'I09',
    query: '深圳MEMS深硅刻蚀机时',
    style: 'need-run',
    judgments: { 3: k(90), 1: k(88, 177, 229, 224) },
    rationale:
      'The Shenzhen deep-silicon etcher by the hour exact; MEMS tool validations and MEMS process work related.',
  },
  {
    id: 'I10',
    query: '天津预灌封注射剂临床批生产',
    style: 'need-run',
    judgments: { 3: k(119), 2: k(42), 1: k(43, 46) },
    rationale:
      'Tianjin prefilled-syringe clinical batches exact; the Hangzhou ones close; the prefilled scale-up and liposome batches related.',
  },
  {
    id: 'I11',
    query: '西安5G滤波器OTA测试',
    style: 'need-run',
    judgments: { 3: k(208), 2: k(139, 140) },
    rationale: "Xi'an 5G filter OTA test exact; mmWave antenna OTA and 5G filter S-parameter tests close.",
  },
  {
    id: 'I12',
    query: '福州扁线电机型式试验GB/T18488',
    style: 'need-run',
    judgments: { 3: k(164), 2: k(181, 163) },
    rationale:
      'Fuzhou hairpin motor GB/T 18488 type test exact; the Liuzhou one and the Fuzhou SiC controller GB/T 18488 type test close.',
  },
  {
    id: 'I13',
    query: '无锡光伏组件IEC61215认证测试',
    style: 'need-run',
    judgments: { 3: k(417), 2: k(264, 279, 430) },
    rationale: 'The Wuxi IEC 61215 module type test exact; the same elsewhere close.',
  },
  {
    id: 'I14',
    query: '常州电机控制器HIL测试系统租用',
    style: 'need-run',
    judgments: { 3: k(92), 1: k(327, 352) },
    rationale: 'The Changzhou inverter HIL system by the hour exact; PLC/DCS HIL systems by the hour related.',
  },
  {
    id: 'I15',
    query: '帮忙找山东做釜式改连续流工艺的中试平台',
    style: 'need-run',
    judgments: { 3: k(174), 2: k(250, 303, 172) },
    rationale:
      "Jinan batch-to-flow conversion exact; the Xi'an and Nanning ones and the Jinan microreactor by the hour close.",
  },
  // ---- a rare modifier on a common head noun --------------------------------------------------------------------------
  {
    id: 'I16',
    query: '真空冷冻干燥机租用',
    style: 'modifier',
    judgments: { 3: k(...FREEZE_DRYER_HOURS), 1: k(473, 44) },
    rationale: 'The freeze dryer by the hour exact; freeze-drying cycle work and lyophilised-powder stability related.',
  },
  {
    id: 'I17',
    query: 'vacuum freeze dryer rental',
    style: 'modifier',
    judgments: { 3: k(...FREEZE_DRYER_HOURS), 1: k(473, 44) },
    rationale: 'As I16 in English.',
  },
  {
    id: 'I18',
    query: '搪玻璃反应釜机时',
    style: 'modifier',
    judgments: { 3: k(107), 1: k(366, 20, 41) },
    rationale: 'The glass-lined reactor by the hour exact; other reactors and vessels by the hour related.',
  },
  {
    id: 'I19',
    query: '铜加速乙酸盐雾试验',
    style: 'modifier',
    judgments: { 3: k(182), 2: k(91), 1: k(183) },
    rationale:
      'The Liuzhou salt spray chamber (CASS) exact; the neutral salt spray chamber close; the validation run on the CASS chamber related.',
  },
  {
    id: 'I20',
    query: '高频介电测试系统 机时',
    style: 'modifier',
    judgments: { 3: k(186), 2: k(188), 1: k(18, 32, 290) },
    rationale:
      'The high-frequency dielectric test system by the hour exact; the low-dielectric PI dielectric test close; other PI film tests related.',
  },
  {
    id: 'I21',
    query: '超声扫描显微镜',
    style: 'modifier',
    judgments: { 3: k(406), 1: k(404, 410) },
    rationale: 'The scanning acoustic microscope by the hour exact; the Hohhot voiding improvements related.',
  },
  {
    id: 'I22',
    query: '电弧熔丝增材',
    style: 'modifier',
    judgments: { 2: k(96, 346, 397, 480), 1: k(99, 253) },
    rationale:
      'No WAAM service as such: the printer validations run on a WAAM system close; laser powder-bed hours related.',
  },
  {
    id: 'I23',
    query: '倒装芯片键合机时',
    style: 'modifier',
    judgments: { 3: k(296), 2: k(154), 1: k(155, 294, 460) },
    rationale: 'The flip-chip bonder by the hour exact; the wire bonder by the hour close; bonder validations related.',
  },
  {
    id: 'I24',
    query: '氢气泄漏检测',
    style: 'modifier',
    judgments: { 2: k(337, 341), 1: k(56, 309) },
    rationale:
      'No leak test service: the engine type tests run on a hydrogen leak detector close; other engine type tests related.',
  },
  {
    id: 'I25',
    query: '脉动真空灭菌柜出租',
    style: 'modifier',
    judgments: { 3: k(118) },
    rationale: 'The pulse-vacuum steriliser by the hour exact.',
  },
  {
    id: 'I26',
    query: '低铂膜电极开发',
    style: 'modifier',
    judgments: { 3: k(286), 1: k(57, 287, 336) },
    rationale: 'Low-platinum MEA catalyst layer development exact; MEA small batches and MEA durability related.',
  },
  {
    id: 'I27',
    query: '三综合振动试验',
    style: 'modifier',
    judgments: { 2: k(181), 1: k(402) },
    rationale:
      'No combined-environment vibration service as such: the Liuzhou motor type test run on one close; the shaker by the hour related.',
  },
  // ---- a datasheet or test-condition line -----------------------------------------------------------------------------
  {
    id: 'I28',
    query: '85℃/85%RH 1000h 双85试验',
    style: 'sheet',
    judgments: { 3: k(...DAMP_HEAT_CHAMBERS), 2: k(...PV_TYPE_TESTS, 299), 1: k(...TC_HAST_HOURS, 310) },
    rationale:
      'Damp heat 85/85: the UV and damp-heat chambers (85 °C / 85 %RH) exact; PV type tests run on them and the temperature-humidity chamber close; HAST systems and the climate chamber related.',
  },
  {
    id: 'I29',
    query: '-40℃~85℃ 温度冲击 500cycles',
    style: 'sheet',
    judgments: { 2: k(...TC_HAST_HOURS, ...PACKAGE_RELIABILITY_TESTS), 1: k(299, 310) },
    rationale:
      'No showable thermal shock chamber: temperature cycling systems and the reliability tests run on them close; temperature-humidity and climate chambers related.',
  },
  {
    id: 'I30',
    query: '湿度20~98%RH 温度-70~150℃ 试验箱',
    style: 'sheet',
    judgments: { 3: k(299), 2: k(310, ...DAMP_HEAT_CHAMBERS), 1: k(91, 182) },
    rationale:
      'The temperature-humidity chamber with exactly those ranges exact; the climate chamber and damp-heat chambers close; salt spray chambers related.',
  },
  {
    id: 'I31',
    query: '电动振动台 60kN 2~2500Hz',
    style: 'sheet',
    judgments: { 3: k(402), 1: k(400, 401, 181) },
    rationale: 'The 60 kN shaker by the hour exact; services run on it and the combined vibration motor test related.',
  },
  {
    id: 'I32',
    query: 'HAST 130℃ 85%RH 96h',
    style: 'sheet',
    judgments: { 3: k(...TC_HAST_HOURS), 2: k(...PACKAGE_RELIABILITY_TESTS), 1: k(...DAMP_HEAT_CHAMBERS) },
    rationale:
      'HAST systems (130 °C / 85 %RH) exact; package reliability tests with HAST close; damp-heat chambers related.',
  },
  {
    id: 'I33',
    query: '幅宽1200mm 狭缝涂布',
    style: 'sheet',
    judgments: { 3: k(420), 2: k(418, 419), 1: k(81, 83, 369, 57, 287) },
    rationale:
      'The 1200 mm slot-die coater by the hour exact; services run on it close; those on narrower slot-die coaters (perovskite, CCM) related.',
  },
  {
    id: 'I34',
    query: '200L 反应釜 SUS316L 真空度-0.095MPa',
    style: 'sheet',
    judgments: { 3: k(20), 2: k(366, 41), 1: k(107, 201, 202) },
    rationale:
      'The 200 L polymerisation reactor (SUS316L, -0.095 MPa) exact; other SUS316L vessels by the hour close; the glass-lined reactor and 200 L cell-culture scale-ups related.',
  },
  {
    id: 'I35',
    query: '300mm晶圆 探针台 -55~200℃',
    style: 'sheet',
    judgments: { 3: k(66, 271, 297) },
    rationale: 'RF wafer probe stations (200/300 mm, -55–200 °C) by the hour exact.',
  },
  {
    id: 'I36',
    query: '最高压力200MPa 1400℃ 热等静压',
    style: 'sheet',
    judgments: { 3: k(...HIP_HOURS) },
    rationale: 'Hot isostatic presses (200 MPa, 1400 °C) by the hour exact.',
  },
  // ---- pinyin and pinyin initials of compounds -----------------------------------------------------------------------
  {
    id: 'I37',
    query: 'reyaguan jishi',
    style: 'pinyin',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(242, 243, ...AUTOCLAVE_CURE_ELSEWHERE) },
    rationale: '热压罐机时 meant: autoclave hours exact; autoclave cure work related.',
  },
  {
    id: 'I38',
    query: 'dongganji zulin',
    style: 'pinyin',
    judgments: { 3: k(...FREEZE_DRYER_HOURS), 1: k(473) },
    rationale: '冻干机租赁 meant: the freeze dryer by the hour exact; freeze-drying cycle work related.',
  },
  {
    id: 'I39',
    query: 'juxianyaan bomo ceshi',
    style: 'pinyin',
    judgments: { 3: k(...PI_FILM_TESTING), 1: k(19, 35, 186) },
    rationale: '聚酰亚胺薄膜测试 meant: PI film tests exact; TMA and dielectric instruments by the hour related.',
  },
  {
    id: 'I40',
    query: 'shuangluogan jichu zaoli',
    style: 'pinyin',
    judgments: { 3: k(...TWIN_SCREW_HOURS), 2: k(...GRANULATION_SCALE_UP) },
    rationale: '双螺杆挤出造粒 meant: twin-screw compounding lines by the hour exact; compounding scale-ups close.',
  },
  {
    id: 'I41',
    query: 'yanwu shiyan',
    style: 'pinyin',
    judgments: { 3: k(91, 182), 1: k(183) },
    rationale: '盐雾试验 meant: salt spray chambers exact; the validation run on one related.',
  },
  {
    id: 'I42',
    query: '钙钛矿xiafeng涂布',
    style: 'pinyin',
    judgments: { 3: k(420), 2: k(369, 419, 418), 1: k(81, 83, 244) },
    rationale:
      '狭缝涂布 meant: the perovskite slot-die coater by the hour exact; module scale-ups and tandem batches on slot-die coaters close; others related.',
  },
  {
    id: 'I43',
    query: 'jingyuan jianhe jishi',
    style: 'pinyin',
    judgments: { 3: k(176), 1: k(296, 154) },
    rationale: '晶圆键合机时 meant: the wafer bonder by the hour exact; other bonders by the hour related.',
  },
  {
    id: 'I44',
    query: 'fei dian chi hui shou',
    style: 'pinyin',
    judgments: { 3: k(471), 2: k(285, 467), 1: k(470) },
    rationale:
      '废电池回收 meant: recovery of spent EV batteries exact; their leaching tests and building materials from them close; the leaching and extraction system related.',
  },
  {
    id: 'I45',
    query: 'rdjy 机时',
    style: 'initials',
    judgments: { 3: k(...HIP_HOURS) },
    rationale: '热等静压机时 meant (initials): hot isostatic presses by the hour exact.',
  },
  {
    id: 'I46',
    query: 'gfzj xssy',
    style: 'initials',
    judgments: { 3: k(...PV_TYPE_TESTS) },
    rationale: '光伏组件型式试验 meant (initials): PV module type tests exact.',
  },
  // ---- colloquial words for stages and services --------------------------------------------------------------------
  {
    id: 'I47',
    query: '气体传感器流片',
    style: 'service',
    judgments: { 3: k(226), 2: k(224), 1: k(90) },
    rationale:
      'Gas sensor small-lot fabrication exact; MEMS microphone process development close; the deep-silicon etcher related.',
  },
  {
    id: 'I48',
    query: '射频模组打样贴片',
    style: 'service',
    judgments: { 3: k(...RF_ASSEMBLY), 2: k(...RF_ASSEMBLY_OTHERS, 65) },
    rationale:
      'RF front-end module small-batch assembly exact; assembly of other RF parts and RF module sample evaluation close.',
  },
  {
    id: 'I49',
    query: 'PA66代工',
    style: 'service',
    judgments: { 3: k(85, 135), 2: k(134, 195, 257, 272) },
    rationale: 'Reinforced PA66 tonne-scale trial production exact; PA66 formulation work close.',
  },
  {
    id: 'I50',
    query: '钙钛矿叠层小试',
    style: 'stage',
    judgments: { 3: k(82), 2: k(...TANDEM_SMALL_BATCH), 1: k(280) },
    rationale: 'Lab-to-pilot tandem process development exact; tandem small batches close; tandem IV/EL tests related.',
  },
  {
    id: 'I51',
    query: '电池样品送检 充放电',
    style: 'service',
    judgments: { 3: k(...CELL_TESTING), 2: k(1) },
    rationale: 'Cell electrochemical tests (samples sent in) exact; the battery cycler by the hour close.',
  },
  {
    id: 'I52',
    query: '单抗中试放大',
    style: 'stage',
    judgments: { 2: k(201, ...ADC_SCALE_UP, 381, 449) },
    rationale:
      'No mAb scale-up: bispecific and ADC cell-culture scale-ups, mAb GMP clinical material and mAb upstream development close.',
  },
  {
    id: 'I53',
    query: 'MEA量产前验证',
    style: 'stage',
    judgments: { 3: k(57, 287), 2: k(336) },
    rationale: 'MEA small batches with consistency validation exact; MEA durability tests close.',
  },
  {
    id: 'I54',
    query: '注射剂委外生产 小批',
    style: 'service',
    judgments: { 3: k(...INJECTABLE_CLINICAL_BATCHES), 2: k(...INJECTABLE_SCALE_UP) },
    rationale: 'Injectable registration and clinical batches exact; injectable scale-ups close.',
  },
  {
    id: 'I55',
    query: '封装代工 工程批',
    style: 'service',
    judgments: { 3: k(...ENGINEERING_LOTS) },
    rationale: 'Engineering-lot packaging exact.',
  },
  {
    id: 'I56',
    query: '无人机机臂试制',
    style: 'stage',
    judgments: { 3: k(241), 2: k(49, 378, 456, 379) },
    rationale: 'Drone structure small batches exact; drone autoclave moulding and NDT close.',
  },
  {
    id: 'I57',
    query: '光伏电池试产',
    style: 'stage',
    judgments: { 3: k(...HJT_TOPCON_SMALL_BATCH, ...TANDEM_SMALL_BATCH), 2: k(266, 453, 246, 432) },
    rationale:
      'Solar cell small batches (HJT, TOPCon, tandem) exact; perovskite module batches and TOPCon process development close.',
  },
  {
    id: 'I58',
    query: '双极板涂层打样',
    style: 'stage',
    judgments: { 3: k(339), 2: k(338), 1: k(314) },
    rationale:
      'Bipolar plate coating and forming improvement exact; bipolar plate small batches close; bipolar plate durability related.',
  },
  {
    id: 'I59',
    query: 'CPI膜试制',
    style: 'stage',
    judgments: { 3: k(17), 2: k(...PI_ROLLS), 1: k(32, 290) },
    rationale: 'Colourless PI roll small batches exact; other PI roll batches close; CPI film tests related.',
  },
  {
    id: 'I60',
    query: '小批量量产 SiC电机控制器样件',
    style: 'stage',
    judgments: { 3: k(93), 2: k(158, 184), 1: k(163) },
    rationale:
      'SiC inverter sample small batches exact; SiC inverter development close; the SiC inverter type test related.',
  },
  // ---- places with and without 省/市, 附近, 周边, 离…近 ---------------------------------------------------------------
  {
    id: 'I61',
    query: '南京周边 热机械分析仪',
    style: 'nearby',
    judgments: { 3: k(19, 35), 1: k(...PI_FILM_TESTING) },
    rationale: 'The Nanjing TMAs by the hour exact; PI film thermal tests related.',
  },
  {
    id: 'I62',
    query: '湖南省 正极材料放大',
    style: 'place',
    judgments: { 3: k(24, 28, 29, 30), 2: k(...LI_CATHODE_SCALE_UP_ELSEWHERE) },
    rationale: 'Changsha cathode scale-ups exact; cathode scale-ups elsewhere close.',
  },
  {
    id: 'I63',
    query: '湖南正极材料放大',
    style: 'place',
    judgments: { 3: k(24, 28, 29, 30), 2: k(...LI_CATHODE_SCALE_UP_ELSEWHERE) },
    rationale: 'As I62 without 省, in one run.',
  },
  {
    id: 'I64',
    query: '长沙市 3D打印',
    style: 'place',
    judgments: { 3: k(251, 252, 253, 255), 2: k(...METAL_PRINTING_ELSEWHERE) },
    rationale: 'Changsha metal printing exact; metal printing elsewhere close.',
  },
  {
    id: 'I65',
    query: '宁波 热压罐',
    style: 'place',
    judgments: { 3: k(239, 242, 243), 2: k(374, ...AUTOCLAVE_CURE_ELSEWHERE) },
    rationale: 'Ningbo autoclave hours and cure work exact; autoclave offerings elsewhere close.',
  },
  {
    id: 'I66',
    query: '宁波市热压罐',
    style: 'place',
    judgments: { 3: k(239, 242, 243), 2: k(374, ...AUTOCLAVE_CURE_ELSEWHERE) },
    rationale: 'As I65 with 市, in one run.',
  },
  {
    id: 'I67',
    query: '广东省内做注射剂的',
    style: 'place',
    judgments: { 2: k(...INJECTABLES_ALL) },
    rationale: 'No injectables in Guangdong: injectable pilot work elsewhere is the best answer.',
  },
  {
    id: 'I68',
    query: '武汉周边 纤维检测',
    style: 'nearby',
    judgments: { 3: k(441), 2: k(439, ...FIBRE_FUNCTION_TESTS_ELSEWHERE), 1: k(101, 415) },
    rationale:
      'The Wuhan fibre functional test exact; the Wuhan fibre tensile tester and fibre tests elsewhere close; tensile testers elsewhere related.',
  },
  {
    id: 'I69',
    query: '离宁德近的 光伏EL测试',
    style: 'nearby',
    judgments: { 3: k(278, 280), 2: k(...EL_IV_TESTS_ELSEWHERE, 452), 1: k(279) },
    rationale:
      'Ningde EL/IV tests exact; EL tests elsewhere and the EL tester by the hour close; the Ningde type test related.',
  },
  {
    id: 'I70',
    query: '珠三角 阻燃PC/ABS改性',
    style: 'nearby',
    judgments: { 3: k(260), 2: k(137, 274, 136) },
    rationale:
      'The Huizhou flame-retardant PC/ABS formulation exact; PC/ABS compounding, trials and tests elsewhere close.',
  },
  {
    id: 'I71',
    query: '四川省成都市 ADC',
    style: 'place',
    judgments: { 3: k(38), 2: k(200, ...ADC_SCALE_UP, 451) },
    rationale: 'The Chengdu ADC test exact; ADC work elsewhere close.',
  },
  {
    id: 'I72',
    query: '上海附近 静电纺丝',
    style: 'nearby',
    judgments: { 3: k(152), 2: k(332) },
    rationale: 'The Shanghai electrospinning system exact; the Huzhou one close.',
  },
  {
    id: 'I73',
    query: '内蒙 封装可靠性',
    style: 'place',
    judgments: { 3: k(407), 2: k(405, 79, 462), 1: k(404, 410) },
    rationale:
      'The Hohhot package reliability test exact; its TC/HAST hours and reliability tests elsewhere close; Hohhot warpage work related.',
  },
  {
    id: 'I74',
    query: '福建省 燃料电池',
    style: 'place',
    judgments: { 3: k(335, 336, 337, 338, 339), 2: k(56, 309, 313, 57, 287) },
    rationale:
      'The Quanzhou fuel cell offerings exact; fuel-cell tests and MEA batches elsewhere close (a thing alone: its offerings in the place).',
  },
  // ---- Chinese and Latin mixed, full-width forms -----------------------------------------------------------------
  {
    id: 'I75',
    query: 'ＨＪＴ电池ＩＶ测试',
    style: 'fullwidth',
    judgments: { 3: k(80, 433), 2: k(268, 278, 280, 429, 267) },
    rationale: 'HJT IV/EL tests exact; IV tests of other cells and the IV tester by the hour close.',
  },
  {
    id: 'I76',
    query: 'ＧＭＰ洁净车间 机时',
    style: 'fullwidth',
    judgments: { 3: k(447), 1: k(198, 381, 451) },
    rationale: 'The GMP cleanroom by the hour exact; GMP clinical manufacturing related.',
  },
  {
    id: 'I77',
    query: 'SiC功率模块翘曲void改善',
    style: 'mixed',
    judgments: { 3: k(404), 2: k(78, 295, 410), 1: k(463) },
    rationale:
      'SiC module warpage and voiding improvement exact; the same for other packages close; SiC module development related.',
  },
  {
    id: 'I78',
    query: 'IMU标定test',
    style: 'mixed',
    judgments: { 3: k(227), 1: k(178) },
    rationale: 'IMU calibration and reliability test exact; the sensor calibration system by the hour related.',
  },
  {
    id: 'I79',
    query: 'GC-MS联用仪租用',
    style: 'mixed',
    judgments: { 3: k(109) },
    rationale: 'The GC-MS by the hour exact.',
  },
  {
    id: 'I80',
    query: 'ＰＬＣ／ＤＣＳ 硬件在环',
    style: 'fullwidth',
    judgments: { 3: k(327, 352), 2: k(92) },
    rationale: 'PLC/DCS HIL systems by the hour exact; the inverter HIL system close.',
  },
  {
    id: 'I81',
    query: '电驱NVH测试',
    style: 'mixed',
    judgments: { 3: k(159, 179) },
    rationale: 'E-drive efficiency map and NVH tests exact.',
  },
  {
    id: 'I82',
    query: 'PI膜CTE测试',
    style: 'mixed',
    judgments: { 3: k(...PI_FILM_TESTING), 2: k(19, 35) },
    rationale: 'CTE is a thermal property: PI film thermal tests exact; TMAs by the hour close.',
  },
  // ---- English with typos ------------------------------------------------------------------------------------------
  {
    id: 'I83',
    query: 'autoclave houres rental',
    style: 'en-typo',
    judgments: { 3: k(...AUTOCLAVE_HOURS), 1: k(242, 243, ...AUTOCLAVE_CURE_ELSEWHERE) },
    rationale: 'Autoclave hours exact; autoclave cure work related.',
  },
  {
    id: 'I84',
    query: 'precison coater validaton',
    style: 'en-typo',
    judgments: { 3: k(...COATER_VALIDATION), 2: k(...PRECISION_COATER_HOURS) },
    rationale: 'Precision coater validations exact; precision coaters by the hour close.',
  },
  {
    id: 'I85',
    query: 'perovskit tandem small bacth',
    style: 'en-typo',
    judgments: { 3: k(...TANDEM_SMALL_BATCH), 2: k(82), 1: k(266, 453) },
    rationale: 'Tandem small batches exact; tandem process development close; perovskite module batches related.',
  },
  {
    id: 'I86',
    query: 'harmonic reducer accuracy and life tset',
    style: 'en-typo',
    judgments: { 3: k(353), 2: k(355, 435), 1: k(112) },
    rationale:
      'The harmonic reducer accuracy, stiffness and life test exact; its precision-retention improvements close; its application validation related.',
  },
  {
    id: 'I87',
    query: 'fule cell stack durabilty',
    style: 'en-typo',
    judgments: { 3: k(313), 2: k(...STACK_DURABILITY_OTHERS, 311) },
    rationale: 'The stack durability test exact; other durability tests and the stack bench by the hour close.',
  },
  {
    id: 'I88',
    query: 'hot isostatic pressing machien hours',
    style: 'en-typo',
    judgments: { 3: k(...HIP_HOURS) },
    rationale: 'Hot isostatic presses by the hour exact.',
  },
  {
    id: 'I89',
    query: 'bispecfic antibody GMP clinical batch',
    style: 'en-typo',
    judgments: { 3: k(198), 2: k(381, 451), 1: k(201, 450) },
    rationale:
      'Bispecific GMP clinical material exact; mAb and ADC GMP clinical material close; bispecific scale-up and release tests related.',
  },
  {
    id: 'I90',
    query: 'twin screw extruder compouding',
    style: 'en-typo',
    judgments: { 3: k(...TWIN_SCREW_HOURS), 2: k(...GRANULATION_SCALE_UP) },
    rationale: 'Twin-screw compounding lines by the hour exact; compounding scale-ups close.',
  },
  // ---- needs no offering serves ----------------------------------------------------------------------------------
  {
    id: 'I91',
    query: '核酸检测试剂盒生产',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Nucleic acid test kits: no offering.',
  },
  {
    id: 'I92',
    query: '化妆品功效检测',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Cosmetics efficacy testing: no offering.',
  },
  {
    id: 'I93',
    query: '船舶螺旋桨铸造',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Ship propeller casting: no offering (metal printing is not casting).',
  },
  {
    id: 'I94',
    query: '盾构机租用',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Tunnel boring machine rental: no offering.',
  },
  {
    id: 'I95',
    query: '无人机风洞试验',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Wind tunnel tests: no offering (drone structure NDT and type tests are not aerodynamics).',
  },
  {
    id: 'I96',
    query: '土壤重金属检测',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Soil heavy-metal testing: no offering (the leaching tests are of spent batteries).',
  },
  {
    id: 'I97',
    query: 'EV charger certification testing',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Charging-pile certification: no offering (motor and inverter type tests are not chargers).',
  },
  {
    id: 'I98',
    query: '纸浆模塑打样',
    style: 'no-match',
    judgments: {},
    noRelevantOffering: true,
    rationale: 'Moulded pulp sampling: no offering.',
  },
];
