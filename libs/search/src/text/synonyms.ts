import { pinyin } from 'pinyin-pro';
import { cutChinese, isDomainWord, meiliPiecesOf, tileWithSubWords } from './chinese-segmenter.js';
import { regionAreaForms } from '../indexing/context-terms.js';
import { numeralValueOf } from './chinese-numerals.js';
import { quantityFormsOf } from './quantities.js';
import { DOMAIN_DICTIONARY } from './domain-dictionary.js';
import { isStopWord } from './stop-words.js';
import { allowedTypos, damerauLevenshtein, englishStem, queryWords, textWords, unfinishedWord } from './tokenize.js';

/**
 * The one synonym list both engines use: Meilisearch through `toMeiliSynonyms` in its settings, PostgreSQL by adding
 * each synonym as an alternative way to match a query's words (pg-query-plan.ts). Every group is mutual (each term
 * stands for all the others). The everyday equivalents of the field: the Chinese and English names of a thing, its
 * abbreviations (双抗, 单抗, 功放, SLM), the words people use for a service (租用 for machine hours) and British and
 * American spellings. Keep terms specific: a broad term here ('material', '材料') would drown precise queries.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // services (DOMAIN.md, ServiceType)
  ['scale-up', 'scale up', '放大', '工艺放大', '工艺放大熟化'],
  // a product's certification rests on its type tests (CCC, IEC, CE): people ask for the certification test
  ['type test', 'type testing', '型式试验', '型式检验'],
  ['small batch', 'small-batch', '小批量', '试生产', '试产', 'trial production', '代工', '代加工', '打样'],
  // the packaging trade's small lot; a prototype run is what 打样 asks of it
  ['engineering lot', '工程批', '打样'],
  ['testing', 'test', 'tests', '检测', '测试', '试验'],
  ['inspection', '检验'],
  ['certification', '认证'],
  ['calibration', '校准'],
  ['metrology', '计量'],
  ['reliability', '可靠性'],
  ['durability', '耐久性'],
  ['environmental test', '环境试验'],
  ['test chamber', '试验箱'],
  // units as typed in Chinese beside a number (vibration table 60千牛, 150千瓦电堆测试台, 1200毫米涂布机, 100升反应釜),
  // as the catalogue writes them (60 kN, 150 kW, 1200 mm, 100 L)
  ['kN', '千牛'],
  ['kW', '千瓦'],
  ['mm', '毫米'],
  ['kg', '公斤', '千克'],
  ['L', '升'],
  ['m³', '立方米', '立方'],
  // 双85: the damp-heat test at 85 °C and 85 %RH, as the PV and electronics trades call it
  ['damp heat', '湿热', '双85'],
  ['process development', '工艺开发'],
  ['technology transfer', '成果转化', '技术转移'],
  ['equipment sharing', '设备共享', '仪器共享'],
  ['machine hours', 'machine-hour', '机时', '按小时', '租用', '租赁', '出租', '租', 'rent', 'rental', 'hire'],
  ['open access', '开放共享'],
  ['CDMO', '合同研发生产', '委托研发生产'],
  ['CRO', '合同研究组织'],
  ['pilot', '中试'],
  ['pilot platform', '中试平台', '中试基地'],
  ['pilot line', '中试线'],
  ['non-destructive testing', 'NDT', '无损检测', '无损探伤'],
  ['registration testing', '注册检验', '注册检'],
  ['graded protection', '等级保护', '等保'],
  ['compatibility', '兼容性', '适配'],
  ['release testing', '放行检测', '放行检验'],
  ['improvement', '改进', '改善'],
  ['optimisation', 'optimization', '优化'],
  // British spellings of the catalogue's English (the demo and most Chinese platforms write British English) and their
  // American forms, which Meilisearch does not stem and the Porter stemmer leaves apart (characteris / character)
  ['characterisation', 'characterization'],
  ['polarisation', 'polarization'],
  ['polymerisation', 'polymerization'],
  ['imidisation', 'imidization'],
  ['metallisation', 'metallization'],
  ['sterilisation', 'sterilization'],
  ['steriliser', 'sterilizer', '灭菌柜', '灭菌锅', '灭菌器'],
  ['atomiser', 'atomizer'],
  ['orthopaedic', 'orthopedic'],
  ['centre', 'center'],
  ['modelling', 'modeling'],
  ['validation', '验证'],
  ['national standard', 'GB', '国标', '国家标准'],
  // batteries, energy
  ['lithium battery', 'lithium-ion battery', 'li-ion', '锂电池', '锂电', '锂离子电池'],
  ['power battery', '动力电池'],
  ['sodium-ion battery', 'sodium-ion', '钠离子电池', '钠离子', '钠电'],
  ['solid-state battery', '固态电池'],
  ['cathode', '正极', '正极材料'],
  ['anode', '负极', '负极材料'],
  ['ternary cathode', 'NCM', '三元材料', '三元正极'],
  // a material also by its formula, as a spec sheet or a paper writes it
  ['LFP', 'LiFePO4', 'lithium iron phosphate', '磷酸铁锂'],
  ['LMFP', 'lithium manganese iron phosphate', '磷酸锰铁锂'],
  ['coin cell', '扣式电池', '扣电'],
  ['battery cycler', 'battery tester', '充放电测试系统', '充放电测试仪', '充放电设备', '充放电柜'],
  ['residual lithium', '残碱', '残锂'],
  ['pouch cell', '软包电池', '软包'],
  ['electrolyte', '电解液'],
  ['separator', '隔膜'],
  ['fuel cell', '燃料电池', 'PEMFC', 'PEM fuel cell', '质子交换膜燃料电池'],
  ['fuel cell stack', '电堆'],
  ['MEA', 'membrane electrode assembly', '膜电极'],
  ['bipolar plate', '双极板'],
  ['hydrogen', '氢能', '氢'],
  ['electrolyzer', 'electrolyser', '电解槽'],
  ['photovoltaic', 'PV', 'solar', '光伏'],
  ['PV module', 'solar module', '光伏组件'],
  ['perovskite', '钙钛矿'],
  ['HJT', 'heterojunction', '异质结'],
  ['tandem cell', '叠层电池'],
  ['EL', 'electroluminescence', '电致发光'],
  ['IV test', 'IV测试', '效率测试'],
  ['new energy vehicle', 'NEV', 'electric vehicle', '新能源汽车', '电动车', '电动汽车'],
  ['wind turbine blade', 'wind blade', '风电叶片'],
  // materials, chemicals
  ['polyimide', 'PI', '聚酰亚胺'],
  ['colourless polyimide', 'colorless polyimide', 'CPI', '透明聚酰亚胺'],
  ['dielectric constant', 'Dk', '介电常数'],
  ['carbon fiber', 'carbon fibre', '碳纤维'],
  ['fibre', 'fiber', '纤维'],
  ['composite material', '复合材料', '复材'],
  ['C-scan', 'C扫', 'C扫描'],
  ['film', '薄膜', '膜'],
  ['prepreg', '预浸料'],
  ['autoclave', '热压罐'],
  // 搪瓷 (enamel) is what the shop floor calls glass-lined steel
  ['glass-lined', '搪玻璃', '搪瓷'],
  ['kiln', 'furnace', '窑炉'],
  ['reactor', '反应釜'],
  ['titanium alloy', '钛合金'],
  ['hot pressing', 'hot press', '热压'],
  ['graphene', '石墨烯'],
  ['silicon carbide', 'SiC', '碳化硅'],
  ['gallium nitride', 'GaN', '氮化镓'],
  ['catalyst', '催化剂'],
  ['petrochemical', '石化', '石油化工'],
  ['solid waste', '固废', '固体废物'],
  ['recycling', '资源化', '资源化利用', '综合利用', '回收利用'],
  ['spent', 'retired', '退役', '废旧'],
  ['polyester', '涤纶', '聚酯纤维'],
  ['breathability', '透气性', '透湿透气'],
  ['nylon', '锦纶', '尼龙'],
  ['flame retardant', 'flame-retardant', '阻燃'],
  ['biodegradable', '可降解'],
  ['twin-screw extruder', 'twin screw extruder', 'twin-screw', '双螺杆挤出机', '双螺杆'],
  ['continuous flow', 'continuous-flow', '连续流'],
  ['microreactor', '微通道反应器', '微反应器'],
  ['mould', 'mold', '模具'],
  ['tensile test', 'tensile tests', 'tensile testing', '拉伸测试', '拉伸试验'],
  ['moulding', 'molding', '成型'],
  // electronics, information technology
  ['semiconductor', '半导体'],
  ['integrated circuit', 'IC', '集成电路'],
  ['chip', '芯片'],
  ['wafer', '晶圆'],
  ['packaging', '封装'],
  ['FOWLP', 'fan-out wafer-level packaging', 'fan-out', '扇出型晶圆级封装', '扇出型'],
  ['EMC', 'electromagnetic compatibility', '电磁兼容'],
  ['anechoic chamber', '电波暗室', '微波暗室'],
  ['RF', '射频'],
  ['power amplifier', '功率放大器', '功放'],
  ['SMT', 'surface mount', '贴装', '贴片'],
  ['millimetre wave', 'millimeter wave', 'mmWave', '毫米波'],
  ['VNA', 'vector network analyser', 'vector network analyzer', '矢量网络分析仪', '矢量网分', '矢网'],
  ['insertion loss', '插入损耗', '插损'],
  ['return loss', '回波损耗', '回损'],
  ['HPC', 'high-performance computing', '高性能计算', '超算'],
  ['network analyser', 'network analyzer', '网络分析仪', '网分'],
  ['analyser', 'analyzer', '分析仪'],
  ['IMU', 'inertial measurement unit', '惯性测量单元'],
  ['MES', 'manufacturing execution system', '制造执行系统'],
  ['industrial software', '工业软件'],
  ['additive manufacturing', '3D printing', '增材制造', '3D打印'],
  ['SLM', 'LPBF', 'selective laser melting', 'laser powder bed fusion', '激光选区熔化'],
  ['HIP', 'hot isostatic pressing', 'hot isostatic press', '热等静压'],
  ['CMM', 'coordinate measuring machine', '三坐标测量机', '三坐标'],
  // the catalogue's instruments by the abbreviations and shop names their users type (DSC 机时, GCMS, 气质联用, 拉力机,
  // 灭菌锅, 熔指仪, 冷热冲击箱): the titles write the full name, in Chinese and in English
  ['DSC', 'differential scanning calorimeter', 'differential scanning calorimetry', '差示扫描量热仪', '差示扫描量热'],
  ['TMA', 'thermomechanical analyser', 'thermomechanical analyzer', '热机械分析仪', '热机械分析'],
  ['GC-MS', 'GCMS', '气相色谱-质谱联用仪', '气相色谱质谱联用', '气质联用', '气质联用仪'],
  ['LC-MS', 'LCMS', '液相色谱-质谱联用仪', '液相色谱质谱联用', '液质联用', '液质联用仪'],
  ['XRF', 'X-ray fluorescence', 'X射线荧光光谱仪', 'X射线荧光'],
  ['DRIE', 'deep reactive-ion etching', 'deep reactive-ion etcher', '深硅刻蚀', '深反应离子刻蚀'],
  ['AFP', 'automated fibre placement', 'automated fiber placement', '自动铺丝', '自动铺丝机'],
  ['universal testing machine', 'UTM', '万能试验机', '万能材料试验机', '拉力机', '拉力试验机'],
  ['thermal shock', 'thermal shock chamber', '冷热冲击', '高低温冲击', '温度冲击'],
  ['TFF', 'tangential flow filtration', '切向流超滤', '切向流过滤'],
  ['CEMS', 'continuous emission monitoring', '烟气排放连续监测', '烟气在线监测'],
  ['melt flow indexer', 'melt flow index', 'MFI', 'MFR', '熔体流动速率仪', '熔体流动速率', '熔指仪', '熔融指数'],
  ['probe station', '探针台'],
  ['dicing saw', '划片机'],
  ['wafer grinder', 'wafer thinning', '减薄机'],
  ['internal mixer', 'banbury', '密炼机'],
  ['xenon-arc weathering', 'xenon arc', 'xenon lamp', '氙灯老化', '氙灯'],
  ['orbital shaker', 'shaker incubator', '摇床'],
  ['reaction calorimeter', '反应量热仪'],
  ['distillation column', '精馏塔'],
  ['CT', 'computed tomography', '计算机断层', '计算机断层扫描'],
  ['scanning acoustic microscope', 'acoustic microscope', 'SAM', 'C-SAM', '超声扫描显微镜'],
  ['industrial CT', '工业CT'],
  ['injection molding', 'injection moulding', '注塑'],
  ['robot', '机器人'],
  ['UAV', 'drone', 'unmanned aerial vehicle', '无人机'],
  ['cobot', 'collaborative robot', '协作机器人'],
  ['harmonic drive', 'harmonic reducer', '谐波减速器'],
  ['reducer', 'gear reducer', 'speed reducer', '减速器', '减速机'],
  ['servo motor', '伺服电机'],
  ['hairpin motor', '扁线电机'],
  ['PMSM', 'permanent magnet synchronous motor', '永磁同步电机'],
  ['inverter', 'motor controller', '电机控制器', '电控'],
  ['dynamometer', 'dyno', '测功机'],
  ['salt spray', 'salt fog', 'salt mist', '盐雾'],
  // a vibration test is run on a shaker (振动台); a datasheet asks for the test (随机振动, 正弦振动)
  ['vibration test', 'vibration testing', 'shaker', 'vibration table', '振动试验', '振动台', '随机振动', '正弦振动'],
  ['temperature cycling', 'thermal cycling', '温循', '温度循环'],
  // pharmaceuticals, medical
  ['pharmaceutical', 'pharma', '医药'],
  ['injection', 'injectables', '注射剂'],
  ['biologics', '生物药', '生物制品'],
  ['monoclonal antibody', 'mAb', '单克隆抗体', '单抗'],
  ['bispecific antibody', '双特异性抗体', '双抗'],
  ['ADC', 'antibody-drug conjugate', '抗体偶联药物'],
  ['active pharmaceutical ingredient', 'API', '原料药'],
  ['freeze dryer', 'lyophilizer', 'lyophiliser', '冷冻干燥机', '冻干机'],
  ['lyophilisation', 'lyophilization', 'freeze drying', '冻干'],
  ['liposome', 'liposomal', '脂质体'],
  ['prefilled syringe', 'prefilled-syringe', '预灌封'],
  ['aseptic filling', '无菌灌装'],
  ['vaccine', '疫苗'],
  ['cell therapy', '细胞治疗'],
  ['medical device', '医疗器械'],
  ['orthopaedic implant', 'orthopedic implant', '骨科植入物'],
  ['ultrasound', '超声诊断', '彩超', 'B超'],
  ['MRI', 'magnetic resonance imaging', '磁共振'],
];

/**
 * Terms people type for a need the catalogue words otherwise, one way only: each stands for the whole group of its
 * `target`, never the reverse. A product's certification rests on its type tests (CCC, IEC, CE), so 认证检测 asks for
 * 型式试验; but a query for 型式试验 gains nothing from also looking for 认证 and 检测 (no offering says it that way),
 * while 检测 and 测试 are among the commonest words, whose posting lists every such search would then read (型式试验:
 * 6 → 31 ms of PostgreSQL for its facet counts at 100 000 offerings).
 */
