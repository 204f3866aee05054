// The labelled set of `npm run eval:search`: queries typed the way users type them, over the default demo dataset
// (generateDemoDataset(), seed 20240901, 480 offerings, 427 of them searchable), each with graded judgments of the
// offerings that fit, by the dataset's stable offering keys. Written by reading the offerings
// (test/bench/matching-eval/print-offerings.ts, and the theme templates in libs/demo/src/dataset/demo-themes.ts)
// before the first run of the evaluation, and not changed after it: a query is never reworded to make it pass.
//
// Grades: 3 = what the query asks for (the thing named and, when a service is named, that service; a query naming only
// a thing: the offerings about that thing); 2 = a close fit (the same thing through a neighbouring service, or the
// same service on a sibling product); 1 = related (the next or previous step, machine hours on the instrument the
// service runs on, the same theme). Unlabelled offerings count as 0. Offerings that cannot be shown are never labelled:
// ARCHIVED ones and those of DRAFT or SUSPENDED platforms (the runner checks this).
//
// Queries naming a place (style 'place': a province or city typed with the need, in a sentence, in English, as the
// full name 江苏省, or alone) are graded by where the offering's platform is (its GB/T 2260 province code and city; the
// offering text does not name the province): 3 = the need, in that place (for a province, any of its cities); 2 = the
// need elsewhere, or a close sibling of the need in the place; 1 = related (in the place or not). When the place has no
// such offering, the need elsewhere is the best answer and nothing is graded 3. A place alone names no need: every
// showable offering of that province is graded 3, none above another, and no other province is labelled. Written by
// reading the catalogue before any search was tuned for places, and not changed after the first run.

import type { Grade, Judged } from '../eval-support.js';

/** How the query is typed: what it tests in the analysis. */
export type QueryStyle =
  | 'zh-run' // Chinese, several words, no spaces
  | 'zh-filler' // Chinese with filler words and particles (找, 一家, 能做, 的, 哪里, 有没有…)
  | 'mixed' // Chinese and Latin in one run (PI薄膜, GMP注射剂)
  | 'en' // an English phrase
  | 'typo' // misspelt
  | 'product' // a product or material name
  | 'standard' // a standard's number
  | 'equipment' // an instrument or machine
  | 'sentence' // a need described in a sentence
  | 'synonym' // a word the catalogue does not use, but its everyday equivalent
  | 'place' // a province or city with a need (江苏锂电池, 深圳检测, in a sentence, in English) or alone (湖南, 江苏省)
  // styles of the third holdout set (search-eval/holdout3-queries.ts)
  | 'model' // an equipment model or maker (BT-512, ac45热压罐, Nordvik TMA)
  | 'brand' // a platform's brand (泓钛, 锂科)
  | 'property' // a material with a property (耐高温 聚酰亚胺)
  | 'use' // the product the pilot is for (电动车, 手机天线)
  | 'spec' // a requirement with numbers and units (500L 反应釜, 10吨/天)
  | 'variant' // traditional characters or full-width forms
  | 'pinyin' // Chinese typed as pinyin
  | 'price' // a price word (便宜的, cheap, 免费)
  | 'negation' // something refused (不要锂电的, 非GMP)
  | 'order' // words in an unusual order (测试 电池 安全)
  | 'short' // one or two letters or a lone abbreviation (CT, 3D)
  | 'long' // a long description of the need
  | 'vague' // an SME's vague need
  // styles of the fourth holdout set (search-eval/holdout4-queries.ts)
  | 'homophone' // an IME's homophone or a look-alike character (行式试验 for 型式试验, 热压灌, 簿膜)
  | 'region' // a region word (长三角, 珠三角, 苏南, 华东) or a province typed for its city
  | 'spelling' // American or British spelling, plurals (characterization, molds, fiber)
  | 'abbrev' // an abbreviation or its expansion (NDT, GLP, SMT, AFP, PMSM)
  | 'std-form' // a standard written in a variant form (GB/T18488, gb-t-18488, IEC61215)
  | 'stage' // a product stage word (小试, 打样, 样品, 试产)
  | 'request' // a lab's or start-up's request in a sentence with budget, date and place
  | 'punct' // punctuation, emoji, quotes, a document title pasted in
  | 'common' // a very common word alone (测试, 设备, testing)
  | 'chinglish' // English typed word for word from Chinese (positive material amplify)
  // styles of the fifth holdout set (search-eval/holdout5-queries.ts)
  | 'traditional' // traditional characters (鋰電池, 檢測)
  | 'fullwidth' // full-width letters and digits (ＧＢ／Ｔ　１８４８８)
  | 'jargon' // the field's jargon or an acronym (DOE, PPAP, CPK, HALT/HASS, NVH)
  | 'chain' // an industry-chain word (电芯厂, 整车厂, PACK, 上游, 下游)
  | 'service' // a service named as users say it (代加工, 送检, 委托研发, 技术转让, 租机时)
  // styles of the sixth holdout set (search-eval/holdout6-queries.ts)
  | 'sheet' // a line of a spec sheet pasted in (额定功率150kW 冷启动-30℃, 插损 回损 带外抑制)
  | 'lab' // a university lab describing its sample (我们课题组合成了…)
  | 'buyer' // a buyer with a budget or a deadline (预算20万以内 3个月内, 招标, 询价)
  | 'stdnum' // a standard's number alone or with its part or year (61730, JESD22-A104, GB/T 18488-2015)
  | 'grade' // a material grade or formula (TC4, PA66-GF30, LiFePO4, rPET)
  | 'end-product' // the product and not the process (无人机机臂, 储氢瓶, 手机5G天线)
  | 'problem' // the problem and not the service (残碱太高, 孔隙率高, 温漂大)
  | 'colloquial' // colloquial or regional words (搪瓷釜, 老化房, 搵, 边度, 俺们, 咋整)
  | 'question' // a question (能不能…吗, 有没有…吗, 是否可以…)
  | 'nonnative' // English from a non-native writer (we need make small quantity of…)
  | 'two-needs' // two needs in one long query (…放大，顺便做…测试)
  // styles of the seventh holdout set (search-eval/holdout7-queries.ts)
  | 'wechat' // a WeChat-style fragment with punctuation, brackets, hashtags or emoji (在吗？…🙏, 【求助】, #3D打印#)
  | 'en-units' // English with the units typed in Chinese (reactor 100升, extruder 150公斤/小时)
  | 'customer' // the customer's industry rather than the process (给新能源车企做…, 光伏组件厂要…)
  // styles of the eighth holdout set (search-eval/holdout8-queries.ts)
  | 'nearby' // a place with 附近, 周边, 本地 or a region, and the need (苏州附近做盐雾的, 东北 复合材料 力学测试)
  | 'homophone-word' // an IME's homophone that is itself a word (实验箱 for 试验箱, 计时 for 机时, 公益 for 工艺)
  | 'taiwan' // Taiwan's or Hong Kong's vocabulary (碳化矽, 模組, 製程, 雷射, 軟體, 資料, 積層製造)
  | 'compound' // a material and a process as one compound (钛合金3D打印小批量, 碳纤维预浸料热压)
  | 'en-typo' // English with typos and British spellings (polymide film dielectic testing, fibre … hire)
  | 'initials' // pinyin initials (ryg机时 for 热压罐机时)
  | 'deadline' // a budget or a deadline with the need (下周能排上的热压罐, 预算3万以内)
  | 'no-match' // a need no offering serves (核磁共振波谱仪 机时, 食品微生物检测)
  // styles of the ninth holdout set (search-eval/holdout9-queries.ts)
  | 'need-run' // a whole need as one Chinese run: material, process, test and place (苏州做NCM811正极小批量试产的)
  | 'modifier'; // a rare modifier on a common head noun (真空冷冻干燥机租用, 搪玻璃反应釜机时)

