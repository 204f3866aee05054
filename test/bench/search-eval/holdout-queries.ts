// The holdout set of `npm run eval:search`: queries never used to tune search, reported in their own section with their
// own totals. Written blind on 2026-11-30 by reading the demo dataset only (the theme templates in
// libs/demo/src/dataset/demo-themes.ts and test/bench/matching-eval/print-offerings.ts), before any search was run with
// them, and committed before their first run (see the git history of this file). Like the labelled set, a query is never
// reworded nor relabelled after that run; search is fixed for the general cause of a failure, never for a query's text.
//
// The queries are typed as users of the service type them, and deliberately not like the labelled set: colloquial and
// trade words the catalogue does not use (探伤, 网分, 功放, 等保, 减速机, 贴片, 打样, 代工, 废旧, 校准, 出租),
// sentences with filler, traditional characters, full-width Latin and digits, standards written without their spaces or
// slashes (iec61215, GBT18488, GB9706.1, UL-94), lowercase and misspelt English, places with a need.
//
// Grades follow the labelled set (search-eval/labelled-queries.ts): 3 = what the query asks for; 2 = a close fit (the
// same thing through a neighbouring service, or the same service on a sibling product, or the instrument that does it
// by the hour); 1 = related. Queries naming a place grade the need in that place 3 and the need elsewhere 2.
// Only offerings that can be shown are labelled (ACTIVE, on a PUBLISHED platform; the runner checks this).

import type { LabelledQuery } from './labelled-queries.js';

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

const LI_CATHODE = k(...[6, 10, 24, 28, 30, 222, 365, 368, 4, 11, 223, 360, 362, 9, 15, 27, 219, 7, 14, 25, 359, 363]);
const NA_CATHODE = k(8, 29, 217, 218, 221, 358, 364);
const CATHODE_HOURS_AND_KILNS = k(1, 5, 12, 26, 220, 366, 2, 13, 361, 367);
const CATHODE_CELL_TESTING = k(9, 15, 27, 219);
const POUCH_LINE_HOURS = k(5, 26, 220);
const FUEL_CELL_ENGINE_TYPE_TESTS = k(56, 309, 337, 341);
const COMPOSITE_TYPE_TESTS = k(48, 144, 375, 379);
const PV_MODULE_TYPE_TESTS = k(264, 279, 417, 430);
const UV_DAMP_HEAT_HOURS = k(277, 421);
const IV_EL_TESTING = k(80, 268, 278, 280, 429, 433);
const AM_PART_INSPECTION = k(98, 262, 478);
const METAL_3D_PRINTER_VALIDATION = k(96, 255, 263, 346, 397, 480);
const FIBRE_FUNCTIONAL_TESTING = k(103, 104, 150, 329, 414, 441);
const SOLID_WASTE_SCALE_UP = k(281, 466);
const SOLID_WASTE_EQUIPMENT_VALIDATION = k(283, 468);
const MEDICAL_EMC = k(126);