export const ONE_WAY_SYNONYMS: ReadonlyArray<{ terms: readonly string[]; target: string }> = [
  { terms: ['certification test', 'certification testing', '认证检测', '认证测试'], target: 'type test' },
  // a service as its buyers name it (DOMAIN.md's service types): samples sent for testing, a technology sold
  { terms: ['送检', '送测'], target: 'testing' },
  { terms: ['技术转让', '成果转让'], target: 'technology transfer' },
  // a product's next stage as a buyer names it: volume production (量产, 量产前, 批产), which a pilot platform meets with
  // its small-batch trial production, the nearest service the catalogue offers
  { terms: ['量产', '批产', '批量生产', '规模化生产'], target: 'small batch' },
  // the field's acronyms for what the catalogue words otherwise: highly accelerated life tests and stress screens are
  // reliability tests
  { terms: ['HALT', 'HASS', '加速寿命试验'], target: 'reliability' },
  // a material by its grade, as a drawing or a spec sheet names it: TC4 (GB/T 3620.1) is Ti-6Al-4V, the titanium alloy
  // of printed brackets and implants
  { terms: ['TC4', 'Ti6Al4V', 'Ti-6Al-4V', 'Ti64'], target: 'titanium alloy' },
  // a product by the category the catalogue offers for it: an artificial joint and its parts are orthopaedic implants
  { terms: ['人工关节', '关节假体', '髋关节', '膝关节', '髋臼杯', '椎间融合器'], target: 'orthopaedic implant' },
  // the shop floor's words for equipment, the thing without its kind: a furnace or kiln is 炉子, a reactor 釜 (搪瓷釜,
  // 高压釜, 不锈钢釜)
  { terms: ['炉子'], target: 'kiln' },
  { terms: ['釜'], target: 'reactor' },
  // and a test chamber 箱 (高低温箱, 湿热箱, 老化箱) or, walk-in, 老化房
  { terms: ['箱', '老化房'], target: 'test chamber' },
];

