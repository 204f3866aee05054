import { describe, expect, it } from '@jest/globals';
import { tileWithSubWords } from './chinese-segmenter.js';
import {
  allowedTypos,
  alphanumericParts,
  damerauLevenshtein,
  englishStem,
  INNER_MARK,
  isCjk,
  modelKey,
  normalizeText,
  queryWords,
  tokenize,
  unfinishedWord,
} from './tokenize.js';

/** The words a query looks for: its stop words kept only as characters of a homophone run (`glue`) aside. */
const words = (query: string) =>
  queryWords(query)
    .words.filter((word) => !word.glue)
    .map((word) => word.text);
const plain = (tokens: string[]) => tokens.filter((token) => !token.startsWith(INNER_MARK));

describe('tokenize: Latin words and numbers', () => {
  it('lower-cases, splits on anything that is not a letter or digit and adds English stems', () => {
    expect(tokenize('Lithium-ion Cathode, scale-up!')).toEqual(['lithium', 'ion', 'cathode', 'cathod', 'scale', 'up']);
    expect(tokenize('testing cells')).toEqual(['testing', 'test', 'cells', 'cell']);
  });

  it('keeps letters and digits of one word together, and adds their parts', () => {
    expect(tokenize('NCM811 and 5G, IATF 16949')).toEqual(['ncm811', 'ncm', '811', '5g', '5', 'g', 'iatf', '16949']);
    expect(alphanumericParts('ul94')).toEqual(['ul', '94']);
    expect(alphanumericParts('cathode')).toEqual([]);
  });

  it('folds full-width characters (NFKC) and Latin diacritics', () => {
    expect(tokenize('ＮＣＭ８１１　Ｃａｔｈｏｄｅ')).toEqual(['ncm811', 'ncm', '811', 'cathode', 'cathod']);
    expect(tokenize('Café Zürich')).toEqual(['cafe', 'zurich']);
    expect(normalizeText('Ｃａｆé')).toBe('cafe');
  });

  it('reads a formula typed with subscripts as typed without, and a Greek letter apart from the Chinese word after it', () => {
    // Probe 17's Li₂CO₃ and α-氧化铝: NFKC folds sub- and superscript digits (CO₂ is co2, 10⁻⁶ is 10-6, µ is μ).
    expect(tokenize('Li₂CO₃')).toEqual(tokenize('Li2CO3'));
    expect(tokenize('CO₂ 浓度')).toEqual(tokenize('CO2 浓度'));
    expect(tokenize('5µm')).toEqual(tokenize('5μm'));
    expect(queryWords('α-氧化铝').words.map((word) => word.text)).toEqual(['α', '氧化铝']);
  });

  it('normalizes whatever each text needs: marks after Latin letters only, traditional characters anywhere', () => {
    expect(normalizeText('cafe\u0301 İzmir')).toBe('cafe izmir');
    expect(normalizeText('Ά')).toBe('ά');
    expect(normalizeText('Café 鋰電池')).toBe('cafe 锂电池');
    expect(normalizeText('𠀀鋰電池')).toBe('𠀀锂电池');
    expect(normalizeText('Lithium 锂电池')).toBe('lithium 锂电池');
  });

  it('splits a recommended standard typed without its slash (GBT 18488, GBT18488) as GB/T 18488 is', () => {
    expect(tokenize('GB/T 18488')).toEqual(['gb', 't', '18488']);
    expect(alphanumericParts('gbt18488')).toEqual(['gb', 't', '18488']);
    expect(alphanumericParts('gbt')).toEqual(['gb', 't']);
    expect(alphanumericParts('yyt0287')).toEqual(['yy', 't', '0287']);
    // Only a standard's prefix followed by digits or nothing: an ordinary word is left alone.
    expect(alphanumericParts('gbtest')).toEqual([]);
    expect(alphanumericParts('debt')).toEqual([]);
  });

  it('returns each token once, drops stop words, and nothing for separators only', () => {
    expect(tokenize('test Test TEST')).toEqual(['test']);
    expect(tokenize('a lab for the tests')).toEqual(['tests', 'test']);
    expect(tokenize('  ,. — ')).toEqual([]);
  });

  it('stems English words of four letters or more only', () => {
    expect(englishStem('batteries')).toBe(englishStem('battery'));
    expect(englishStem('gas')).toBe('gas');
    expect(englishStem('正极')).toBe('正极');
  });
});