export interface LabelledQuery extends Judged {
  /** Stable id for the report, e.g. 'Q01'. */
  id: string;
  query: string;
  style: QueryStyle;
  /** Offering key → grade; unlisted offerings are 0. */
  judgments: Partial<Record<Grade, string[]>>;
  /** Why these labels, in a line. */
  rationale: string;
}

/** Offering keys from their numbers: 6 → 'offering-000006'. */
const k = (...numbers: number[]): string[] => numbers.map((n) => `offering-${String(n).padStart(6, '0')}`);

// Recurring groups, by reading the catalogue.
const LI_CATHODE_SCALE_UP = k(6, 10, 24, 28, 30, 222, 365, 368);
const NA_CATHODE_SCALE_UP = k(29, 221);
const CATHODE_TRIAL_PRODUCTION = k(4, 11, 217, 223, 360, 362);
const CATHODE_CELL_TESTING = k(9, 15, 27, 219);
const PI_FILM_TESTING = k(18, 32, 188, 290);
const PI_ROLLS = k(17, 185, 288, 372, 392);
const PI_FILM_SCALE_UP = k(16, 34, 395);
const LOW_DK_FORMULATION = k(21, 31, 291);
const AUTOCLAVE_HOURS = k(239, 374);
const AUTOCLAVE_CURE = k(49, 145, 242, 243, 378, 380, 456);
const FUEL_CELL_DURABILITY = k(313, 314, 315, 336);
const FUEL_CELL_ENGINE_TYPE_TESTS = k(56, 309, 337, 341);
const PV_MODULE_TYPE_TESTS = k(264, 279, 417, 430);
const PEROVSKITE_MODULE_SCALE_UP = k(81, 244, 369, 419);
const TANDEM_SMALL_BATCH = k(83, 418, 431);
const IV_EL_TESTING = k(80, 268, 278, 280, 429, 433);
const RF_EMC_TYPE_TESTS = k(141, 206, 269, 298);
const AM_PART_INSPECTION = k(98, 262, 478);
const METAL_3D_PRINTER_VALIDATION = k(96, 255, 263, 346, 397, 480);
const SOFTWARE_TESTING = k(60, 325, 349, 387);
const CONTINUOUS_FLOW_CONVERSION = k(174, 250, 303);
const POLYOLEFIN_CATALYST_SCREENING = k(306, 307, 319, 391);
const PA56_TECH_TRANSFER = k(102, 149, 331, 438);
const FIBRE_FUNCTIONAL_TESTING = k(103, 104, 150, 414, 441);
const INJECTABLES_HANGZHOU = k(40, 42, 43, 44, 45, 46);
const INJECTABLES_TIANJIN = k(119, 120, 121, 122, 123);
const INJECTABLES_MIANYANG = k(472, 473, 475, 476);
const FUEL_CELL_BENCH_VALIDATION = k(55, 312, 340);
const ROBOT_SERVICES_SUZHOU = k(353, 354, 355, 356, 434, 435, 436);

// Every showable offering of a province (published platform, active offering), for the queries naming it alone
// (spread from an array literal so that the formatter fills the lines with numbers).
const HUNAN_43 = k(
  ...[
    24, 25, 26, 27, 28, 29, 30, 251, 252, 253, 255, 288, 289, 290, 291, 392, 393, 394, 395, 427, 429, 430, 431, 432,
    433,
  ],
);
const SICHUAN_51 = k(37, 38, 472, 473, 474, 475, 476);
const SHANGHAI_31 = k(149, 150, 152);
const JIANGSU_32 = k(
  ...[
    1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 31, 32, 33, 34, 35, 36, 64, 65, 66, 75,
    76, 77, 78, 79, 91, 92, 93, 94, 101, 102, 103, 104, 105, 106, 224, 225, 226, 227, 228, 229, 292, 293, 294, 295, 296,
    297, 298, 299, 300, 301, 302, 324, 325, 326, 327, 328, 353, 354, 355, 356, 357, 369, 370, 384, 385, 386, 387, 388,
    389, 417, 418, 419, 420, 421, 434, 435, 436, 460, 461, 462, 463, 464, 465,
  ],
);
const GUANGDONG_44 = k(
  ...[
    84, 85, 86, 87, 88, 89, 90, 112, 113, 114, 115, 116, 117, 256, 257, 258, 259, 260, 261, 264, 265, 266, 267, 268,
    286, 287, 342, 343, 344, 345, 346, 358, 359, 360, 361, 446, 447, 448, 449, 450, 451, 454, 455, 456, 457, 458, 459,
    477, 478, 479, 480,
  ],
);