/**
 * Taiwan's and Hong Kong's words for what the mainland catalogue words otherwise, typed by their engineers and buyers
 * (碳化矽 功率模組, 雷射焊接, 工業軟體, 伺服馬達, 3D列印, 積層製造, 感測器, 無塵室): one way, each stands for the mainland
 * term's synonym group, or for the term alone when it is in none. Normalization already reads traditional characters
 * one by one (軟體 → 软体), but a different word stays different (软体 is not 软件), and OpenCC's phrase tables, which
 * would map them, also rewrite simplified text (normalize.ts). Written here in simplified characters, as normalized.
 * Left out: words the mainland writes the same way for the same thing (模组, 良率, 封测, 层析).
 */
export const REGIONAL_WORDS: ReadonlyArray<{ terms: readonly string[]; mainland: string }> = [
  { terms: ['软体'], mainland: '软件' },
  { terms: ['硬体'], mainland: '硬件' },
  { terms: ['程式'], mainland: '程序' },
  { terms: ['雷射'], mainland: '激光' },
  { terms: ['矽'], mainland: '硅' },
  { terms: ['碳化矽'], mainland: '碳化硅' },
  { terms: ['晶片'], mainland: '芯片' },
  { terms: ['积体电路'], mainland: '集成电路' },
  { terms: ['制程'], mainland: '工艺' },
  { terms: ['功率模组'], mainland: '功率模块' },
  { terms: ['马达'], mainland: '电机' },
  { terms: ['资料'], mainland: '数据' },
  { terms: ['数位'], mainland: '数字' },
  { terms: ['量测'], mainland: '测试' },
  { terms: ['感测器'], mainland: '传感器' },
  { terms: ['列印'], mainland: '打印' },
  { terms: ['3D列印'], mainland: '3D打印' },
  { terms: ['积层制造'], mainland: '增材制造' },
  { terms: ['资安'], mainland: '信息安全' },
  { terms: ['网路'], mainland: '网络' },
  { terms: ['奈米'], mainland: '纳米' },
  { terms: ['小量'], mainland: '小批量' },
  { terms: ['品质'], mainland: '质量' },
  { terms: ['无尘室'], mainland: '洁净车间' },
  { terms: ['射出成型', '射出成形'], mainland: '注塑' },
  { terms: ['塑胶'], mainland: '塑料' },
  { terms: ['电磁相容'], mainland: '电磁兼容' },
];