describe('equipment models', () => {
  it('keys a model as one word of its letters and digits, whatever the separators and case', () => {
    expect(['AC-45S', 'ac45s', 'AC 45S', 'Ａｃ－４５Ｓ'].map(modelKey)).toEqual(['ac45s', 'ac45s', 'ac45s', 'ac45s']);
    // Letters only, digits only or Chinese: no model key.
    expect(['LC-MS', '61215-1', '热压罐'].map(modelKey)).toEqual(['', '', '']);
  });

  it('also gives a model written with hyphens in a text as one word, beside its words and parts', () => {
    expect(tokenize('型号 AC-45S，DYN-250S')).toEqual(expect.arrayContaining(['ac', '45s', 'ac45s', 'dyn250s']));
    expect(tokenize('Ti-6Al-4V 粉末')).toContain('ti6al4v');
    // Words without a digit, or apart, are no model: scale-up, LC-MS, AC 45S.
    expect(tokenize('scale-up LC-MS AC 45S')).not.toEqual(expect.arrayContaining(['scaleup']));
    expect(tokenize('AC 45S')).not.toContain('ac45s');
  });

  it('reads a model typed with hyphens in a query, a prefix when it ends the query', () => {
    expect(queryWords('AC-45S 热压罐').models).toMatchObject([{ key: 'ac45s', prefix: false, mark: false }]);
    expect(queryWords('热压罐 ac-45').models).toMatchObject([{ key: 'ac45', prefix: true, mark: false }]);
    expect(queryWords('ac45s').models).toEqual([]);
    // A refused model is not looked for.
    expect(queryWords('热压罐 不要AC-45S').models).toEqual([]);
  });
});