export const HOLDOUT_QUERIES: readonly LabelledQuery[] = [
  // ---- lithium-ion cathode materials ----------------------------------------------------------------------------------
  {
    id: 'H01',
    query: '想做三元正极材料的中试放大',
    style: 'zh-filler',
    judgments: { 3: k(6, 28, 30, 368), 2: k(10, 24, 222, 365), 1: k(29, 221, 4, 362) },
    rationale:
      '三元 is NCM: NCM811 scale-ups exact; other Li-ion cathode scale-ups close; Na-ion and NCM trial runs related.',
  },
  {
    id: 'H02',
    query: '磷酸铁锂正极小批量生产',
    style: 'zh-run',
    judgments: { 3: k(223), 2: k(4, 11, 360, 362, 217), 1: k(15, 27) },
    rationale: 'LFP tonne-scale trial production exact; other chemistries the same service; LFP cell testing related.',
  },
  {
    id: 'H03',
    query: '电池循环测试找哪家',
    style: 'zh-filler',
    judgments: { 3: CATHODE_CELL_TESTING, 2: k(1), 1: POUCH_LINE_HOURS },
    rationale:
      'Cycle-life testing is in the coin/pouch cell testing offerings; battery cycler hours close; pouch line related.',
  },
  {
    id: 'H04',
    query: '锂电充放电设备共享',
    style: 'equipment',
    judgments: { 3: k(1), 2: CATHODE_CELL_TESTING, 1: POUCH_LINE_HOURS },
    rationale: 'Machine hours on the battery cycler (充放电测试系统) exact; the testing services that run on it close.',
  },
  {
    id: 'H05',
    query: '鋰電池正極材料',
    style: 'product',
    judgments: { 3: LI_CATHODE, 2: NA_CATHODE, 1: CATHODE_HOURS_AND_KILNS },
    rationale:
      'Traditional characters for 锂电池正极材料: every Li-ion cathode service; Na-ion cathodes close; machine hours related.',
  },
  {
    id: 'H06',
    query: 'high nickel cathode coating improvement',
    style: 'en',
    judgments: { 3: k(7, 14, 25, 359, 363) },
    rationale: 'The residual lithium and coating improvement for high-nickel cathodes.',
  },
  // ---- polyimide film ---------------------------------------------------------------------------------------------------
  {
    id: 'H07',
    query: '聚酰亚胺膜热膨胀系数测试',
    style: 'zh-run',
    judgments: { 3: k(18, 32, 188, 290), 2: k(19, 35) },
    rationale:
      'CTE is in the PI thermal/mechanical/dielectric testing; thermomechanical analyser hours measure it too.',
  },
  {
    id: 'H08',
    query: 'CPI透明膜试制',
    style: 'mixed',
    judgments: { 3: k(17), 2: k(185, 288, 372, 392), 1: k(32, 290) },
    rationale: 'CPI roll small batch exact; other PI rolls the same service; CPI testing related.',
  },
  {
    id: 'H09',
    query: 'polyimid film rolls',
    style: 'typo',
    judgments: { 3: k(17, 185, 288, 372, 392), 1: k(16, 34, 395) },
    rationale: 'Misspelt polyimide: the small-batch roll production; resin and casting scale-ups related.',
  },
  // ---- biologics and injectables ------------------------------------------------------------------------------------
  {
    id: 'H10',
    query: '抗体药中试生产外包',
    style: 'zh-run',
    judgments: { 3: k(198, 381, 451), 2: k(201, 202, 382, 448), 1: k(197, 449, 38, 200, 450) },
    rationale:
      'Outsourced pilot production of antibody drugs: GMP clinical material; culture scale-ups close; the rest related.',
  },
  {
    id: 'H11',
    query: '单抗纯化收率低怎么办',
    style: 'sentence',
    judgments: { 3: k(37, 446), 2: k(383) },
    rationale: 'Downstream yield improvement; chromatography system hours close.',
  },
  {
    id: 'H12',
    query: 'bioreacter rental',
    style: 'typo',
    judgments: { 2: k(201, 202, 382, 448), 1: k(199) },
    rationale:
      'No bioreactor is shared by the hour; the cell culture scale-ups run in single-use bioreactors; shaker hours related.',
  },
  {
    id: 'H13',
    query: 'ＧＭＰ车间出租',
    style: 'mixed',
    judgments: { 3: k(447), 1: k(198, 381, 451) },
    rationale: 'Full-width GMP: the GMP cleanroom suite by the hour; GMP clinical manufacturing related.',
  },
  {
    id: 'H14',
    query: '冻干工艺优化',
    style: 'zh-run',
    judgments: { 3: k(473), 2: k(474), 1: k(44) },
    rationale: 'Freeze-drying cycle optimisation; freeze dryer hours close; lyophilised powder stability related.',
  },
  {
    id: 'H15',
    query: '西林瓶灌装机',
    style: 'equipment',
    judgments: { 2: k(40, 123, 475), 1: k(42, 46, 119) },
    rationale:
      'No vial filler is shared; aseptic filling equipment validation is about it; registration batches fill vials.',
  },
  // ---- composites -------------------------------------------------------------------------------------------------
  {
    id: 'H16',
    query: '碳纤维零件无损探伤',
    style: 'synonym',
    judgments: { 3: COMPOSITE_TYPE_TESTS, 1: k(241, 376, 52, 459) },
    rationale: '探伤 is the shop-floor word for 无损检测: NDT and type testing; small batches include NDT.',
  },
  {
    id: 'H17',
    query: '碳纤维板拉伸压缩试验',
    style: 'zh-run',
    judgments: { 3: k(47, 148, 454), 1: COMPOSITE_TYPE_TESTS },
    rationale: 'Laminate mechanical testing (tension, compression); static type tests related.',
  },
  {
    id: 'H18',
    query: '熱壓罐成型工藝優化',
    style: 'zh-run',
    judgments: { 3: k(49, 145, 242, 243, 378, 380, 456), 2: k(239, 374) },
    rationale: 'Traditional characters for 热压罐成型工艺优化: autoclave cure optimisation; autoclave hours close.',
  },
  {
    id: 'H19',
    query: '做个快速样件 碳纤维 热塑',
    style: 'zh-filler',
    judgments: { 3: k(51, 146, 240, 457), 1: k(241, 376, 52, 459) },
    rationale: 'Rapid forming of thermoplastic composites; small-batch manufacture related.',
  },
  // ---- hydrogen -------------------------------------------------------------------------------------------------------
  {
    id: 'H20',
    query: '氢燃料电池电堆寿命测试',
    style: 'synonym',
    judgments: { 3: k(313), 2: k(314, 315, 336, 311), 1: FUEL_CELL_ENGINE_TYPE_TESTS },
    rationale:
      '寿命 for 耐久性: stack durability exact; the same test of other parts and stack test bench hours close.',
  },
  {
    id: 'H21',
    query: '燃料电池冷启动试验',
    style: 'zh-run',
    judgments: { 3: FUEL_CELL_ENGINE_TYPE_TESTS, 1: k(310) },
    rationale: 'Cold start is in the fuel cell engine type tests; climate chamber hours related.',
  },
  {
    id: 'H22',
    query: 'MEA批量一致性',
    style: 'mixed',
    judgments: { 3: k(57, 287), 2: k(338), 1: k(336) },
    rationale: 'MEA small batch with consistency check; bipolar plate batches close; MEA durability related.',
  },
  {
    id: 'H23',
    query: '燃料電池測試',
    style: 'zh-run',
    judgments: { 3: [...k(313, 314, 315, 336), ...FUEL_CELL_ENGINE_TYPE_TESTS], 2: k(311, 55, 312, 340), 1: k(310) },
    rationale: 'Traditional characters: all fuel cell tests; test bench hours and bench validation close.',
  },
  // ---- industrial software ------------------------------------------------------------------------------------------
  {
    id: 'H24',
    query: '国产工业软件适配验证',
    style: 'synonym',
    judgments: { 3: k(324, 347, 389), 2: k(60, 325, 349, 387) },
    rationale: 'Validation of domestic software in manufacturing; functional/compatibility testing close.',
  },
  {
    id: 'H25',
    query: '等保测评',
    style: 'synonym',
    judgments: { 3: k(61, 326, 350), 2: k(388) },
    rationale: '等保 abbreviates 等级保护: ICS security assessment; OT cyber range hours close.',
  },
  {
    id: 'H26',
    query: 'HIL硬件在环测试设备租用',
    style: 'equipment',
    judgments: { 3: k(327, 352), 2: k(92), 1: k(158, 184) },
    rationale: 'PLC/DCS HIL system hours exact; inverter HIL hours close; SiC inverter HIL calibration related.',
  },
  // ---- RF and medical -------------------------------------------------------------------------------------------------
  {
    id: 'H27',
    query: '矢量网分比对',
    style: 'synonym',
    judgments: { 3: k(207), 1: k(140) },
    rationale: '网分 abbreviates 网络分析仪: the VNA comparison validation; S-parameter testing uses a VNA.',
  },
  {
    id: 'H28',
    query: '5G功放小批量贴片',
    style: 'synonym',
    judgments: { 3: k(302), 2: k(64, 142, 204, 301) },
    rationale: '功放 = 功率放大器, 贴片 = 贴装: GaN PA small-batch assembly; other RF devices the same service.',
  },
  {
    id: 'H29',
    query: '高低温湿热箱',
    style: 'equipment',
    judgments: { 3: k(299), 2: [...k(310), ...UV_DAMP_HEAT_HOURS] },
    rationale: 'Temperature-humidity chamber hours; climate chamber and damp-heat chamber hours close.',
  },
  {
    id: 'H30',
    query: '5G天线暗室测试',
    style: 'zh-run',
    judgments: { 3: k(139), 2: k(208, 298, 203) },
    rationale: 'Antenna OTA in the chamber; filter OTA, antenna EMC and anechoic chamber hours close.',
  },
  {
    id: 'H31',
    query: 'EMC摸底测试',
    style: 'mixed',
    judgments: { 3: [...k(141, 206, 269, 298), ...MEDICAL_EMC], 2: k(203) },
    rationale: '摸底 (pre-compliance) is filler for the need: every EMC test; anechoic chamber hours close.',
  },
  {
    id: 'H32',
    query: '超声设备做注册检',
    style: 'zh-filler',
    judgments: { 3: k(127), 2: MEDICAL_EMC, 1: k(125, 128) },
    rationale: '注册检 for 注册检验: ultrasound registration type test; DR EMC (part of registration) close.',
  },
  {
    id: 'H33',
    query: '医疗器械电气安全检测',
    style: 'zh-run',
    judgments: { 3: k(127), 1: MEDICAL_EMC },
    rationale: 'Electrical safety is in the GB 9706 registration type testing.',
  },
  {
    id: 'H34',
    query: 'GB9706.1',
    style: 'standard',
    judgments: { 3: k(127), 2: MEDICAL_EMC },
    rationale: 'Written without the space: the GB 9706 registration type test; YY 9706.102 EMC close.',
  },
  // ---- solid waste --------------------------------------------------------------------------------------------------
  {
    id: 'H35',
    query: '钢渣综合利用',
    style: 'zh-run',
    judgments: { 2: SOLID_WASTE_SCALE_UP, 1: SOLID_WASTE_EQUIPMENT_VALIDATION },
    rationale:
      'No steel slag offering: recycling scale-ups of other solid wastes are the best; equipment validation related.',
  },
  {
    id: 'H36',
    query: '废旧锂电池回收湿法冶金',
    style: 'synonym',
    judgments: { 3: k(471), 2: k(470), 1: k(285, 467) },
    rationale:
      '废旧 for 退役: recovery from spent batteries; hydrometallurgy system hours close; other spent-battery work related.',
  },
  {
    id: 'H37',
    query: '我们有一批赤泥想做建材化利用，有没有中试平台',
    style: 'sentence',
    judgments: { 2: [...k(467), ...SOLID_WASTE_SCALE_UP], 1: SOLID_WASTE_EQUIPMENT_VALIDATION },
    rationale: 'No red mud offering can be shown: building materials from waste and recycling scale-ups are the best.',
  },
  // ---- packaging --------------------------------------------------------------------------------------------------------
  {
    id: 'H38',
    query: 'ＳｉＰ封装打样',
    style: 'mixed',
    judgments: { 3: k(76), 2: k(153, 156, 293, 408, 409, 461, 465), 1: k(410) },
    rationale: 'Full-width SiP: SiP engineering lot; other engineering lots close; SiP warpage related.',
  },
  {
    id: 'H39',
    query: '芯片封装可靠性试验',
    style: 'zh-run',
    judgments: { 3: k(79, 407, 462), 2: k(77, 405, 464) },
    rationale: 'Package reliability testing; TC/HAST system hours close.',
  },
  {
    id: 'H40',
    query: '倒装键合机',
    style: 'equipment',
    judgments: { 3: k(296), 1: k(154, 155, 294, 460) },
    rationale: 'Flip-chip bonder hours; wire bonder hours and bonding equipment validation related.',
  },
  // ---- photovoltaics ------------------------------------------------------------------------------------------------
  {
    id: 'H41',
    query: 'iec61215认证测试',
    style: 'standard',
    judgments: { 3: PV_MODULE_TYPE_TESTS, 1: UV_DAMP_HEAT_HOURS },
    rationale: 'Lowercase, no space: PV module type tests; damp-heat chamber hours related.',
  },
  {
    id: 'H42',
    query: 'ＩＥＣ　６１２１５',
    style: 'standard',
    judgments: { 3: PV_MODULE_TYPE_TESTS, 1: UV_DAMP_HEAT_HOURS },
    rationale: 'Full-width letters, digits and space: the same standard.',
  },
  {
    id: 'H43',
    query: '钙钛矿电池效率测试',
    style: 'zh-run',
    judgments: { 3: k(278, 429, 280), 2: k(80, 268, 433, 267), 1: k(427, 82) },
    rationale:
      'Perovskite I-V testing exact; HJT/TOPCon I-V and simulator hours close; perovskite process development related.',
  },
  {
    id: 'H44',
    query: '隐裂检测',
    style: 'zh-run',
    judgments: { 3: [...IV_EL_TESTING, ...k(452)] },
    rationale: 'Micro-cracks are found by EL: the I-V and EL testing and the EL tester hours.',
  },
  {
    id: 'H45',
    query: 'uv老化箱',
    style: 'equipment',
    judgments: { 3: UV_DAMP_HEAT_HOURS, 1: PV_MODULE_TYPE_TESTS },
    rationale: 'Lowercase uv: UV and damp-heat chamber hours; module type tests include UV preconditioning.',
  },
  // ---- polymers -------------------------------------------------------------------------------------------------------
  {
    id: 'H46',
    query: '改性塑料造粒中试',
    style: 'zh-run',
    judgments: { 3: k(132, 137, 273), 2: k(86, 275), 1: k(85, 135, 256, 274) },
    rationale: 'Compounding scale-ups; twin-screw line hours close; tonne-scale trial runs related.',
  },
  {
    id: 'H47',
    query: '阻燃等级UL-94 V0测试',
    style: 'standard',
    judgments: { 3: k(136), 1: k(260) },
    rationale: 'UL 94 written with a hyphen: flame-retardancy testing; PC/ABS formulation related.',
  },
  {
    id: 'H48',
    query: 'PLA吹膜料配方',
    style: 'mixed',
    judgments: { 3: k(84, 131, 196, 258), 2: k(261), 1: k(273, 256) },
    rationale: 'Biodegradable compound development (film blowing); PLA/PBAT formulation optimisation close.',
  },
  // ---- sensors ----------------------------------------------------------------------------------------------------------
  {
    id: 'H49',
    query: 'MEMS流片',
    style: 'mixed',
    judgments: { 3: k(226), 2: k(224), 1: k(90, 176) },
    rationale: 'Small-batch MEMS fabrication; MEMS process development close; etcher and bonder hours related.',
  },
  {
    id: 'H50',
    query: '压力传感器校准',
    style: 'synonym',
    judgments: { 3: k(89, 178), 2: k(227, 228), 1: k(225) },
    rationale:
      '校准 for 标定: pressure standard and calibration system hours; IMU calibration and pressure sensor type test close.',
  },
  {
    id: 'H51',
    query: '深圳有没有MEMS刻蚀机可以用',
    style: 'place',
    judgments: { 3: k(90), 2: k(88), 1: k(89, 177, 229) },
    rationale: 'The DRIE hours are in Shenzhen; MEMS tool validation in Shenzhen close; the rest related.',
  },
  // ---- e-drive --------------------------------------------------------------------------------------------------------
  {
    id: 'H52',
    query: '电机台架测试',
    style: 'zh-run',
    judgments: { 3: k(159, 179, 161), 2: k(163, 164, 181), 1: k(160, 183) },
    rationale: 'Bench tests of drive units and dyno hours; type tests close; dyno validation related.',
  },
  {
    id: 'H53',
    query: '扁线电机',
    style: 'product',
    judgments: { 3: k(94, 162, 164, 181, 180) },
    rationale: 'A product alone: every hairpin motor offering.',
  },
  {
    id: 'H54',
    query: '电机控制器GBT18488型式试验',
    style: 'standard',
    judgments: { 3: k(163), 2: k(164, 181), 1: k(158, 184) },
    rationale: 'GB/T 18488 written GBT18488: the SiC inverter type test; motor type tests close.',
  },
  {
    id: 'H55',
    query: 'motor dyno hire',
    style: 'en',
    judgments: { 3: k(161), 2: k(160, 183), 1: k(159, 179) },
    rationale: 'Dynamometer hours; dynamometer validation close; bench tests related.',
  },
  {
    id: 'H56',
    query: 'salt fog test',
    style: 'synonym',
    judgments: { 3: k(91, 182) },
    rationale: 'Salt fog is salt spray: the salt spray chamber hours.',
  },
  // ---- additive manufacturing ---------------------------------------------------------------------------------------
  {
    id: 'H57',
    query: '金属3d打印代工',
    style: 'mixed',
    judgments: { 3: k(95, 192, 251, 345, 398, 479), 2: k(99, 253), 1: METAL_3D_PRINTER_VALIDATION },
    rationale: 'Lowercase 3d, 代工 (contract making): small-batch AM; LPBF hours close; printer validation related.',
  },
  {
    id: 'H58',
    query: '工业CT扫描',
    style: 'equipment',
    judgments: { 3: AM_PART_INSPECTION },
    rationale: 'Industrial CT is used in the AM part inspection.',
  },
  // ---- textiles ---------------------------------------------------------------------------------------------------------
  {
    id: 'H59',
    query: '面料透气性测试',
    style: 'zh-run',
    judgments: { 3: FIBRE_FUNCTIONAL_TESTING },
    rationale: 'Breathability is in the functional testing of fibres and fabrics.',
  },
  {
    id: 'H60',
    query: '相变调温面料小批量',
    style: 'zh-run',
    judgments: { 3: k(333), 2: k(416, 440), 1: k(334, 413) },
    rationale: 'Phase-change fibre trial spinning and weaving; other fibres the same service; its development related.',
  },
  {
    id: 'H61',
    query: '上海哪里能做纤维检测',
    style: 'place',
    judgments: { 3: k(150), 2: k(103, 104, 329, 414, 441), 1: k(149, 152) },
    rationale:
      'Shanghai has the PA56 functional testing; the same testing elsewhere close; other Shanghai offerings related.',
  },
  // ---- fine chemicals -------------------------------------------------------------------------------------------------
  {
    id: 'H62',
    query: '硝化工艺安全评估',
    style: 'zh-run',
    judgments: { 3: k(174, 250, 303), 2: k(249) },
    rationale: 'Nitration moved to flow for inherent safety; reaction calorimeter hours close.',
  },
  {
    id: 'H63',
    query: '催化剂寿命评价',
    style: 'zh-run',
    judgments: { 3: k(108, 304, 306, 307, 319, 391), 2: k(305) },
    rationale: 'Catalyst screening and evaluation (lifetime); fixed-bed unit hours close.',
  },
  {
    id: 'H64',
    query: 'pilot plant for pharma intermediates in Hefei',
    style: 'place',
    judgments: { 3: k(318), 2: k(390, 110), 1: k(108, 316, 317) },
    rationale: 'Hefei has the pharma intermediates scale-up; the same elsewhere close; other Hefei chemicals related.',
  },
  // ---- robotics -------------------------------------------------------------------------------------------------------
  {
    id: 'H65',
    query: '精密减速机测试',
    style: 'synonym',
    judgments: { 3: k(353), 2: k(114), 1: k(355, 435, 112, 116, 436) },
    rationale:
      '减速机 for 减速器: reducer accuracy and life testing; reducer type test close; other reducer work related.',
  },
  {
    id: 'H66',
    query: '机器人焊接工作站验证',
    style: 'zh-run',
    judgments: { 3: k(112, 116, 356, 434) },
    rationale: 'Validation in automotive body welding cells.',
  },
];