/**
 * A test standard's number, as a requirement or a datasheet cites it, for the test it defines (GB/T 2423.17 is the
 * salt mist test, JESD22-A110 HAST): one way, each stands for the test's synonym group, or for the test's word alone
 * when it is in none. Offerings name the test, rarely the number; the numbers they do write (IEC 61215, GB/T 18488,
 * GB 9706) match as typed and are not listed. Only the environmental and reliability tests whose numbers are cited
 * for a single test: a series (GB/T 2423) names every environmental test at once and stays out.
 */
export const STANDARD_TESTS: ReadonlyArray<{ terms: readonly string[]; test: string }> = [
  { terms: ['GB/T 2423.17', 'GB/T 10125', 'IEC 60068-2-11', 'ISO 9227', 'ASTM B117'], test: 'salt spray' },
  { terms: ['GB/T 2423.3', 'GB/T 2423.4', 'IEC 60068-2-78', 'IEC 60068-2-30'], test: 'damp heat' },
  { terms: ['GB/T 2423.1', 'GB/T 2423.2', 'IEC 60068-2-1', 'IEC 60068-2-2'], test: 'test chamber' },
  { terms: ['GB/T 2423.22', 'IEC 60068-2-14', 'JESD22-A104'], test: 'temperature cycling' },
  { terms: ['JESD22-A110', 'JESD22-A118'], test: 'HAST' },
  { terms: ['GB/T 2423.10', 'GB/T 2423.56', 'IEC 60068-2-6', 'IEC 60068-2-64'], test: 'vibration test' },
];

/** The comparison form of a term: its analyzed words (normalized, cut, stop words dropped) joined by one space. */
export function synonymKey(term: string): string {
  return textWords(term)
    .words.filter((word) => !isStopWord(word.text))
    .map((word) => word.text)
    .join(' ');
}

const HAN_WORD = /^\p{Script=Han}{2,}$/u;
const HAN_ONLY = /^\p{Script=Han}+$/u;
/**
 * Runs of query words looked up whole, as pg-query-plan.ts's MAX_SYNONYM_SPAN: four, so that a four-character term
 * typed with a homophone, which falls apart into four characters (聚酰压胺 for 聚酰亚胺), is read.
 */
const MAX_SYNONYM_RUN = 4;
/** Words of a term typed a word at a time in pinyin (ranliao dianchi, jiguang xuanqu ronghua). */
const MAX_PINYIN_WORDS = 3;

/** The words a Chinese term is made of: jieba's cut, or for one dictionary word its sub-words (燃料电池 → 燃料 电池). */
function wordsOfTerm(term: string): string[] {
  const cut = cutChinese(term);
  return cut.length > 1 ? cut : tileWithSubWords(term);
}

/**
 * A Chinese term as people type it when their input method is off: its pinyin without tones, syllables run together
 * (热压罐 → reyaguan, 冻干机 → dongganji; `pinyin-pro` reads a heteronym by the word it is in), up to three syllables
 * apart (re ya guan: a run of up to three query words is looked up whole), and, for a term of two or three words of
 * two characters or more, a word at a time, as pinyin input is typed (燃料电池 → ranliao dianchi, 激光选区熔化 → jiguang xuanqu ronghua, 谐波减速器
 * → xiebo jiansuqi). Null for a term that is not two Han characters or more: one syllable (lao, men, pin) is too often
 * an English word or any of many characters.
 */
export function pinyinForms(term: string): string[] {
  if (!HAN_WORD.test(term)) return [];
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true });
  const forms = syllables.length <= 3 ? [syllables.join(''), syllables.join(' ')] : [syllables.join('')];
  // Words of two characters at least: a syllable alone (ji, guan) is too often another word.
  const words = wordsOfTerm(term);
  if (words.length < 2 || words.length > MAX_PINYIN_WORDS || words.some((word) => Array.from(word).length < 2))
    return forms;
  let at = 0;
  const grouped = words
    .map((word) => {
      const length = Array.from(word).length;
      at += length;
      return syllables.slice(at - length, at).join('');
    })
    .join(' ');
  return forms.includes(grouped) ? forms : [...forms, grouped];
}