export const LABELLED_QUERIES: readonly LabelledQuery[] = [
  // ---- lithium-ion cathode materials -------------------------------------------------------------------------------
  {
    id: 'Q01',
    query: '锂电池正极材料放大',
    style: 'zh-run',
    judgments: { 3: LI_CATHODE_SCALE_UP, 2: NA_CATHODE_SCALE_UP, 1: CATHODE_TRIAL_PRODUCTION },
    rationale:
      'Li-ion cathode scale-ups are exact; sodium-ion cathode scale-ups a sibling; trial production the next step.',
  },
  {
    id: 'Q02',
    query: 'NCM811正极材料吨级试生产',
    style: 'mixed',
    judgments: { 3: k(4, 362), 2: k(11, 217, 223, 360), 1: k(6, 28, 30, 368) },
    rationale:
      'NCM811 tonne-scale trial production is exact; other chemistries the same service; NCM811 scale-ups related.',
  },
  {
    id: 'Q03',
    query: '磷酸铁锂扣式电池测试',
    style: 'zh-run',
    judgments: { 3: k(15, 27), 2: k(9, 219), 1: k(1) },
    rationale: 'LFP coin- and pouch-cell testing is exact; LMFP and Li-rich cell tests siblings; cycler hours related.',
  },
  {
    id: 'Q04',
    query: 'LFP pouch cell test',
    style: 'en',
    judgments: { 3: k(15, 27), 2: k(9, 219), 1: k(1, 5, 26, 220) },
    rationale: 'LFP cell testing is exact; other cathode cell tests siblings; cycler and pouch-line hours related.',
  },
  {
    id: 'Q05',
    query: '高镍残碱',
    style: 'zh-run',
    judgments: { 3: k(7, 14, 25, 359, 363) },
    rationale: 'Only the high-nickel residual lithium and coating improvement is about residual alkali.',
  },
  {
    id: 'Q06',
    query: '钠电正极技术开发',
    style: 'zh-run',
    judgments: { 3: k(8, 218, 358, 364), 2: [...NA_CATHODE_SCALE_UP, ...k(217)] },
    rationale:
      'Sodium-ion layered-oxide cathode development is exact; sodium cathode scale-up and trial production close.',
  },
  {
    id: 'Q07',
    query: 'battery cycler machine hours',
    style: 'en',
    judgments: { 3: k(1), 1: [...CATHODE_CELL_TESTING, ...k(5, 26, 220)] },
    rationale:
      'Hours on a battery cycler are exact; the cell tests that run on one and other battery-line hours related.',
  },
  {
    id: 'Q08',
    query: '辊道窑',
    style: 'equipment',
    judgments: { 3: k(12, 2, 13, 361, 367) },
    rationale: 'Roller-kiln hours and roller-kiln validation are about the kiln.',
  },
  {
    id: 'Q09',
    query: 'cathdoe scale up',
    style: 'typo',
    judgments: { 3: [...LI_CATHODE_SCALE_UP, ...NA_CATHODE_SCALE_UP], 1: CATHODE_TRIAL_PRODUCTION },
    rationale: 'Every cathode scale-up (any chemistry) is exact; cathode trial production the next step.',
  },
  {
    id: 'Q10',
    query: '共沉淀反应釜租用',
    style: 'synonym',
    judgments: { 3: k(366), 1: [...LI_CATHODE_SCALE_UP, ...NA_CATHODE_SCALE_UP] },
    rationale: 'Renting a co-precipitation reactor is its machine hours; the scale-ups that run on one are related.',
  },
  {
    id: 'Q11',
    query: '锂电池循环寿命测试',
    style: 'zh-run',
    judgments: { 3: CATHODE_CELL_TESTING, 1: k(1) },
    rationale: 'The cathode cell tests include cycle life; cycler hours related.',
  },
  {
    id: 'Q12',
    query: '钠离子电池',
    style: 'product',
    judgments: { 3: [...k(8, 218, 358, 364), ...NA_CATHODE_SCALE_UP, ...k(217)] },
    rationale: 'Every sodium-ion offering (development, scale-up, trial production) is about sodium-ion batteries.',
  },
  {
    id: 'Q13',
    query: '我们是一家初创企业，想把磷酸锰铁锂正极材料从公斤级放大到百公斤级',
    style: 'sentence',
    judgments: {
      3: k(222, 365),
      2: [...k(6, 10, 24, 28, 30, 368), ...NA_CATHODE_SCALE_UP],
      1: k(11, 360, 9),
    },
    rationale:
      'LMFP 100 kg scale-up is exact; other cathode scale-ups close; LMFP trial production and testing related.',
  },
  // ---- polyimide film ---------------------------------------------------------------------------------------------
  {
    id: 'Q14',
    query: 'PI薄膜',
    style: 'mixed',
    judgments: {
      3: [...PI_FILM_TESTING, ...PI_ROLLS, ...PI_FILM_SCALE_UP, ...k(36, 189)],
      2: LOW_DK_FORMULATION,
      1: k(19, 20, 33, 35, 186, 289, 22, 373, 393, 371, 394),
    },
    rationale: 'Every PI film offering is exact; low-Dk polyimide formulation close; the film line equipment related.',
  },
  {
    id: 'Q15',
    query: '透明聚酰亚胺薄膜性能测试',
    style: 'zh-run',
    judgments: { 3: k(32, 290), 2: k(18, 188), 1: k(17, 19, 35, 186) },
    rationale:
      'Colourless PI film testing is exact; other PI film tests siblings; CPI rolls and test instruments related.',
  },
  {
    id: 'Q16',
    query: '低介电PI膜小批量',
    style: 'mixed',
    judgments: { 3: k(185, 288, 372), 2: k(17, 392), 1: [...k(16, 34, 188), ...LOW_DK_FORMULATION] },
    rationale:
      'Low-Dk PI roll trial production is exact; other PI rolls siblings; low-Dk scale-up, tests and formulation related.',
  },
  {
    id: 'Q17',
    query: 'polyimide film casting scale up',
    style: 'en',
    judgments: { 3: PI_FILM_SCALE_UP, 1: [...k(33), ...PI_ROLLS] },
    rationale: 'PI resin and casting scale-up is exact; the casting line hours and roll production related.',
  },
  {
    id: 'Q18',
    query: '流延机机时',
    style: 'equipment',
    judgments: { 3: k(33), 1: PI_FILM_SCALE_UP },
    rationale: 'Hours on the casting film line; casting scale-ups related.',
  },
  {
    id: 'Q19',
    query: '介电常数测试',
    style: 'zh-run',
    judgments: { 3: PI_FILM_TESTING, 2: k(186), 1: LOW_DK_FORMULATION },
    rationale:
      'PI film tests measure the dielectric constant; the dielectric test system hours close; low-Dk formulation related.',
  },
  {
    id: 'Q20',
    query: 'polyimde film testing',
    style: 'typo',
    judgments: { 3: PI_FILM_TESTING, 1: k(186, 19, 35) },
    rationale: 'PI film testing is exact; the instruments it runs on related.',
  },
  // ---- biologics ---------------------------------------------------------------------------------------------------
  {
    id: 'Q21',
    query: 'ADC放行检测',
    style: 'mixed',
    judgments: { 3: k(38, 200), 2: k(450), 1: k(202, 382, 448, 451) },
    rationale: 'ADC release testing is exact; bispecific release testing a sibling; other ADC services related.',
  },
  {
    id: 'Q22',
    query: '双抗细胞培养工艺放大',
    style: 'synonym',
    judgments: { 3: k(201), 2: k(202, 382, 448), 1: k(197, 198) },
    rationale:
      '双抗 is the everyday word for bispecific antibodies: their cell culture scale-up is exact; ADC scale-ups siblings.',
  },
  {
    id: 'Q23',
    query: '单抗GMP临床样品生产',
    style: 'synonym',
    judgments: { 3: k(381), 2: k(198, 451), 1: k(449, 447) },
    rationale:
      '单抗 is monoclonal antibody: its GMP clinical material is exact; other antibodies siblings; mAb cell line and cleanroom related.',
  },
  {
    id: 'Q24',
    query: 'viral clearance',
    style: 'en',
    judgments: { 3: k(37, 446) },
    rationale: 'Downstream yield and viral clearance optimisation.',
  },
  {
    id: 'Q25',
    query: '需要一家CDMO做抗体临床样品',
    style: 'zh-filler',
    judgments: { 3: k(198, 381, 451), 2: k(201, 202, 382, 448, 197, 449), 1: k(38, 200, 450, 37, 446) },
    rationale:
      'GMP clinical material of antibodies is exact; scale-up and cell line development close; testing and purification related.',
  },
  {
    id: 'Q26',
    query: 'We need GMP clinical batches for a bispecific antibody',
    style: 'sentence',
    judgments: { 3: k(198), 2: k(381, 451), 1: k(201, 197) },
    rationale:
      'Bispecific GMP clinical material is exact; other antibodies close; bispecific scale-up and cell line related.',
  },
  // ---- injectables -------------------------------------------------------------------------------------------------
  {
    id: 'Q27',
    query: 'GMP注射剂',
    style: 'mixed',
    judgments: {
      3: k(42, 46, 119, 43, 120, 472),
      2: k(44, 122, 45, 121, 476, 40, 123, 475, 473),
      1: k(41, 118, 474),
    },
    rationale:
      'GMP batches and process validation of injectables are exact; other injectable services close; equipment hours related.',
  },
  {
    id: 'Q28',
    query: '冻干机租用',
    style: 'synonym',
    judgments: { 3: k(474), 2: k(473), 1: k(44) },
    rationale:
      'Renting a freeze dryer is its machine hours; cycle optimisation close; lyophilised powder stability related.',
  },
  {
    id: 'Q29',
    query: '预灌封注射剂注册批生产',
    style: 'zh-run',
    judgments: { 3: k(42, 119), 2: k(46), 1: k(43) },
    rationale: 'Prefilled-syringe registration batches are exact; liposomal batches a sibling; PFS scale-up related.',
  },
  {
    id: 'Q30',
    query: 'liposome injection stability study',
    style: 'en',
    judgments: { 3: k(122), 2: k(44), 1: k(46) },
    rationale:
      'Liposomal injection stability is exact; lyophilised powder stability a sibling; liposomal batches related.',
  },
  {
    id: 'Q31',
    query: '小容量注射剂处方开发',
    style: 'zh-run',
    judgments: { 3: k(45, 121, 476), 1: k(120, 472) },
    rationale: 'SVP formulation development is exact; SVP scale-up related.',
  },
  {
    id: 'Q32',
    query: '无菌灌装机验证',
    style: 'equipment',
    judgments: { 3: k(40, 123, 475), 1: k(42, 46, 119) },
    rationale: 'Validation of aseptic filling equipment is exact; aseptic batch production related.',
  },
  {
    id: 'Q33',
    query: 'ICH稳定性考察',
    style: 'standard',
    judgments: { 3: k(44, 122) },
    rationale: 'The stability studies follow ICH guidelines.',
  },
  // ---- carbon fibre composites --------------------------------------------------------------------------------------
  {
    id: 'Q34',
    query: '风电叶片无损检测',
    style: 'zh-run',
    judgments: { 3: k(144, 375), 2: k(48, 379), 1: k(243, 376) },
    rationale: 'NDT of wind blade spar caps is exact; NDT of other parts siblings; other spar cap services related.',
  },
  {
    id: 'Q35',
    query: '热压罐租用',
    style: 'synonym',
    judgments: { 3: AUTOCLAVE_HOURS, 1: AUTOCLAVE_CURE },
    rationale: 'Renting an autoclave is its machine hours; autoclave cure optimisation related.',
  },
  {
    id: 'Q36',
    query: 'autoclave hours',
    style: 'en',
    judgments: { 3: AUTOCLAVE_HOURS, 1: AUTOCLAVE_CURE },
    rationale: 'Autoclave machine hours; autoclave cure optimisation related.',
  },
  {
    id: 'Q37',
    query: '碳纤维复合材料力学性能测试',
    style: 'zh-run',
    judgments: { 3: k(47, 148, 454), 1: k(48, 144, 375, 379) },
    rationale: 'Mechanical testing of composite laminates is exact; static and fatigue type tests of parts related.',
  },
  {
    id: 'Q38',
    query: '预浸料树脂放大',
    style: 'zh-run',
    judgments: { 3: k(50, 147, 377), 1: k(53, 455) },
    rationale: 'Prepreg resin scale-up is exact; prepreg line hours related.',
  },
  {
    id: 'Q39',
    query: '储氢瓶缠绕层试制',
    style: 'zh-run',
    judgments: { 3: k(52, 459), 2: k(145) },
    rationale:
      'Hydrogen tank overwrap small batches are exact (储氢瓶 is the short form of 储氢气瓶); their cure optimisation close.',
  },
  {
    id: 'Q40',
    query: 'thermoplastic composite forming',
    style: 'en',
    judgments: { 3: k(51, 146, 240, 457) },
    rationale: 'Rapid forming of thermoplastic composites.',
  },
  {
    id: 'Q41',
    query: '无人机结构件',
    style: 'product',
    judgments: { 3: k(49, 241, 378, 379, 456) },
    rationale: 'Every UAV structural part offering.',
  },
  {
    id: 'Q42',
    query: 'hydrogen tank overwarp',
    style: 'typo',
    judgments: { 3: k(52, 459), 2: k(145) },
    rationale: 'Hydrogen tank overwrap small batches are exact; their cure optimisation close.',
  },
  // ---- hydrogen fuel cells -----------------------------------------------------------------------------------------
  {
    id: 'Q43',
    query: '燃料电池耐久性测试',
    style: 'zh-run',
    judgments: { 3: FUEL_CELL_DURABILITY, 2: FUEL_CELL_ENGINE_TYPE_TESTS, 1: k(311, 310) },
    rationale:
      'Polarisation and durability tests are exact; engine type tests close; stack bench and climate chamber hours related.',
  },
  {
    id: 'Q44',
    query: '膜电极小批量试制',
    style: 'zh-run',
    judgments: { 3: k(57, 287), 2: k(338), 1: k(336, 286) },
    rationale:
      'MEA small-batch builds are exact; bipolar plate small batches a sibling; MEA testing and catalyst layers related.',
  },
  {
    id: 'Q45',
    query: 'fuel cell engine type test',
    style: 'en',
    judgments: { 3: FUEL_CELL_ENGINE_TYPE_TESTS, 1: k(313, 315) },
    rationale: 'Fuel cell engine type tests are exact; stack and system durability tests related.',
  },
  {
    id: 'Q46',
    query: '双极板冲压',
    style: 'zh-run',
    judgments: { 3: k(335, 339), 2: k(338), 1: k(314) },
    rationale:
      'The bipolar plate stamping line and forming improvement are exact; bipolar plate small batch close; testing related.',
  },
  {
    id: 'Q47',
    query: '电堆测试台',
    style: 'equipment',
    judgments: { 3: k(311, 55, 312, 340), 1: k(313) },
    rationale: 'Stack test bench hours and bench validation are about the bench; stack durability testing related.',
  },
  {
    id: 'Q48',
    query: '低铂催化层',
    style: 'zh-run',
    judgments: { 3: k(286) },
    rationale: 'Low-platinum catalyst layer development.',
  },
  // ---- industrial software ------------------------------------------------------------------------------------------
  {
    id: 'Q49',
    query: 'MES软件测试',
    style: 'mixed',
    judgments: { 3: k(387), 2: k(60, 349, 325), 1: k(63, 328, 348, 386) },
    rationale: 'MES functional testing is exact; other software tests siblings; MES data optimisation related.',
  },
  {
    id: 'Q50',
    query: '工控安全渗透测试',
    style: 'zh-run',
    judgments: { 3: k(61, 326, 350), 2: k(388) },
    rationale: 'ICS security assessment (penetration testing) is exact; the OT cyber range hours close.',
  },
  {
    id: 'Q51',
    query: 'PLM application validation',
    style: 'en',
    judgments: { 3: k(324, 347), 2: k(60, 349), 1: k(389) },
    rationale: 'PLM validation in discrete manufacturing is exact; PLM testing close; CAE validation related.',
  },
  {
    id: 'Q52',
    query: 'CAE仿真软件',
    style: 'mixed',
    judgments: { 3: k(325, 389), 1: k(62, 351, 384, 58, 385) },
    rationale: 'CAE software testing and validation are exact; simulation models and HPC hours related.',
  },
  {
    id: 'Q53',
    query: '高性能计算集群机时',
    style: 'equipment',
    judgments: { 3: k(58, 385) },
    rationale: 'HPC cluster machine hours.',
  },
  {
    id: 'Q54',
    query: 'GB/T 25000.51',
    style: 'standard',
    judgments: { 3: SOFTWARE_TESTING },
    rationale: 'The software functional and performance tests follow GB/T 25000.51.',
  },
  // ---- 5G RF devices -----------------------------------------------------------------------------------------------
  {
    id: 'Q55',
    query: '5G滤波器S参数测试',
    style: 'mixed',
    judgments: { 3: k(140), 2: k(208), 1: k(207) },
    rationale: '5G filter S-parameter testing is exact; 5G filter OTA testing close; VNA validation related.',
  },
  {
    id: 'Q56',
    query: '毫米波天线OTA测试',
    style: 'mixed',
    judgments: { 3: k(139), 2: k(208), 1: k(138, 300, 142, 204, 298) },
    rationale: 'mmWave antenna OTA testing is exact; filter OTA close; other mmWave antenna services related.',
  },
  {
    id: 'Q57',
    query: '电波暗室机时',
    style: 'equipment',
    judgments: { 3: k(203), 1: [...RF_EMC_TYPE_TESTS, ...k(126)] },
    rationale: 'Anechoic chamber hours are exact; EMC tests run in a chamber related.',
  },
  {
    id: 'Q58',
    query: 'GaN功放电磁兼容',
    style: 'synonym',
    judgments: { 3: k(141, 269), 2: k(206, 298), 1: k(205, 302, 126) },
    rationale:
      '功放 is a power amplifier: GaN PA EMC type tests are exact; EMC of other RF parts close; other GaN PA services related.',
  },
  {
    id: 'Q59',
    query: 'RF front end module small batch assembly',
    style: 'en',
    judgments: { 3: k(64, 301), 2: k(142, 204, 302), 1: k(65, 206) },
    rationale: 'RFFE small-batch assembly is exact; other RF small batches close; RFFE design and EMC related.',
  },
  {
    id: 'Q60',
    query: 'looking for a lab that can do EMC testing of GaN power amplifiers',
    style: 'sentence',
    judgments: { 3: k(141, 269), 2: k(206, 298, 126), 1: k(205, 302, 203) },
    rationale:
      'GaN PA EMC type tests are exact; EMC tests of other products close; other GaN PA services and the chamber related.',
  },
  {
    id: 'Q61',
    query: '射频探针台',
    style: 'equipment',
    judgments: { 3: k(66, 271, 297) },
    rationale: 'RF wafer probe station hours.',
  },
  // ---- medical imaging ---------------------------------------------------------------------------------------------
  {
    id: 'Q62',
    query: '超声诊断设备注册检验',
    style: 'zh-run',
    judgments: { 3: k(127), 2: k(125, 128), 1: k(126) },
    rationale:
      'Ultrasound registration type testing is exact; other ultrasound evaluations close; DR EMC testing related.',
  },
  {
    id: 'Q63',
    query: 'GB 9706',
    style: 'standard',
    judgments: { 3: k(127), 2: k(126) },
    rationale: 'The registration type test follows GB 9706; the EMC test follows YY 9706.102 of the same family.',
  },
  {
    id: 'Q64',
    query: 'CT图像质量评价',
    style: 'mixed',
    judgments: { 3: k(230), 2: k(68, 130, 125), 1: k(231, 403, 129) },
    rationale: 'CT image quality evaluation is exact; other modalities close; phantom and dosimetry hours related.',
  },
  {
    id: 'Q65',
    query: 'MRI coil EMC test',
    style: 'en',
    judgments: { 2: k(126, 68, 130), 1: k(401) },
    rationale:
      'No MRI coil EMC test is searchable: DR EMC testing and MRI coil image quality are close; coil validation related.',
  },
  {
    id: 'Q66',
    query: '探测器模组装调',
    style: 'zh-run',
    judgments: { 3: k(67, 124) },
    rationale: 'Detector module assembly and alignment improvement.',
  },
  {
    id: 'Q67',
    query: 'DR样机试制',
    style: 'mixed',
    judgments: { 3: k(400), 1: k(69, 126) },
    rationale: 'DR prototype small batch is exact; other DR services related.',
  },
  // ---- industrial solid waste --------------------------------------------------------------------------------------
  {
    id: 'Q68',
    query: '磷石膏资源化',
    style: 'zh-run',
    judgments: { 3: k(281, 466) },
    rationale: 'Phosphogypsum recycling scale-ups.',
  },
  {
    id: 'Q69',
    query: '退役动力电池回收',
    style: 'zh-run',
    judgments: { 3: k(471), 2: k(285, 467), 1: k(470) },
    rationale:
      'Recovery of valuable components from spent EV batteries is exact; their testing and reuse close; leaching system hours related.',
  },
  {
    id: 'Q70',
    query: '浸出毒性检测',
    style: 'zh-run',
    judgments: { 3: k(285), 1: k(470) },
    rationale: 'Leaching toxicity testing is exact; the leaching system hours related.',
  },
  {
    id: 'Q71',
    query: 'plasma melting furnace',
    style: 'equipment',
    judgments: { 3: k(284, 469) },
    rationale: 'Plasma melting furnace hours.',
  },
  {
    id: 'Q72',
    query: '固废处理装备中试验证',
    style: 'zh-run',
    judgments: { 3: k(283, 468) },
    rationale: 'Pilot validation of solid waste treatment equipment.',
  },
  // ---- advanced packaging ------------------------------------------------------------------------------------------
  {
    id: 'Q73',
    query: 'QFN封装工程批',
    style: 'mixed',
    judgments: { 3: k(156, 293, 408, 465), 2: k(76, 153, 409, 461), 1: k(75, 78, 295) },
    rationale: 'QFN engineering lots are exact; other engineering lots close; other QFN services related.',
  },
  {
    id: 'Q74',
    query: 'HAST可靠性测试',
    style: 'mixed',
    judgments: { 3: k(79, 407, 462), 2: k(77, 405, 464) },
    rationale: 'Package reliability testing (HAST) is exact; TC/HAST system hours close.',
  },
  {
    id: 'Q75',
    query: 'SiC功率模块',
    style: 'product',
    judgments: { 3: k(404, 463), 1: k(93, 158, 184, 163) },
    rationale: 'SiC power module services are exact; SiC inverter services related.',
  },
  {
    id: 'Q76',
    query: 'fan-out wafer level packaging',
    style: 'en',
    judgments: { 3: k(153, 409, 461, 292) },
    rationale: 'Fan-out wafer-level packaging engineering lots and process development.',
  },
  {
    id: 'Q77',
    query: '翘曲空洞率改善',
    style: 'synonym',
    judgments: { 3: k(78, 295, 404, 410) },
    rationale: 'Warpage and voiding reduction (改善 for 改进).',
  },
  {
    id: 'Q78',
    query: '引线键合机',
    style: 'equipment',
    judgments: { 3: k(154), 2: k(296), 1: k(155, 294, 460) },
    rationale: 'Wire bonder hours are exact; flip-chip bonder hours close; bonding equipment validation related.',
  },
  {
    id: 'Q79',
    query: 'JEDEC',
    style: 'standard',
    judgments: { 3: k(79, 407, 462) },
    rationale: 'Package reliability tests follow JEDEC.',
  },
  // ---- photovoltaics -----------------------------------------------------------------------------------------------
  {
    id: 'Q80',
    query: '找一家能做光伏组件型式试验的机构',
    style: 'zh-filler',
    judgments: { 3: PV_MODULE_TYPE_TESTS, 1: k(277, 421) },
    rationale: 'PV module type tests are exact; UV and damp-heat chamber hours related.',
  },
  {
    id: 'Q81',
    query: 'IEC 61215',
    style: 'standard',
    judgments: { 3: PV_MODULE_TYPE_TESTS },
    rationale: 'PV module type tests to IEC 61215.',
  },
  {
    id: 'Q82',
    query: '钙钛矿组件放大',
    style: 'zh-run',
    judgments: { 3: PEROVSKITE_MODULE_SCALE_UP, 2: k(266, 453, 427), 1: k(420, 278, 429) },
    rationale:
      'Perovskite module scale-up is exact; module small batches and process development close; coater and testing related.',
  },
  {
    id: 'Q83',
    query: 'HJT电池IV测试',
    style: 'mixed',
    judgments: { 3: k(80, 433), 2: k(268, 280, 278, 429), 1: k(267, 247) },
    rationale:
      'HJT I-V and EL testing is exact; I-V testing of other cells close; solar simulator hours and HJT batches related.',
  },
  {
    id: 'Q84',
    query: 'TOPCon cell pilot line process development',
    style: 'en',
    judgments: { 3: k(246, 432), 2: k(82, 427), 1: k(248, 268) },
    rationale: 'TOPCon pilot process development is exact; other cells close; TOPCon batches and testing related.',
  },
  {
    id: 'Q85',
    query: 'perovskit tandem',
    style: 'typo',
    judgments: { 3: [...k(82, 280), ...TANDEM_SMALL_BATCH], 1: [...PEROVSKITE_MODULE_SCALE_UP, ...k(266, 453, 427)] },
    rationale: 'Every perovskite-silicon tandem offering is exact; perovskite module offerings related.',
  },
  {
    id: 'Q86',
    query: 'EL缺陷检测仪',
    style: 'equipment',
    judgments: { 3: k(452), 2: IV_EL_TESTING },
    rationale: 'Electroluminescence tester hours are exact; I-V and EL testing close.',
  },
  {
    id: 'Q87',
    query: '有没有做钙钛矿叠层电池小批量试制的平台',
    style: 'zh-filler',
    judgments: { 3: TANDEM_SMALL_BATCH, 2: k(266, 453, 247, 248), 1: k(82, 280) },
    rationale:
      'Tandem cell small batches are exact; other PV small batches close; tandem development and testing related.',
  },
  {
    id: 'Q88',
    query: '组件层压机',
    style: 'equipment',
    judgments: { 3: k(245, 370) },
    rationale: 'Module laminator hours.',
  },
  // ---- polymer modification ----------------------------------------------------------------------------------------
  {
    id: 'Q89',
    query: 'PA66增强改性',
    style: 'mixed',
    judgments: { 3: k(134, 195, 257, 272), 2: k(85, 135) },
    rationale: 'Reinforced PA66 formulation is exact; PA66 tonne-scale trial production close.',
  },
  {
    id: 'Q90',
    query: '阻燃PC/ABS检测',
    style: 'mixed',
    judgments: { 3: k(136), 2: k(137, 260, 274) },
    rationale: 'FR PC/ABS testing is exact; its other services close.',
  },
  {
    id: 'Q91',
    query: 'UL94',
    style: 'standard',
    judgments: { 3: k(136) },
    rationale: 'The flame-retardancy test includes UL 94 vertical burning.',
  },
  {
    id: 'Q92',
    query: '双螺杆挤出机租用',
    style: 'synonym',
    judgments: { 3: k(86, 275), 1: k(132, 137, 273) },
    rationale: 'Twin-screw compounding line hours are exact; compounding scale-ups related.',
  },
  {
    id: 'Q93',
    query: '可降解材料吨级试产',
    style: 'zh-run',
    judgments: { 3: k(256), 2: k(85, 135, 274), 1: k(273, 261, 84, 131, 196, 258) },
    rationale:
      'PLA/PBAT tonne-scale trial production is exact; other tonne-scale trials close; other biodegradable services related.',
  },
  {
    id: 'Q94',
    query: 'long glass fiber PP compounding',
    style: 'en',
    judgments: { 3: k(132) },
    rationale: 'LGF-PP compounding scale-up (American spelling of fibre).',
  },
  // ---- smart sensors -----------------------------------------------------------------------------------------------
  {
    id: 'Q95',
    query: '哪里可以做MEMS压力传感器型式试验',
    style: 'zh-filler',
    judgments: { 3: k(228), 1: k(89, 227) },
    rationale: 'MEMS pressure sensor type testing is exact; pressure standard hours and IMU tests related.',
  },
  {
    id: 'Q96',
    query: 'IMU标定',
    style: 'mixed',
    judgments: { 3: k(227), 1: k(178) },
    rationale: 'IMU calibration and reliability testing is exact; calibration system hours related.',
  },
  {
    id: 'Q97',
    query: 'MEMS深硅刻蚀机时',
    style: 'mixed',
    judgments: { 3: k(90), 2: k(88, 177, 229), 1: k(176) },
    rationale: 'DRIE hours are exact; MEMS process tool validation close; wafer bonder hours related.',
  },
  {
    id: 'Q98',
    query: '传感器温漂补偿',
    style: 'zh-run',
    judgments: { 3: k(225) },
    rationale: 'Temperature drift compensation for sensors.',
  },
  {
    id: 'Q99',
    query: 'gas sensor MPW',
    style: 'en',
    judgments: { 3: k(226) },
    rationale: 'Gas sensor small-batch fabrication (MPW).',
  },
  // ---- EV electric drive -------------------------------------------------------------------------------------------
  {
    id: 'Q100',
    query: '扁线电机型式试验GB/T 18488',
    style: 'standard',
    judgments: { 3: k(164, 181), 2: k(163), 1: k(180, 94, 162) },
    rationale:
      'Hairpin PMSM type tests to GB/T 18488 are exact; the SiC inverter one close; other hairpin motor services related.',
  },
  {
    id: 'Q101',
    query: '电驱动总成NVH测试',
    style: 'mixed',
    judgments: { 3: k(179), 2: k(159), 1: k(161) },
    rationale: 'E-drive unit NVH testing is exact; gearbox NVH close; the dyno hours related.',
  },
  {
    id: 'Q102',
    query: 'SiC inverter calibration',
    style: 'en',
    judgments: { 3: k(158, 184), 2: k(93, 163), 1: k(92) },
    rationale:
      'SiC inverter development and calibration is exact; other SiC inverter services close; HIL hours related.',
  },
  {
    id: 'Q103',
    query: '测功机台架租用',
    style: 'synonym',
    judgments: { 3: k(161), 2: k(160, 183) },
    rationale: 'Dynamometer hours are exact; dynamometer validation close.',
  },
  {
    id: 'Q104',
    query: '盐雾试验',
    style: 'zh-run',
    judgments: { 3: k(91, 182) },
    rationale: 'Salt spray chamber hours.',
  },
  // ---- metal additive manufacturing --------------------------------------------------------------------------------
  {
    id: 'Q105',
    query: '3D打印零件检测',
    style: 'synonym',
    judgments: { 3: AM_PART_INSPECTION, 1: METAL_3D_PRINTER_VALIDATION },
    rationale: '3D printing is additive manufacturing: AM part inspection is exact; printer validation related.',
  },
  {
    id: 'Q106',
    query: '钛合金航空结构件增材制造',
    style: 'zh-run',
    judgments: { 3: k(192, 251, 479), 2: k(343, 399) },
    rationale: 'Titanium bracket AM small batches are exact; their print optimisation and design close.',
  },
  {
    id: 'Q107',
    query: 'SLM设备机时',
    style: 'mixed',
    judgments: { 3: k(99, 253), 1: METAL_3D_PRINTER_VALIDATION },
    rationale: 'SLM is laser powder bed fusion: its machine hours are exact; metal printer validation related.',
  },
  {
    id: 'Q108',
    query: '热等静压',
    style: 'equipment',
    judgments: { 3: k(191, 342, 477) },
    rationale: 'Hot isostatic press hours.',
  },
  {
    id: 'Q109',
    query: '随形冷却模具',
    style: 'product',
    judgments: { 3: k(345, 398, 252, 396) },
    rationale: 'Every conformal-cooling mould offering.',
  },
  {
    id: 'Q110',
    query: 'porous titanium implant',
    style: 'en',
    judgments: { 3: k(97, 100, 190, 344) },
    rationale: 'Every porous titanium implant offering.',
  },
  // ---- functional fibres and textiles ------------------------------------------------------------------------------
  {
    id: 'Q111',
    query: 'PA56纤维成果转化',
    style: 'mixed',
    judgments: { 3: PA56_TECH_TRANSFER, 2: k(416), 1: k(104, 150, 441) },
    rationale: 'PA56 technology transfer is exact; PA56 trial spinning close; PA56 testing related.',
  },
  {
    id: 'Q112',
    query: '再生涤纶纺丝放大',
    style: 'synonym',
    judgments: { 3: k(411), 1: k(106, 103, 414) },
    rationale: '涤纶 is polyester: recycled polyester spinning scale-up is exact; its development and testing related.',
  },
  {
    id: 'Q113',
    query: '抗菌面料检测',
    style: 'zh-run',
    judgments: { 3: k(329), 2: k(103, 104, 150, 414, 441), 1: k(105, 437, 440) },
    rationale:
      'Antibacterial fabric testing is exact; other fibre functional tests close; other antibacterial fabric services related.',
  },
  {
    id: 'Q114',
    query: 'electrospining',
    style: 'typo',
    judgments: { 3: k(152, 332) },
    rationale: 'Electrospinning system hours.',
  },
  {
    id: 'Q115',
    query: 'dyeing energy saving',
    style: 'en',
    judgments: { 3: k(330, 412) },
    rationale: 'Energy and emission reduction in dyeing and finishing.',
  },
  {
    id: 'Q116',
    query: '功能纤维检测',
    style: 'zh-run',
    judgments: { 3: [...FIBRE_FUNCTIONAL_TESTING, ...k(329)], 1: k(101, 415, 439) },
    rationale: 'Functional testing of fibres and fabrics is exact; fibre tensile tester hours related.',
  },
  // ---- continuous-flow fine chemicals ------------------------------------------------------------------------------
  {
    id: 'Q117',
    query: '釜式改连续流',
    style: 'zh-run',
    judgments: { 3: CONTINUOUS_FLOW_CONVERSION, 1: k(172) },
    rationale: 'Batch-to-continuous conversion is exact; microreactor hours related.',
  },
  {
    id: 'Q118',
    query: '硝化反应连续化',
    style: 'zh-run',
    judgments: { 3: CONTINUOUS_FLOW_CONVERSION, 1: k(172) },
    rationale: 'The conversion turns nitration into continuous flow; microreactor hours related.',
  },
  {
    id: 'Q119',
    query: '医药中间体公斤级到吨级放大',
    style: 'zh-run',
    judgments: { 3: k(318, 390), 2: k(111, 171, 175), 1: k(110, 108) },
    rationale:
      'Pharma intermediate kg-to-t scale-up is exact; other kg-to-t scale-ups close; other intermediate services related.',
  },
  {
    id: 'Q120',
    query: 'polyolefin catalyst evaluation',
    style: 'en',
    judgments: { 3: POLYOLEFIN_CATALYST_SCREENING, 2: k(171, 108, 304), 1: k(305) },
    rationale:
      'Polyolefin catalyst screening is exact; its scale-up and other catalyst screening close; fixed-bed unit hours related.',
  },
  {
    id: 'Q121',
    query: '反应量热仪',
    style: 'equipment',
    judgments: { 3: k(249) },
    rationale: 'Reaction calorimeter hours.',
  },
  {
    id: 'Q122',
    query: '微通道反应器',
    style: 'equipment',
    judgments: { 3: k(172), 1: CONTINUOUS_FLOW_CONVERSION },
    rationale: 'Microreactor hours are exact; batch-to-continuous conversion related.',
  },
  // ---- industrial robots -------------------------------------------------------------------------------------------
  {
    id: 'Q123',
    query: 'RV减速器型式试验',
    style: 'mixed',
    judgments: { 3: k(114), 2: k(117, 354), 1: k(116, 436) },
    rationale: 'RV reducer type testing is exact; cobot type tests close; other RV reducer services related.',
  },
  {
    id: 'Q124',
    query: '谐波减速器寿命测试',
    style: 'zh-run',
    judgments: { 3: k(353), 1: k(355, 435, 112) },
    rationale: 'Harmonic drive life testing is exact; other harmonic drive services related.',
  },
  {
    id: 'Q125',
    query: '协作机器人',
    style: 'product',
    judgments: { 3: k(117, 354, 434) },
    rationale: 'Every collaborative robot offering.',
  },
  {
    id: 'Q126',
    query: 'laser tracker rental',
    style: 'synonym',
    judgments: { 3: k(113, 357) },
    rationale: 'Renting a laser tracker is its machine hours.',
  },
  {
    id: 'Q127',
    query: 'harmonc drive',
    style: 'typo',
    judgments: { 3: k(353, 355, 435, 112) },
    rationale: 'Every harmonic drive offering.',
  },
  {
    id: 'Q128',
    query: '想找个地方测一下我们的伺服电机精度和寿命',
    style: 'sentence',
    judgments: { 2: k(353, 115), 1: k(356) },
    rationale:
      'The servo motor test is on a draft platform: the same test on harmonic drives and servo test platform hours are close; servo validation related.',
  },
  // ---- across themes -----------------------------------------------------------------------------------------------
  {
    id: 'Q129',
    query: 'EMC type testing',
    style: 'en',
    judgments: { 3: [...RF_EMC_TYPE_TESTS, ...k(126)], 2: k(203) },
    rationale: 'Every EMC test is exact; anechoic chamber hours close.',
  },
  {
    id: 'Q130',
    query: 'ＭＥＭＳ 压力传感器',
    style: 'product',
    judgments: { 3: k(228), 1: k(89) },
    rationale: 'Full-width Latin: the MEMS pressure sensor type test is exact; the pressure standard hours related.',
  },
  // ---- a place with the need, in a sentence, alone, in English -----------------------------------------------------
  {
    id: 'Q131',
    query: '江苏锂电池',
    style: 'place',
    judgments: {
      3: k(1, 4, 5, 6, 7, 9, 10, 11, 14, 15),
      2: [...k(8, 2, 12, 13), ...k(24, 25, 26, 27, 28, 30, 219, 220, 222, 223, 359, 360, 362, 363, 365, 368)],
      1: k(29, 217, 218, 221, 358, 364, 361, 366, 367),
    },
    rationale:
      'Li-ion offerings in Suzhou and Changzhou are exact; the Changzhou sodium-ion cathode and Jiangsu kilns, and Li-ion offerings elsewhere close; sodium-ion and kilns elsewhere related.',
  },
  {
    id: 'Q132',
    query: '广东电池测试',
    style: 'place',
    judgments: { 2: [...CATHODE_CELL_TESTING, ...k(268)], 1: k(1, 285, 264, 267, 358, 359, 360, 361) },
    rationale:
      'No battery test in Guangdong: Li-ion cell tests elsewhere and the Huizhou solar-cell (电池) I-V test are the best answers; cycler hours, spent-battery testing, Huizhou PV and the Zhuhai cathode platform related.',
  },
  {
    id: 'Q133',
    query: '湖南电机测试',
    style: 'place',
    judgments: { 2: k(164, 181, 179), 1: k(159, 161, 115, 163, 356) },
    rationale:
      'Hunan has no motor offering: motor type tests and the e-drive efficiency test elsewhere are the best answers; gearbox NVH, dyno and servo bench hours, the inverter type test and servo validation related.',
  },
  {
    id: 'Q134',
    query: '湖北燃料电池测试',
    style: 'place',
    judgments: { 3: k(309, 313, 314, 315), 2: k(311, 56, 337, 341, 336), 1: k(310, 312, 55, 340) },
    rationale:
      'Fuel cell tests in Wuhan are exact; its stack bench hours and fuel cell tests elsewhere close; its climate chamber and bench validations related.',
  },
  {
    id: 'Q135',
    query: '四川注射剂',
    style: 'place',
    judgments: {
      3: INJECTABLES_MIANYANG,
      2: [...k(474), ...INJECTABLES_HANGZHOU, ...INJECTABLES_TIANJIN],
      1: k(41, 118),
    },
    rationale:
      'Injectable services in Mianyang are exact; its freeze-dryer hours and injectable services elsewhere close; vessel and steriliser hours elsewhere related.',
  },
  {
    id: 'Q136',
    query: '浙江工业软件测试',
    style: 'place',
    judgments: { 3: k(60, 349), 2: k(61, 350, 347, 325, 387), 1: k(326, 352, 58, 62, 63, 348, 351) },
    rationale:
      'Software testing in Hangzhou and Shaoxing is exact; ICS security and PLM validation there and software tests elsewhere close; other industrial-software services there related.',
  },
  {
    id: 'Q137',
    query: '山东连续流工艺',
    style: 'place',
    judgments: { 3: k(174), 2: k(172, 250, 303), 1: k(171, 175) },
    rationale:
      'Batch-to-continuous conversion in Jinan is exact; its microreactor hours and the conversion elsewhere close; its kg-to-t scale-ups related.',
  },
  {
    id: 'Q138',
    query: '河南固废',
    style: 'place',
    judgments: { 3: k(281, 283, 284, 285), 2: k(466, 467, 468, 469, 470, 471) },
    rationale: 'Solid waste offerings in Xinxiang are exact; the Lanzhou ones close.',
  },
  {
    id: 'Q139',
    query: '深圳检测',
    style: 'place',
    judgments: { 2: k(89, 114, 117, 264, 268, 450, 454, 478), 1: k(88, 90) },
    rationale:
      'Shenzhen offers no test: its pressure standard hours and tests elsewhere in Guangdong are the best answers (a need as broad as 检测 is not labelled further away); its MEMS offerings related.',
  },
  {
    id: 'Q140',
    query: '苏州正极材料',
    style: 'place',
    judgments: {
      3: k(4, 6, 7),
      2: [
        ...k(2),
        ...k(8, 9, 10, 11, 14, 15, 24, 25, 27, 28, 29, 30, 217, 218, 219, 221, 222, 223),
        ...k(358, 359, 360, 362, 363, 364, 365, 368),
      ],
      1: k(1, 5, 12, 13),
    },
    rationale:
      'Cathode material services in Suzhou are exact; its kiln validation and cathode material services elsewhere close; its cell-line hours and kilns elsewhere related.',
  },
  {
    id: 'Q141',
    query: '合肥钙钛矿',
    style: 'place',
    judgments: {
      3: k(244),
      2: k(245, 246, 247, 248, 81, 82, 83, 266, 278, 280, 369, 418, 419, 420, 427, 429, 431, 453),
    },
    rationale:
      'The Hefei perovskite module scale-up is exact; other solar-cell services in Hefei and perovskite offerings elsewhere close.',
  },
  {
    id: 'Q142',
    query: '宁德三元正极',
    style: 'place',
    judgments: { 3: k(362, 368, 363), 2: k(364, 365, 4, 6, 28, 30, 7, 14, 25, 359), 1: k(366, 367) },
    rationale:
      '三元 is NCM: NCM811 and high-nickel services in Ningde are exact; its other cathodes and NCM/high-nickel elsewhere close; its reactor and kiln related.',
  },
  {
    id: 'Q143',
    query: '东莞机器人',
    style: 'place',
    judgments: { 3: k(112, 114, 116, 117), 2: [...k(113, 115), ...ROBOT_SERVICES_SUZHOU], 1: k(357) },
    rationale:
      'Robot and reducer services in Dongguan are exact; its tracker and servo bench hours and robot services in Suzhou close; tracker hours in Suzhou related.',
  },
  {
    id: 'Q144',
    query: '上海有没有做燃料电池测试的平台',
    style: 'place',
    judgments: {
      2: [...FUEL_CELL_DURABILITY, ...FUEL_CELL_ENGINE_TYPE_TESTS],
      1: [...k(311), ...FUEL_CELL_BENCH_VALIDATION],
    },
    rationale:
      'Shanghai has no fuel cell offering: fuel cell tests elsewhere are the best answers; stack bench hours and validations related.',
  },
  {
    id: 'Q145',
    query: '想在浙江找个反应釜',
    style: 'place',
    judgments: { 3: k(107), 2: k(20, 366), 1: k(41, 110, 172) },
    rationale:
      'The Taizhou glass-lined reactor hours are exact; reactor hours elsewhere close; a Hangzhou vessel, Taizhou batches and the microreactor related.',
  },
  {
    id: 'Q146',
    query: '我们公司在成都，想找个能做ADC放行检测的平台',
    style: 'place',
    judgments: { 3: k(38), 2: k(200), 1: k(450, 37) },
    rationale:
      'ADC release testing in Chengdu is exact; the Kunming one close; bispecific release testing and Chengdu purification related.',
  },
  {
    id: 'Q147',
    query: '上海的中试平台',
    style: 'place',
    judgments: { 3: SHANGHAI_31 },
    rationale: 'Every showable Shanghai offering (three, all fibre): the query names no need.',
  },
  {
    id: 'Q148',
    query: '湖南',
    style: 'place',
    judgments: { 3: HUNAN_43 },
    rationale:
      'All 25 showable Hunan offerings (Changsha, Zhuzhou): a place alone ranks none above another, so any of them is right.',
  },
  {
    id: 'Q149',
    query: '四川',
    style: 'place',
    judgments: { 3: SICHUAN_51 },
    rationale: 'All 7 showable Sichuan offerings (Chengdu, Mianyang).',
  },
  {
    id: 'Q150',
    query: '江苏省',
    style: 'place',
    judgments: { 3: JIANGSU_32 },
    rationale:
      'Full name: all 94 showable Jiangsu offerings; the list is the province itself, since leaving some out would count right answers as wrong.',
  },
  {
    id: 'Q151',
    query: '广东省',
    style: 'place',
    judgments: { 3: GUANGDONG_44 },
    rationale:
      'Full name: all 51 showable Guangdong offerings (Shenzhen, Dongguan, Huizhou, Guangzhou, Foshan, Zhuhai).',
  },
  {
    id: 'Q152',
    query: '浙江省注射剂',
    style: 'place',
    judgments: {
      3: INJECTABLES_HANGZHOU,
      2: [...k(41), ...INJECTABLES_TIANJIN, ...INJECTABLES_MIANYANG],
      1: k(118, 474),
    },
    rationale:
      'Full name: injectable services in Hangzhou are exact; its vessel hours and injectable services elsewhere close; equipment hours elsewhere related.',
  },
  {
    id: 'Q153',
    query: 'battery testing in Guangdong',
    style: 'place',
    judgments: { 2: CATHODE_CELL_TESTING, 1: k(1, 285, 268, 358, 359, 360, 361) },
    rationale:
      'No battery test in Guangdong: Li-ion cell tests elsewhere are the best answers; cycler hours, spent-battery testing, the Huizhou solar-cell test and the Zhuhai cathode platform related.',
  },
  {
    id: 'Q154',
    query: 'Jiangsu cathode scale-up',
    style: 'place',
    judgments: { 3: k(6, 10), 2: k(24, 28, 29, 30, 221, 222, 365, 368), 1: k(4, 11, 8) },
    rationale:
      'Cathode scale-ups in Suzhou and Changzhou are exact; cathode scale-ups elsewhere close; Jiangsu cathode trial production and development related.',
  },
  {
    id: 'Q155',
    query: 'autoclave hours in Zhejiang',
    style: 'place',
    judgments: { 3: k(239), 2: k(374, 242, 243), 1: k(49, 145, 378, 380, 456) },
    rationale:
      'Ningbo autoclave hours are exact; autoclave hours elsewhere and Ningbo autoclave cure optimisation close; cure optimisation elsewhere related.',
  },
];