describe('tokenize: Chinese', () => {
  it('cuts a run into words with the domain dictionary, and adds every string inside each word', () => {
    const tokens = tokenize('锂电池正极材料放大');
    expect(plain(tokens)).toEqual(['锂电池', '正极', '材料', '放大']);
    expect(tokens).toEqual(expect.arrayContaining(['~锂电', '~电池', '~锂', '~放']));
    // Nothing spans two words: 池正 is no word and sits inside none.
    expect(tokens).not.toContain('~池正');
    expect(tokens).not.toContain('池正');
  });

  it("keeps the catalogue's words a general dictionary cuts into single characters whole (温循, 回差, 晶点)", () => {
    expect(plain(tokenize('测试传动误差、回差、扭转刚度'))).toEqual(['测试', '传动', '误差', '回差', '扭转', '刚度']);
    expect(plain(tokenize('降低晶点、划痕与厚度偏差'))).toContain('晶点');
    expect(plain(tokenize('温循与 HAST 可靠性试验系统'))).toContain('温循');
  });

  it('keeps domain words whole that a general dictionary cuts apart', () => {
    expect(plain(tokenize('热压罐机时共享'))).toEqual(['热压罐', '机时', '共享']);
    expect(plain(tokenize('增材制造零件检测'))).toEqual(['增材', '制造', '零件', '检测']);
    expect(plain(tokenize('催化剂中试验证'))).toEqual(['催化剂', '中试', '验证']);
  });

  it('drops Chinese stop words and filler', () => {
    expect(plain(tokenize('找一家能做光伏组件型式试验的机构'))).toEqual(['光伏', '组件', '型式', '试验']);
    expect(words('单抗纯化收率低怎么办')).toEqual(['单抗', '纯化', '收率', '低']);
    expect(words('冻干时间太长想优化一下')).toEqual(['冻干', '时间', '长', '优化']);
  });

  it('drops the asking words of dialect and colloquial speech (Northern 啥, 俺们; Cantonese 搵, 边度)', () => {
    expect(words('啥地方能测IMU')).toEqual(['测', 'imu']);
    expect(words('俺们厂想搞PA66改性')).toEqual(['厂', 'pa66', '改性']);
    expect(words('搵地方做电磁兼容测试')).toEqual(words('电磁兼容测试'));
    expect(words('边度可以租热压罐')).toEqual(['租', '热压罐']);
  });

  it('simplifies traditional characters, character by character, and leaves simplified text as it is', () => {
    expect(normalizeText('鋰電池正極材料')).toBe('锂电池正极材料');
    expect(plain(tokenize('熱壓罐成型工藝優化'))).toEqual(plain(tokenize('热压罐成型工艺优化')));
    expect(words('燃料電池測試')).toEqual(['燃料电池', '测试']);
    const simplified = '锂电池正极材料百公斤级工艺放大、干燥、后处理与包覆';
    expect(normalizeText(simplified)).toBe(simplified);
  });

  it('cuts the catalogue words a general dictionary cuts wrongly the same way in every context', () => {
    // 碳纤维板 is not 碳 | 纤维板 (fibreboard); 试验箱 is one word after 高低温湿热 and after 老化 alike.
    expect(plain(tokenize('碳纤维板拉伸试验'))).toEqual(['碳纤维', '板', '拉伸', '试验']);
    expect(plain(tokenize('高低温湿热试验箱'))).toEqual(['高低温', '湿热', '试验箱']);
    expect(plain(tokenize('紫外与湿热老化试验箱'))).toEqual(['紫外', '湿热', '老化', '试验箱']);
    expect(words('磷酸铁锂正极小批量生产')).toEqual(['磷酸铁锂', '正极', '小批量', '生产']);
    expect(words('等保测评')).toEqual(['等保', '测评']);
    // The trade's short forms, which a general dictionary cuts into characters; 长 of 长玻纤 is no word of its own.
    expect(words('复材超声C扫')).toEqual(['复材', '超声', 'c', '扫']);
    expect(words('超算机时')).toEqual(['超算', '机时']);
    expect(words('矢网比对')).toEqual(['矢网', '比对']);
    expect(words('5G滤波器插损')).toEqual(['5g', '滤波器', '插损']);
    expect(words('高镍残锂')).toEqual(['高镍', '残锂']);
    expect(words('长玻纤增强PP')).toEqual(['长玻纤', '增强', 'pp']);
  });

  it('splits mixed text into Latin words and CJK words', () => {
    const tokens = plain(tokenize('NCM811正极材料 5G射频测试'));
    expect(tokens).toEqual(expect.arrayContaining(['ncm811', '5g', '正极', '材料', '射频', '测试']));
    expect(tokens).not.toContain('ncm811正极');
  });

  it('emits a lone character as itself', () => {
    expect(tokenize('氢')).toEqual(['氢']);
  });
});

describe('tileWithSubWords', () => {
  it('splits a word into the dictionary words inside it, a character filling a gap', () => {
    expect(tileWithSubWords('正极材料')).toEqual(['正极', '材料']);
    expect(tileWithSubWords('冻干机')).toEqual(['冻干', '机']);
    expect(tileWithSubWords('锂电')).toEqual([]);
  });
});