/** Characters a term needs for its initials to stand for it: three letters spell abbreviations too (GCP, LCP, DDC). */
const MIN_INITIALS_CHARACTERS = 4;

/**
 * A Chinese term typed as the initials of its syllables, as pinyin input takes them for a long word (热等静压 → rdjy,
 * 型式试验 → xssy, 光伏组件 → gfzj; a heteronym read by the word it is in, as `pinyinForms`). Undefined for a term of
 * fewer than four Han characters: three letters are as often an abbreviation people type (GCP, LCP, DDC).
 */
export function initialsOf(term: string): string | undefined {
  if (!HAN_ONLY.test(term) || Array.from(term).length < MIN_INITIALS_CHARACTERS) return undefined;
  return pinyin(term, { pattern: 'first', toneType: 'none', type: 'array' }).join('');
}

let oneWayIndex: Map<string, string[]> | undefined;

function groupOf(target: string): readonly string[] {
  const group = SYNONYM_GROUPS.find((members) => members.includes(target));
  if (!group) throw new RangeError(`ONE_WAY_SYNONYMS: ${target} is in no synonym group`);
  return group;
}

/** The synonym group a term is in, or the term alone. */
function groupOrSelf(term: string): readonly string[] {
  return SYNONYM_GROUPS.find((members) => members.includes(term)) ?? [term];
}

/**
 * One-way synonyms: every Chinese term of the synonym groups and of the domain dictionary, typed in pinyin, stands for
 * its groups (or, in none, for itself): reyaguan finds 热压罐 and autoclave, yanwu shiyan 盐雾 试验; so do the initials
 * of such a term of four characters or more that no term of another group shares (`initialsOf`: rdjy 热等静压, xssy
 * 型式试验); and the terms of
 * ONE_WAY_SYNONYMS stand for their target's group. Never the reverse, and never over a term of the groups: a pinyin
 * spelling that is already a term (an English word) keeps its own meaning. Both engines: PostgreSQL through
 * `synonymsOf`, Meilisearch through `meiliSynonyms`.
 */
export function oneWaySynonyms(): ReadonlyMap<string, readonly string[]> {
  if (!oneWayIndex) {
    const terms = new Set(SYNONYM_GROUPS.flat().map(normalizeSynonymTerm));
    const index = new Map<string, string[]>();
    const add = (chinese: string, targets: readonly string[]) => {
      for (const form of pinyinForms(chinese)) {
        if (terms.has(form)) continue;
        const stands = index.get(form) ?? [];
        for (const target of targets) if (!stands.includes(target)) stands.push(target);
        index.set(form, stands);
      }
    };
    for (const group of SYNONYM_GROUPS) for (const term of group) add(term, group);
    for (const word of DOMAIN_DICTIONARY) add(word, [word]);
    // Initials stand for a term only when no term of another group has them (the same group's terms share targets).
    const initials = new Map<string, readonly string[] | null>();
    const addInitials = (chinese: string, targets: readonly string[]) => {
      const form = initialsOf(chinese);
      if (form === undefined || terms.has(form) || index.has(form)) return;
      const known = initials.get(form);
      initials.set(form, known === undefined || known === targets ? targets : null);
    };
    for (const group of SYNONYM_GROUPS) for (const term of group) addInitials(term, group);
    for (const word of DOMAIN_DICTIONARY) addInitials(word, groupOrSelf(word));
    for (const [form, targets] of initials) if (targets !== null) index.set(form, [...targets]);
    const addOneWay = (oneWay: readonly string[], targets: readonly string[]) => {
      for (const term of oneWay) {
        const key = normalizeSynonymTerm(term);
        if (terms.has(key) || index.has(key)) continue;
        index.set(key, [...targets]);
      }
    };
    for (const { terms: oneWay, target } of ONE_WAY_SYNONYMS) addOneWay(oneWay, groupOf(target));
    for (const { terms: regional, mainland } of REGIONAL_WORDS) addOneWay(regional, groupOrSelf(mainland));
    for (const { terms: standards, test } of STANDARD_TESTS) addOneWay(standards, groupOrSelf(test));
    for (const { form, places } of regionAreaForms()) addOneWay([form], places);
    oneWayIndex = index;
  }
  return oneWayIndex;
}

let expansions: Map<string, string[][]> | undefined;

// Key → the analyzed words of every other member of the groups that contain it. Built on first use (it runs jieba).
function expansionIndex(): Map<string, string[][]> {
  if (!expansions) {
    const index = new Map<string, string[][]>();
    for (const group of SYNONYM_GROUPS) {
      const keys = [...new Set(group.map(synonymKey).filter((key) => key.length > 0))];
      for (const key of keys) {
        const others = index.get(key) ?? [];
        for (const other of keys)
          if (other !== key && !others.some((words) => words.join(' ') === other)) others.push(other.split(' '));
        index.set(key, others);
      }
    }
    for (const [form, targets] of oneWaySynonyms()) {
      const key = synonymKey(form);
      if (index.has(key)) continue;
      index.set(
        key,
        [...new Set(targets.map(synonymKey).filter((target) => target.length > 0))].map((t) => t.split(' ')),
      );
    }
    expansions = index;
  }
  return expansions;
}

/**
 * The synonyms of a run of query words (already analyzed: normalized, stop words dropped), each as its own analyzed
 * words; empty when the run is in no group. Multi-word terms ('scale up', '3D打印' as 3d + 打印) match as whole runs.
 * A run that is a term typed with other characters of the same sound (`homophoneOf`) stands for that term and its
 * groups, one way.
 */
export function synonymsOf(words: readonly string[]): string[][] {
  const known = expansionIndex().get(words.join(' '));
  if (known) return known;
  const term = termTypedOtherwise(words);
  if (term === undefined) return [];
  const key = synonymKey(term);
  return [key.split(' '), ...(expansionIndex().get(key) ?? [])];
}

/**
 * The term of the lists a run of query words that is none of them stands for: typed with an input method's homophones
 * (`homophoneOf`), in another inflection (`inflectedTermOf`) or misspelt (`misspeltTermOf`), or a number written in
 * Chinese numerals (`numeralValueOf`: 八百 → 800, the catalogue's digits). Both engines read a run
 * through this: PostgreSQL in `synonymsOf`, Meilisearch in `meiliQueryText`.
 */
function termTypedOtherwise(words: readonly string[]): string | undefined {
  return numeralValueOf(words) ?? homophoneOf(words) ?? inflectedTermOf(words) ?? misspeltTermOf(words);
}

let inflections: Map<string, string | null> | undefined;

const stemKey = (words: readonly string[]) => words.map(englishStem).join(' ');

/**
 * The term of the synonym groups a run of query words types in another inflection of its English words: the same
 * Porter stems (tokenize.ts, `englishStem`), one word at least written otherwise — the base form a non-native writer
 * types for the term's -ing or plural (freeze dry for freeze drying, 3D print for 3D printing, inspections for
 * inspection). Documents already meet a query word by its stem; a term of the lists must too, or what it stands for in
 * the other language is lost. Undefined when no term, or terms of different groups, share the stems.
 */
export function inflectedTermOf(words: readonly string[]): string | undefined {
  if (!inflections) {
    const index = new Map<string, string | null>();
    const groupOfKey = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, at) => {
      for (const key of group.map(synonymKey)) {
        if (key.length === 0) continue;
        const stems = stemKey(key.split(' '));
        const known = index.get(stems);
        if (known === undefined) {
          index.set(stems, key);
          groupOfKey.set(stems, at);
        } else if (known !== null && groupOfKey.get(stems) !== at) index.set(stems, null);
      }
    });
    inflections = index;
  }
  const term = inflections.get(stemKey(words));
  return term && term !== words.join(' ') ? term : undefined;
}

const LATIN_LETTERS = /^[a-z]+$/;

let latinTerms: Map<string, string[][]> | undefined;

// Number of words and first letter ('2 s') → the analyzed words of every term of the synonym groups written in Latin
// letters only: a misspelt run keeps its first letter, so only those terms are compared with it.
function latinTermsLike(words: readonly string[]): readonly string[][] {
  if (!latinTerms) {
    const index = new Map<string, string[][]>();
    const keys = new Set(SYNONYM_GROUPS.flat().map(synonymKey));
    for (const key of keys) {
      const termWords = key.split(' ');
      if (!termWords.every((word) => LATIN_LETTERS.test(word))) continue;
      const bucket = `${termWords.length} ${termWords[0][0]}`;
      index.set(bucket, [...(index.get(bucket) ?? []), termWords]);
    }
    latinTerms = index;
  }
  return latinTerms.get(`${words.length} ${words[0][0]}`) ?? [];
}

/**
 * The term of the synonym groups a run of Latin query words misspells, as a vocabulary word within a query word's typo
 * budget matches it (`allowedTypos`, Meilisearch's sizes): each word is the term's word or within its budget of it
 * with the same first letter, one word at least differs (rentel → rental, electromagnetic compatability →
 * electromagnetic compatibility, sillicon carbide → silicon carbide). Without it a misspelt term would match only the
 * words documents spell alike, never what the term stands for. Undefined when no term or several are that close.
 */
export function misspeltTermOf(words: readonly string[]): string | undefined {
  if (!words.every((word) => LATIN_LETTERS.test(word)) || !words.some((word) => allowedTypos(word) > 0))
    return undefined;
  const run = words.join(' ');
  if (misspelt.has(run)) return misspelt.get(run) ?? undefined;
  const found = closestTerm(words);
  if (misspelt.size >= MISSPELT_CACHE_LIMIT) misspelt.clear();
  misspelt.set(run, found ?? null);
  return found;
}

// Runs already compared, as the stems are (tokenize.ts): a query's runs are compared on every search, and people type
// the same words again. Bounded; null for a run that misspells no term.
const MISSPELT_CACHE_LIMIT = 20_000;
const misspelt = new Map<string, string | null>();

function closestTerm(words: readonly string[]): string | undefined {
  let found: string | undefined;
  for (const term of latinTermsLike(words)) {
    let differs = false;
    const close = term.every((word, j) => {
      const typed = words[j];
      if (word === typed) return true;
      differs = true;
      const budget = allowedTypos(typed);
      return (
        budget > 0 &&
        word[0] === typed[0] &&
        Math.abs(word.length - typed.length) <= budget &&
        damerauLevenshtein(typed, word, budget) <= budget
      );
    });
    if (!close || !differs) continue;
    const text = term.join(' ');
    if (found !== undefined && found !== text) return undefined;
    found = text;
  }
  return found;
}

/** Readings tried for one typed run: a run whose characters have more readings between them is left as typed. */
const MAX_HOMOPHONE_READINGS = 64;

let homophoneIndex: Map<string, string | null> | undefined;

// Toneless pinyin run together → the Chinese term of the synonym groups or the domain dictionary that sounds so
// (read by the word it is in, as `pinyinForms`); null where two terms sound the same (no guess between them).
function homophones(): Map<string, string | null> {
  if (!homophoneIndex) {
    const index = new Map<string, string | null>();
    const terms = new Set([...SYNONYM_GROUPS.flat(), ...DOMAIN_DICTIONARY].filter((term) => HAN_WORD.test(term)));
    for (const term of terms) {
      const sound = pinyin(term, { toneType: 'none', type: 'array', v: true }).join('');
      index.set(sound, index.has(sound) && index.get(sound) !== term ? null : term);
    }
    homophoneIndex = index;
  }
  return homophoneIndex;
}

const readings = new Map<string, readonly string[]>();

/** Every toneless reading of one character (行: xing, hang, heng): an input method offers it for any of them. */
function readingsOf(char: string): readonly string[] {
  let known = readings.get(char);
  if (!known) {
    known = [...new Set(pinyin(char, { toneType: 'none', type: 'array', multiple: true, v: true }))];
    readings.set(char, known);
  }
  return known;
}