describe('queryWords', () => {
  it('marks the last word as a prefix unless the query ends with a space or separator, as Meilisearch', () => {
    expect(queryWords('lithum cath').lastIsPrefix).toBe(true);
    expect(queryWords('lithum cathode ').lastIsPrefix).toBe(false);
    expect(queryWords('cathode,').lastIsPrefix).toBe(false);
    expect(queryWords('cath\u3000').lastIsPrefix).toBe(false);
    expect(queryWords('放大 cath').lastIsPrefix).toBe(true);
  });

  it('never makes a Chinese word a prefix, nor a stop word', () => {
    expect(queryWords('锂电池 放大')).toMatchObject({ lastIsPrefix: false });
    expect(queryWords('testing for').lastIsPrefix).toBe(false);
  });

  it('drops a negation word and the words it refuses, up to a stop word, a separator or the end', () => {
    expect(words('正极材料放大 不要钠电')).toEqual(['正极', '材料', '放大']);
    expect(words('正极材料放大 不要 钠电')).toEqual(['正极', '材料', '放大']);
    expect(words('热压罐成型 除了风电叶片')).toEqual(['热压罐', '成型']);
    expect(words('除了正极材料放大，还要做电池测试')).toEqual(['正极', '材料', '放大', '电池', '测试']);
    // 非 and 排除 begin compounds of the field: no refusal
    expect(words('非织造布中试')).toEqual(['非', '织造布', '中试']);
    expect(words('非接触式测量')).not.toEqual([]);
    expect(words('设备故障排除')).toEqual(['设备', '故障', '排除']);
    expect(words('不要钠电的正极材料')).toEqual(['正极', '材料']);
    expect(words('cathode scale-up without sodium')).toEqual(['cathode', 'scale', 'up']);
    expect(words('not sodium, cathode')).toEqual(['cathode']);
    expect(words('不要钠电')).toEqual([]);
    expect(queryWords('lithium without cath').lastIsPrefix).toBe(false);
  });

  it('keeps a stop word of one character inside a run of characters, as a character of a term typed with homophones', () => {
    const glued = (query: string) => queryWords(query).words.map((w) => `${w.text}${w.glue ? '+' : ''}`);
    // 等 in 热等经压 (热等静压), 是 in 型是试验 (型式试验): the mistyped character is a stop word.
    expect(glued('热等经压 机时')).toEqual(['热', '等+', '经', '压', '机时']);
    expect(glued('型是试验')).toEqual(['型', '是+', '试验']);
    // At a run's edge: 要 ends 辊道要 (辊道窑), 都 抗扰都 (抗扰度), beside one character with another before it.
    expect(glued('辊道要')).toEqual(['辊', '道', '要+']);
    expect(glued('抗扰都 测试')).toEqual(['抗', '扰', '都+', '测试']);
    // Not beside a word of two characters or more, nor beside a lone character alone.
    expect(glued('锂电池要')).toEqual(['锂电池']);
    expect(glued('窑要')).toEqual(['窑']);
    // Between words of two characters or more, or at a separator, a stop word is only a stop word.
    expect(glued('正极材料的放大')).toEqual(['正极', '材料', '放大']);
    expect(glued('热压罐 的 机时')).toEqual(['热压罐', '机时']);
  });

  it('reads a query of characters jieba left apart that begin a domain word as that word being typed', () => {
    const unfinished = (query: string) => unfinishedWord(queryWords(query).words);
    expect(unfinished('辊道')).toBe('辊道');
    expect(unfinished('抗扰')).toBe('抗扰');
    // Beside other words, not the start of a domain word, or apart: no.
    expect(unfinished('辊道 机时')).toBeUndefined();
    expect(unfinished('膜热')).toBeUndefined();
    expect(unfinished('辊 道')).toBeUndefined();
  });

  it('looks for a class or rating typed with a hyphen (UL94 V-0) as its one word, never by its letter and digit', () => {
    expect(words('UL94 V-0')).toEqual(['ul94']);
    expect(queryWords('UL94 V-0').models).toEqual([{ key: 'v0', prefix: false, mark: true, start: 5, end: 8 }]);
    expect(words('V-2 阻燃')).toEqual(['阻燃']);
    // A model keeps its parts: AC-45S is ac and 45s, and ac45s.
    expect(words('AC-45S')).toEqual(['ac', '45s']);
    expect(queryWords('AC-45S').models).toMatchObject([{ key: 'ac45s', mark: false }]);
  });

  it('refuses after 不是, 别, 不用 and 无需 too, and across the stop words right after the negation word', () => {
    expect(words('3D打印设备验证，不是钛合金的')).toEqual(['3d', '打印', '设备', '验证']);
    expect(words('燃料电池测试 不是型式试验')).toEqual(['燃料电池', '测试']);
    expect(words('无需GMP 注射剂放大')).toEqual(['注射剂', '放大']);
    // 给 and 我 lead to what is refused: 推 and PA56.
    expect(words('纤维检测 别给我推PA56')).toEqual(['纤维', '检测']);
    expect(words('不要给我推荐钠电，正极材料')).toEqual(['正极', '材料']);
    // 不 alone tells a problem (温度不稳定), not a refusal: the words around it stay (不 itself is a stop word).
    expect(words('温度不稳定')).toEqual(['温度', '稳定']);
  });

  it('marks a word after 或, 或者 or "or" as an alternative to the word before it', () => {
    const marked = (query: string) => queryWords(query).words.map((w) => `${w.text}${w.alternative ? '*' : ''}`);
    expect(marked('TOPCon或HJT电池小批量')).toEqual(['topcon', 'hjt*', '电池', '小批量']);
    expect(marked('HJT or TOPCon IV test')).toEqual(['hjt', 'topcon*', 'iv', 'test']);
    expect(marked('热压罐或者烘箱')).toEqual(['热压罐', '烘箱*']);
    // 还是 in a need told as a story is "still", not "or".
    expect(marked('做了小试还是想放大')).not.toContain('放大*');
    // Nothing before the word: nothing to be an alternative to.
    expect(marked('或者热压罐')).toEqual(['热压罐']);
    // '/' names one thing (a blend, a pair of figures), and A、B lists things wanted together ...
    expect(marked('PLA/PBAT 吨级试产')).toEqual(['pla', 'pbat', '吨级', '试产']);
    expect(marked('高频Dk/Df测试')).not.toContain('df*');
    expect(marked('钙钛矿、HJT电池')).toEqual(['钙钛矿', 'hjt', '电池']);
    // ... unless the query says any item will do: then its items joined by 、 are alternatives, the word not looked for.
    expect(marked('钙钛矿、HJT电池任一')).toEqual(['钙钛矿', 'hjt*', '电池']);
    expect(queryWords('TOPCon or HJT').lastIsPrefix).toBe(true);
  });

  it('cuts Chinese into words and drops stop words of both languages', () => {
    expect(words('锂电池正极材料放大')).toEqual(['锂电池', '正极', '材料', '放大']);
    expect(words('哪里可以做MEMS压力传感器型式试验')).toEqual(['mems', '压力', '传感器', '型式', '试验']);
    expect(words('looking for a lab that can do EMC testing')).toEqual(['emc', 'testing']);
  });

  it('drops the chat around a need: greetings, asking, urgency, the price question', () => {
    expect(words('在吗？想问下你们这能做锂电池正极材料放大吗🙏')).toEqual(['锂电池', '正极', '材料', '放大']);
    expect(words('老师好，请问有做ADC放行检测的平台吗？谢谢')).toEqual(['adc', '放行', '检测']);
    expect(words('急！燃料电池发动机型式试验 多少钱')).toEqual(['燃料电池', '发动机', '型式', '试验']);
    // 上 and 下 after a place or a condition name nothing, in documents as in queries.
    expect(tokenize('在真实正极材料生产工况下验证')).not.toContain('下');
  });

  it('drops the date, the deadline and the scheduling around a need, in both languages', () => {
    expect(words('下周能排上的热压罐')).toEqual(['热压罐']);
    expect(words('两天内出报告 电池循环测试')).toEqual(['出', '报告', '电池', '循环', '测试']);
    expect(words('月底前要做完 光伏组件IV测试')).toEqual(['光伏', '组件', 'iv', '测试']);
    expect(words('急单 这周五前 SMT贴片')).toEqual(['smt', '贴片']);
    expect(words('need fabric tests by next month, asap, budget 50k RMB')).toEqual(['fabric', 'tests', '50k']);
    // Inside words the same characters stay: 前驱体, 内部缺陷.
    expect(words('前驱体 内部缺陷')).toEqual(['前驱体', '内部', '缺陷']);
  });

  it('drops the generic nouns and phrases a need is wrapped in (东西, 玩意儿, 事情, 那种, 之类, 什么的; thing, stuff, kind of)', () => {
    expect(words('xyzqqq不存在的东西')).toEqual(['xyzqqq', '存在']);
    expect(words('电磁兼容测试之类的东西')).toEqual(words('电磁兼容测试'));
    expect(words('那种能做盐雾的玩意儿')).toEqual(['盐雾']);
    expect(words('涂层相关的事情，这种材料')).toEqual(['涂层', '材料']);
    expect(words('镀膜什么的')).toEqual(['镀膜']);
    expect(words('EMC testing, that kind of thing')).toEqual(['emc', 'testing']);
    expect(words('something for salt spray stuff, etc')).toEqual(['salt', 'spray']);
    // Documents drop them too: neither engine ever looks for them.
    expect(tokenize('电池测试的东西与事情')).toEqual(tokenize('电池测试'));
  });

  it('drops how near a place the need is wanted (附近, 周边, 本地, 一带, 地区), keeping the place', () => {
    expect(words('武汉本地 钛合金打印')).toEqual(['武汉', '钛合金', '打印']);
    expect(words('长三角一带 钙钛矿')).toEqual(['长三角', '钙钛矿']);
    expect(words('成渝地区 注射剂')).toEqual(['成渝', '注射剂']);
  });

  it('marks the words of measured conditions: values with their units, and the quantity named right before one', () => {
    const conditions = (query: string) =>
      queryWords(query)
        .words.filter((word) => word.condition)
        .map((word) => word.text);
    expect(conditions('85℃/85%RH 1000h 双85试验')).toEqual(['85', 'c', '85', 'rh', '1000h']);
    expect(conditions('湿度20~98%RH 温度-70~150℃ 试验箱')).toEqual([
      '湿度',
      '20',
      '98',
      'rh',
      '温度',
      '70',
      '150',
      'c',
    ]);
    expect(conditions('反应釜 容积=100L')).toEqual(['容积', '100l']);
    // A space parts the need from a value: HAST stays the need.
    expect(conditions('HAST 130℃')).toEqual(['130', 'c']);
    // Numbers without a unit (standards, grades), models joined by a hyphen, 5G and 3D are no conditions.
    expect(conditions('IEC 61215 GB/T 2423.17 NCM 811')).toEqual([]);
    expect(conditions('AC-45S 热压罐 5G滤波器 3D打印')).toEqual([]);
    expect(conditions('3C认证 4K')).toEqual([]);
  });

  it('normalizes like the documents and yields nothing for an empty or filler-only query', () => {
    expect(words('ＣＡＴＨ')).toEqual(['cath']);
    expect(words('')).toEqual([]);
    expect(words('的 了 吗？')).toEqual([]);
    expect(words('，。！')).toEqual([]);
  });
});