/**
 * The term a run of Chinese query words stands for when it was typed with an input method's wrong choice of characters
 * of the same sound: 热压|灌 for 热压罐, 行|式|试验 for 型式试验, 膜|电|级 for 膜电极, 鸡|时 for 机时, 聚|酰|压|胺 for
 * 聚酰亚胺. Only a run of two to four words, all Chinese, one of them a single character (a mistyped word falls apart into characters, as jieba
 * knows no such word), whose characters, read any way they can be, sound exactly like one term of the synonym groups
 * or the domain dictionary with as many characters. Undefined for any other run. No typo beyond the sound: a
 * near-looking character of another sound (簿 for 薄 reads bo too, 待 for 持 does not) is not guessed.
 */
export function homophoneOf(words: readonly string[]): string | undefined {
  if (words.length < 2 || !words.every((word) => HAN_ONLY.test(word))) return undefined;
  if (!words.some((word) => Array.from(word).length === 1)) return undefined;
  return termSoundingLike(Array.from(words.join('')));
}

/** A whole word read by its sound is at most as long as the runs `homophoneOf` reads. */
const MAX_SOUND_ALIKE_CHARACTERS = MAX_SYNONYM_RUN;

/**
 * The term of the synonym groups one Chinese query word sounds exactly like when it is none of them: an input method's
 * wrong choice of a whole word of the same sound, which jieba knows and so keeps whole (盐务 for 盐雾, 计时 for 机时, 实验
 * for 试验): the term's analyzed words first, then its groups' (as `synonymsOf`). Only a word of two to four characters
 * that is no term of the groups and no word of the domain dictionary (those keep their own meaning), sounding like one
 * term of the groups with as many characters and like no word of the domain dictionary: a whole word is a word of the
 * language, and the dictionary's words, kept for cutting rare terms right, sound like common ones too (静电 is 晶点's
 * sound, 小时 小试's). Empty otherwise. A word that documents hold is a word of its own, not a typo: the
 * PostgreSQL engine drops these alternatives when the word matches a document (`expandPlan`), and Meilisearch is sent
 * the word and the term (`meiliQueryText`), the word matching nothing dropped first by its `frequency` strategy.
 */
export function soundAlikesOf(word: string): string[][] {
  const length = Array.from(word).length;
  if (!HAN_ONLY.test(word) || length < 2 || length > MAX_SOUND_ALIKE_CHARACTERS) return [];
  if (expansionIndex().has(word) || isDomainWord(word)) return [];
  const term = termSoundingLike(Array.from(word));
  if (term === undefined || term === word || !SYNONYM_GROUPS.some((group) => group.includes(term))) return [];
  const key = synonymKey(term);
  return [key.split(' '), ...(expansionIndex().get(key) ?? [])];
}

/** The one term of the lists with as many characters that the characters, read any way they can be, sound like. */
function termSoundingLike(chars: readonly string[]): string | undefined {
  let sounds = [''];
  for (const char of chars) {
    const options = readingsOf(char);
    if (sounds.length * options.length > MAX_HOMOPHONE_READINGS) return undefined;
    sounds = sounds.flatMap((sound) => options.map((option) => sound + option));
  }
  const index = homophones();
  for (const sound of sounds) {
    const term = index.get(sound);
    if (term && Array.from(term).length === chars.length) return term;
  }
  return undefined;
}

/**
 * The query as the Meilisearch engine sends it, read as the PostgreSQL engine reads it: only the words `queryWords`
 * keeps (its first ten), so stop words, the words a negation refuses and the negation word are left out here, not
 * left to Meilisearch, which would read a stop word ending the query as a prefix to complete and cuts words of its own
 * that are no stop words of ours (谁家能排上 → 排); every run of words that `synonymsOf` reads as
 * another term (`termTypedOtherwise`: a homophone, another inflection or a misspelling; found where `parseQuery` in
 * pg-query-plan.ts looks for synonyms: left to right, the longest run of up to four words first) replaced by that
 * term, so Meilisearch's own synonyms and dictionary then apply to it; a word that sounds like a term (`soundAlikesOf`)
 * followed by that term; a size typed in another unit (`quantityFormsOf`: 1.2米) by the size in its unit's symbol and in
 * the unit sizes are written in (1.2 m 1200 mm); and a class or rating typed with a hyphen (UL94 V-0) by its one word (v0). A query ending in a Chinese word gets a space after it: Meilisearch would complete it.
 */
export function meiliQueryText(query: string): string {
  const { words, models, lastIsPrefix } = queryWords(query);
  const { words: all, normalized } = textWords(query);
  const kept = new Set(words.map((word) => word.end));
  const replacements = new Map<number, { end: number; term: string }>();
  // A class or rating (UL94 V-0) as its one word: Meilisearch splits v0 into two adjacent words, as a document writes
  // V-0, where v and 0 apart are those of I-V and every number.
  for (const model of models) if (model.mark) replacements.set(model.start, { end: model.end, term: model.key });
  for (let i = 0; i < words.length;) {
    let length = Math.min(MAX_SYNONYM_RUN, words.length - i);
    for (; length >= 1; length -= 1) {
      const run = words.slice(i, i + length);
      const texts = run.map((word) => word.text);
      const start = run[0].end - run[0].text.length;
      const end = run[length - 1].end;
      // A size as the forms PostgreSQL reads it by (1.2米 → 1.2 m 1200 mm): whichever matches nothing is dropped first.
      const sizes = quantityFormsOf(run);
      if (sizes) {
        replacements.set(start, { end, term: sizes.join(' ') });
        break;
      }
      if (expansionIndex().has(texts.join(' '))) {
        const standIn = meiliStandIn(texts.join(' '));
        if (standIn !== undefined) replacements.set(start, { end, term: standIn });
        break;
      }
      const term = termTypedOtherwise(texts);
      if (term !== undefined) {
        replacements.set(start, { end, term: meiliStandIn(synonymKey(term)) ?? term });
        break;
      }
      // A word sounding like a term keeps its place, the term after it: whichever matches nothing is dropped first.
      const [alike] = length === 1 ? soundAlikesOf(texts[0]) : [];
      if (alike === undefined) continue;
      const key = alike.join(' ');
      replacements.set(start, { end, term: `${texts[0]} ${meiliStandIn(key) ?? key}` });
      break;
    }
    i += Math.max(length, 1);
  }
  let text = '';
  let copiedTo = 0;
  for (const word of all) {
    const start = word.end - word.text.length;
    if (start < copiedTo) continue;
    const replacement = replacements.get(start);
    if (replacement) {
      text += normalized.slice(copiedTo, start) + replacement.term;
      copiedTo = replacement.end;
    } else if (!kept.has(word.end)) {
      // A stop word or a refused word: a space in its place keeps its neighbours apart (热压的罐 is not 热压罐).
      text += `${normalized.slice(copiedTo, start)} `;
      copiedTo = word.end;
    }
  }
  // The separators around a left-out word are kept: collapse the spaces they leave.
  const sent = withoutOperators(copiedTo === 0 ? query : (text + normalized.slice(copiedTo)).replace(/\s{2,}/g, ' '));
  // Meilisearch completes the last word as a prefix whatever its script, unless a separator follows it; the PostgreSQL
  // engine only a Latin word (or model) ending the query.
  // So does a word still being typed whose characters jieba left apart (辊道 of 辊道窑: `unfinishedWord`).
  const prefix =
    lastIsPrefix ||
    models.some((model) => model.prefix && model.end === normalized.length) ||
    unfinishedWord(words) !== undefined;
  return prefix || ENDS_IN_SEPARATOR.test(sent) ? sent : `${sent} `;
}