describe('allowedTypos', () => {
  it('follows Meilisearch defaults: none below 5 characters, one from 5, two from 9', () => {
    expect(allowedTypos('cath')).toBe(0);
    expect(allowedTypos('catho')).toBe(1);
    expect(allowedTypos('lithium8')).toBe(1);
    expect(allowedTypos('lithiumio')).toBe(2);
    expect(allowedTypos('semiconductor')).toBe(2);
  });

  it('counts characters, not UTF-16 units, and gives CJK terms none', () => {
    expect(allowedTypos('𝔞𝔟𝔠𝔡')).toBe(0);
    expect(allowedTypos('正极材料放大熟化工艺')).toBe(0);
    expect(isCjk('正极')).toBe(true);
    expect(isCjk('ncm811')).toBe(false);
  });
});

describe('damerauLevenshtein', () => {
  it('counts a missing letter and a swap of two adjacent letters as one edit', () => {
    expect(damerauLevenshtein('lithum', 'lithium', 2)).toBe(1);
    expect(damerauLevenshtein('cathdoe', 'cathode', 2)).toBe(1);
    expect(damerauLevenshtein('ab', 'ba', 1)).toBe(1);
  });

  it('counts substitutions, insertions and deletions', () => {
    expect(damerauLevenshtein('cathode', 'cathode', 2)).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting', 3)).toBe(3);
    expect(damerauLevenshtein('', 'ab', 2)).toBe(2);
    // Optimal string alignment: a swapped pair is not edited again ('ca' -> 'abc' is 3, not 2).
    expect(damerauLevenshtein('ca', 'abc', 3)).toBe(3);
  });

  it('stops at max + 1', () => {
    expect(damerauLevenshtein('kitten', 'sitting', 2)).toBe(3);
    expect(damerauLevenshtein('a', 'abcd', 1)).toBe(2);
    expect(damerauLevenshtein('cathode', 'anode', 0)).toBe(1);
  });

  it('works on code points', () => {
    expect(damerauLevenshtein('𠀀a', 'a𠀀', 1)).toBe(1);
    expect(() => damerauLevenshtein('a', 'b', -1)).toThrow(RangeError);
  });
});