const ENDS_IN_SEPARATOR = /[^\p{L}\p{N}]$/u;

// Quotes, and a hyphen that starts a word: Meilisearch's phrase and negation operators (after NFKC: ＂, －).
const OPERATORS = /["\uff02]|(?:^|\s)[-\uff0d]/u;

/**
 * The query with Meilisearch's operators made separators, as the PostgreSQL engine reads them: `"…"` would ask for a
 * phrase, and `-word` (a hyphen after a space or at the start) would leave out every document holding the word, which
 * no rule of the contract does (refusals rank, they do not exclude). A hyphen inside a word (scale-up, BT-256E) is no
 * operator and stays.
 */
function withoutOperators(text: string): string {
  if (!OPERATORS.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(/"/g, ' ')
    .replace(/(^|\s)-+/gu, '$1 ')
    .replace(/\s{2,}/g, ' ');
}

/** Meilisearch looks a synonym up for a run of at most three of its words (milli's query graph: ngrams of two, three). */
const MEILI_MAX_SYNONYM_RUN = 3;

/** How many words Meilisearch cuts a term into (stop words aside): Chinese words of three characters or more re-cut. */
function meiliWordCount(term: string): number {
  return textWords(term)
    .words.filter((word) => !isStopWord(word.text))
    .reduce((count, word) => count + (word.cjk ? meiliPiecesOf(word.text).length : 1), 0);
}

let standIns: Map<string, string | null> | undefined;

/**
 * The term Meilisearch is sent for a term of the groups (by its synonymKey) that it cuts into more words than it looks
 * synonyms up for (质子交换膜燃料电池 is 质子|交换|膜|燃料|电池; laser powder bed fusion): another term of its one group
 * that it reaches (PEMFC, LPBF), fewest words first, which it expands to the whole group, the typed term included.
 * Undefined for a term within reach, in several groups, or of a group with no such term (then only its own words match).
 */
function meiliStandIn(key: string): string | undefined {
  if (!standIns) {
    const groupsOf = new Map<string, number>();
    for (const group of SYNONYM_GROUPS)
      for (const member of new Set(group.map(normalizeSynonymTerm)))
        groupsOf.set(member, (groupsOf.get(member) ?? 0) + 1);
    const index = new Map<string, string | null>();
    for (const group of SYNONYM_GROUPS) {
      const reachable = group
        .map(normalizeSynonymTerm)
        .filter((member) => groupsOf.get(member) === 1)
        .map((member) => ({ member, words: meiliWordCount(member) }))
        .filter(({ words }) => words > 0 && words <= MEILI_MAX_SYNONYM_RUN)
        .sort((a, b) => a.words - b.words || a.member.length - b.member.length || (a.member < b.member ? -1 : 1));
      for (const member of group) {
        const memberKey = synonymKey(member);
        if (meiliWordCount(member) <= MEILI_MAX_SYNONYM_RUN) continue;
        const standIn = groupsOf.get(normalizeSynonymTerm(member)) === 1 ? (reachable[0]?.member ?? null) : null;
        index.set(memberKey, index.has(memberKey) && index.get(memberKey) !== standIn ? null : standIn);
      }
    }
    standIns = index;
  }
  return standIns.get(key) ?? undefined;
}

/** Lower case, NFKC, single spaces: how Meilisearch compares synonym keys. */
export function normalizeSynonymTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * Meilisearch's `synonyms` setting: every term maps to all other members of its groups (mutual synonyms must be
 * listed both ways; Meilisearch does not infer them). Keys are lower-cased, as Meilisearch matches them.
 */
export function toMeiliSynonyms(groups: readonly (readonly string[])[]): Record<string, string[]> {
  // A Map, not an object literal, while collecting: a term like '__proto__' must stay an ordinary key.
  const synonyms = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      const key = normalizeSynonymTerm(term);
      const targets = synonyms.get(key) ?? [];
      for (const member of group) {
        const value = normalizeSynonymTerm(member);
        if (value !== key && !targets.includes(value)) targets.push(value);
      }
      synonyms.set(key, targets);
    }
  }
  return Object.fromEntries(synonyms);
}

/** Meilisearch's `synonyms` setting: the shared groups (`toMeiliSynonyms`) and the one-way synonyms (`oneWaySynonyms`). */
export function meiliSynonyms(): Record<string, string[]> {
  const synonyms = toMeiliSynonyms(SYNONYM_GROUPS);
  for (const [form, targets] of oneWaySynonyms())
    if (!Object.hasOwn(synonyms, form)) synonyms[form] = targets.map(normalizeSynonymTerm);
  return synonyms;
}
