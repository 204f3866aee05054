import { describe, expect, it } from '@jest/globals';
import {
  SYNONYM_GROUPS,
  homophoneOf,
  inflectedTermOf,
  initialsOf,
  misspeltTermOf,
  meiliSynonyms,
  normalizeSynonymTerm,
  pinyinForms,
  oneWaySynonyms,
  soundAlikesOf,
  synonymKey,
  synonymsOf,
  toMeiliSynonyms,
  meiliQueryText,
} from './synonyms.js';
import { meiliPiecesOf } from './chinese-segmenter.js';

describe('SYNONYM_GROUPS', () => {
  it('holds groups of at least two distinct, non-empty terms', () => {
    expect(SYNONYM_GROUPS.length).toBeGreaterThanOrEqual(80);
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      const keys = group.map(synonymKey);
      expect(keys.every((key) => key.length > 0)).toBe(true);
      expect(new Set(group.map(normalizeSynonymTerm)).size).toBe(group.length);
    }
  });

  it('pairs every group across languages, or spellings (British and American)', () => {
    for (const group of SYNONYM_GROUPS) {
      const bilingual = group.some((t) => /\p{Script=Han}/u.test(t)) && group.some((t) => /\p{Script=Latin}/u.test(t));
      expect(bilingual || group.every((t) => /^[a-z -]+$/i.test(t))).toBe(true);
    }
  });
});

describe('synonymsOf', () => {
  it('gives the other members of a group as analyzed words, across languages', () => {
    expect(synonymsOf(['scale', 'up'])).toEqual(expect.arrayContaining([['放大'], ['工艺', '放大']]));
    expect(synonymsOf(['型式', '试验'])).toEqual(
      expect.arrayContaining([
        ['type', 'test'],
        ['type', 'testing'],
      ]),
    );
    expect(synonymsOf(['双抗'])).toEqual(
      expect.arrayContaining([
        ['双特异性', '抗体'],
        ['bispecific', 'antibody'],
      ]),
    );
  });

  it('looks up runs of words analyzed as queries are: case, NFKC, CJK next to Latin', () => {
    expect(synonymKey('ＣＤＭＯ')).toBe('cdmo');
    expect(synonymKey('3D打印')).toBe('3d 打印');
    expect(synonymsOf(['3d', '打印'])).toEqual(expect.arrayContaining([['增材', '制造']]));
    expect(synonymsOf(['machine', 'hours'])).toEqual(expect.arrayContaining([['机时'], ['租用']]));
  });

  it('knows the words people use for what the catalogue writes otherwise', () => {
    expect(synonymsOf(['减速机'])).toEqual(expect.arrayContaining([['减速器']]));
    expect(synonymsOf(['认证', '检测'])).toEqual(expect.arrayContaining([['型式', '试验']]));
    expect(synonymsOf(['c', 'sam'])).toEqual(expect.arrayContaining([['超声', '扫描', '显微镜'], ['sam']]));
    expect(synonymsOf(['电动车'])).toEqual(expect.arrayContaining([['新能源', '汽车']]));
    expect(synonymsOf(['综合利用'])).toEqual(expect.arrayContaining([['资源化']]));
    expect(synonymsOf(['试验'])).toEqual(expect.arrayContaining([['测试'], ['检测']]));
    expect(synonymsOf(['贴片'])).toEqual(expect.arrayContaining([['贴装'], ['smt']]));
    expect(synonymsOf(['等保'])).toEqual(expect.arrayContaining([['等级', '保护']]));
    expect(synonymsOf(['注册', '检'])).toEqual(expect.arrayContaining([['注册', '检验']]));
    expect(synonymsOf(['工业', 'ct'])).toEqual(expect.arrayContaining([['industrial', 'ct']]));
    expect(synonymsOf(['效率', '测试'])).toEqual(expect.arrayContaining([['iv', '测试']]));
    // Short forms and shop-floor words of outside testers (the second holdout set).
    expect(synonymsOf(['矢网'])).toEqual(expect.arrayContaining([['矢量', '网络', '分析仪'], ['vna']]));
    expect(synonymsOf(['超算'])).toEqual(expect.arrayContaining([['hpc'], ['高性能', '计算']]));
    expect(synonymsOf(['复材'])).toEqual(expect.arrayContaining([['复合材料']]));
    expect(synonymsOf(['c', '扫'])).toEqual(expect.arrayContaining([['c', '扫描']]));
    expect(synonymsOf(['膜'])).toEqual(expect.arrayContaining([['薄膜'], ['film']]));
    expect(synonymsOf(['彩超'])).toEqual(expect.arrayContaining([['超声', '诊断'], ['ultrasound']]));
    expect(synonymsOf(['电控'])).toEqual(expect.arrayContaining([['电机', '控制器']]));
    expect(synonymsOf(['充放电', '柜'])).toEqual(expect.arrayContaining([['充放电', '测试', '系统']]));
    expect(synonymsOf(['双螺杆', '挤出机'])).toEqual(expect.arrayContaining([['双螺杆']]));
    expect(synonymsOf(['租'])).toEqual(expect.arrayContaining([['机时']]));
    expect(synonymsOf(['打样'])).toEqual(expect.arrayContaining([['小批量'], ['工程批']]));
    expect(synonymsOf(['pemfc'])).toEqual(expect.arrayContaining([['燃料电池']]));
    // The catalogue's instruments by their abbreviations and shop names (twelfth holdout's analysis).
    expect(synonymsOf(['gcms'])).toEqual(
      expect.arrayContaining([
        ['gc', 'ms'],
        ['气质', '联用'],
      ]),
    );
    expect(synonymsOf(['tma'])).toEqual(expect.arrayContaining([['热', '机械', '分析仪']]));
    expect(synonymsOf(['拉力机'])).toEqual(expect.arrayContaining([['万能', '试验机']]));
    expect(synonymsOf(['灭菌', '锅'])).toEqual(expect.arrayContaining([['灭菌', '柜'], ['steriliser']]));
    expect(synonymsOf(['温度', '冲击'])).toEqual(expect.arrayContaining([['thermal', 'shock']]));
    expect(synonymsOf(['jingliuta'])).toEqual(expect.arrayContaining([['精馏塔']]));
  });

  it('leaves a run in no group alone', () => {
    expect(synonymsOf(['spectrometer'])).toEqual([]);
  });
});

describe('toMeiliSynonyms', () => {
  it('maps every term to all other members of its groups, merging groups that share a term', () => {
    expect(
      toMeiliSynonyms([
        ['A', 'b', 'c'],
        ['B', 'd'],
      ]),
    ).toEqual({
      a: ['b', 'c'],
      b: ['a', 'c', 'd'],
      c: ['a', 'b'],
      d: ['b'],
    });
  });

  it('is mutual for the shared list: if x lists y, y lists x', () => {
    const synonyms = toMeiliSynonyms(SYNONYM_GROUPS);
    for (const [term, targets] of Object.entries(synonyms)) {
      expect(targets).not.toContain(term);
      for (const target of targets) expect(synonyms[target]).toContain(term);
    }
    expect(synonyms['type test']).toEqual(['type testing', '型式试验', '型式检验']);
    expect(synonyms['正极']).toEqual(['cathode', '正极材料']);
  });

  it('gives Meilisearch the one-way synonyms one way', () => {
    const synonyms = meiliSynonyms();
    expect(synonyms['认证检测']).toEqual(expect.arrayContaining(['type test', '型式试验']));
    expect(synonyms['型式试验']).not.toContain('认证检测');
  });

  it('keeps a term named like an object prototype key as plain data', () => {
    const synonyms = toMeiliSynonyms([['__proto__', 'x']]);
    expect(Object.keys(synonyms)).toEqual(['__proto__', 'x']);
    expect(synonyms['x']).toEqual(['__proto__']);
  });
});

describe('pinyin', () => {
  it('spells a Chinese term of two characters or more without tones, run together and, up to three, apart', () => {
    expect(pinyinForms('热压罐')).toEqual(['reyaguan', 're ya guan']);
    expect(pinyinForms('冷冻干燥机')).toEqual(['lengdongganzaoji']);
    expect(pinyinForms('租')).toEqual([]);
    // a term of two or three words of two characters or more, a word at a time
    expect(pinyinForms('燃料电池')).toEqual(['ranliaodianchi', 'ranliao dianchi']);
    expect(pinyinForms('激光选区熔化')).toEqual(['jiguangxuanquronghua', 'jiguang xuanqu ronghua']);
    expect(pinyinForms('无损检测')).toEqual(['wusunjiance', 'wusun jiance']);
    expect(pinyinForms('autoclave')).toEqual([]);
  });

  it('lets a Chinese term of the lists typed in pinyin stand for its group, one way', () => {
    expect(synonymsOf(['reyaguan'])).toEqual(expect.arrayContaining([['热压罐'], ['autoclave']]));
    expect(synonymsOf(['yanwu'])).toEqual(expect.arrayContaining([['盐雾'], ['salt', 'spray']]));
    expect(synonymsOf(['re', 'ya', 'guan'])).toEqual(expect.arrayContaining([['热压罐']]));
    expect(synonymsOf(['wusun', 'jiance'])).toEqual(expect.arrayContaining([['无损', '检测'], ['ndt']]));
    // a dictionary word in no group stands for itself
    expect(synonymsOf(['gundaoyao'])).toEqual([['辊道窑']]);
    expect(synonymsOf(['热压罐'])).not.toContainEqual(['reyaguan']);
  });

  it('lets a certification test stand for the type tests, but not the reverse', () => {
    expect(synonymsOf(['认证', '检测'])).toEqual(
      expect.arrayContaining([
        ['型式', '试验'],
        ['type', 'test'],
      ]),
    );
    expect(synonymsOf(['certification', 'test'])).toEqual(expect.arrayContaining([['型式', '试验']]));
    const typeTest = synonymsOf(['型式', '试验']).map((words) => words.join(' '));
    expect(typeTest).toContain('type test');
    expect(typeTest.filter((words) => words.includes('认证') || words.includes('certification'))).toEqual([]);
  });

  it('spells a term of four characters or more by the initials of its syllables', () => {
    expect(initialsOf('热等静压')).toBe('rdjy');
    expect(initialsOf('型式试验')).toBe('xssy');
    // Three letters are as often an abbreviation (GCP, LCP): 工程批 and 临床批 have none.
    expect(initialsOf('热压罐')).toBeUndefined();
    expect(initialsOf('工程批')).toBeUndefined();
    expect(initialsOf('autoclave')).toBeUndefined();
  });

  it('lets the initials of a term stand for its group when no term of another group has them', () => {
    expect(synonymsOf(['rdjy'])).toEqual(expect.arrayContaining([['热等静压'], ['hip']]));
    expect(synonymsOf(['gfzj'])).toEqual(
      expect.arrayContaining([
        ['光伏', '组件'],
        ['pv', 'module'],
      ]),
    );
    expect(meiliSynonyms()['xssy']).toEqual(expect.arrayContaining(['型式试验', 'type test']));
    expect(synonymsOf(['gcp'])).toEqual([]);
    // Initials stand for one group (or one dictionary word), never for terms of two.
    for (const [form, targets] of oneWaySynonyms())
      if (targets.some((target) => initialsOf(target) === form))
        expect(targets.length === 1 || SYNONYM_GROUPS.some((group) => targets.every((t) => group.includes(t)))).toBe(
          true,
        );
  });

  it('never takes a pinyin spelling that is a term of the lists', () => {
    const terms = new Set(SYNONYM_GROUPS.flat().map(normalizeSynonymTerm));
    expect([...oneWaySynonyms().keys()].filter((form) => terms.has(form))).toEqual([]);
  });
});

describe('units typed in Chinese beside a number', () => {
  it('stand for the unit the catalogue writes', () => {
    expect(synonymsOf(['千', '牛'])).toContainEqual(['kn']);
    expect(synonymsOf(['千瓦'])).toContainEqual(['kw']);
    expect(synonymsOf(['毫米'])).toContainEqual(['mm']);
    expect(synonymsOf(['公斤'])).toContainEqual(['kg']);
    expect(synonymsOf(['升'])).toContainEqual(['l']);
    expect(synonymsOf(['立方'])).toContainEqual(['m3']);
    expect(meiliSynonyms()['千牛']).toContain('kn');
  });
});

describe("homophones (an input method's wrong characters of the same sound)", () => {
  it('reads a run that fell apart into characters as the term it sounds like', () => {
    expect(homophoneOf(['热压', '灌'])).toBe('热压罐');
    expect(homophoneOf(['行', '式', '试验'])).toBe('型式试验');
    expect(homophoneOf(['膜', '电', '级'])).toBe('膜电极');
    expect(homophoneOf(['鸡', '时'])).toBe('机时');
    // A four-character term falls apart into four characters.
    expect(homophoneOf(['聚', '酰', '压', '胺'])).toBe('聚酰亚胺');
    expect(synonymsOf(['聚', '酰', '压', '胺'])).toContainEqual(['polyimide']);
    expect(meiliQueryText('聚酰压胺 薄膜 测试')).toBe('聚酰亚胺 薄膜 测试 ');
    // A class or rating typed with a hyphen is sent as its one word.
    expect(meiliQueryText('UL94 V-0')).toBe('ul94 v0 ');
    // A mistyped character that is a stop word (等 for 静) is read in the run.
    expect(meiliQueryText('热等经压 机时')).toBe('热等静压 机时 ');
    expect(meiliQueryText('辊道要 机时')).toBe('辊道窑 机时 ');
    // A query that is a domain word being typed, its characters apart (辊 | 道), is completed as a prefix.
    expect(meiliQueryText('辊道')).toBe('辊道');
    expect(meiliQueryText('辊道 机时')).toBe('辊道 机时 ');
    // every reading of a heteronym counts: 行 is xing here
    expect(homophoneOf(['行', '式'])).toBe('型式');
  });

  it('guesses nothing for words of their own, other sounds, Latin words or a lone word', () => {
    expect(homophoneOf(['热压罐'])).toBeUndefined();
    expect(homophoneOf(['组建', '放大'])).toBeUndefined();
    expect(homophoneOf(['热压', '桶'])).toBeUndefined();
    expect(homophoneOf(['re', 'ya', 'guan'])).toBeUndefined();
    expect(homophoneOf(['热', 'ya'])).toBeUndefined();
  });

  it('reads a whole word of the same sound that is no term of the lists as the term, and sends Meilisearch both', () => {
    // 盐务 and 计时 are words of jieba's dictionary: kept whole, they do not fall apart into characters.
    expect(soundAlikesOf('盐务')).toEqual(expect.arrayContaining([['盐雾'], ['salt', 'spray']]));
    expect(soundAlikesOf('盐务')[0]).toEqual(['盐雾']);
    expect(soundAlikesOf('计时')[0]).toEqual(['机时']);
    expect(meiliQueryText('盐务试验')).toBe('盐务 盐雾试验 ');
    expect(meiliQueryText('计时')).toBe('计时 机时 ');
    // A term of the lists and a word of the domain dictionary keep their own meaning; so does a word of other sounds.
    expect(soundAlikesOf('试验')).toEqual([]);
    expect(soundAlikesOf('晶点')).toEqual([]);
    expect(soundAlikesOf('组建')).toEqual([]);
    // A word is read only as a term of the groups: 晶点 and 小试 are words of the domain dictionary.
    expect(soundAlikesOf('静电')).toEqual([]);
    expect(soundAlikesOf('小时')).toEqual([]);
    // One character is too many words at once; five are beyond the runs read by sound.
    expect(soundAlikesOf('雾')).toEqual([]);
    expect(soundAlikesOf('盐务试验箱子')).toEqual([]);
    expect(meiliQueryText('热压罐')).toBe('热压罐 ');
  });

  it('lets the run stand for the term and its group, one way', () => {
    expect(synonymsOf(['热压', '灌'])).toEqual(expect.arrayContaining([['热压罐'], ['autoclave']]));
    expect(synonymsOf(['电磁', '兼', '融'])).toEqual(expect.arrayContaining([['电磁兼容'], ['emc']]));
    expect(synonymsOf(['热压罐']).flat()).not.toContain('灌');
  });

  it('rewrites the query Meilisearch gets where the PostgreSQL engine reads a homophone, and only there', () => {
    expect(meiliQueryText('热压灌租用')).toBe('热压罐租用 ');
    expect(meiliQueryText('光伏组件行式试验')).toBe('光伏组件型式试验 ');
    expect(meiliQueryText('GaN功放电磁兼融试验')).toBe('gan功放电磁兼容试验 ');
    expect(meiliQueryText('热压罐 租用')).toBe('热压罐 租用 ');
    expect(meiliQueryText('Autoclave hours')).toBe('Autoclave hours');
  });
});

describe('ONE_WAY_SYNONYMS', () => {
  it('lets the words buyers use for a service stand for the catalogue’s, one way', () => {
    expect(synonymsOf(['送检'])).toEqual(expect.arrayContaining([['检测'], ['测试'], ['testing']]));
    expect(synonymsOf(['技术转让'])).toEqual(
      expect.arrayContaining([
        ['成果', '转化'],
        ['technology', 'transfer'],
      ]),
    );
    expect(synonymsOf(['hass'])).toEqual(expect.arrayContaining([['可靠性'], ['reliability']]));
    expect(synonymsOf(['量产'])).toEqual(expect.arrayContaining([['小批量'], ['试产'], ['small', 'batch']]));
    expect(synonymsOf(['小批量'])).not.toContainEqual(['量产']);
    expect(synonymsOf(['检测'])).not.toContainEqual(['送检']);
    expect(synonymsOf(['可靠性'])).not.toContainEqual(['hass']);
  });

  it('reads a material grade or formula as the material the catalogue names', () => {
    expect(synonymsOf(['tc4'])).toEqual(expect.arrayContaining([['钛合金'], ['titanium', 'alloy']]));
    expect(synonymsOf([synonymKey('Ti6Al4V')])).toEqual(expect.arrayContaining([['钛合金']]));
    expect(synonymsOf(['lifepo4'])).toEqual(expect.arrayContaining([['磷酸铁锂'], ['lfp']]));
    expect(synonymsOf(['钛合金'])).not.toContainEqual(['tc4']);
  });

  it('reads a product as the category the catalogue offers for it, and the shop floor’s names for equipment', () => {
    expect(synonymsOf(['人工关节'])).toEqual(expect.arrayContaining([['骨科', '植入物']]));
    expect(synonymsOf(['髋臼', '杯'])).toEqual(expect.arrayContaining([['骨科', '植入物']]));
    expect(synonymsOf(['骨科', '植入物'])).not.toContainEqual(['人工关节']);
    expect(synonymsOf(['搪瓷'])).toEqual(expect.arrayContaining([['搪玻璃'], ['glass', 'lined']]));
    expect(synonymsOf(['炉子'])).toEqual(expect.arrayContaining([['kiln'], ['furnace'], ['窑炉']]));
    expect(synonymsOf(['釜'])).toEqual(expect.arrayContaining([['反应釜'], ['reactor']]));
    expect(synonymsOf(['反应釜'])).not.toContainEqual(['釜']);
    expect(synonymsOf(['箱'])).toEqual(expect.arrayContaining([['试验箱']]));
    expect(synonymsOf(['老化', '房'])).toEqual(expect.arrayContaining([['试验箱'], ['test', 'chamber']]));
    expect(synonymsOf(['试验箱'])).not.toContainEqual(['箱']);
  });
});

describe('REGIONAL_WORDS (Taiwan and Hong Kong)', () => {
  const run = (query: string) => synonymKey(query).split(' ');

  it("reads Taiwan's and Hong Kong's words, typed in traditional characters, as the mainland term and its group", () => {
    expect(synonymsOf(run('軟體'))).toEqual([['软件']]);
    expect(synonymsOf(run('碳化矽'))).toEqual(expect.arrayContaining([['碳化硅'], ['sic'], ['silicon', 'carbide']]));
    expect(synonymsOf(run('雷射'))).toEqual([['激光']]);
    expect(synonymsOf(run('馬達'))).toEqual([['电机']]);
    // jieba cuts these into characters or words of their own: the run is read whole.
    expect(synonymsOf(run('量測'))).toEqual(expect.arrayContaining([['测试'], ['testing']]));
    expect(synonymsOf(run('積層製造'))).toEqual(
      expect.arrayContaining([
        ['增材', '制造'],
        ['3d', '打印'],
      ]),
    );
    expect(synonymsOf(run('資安'))).toEqual([['信息安全']]);
    expect(synonymsOf(run('功率模組'))).toEqual([['功率', '模块']]);
  });

  it('is one way: the mainland term does not look for the regional one', () => {
    expect(synonymsOf(['软件'])).toEqual([]);
    expect(synonymsOf(['碳化硅'])).not.toContainEqual(['碳化', '矽']);
    expect(meiliSynonyms()['软体']).toEqual(['软件']);
    expect(meiliSynonyms()['激光']).toBeUndefined();
  });
});

describe('STANDARD_TESTS', () => {
  const run = (query: string) => synonymKey(query).split(' ');

  it('reads a test standard’s number as the test it defines, one way', () => {
    expect(synonymsOf(run('GB/T 2423.17'))).toEqual(expect.arrayContaining([['盐雾'], ['salt', 'spray']]));
    expect(synonymsOf(run('ASTM B117'))).toEqual(expect.arrayContaining([['盐雾']]));
    expect(synonymsOf(run('IEC 60068-2-78'))).toEqual(expect.arrayContaining([['湿热'], ['damp', 'heat']]));
    expect(synonymsOf(run('JESD22-A104'))).toEqual(expect.arrayContaining([['温循'], ['温度', '循环']]));
    expect(synonymsOf(run('JESD22-A110'))).toEqual([['hast']]);
    expect(synonymsOf(run('GB/T 2423.10'))).toEqual(expect.arrayContaining([['振动台'], ['振动', '试验']]));
    expect(synonymsOf(['盐雾'])).not.toContainEqual(run('GB/T 2423.17'));
    expect(meiliSynonyms()['gb/t 2423.17']).toEqual(expect.arrayContaining(['salt spray', '盐雾']));
  });

  it('names no series: GB/T 2423 alone is every environmental test', () => {
    expect(synonymsOf(run('GB/T 2423'))).toEqual([]);
  });

  it('reads a test typed as a datasheet names it (随机振动) as the shaker it runs on', () => {
    expect(synonymsOf(['随机振动'])).toEqual(expect.arrayContaining([['振动台'], ['shaker']]));
  });
});

describe('regions typed with 地区', () => {
  const run = (query: string) => synonymKey(query).split(' ');
  it('read as the region word documents hold, one way', () => {
    expect(synonymsOf(['西南地区'])).toEqual([['西南']]);
    expect(synonymsOf(['华南地区'])).toEqual([['华南']]);
    expect(synonymsOf(['苏南地区'])).toEqual([['苏南']]);
    expect(synonymsOf(['西南'])).toEqual([]);
    expect(meiliSynonyms()['华东地区']).toEqual(['华东']);
  });

  it('reads a colloquial area or place name as every place word it stands for, one way', () => {
    expect(synonymsOf(run('江浙沪'))).toEqual([['上海'], ['江苏'], ['浙江']]);
    expect(synonymsOf(run('川渝'))).toEqual([['成渝']]);
    expect(synonymsOf(run('东三省'))).toEqual([['东北']]);
    expect(synonymsOf(run('羊城'))).toEqual([['广州']]);
    expect(synonymsOf(['上海'])).toEqual([]);
    expect(meiliSynonyms()['江浙沪']).toEqual(['上海', '江苏', '浙江']);
  });
});

describe('terms of the synonym groups typed in another inflection', () => {
  it('reads a run with the stems of a term as that term: the base form for -ing, plurals', () => {
    expect(inflectedTermOf(['freeze', 'dry'])).toBe('freeze drying');
    expect(inflectedTermOf(['3d', 'print'])).toBe('3d printing');
    expect(inflectedTermOf(['scaling', 'up'])).toBe('scale up');
    expect(inflectedTermOf(['adcs'])).toBe('adc');
    expect(synonymsOf(['freeze', 'dry'])).toEqual(expect.arrayContaining([['冻干'], ['freeze', 'drying']]));
    expect(synonymsOf(['3d', 'print'])).toEqual(expect.arrayContaining([['增材', '制造']]));
  });

  it('guesses nothing for a term as written, other stems or Chinese words', () => {
    expect(inflectedTermOf(['testing'])).toBeUndefined();
    expect(inflectedTermOf(['freeze'])).toBeUndefined();
    expect(inflectedTermOf(['冻干'])).toBeUndefined();
  });
});

describe('misspelt terms of the synonym groups', () => {
  it('reads a run of Latin words within their typo budget of a term as that term', () => {
    expect(misspeltTermOf(['rentel'])).toBe('rental');
    expect(misspeltTermOf(['sillicon', 'carbide'])).toBe('silicon carbide');
    expect(misspeltTermOf(['electromagnetic', 'compatability'])).toBe('electromagnetic compatibility');
    expect(synonymsOf(['sillicon', 'carbide'])).toEqual(expect.arrayContaining([['sic'], ['碳化硅']]));
  });

  it('guesses nothing for a word spelt right, too short, of another first letter or not Latin', () => {
    expect(misspeltTermOf(['rental'])).toBeUndefined();
    expect(misspeltTermOf(['rnt'])).toBeUndefined();
    expect(misspeltTermOf(['fule', 'cell'])).toBeUndefined();
    expect(misspeltTermOf(['xental'])).toBeUndefined();
    expect(misspeltTermOf(['热压罐'])).toBeUndefined();
  });
});

describe('meiliQueryText', () => {
  it('leaves out refused words and replaces misspelt terms, as the PostgreSQL engine reads them', () => {
    expect(meiliQueryText('正极材料放大 不要钠电')).toBe('正极材料放大 ');
    expect(meiliQueryText('autoclav rentel')).toBe('autoclave rental');
    expect(meiliQueryText('cathode scale-up without sodium')).toBe('cathode scale-up ');
    expect(meiliQueryText('freeze dry cycle optimisation')).toBe('freeze drying cycle optimisation');
  });

  it('sends only the words the PostgreSQL engine looks for: stop words left out, a space in their place', () => {
    // Meilisearch would complete a stop word ending the query as a prefix (for: form, formulation …).
    expect(meiliQueryText('EMC testing for')).toBe('emc testing ');
    expect(meiliQueryText('battery testing for a')).toBe('battery testing ');
    // It cuts the chat around a need into words of its own, no stop words of its list (谁家能排上 → 排).
    expect(meiliQueryText('有没有做电磁兼容测试的平台？')).toBe(' 电磁兼容测试 ?');
    expect(meiliQueryText('搵地方做电磁兼容测试')).toBe(' 电磁兼容测试 ');
    expect(meiliQueryText('looking for a lab that can do EMC testing')).toBe(' emc testing');
    // The space keeps the neighbours of a left-out word apart: 电池测试 would be cut anew.
    expect(meiliQueryText('电池的测试')).toBe('电池 测试 ');
    // The generic nouns around a need: an unknown word wrapped in them is sent alone, and matches nothing.
    expect(meiliQueryText('xyzqqq不存在的东西')).toBe('xyzqqq 存在 ');
    expect(meiliQueryText('电磁兼容测试之类的东西')).toBe('电磁兼容测试 ');
  });

  it('sends a term Meilisearch cuts into more than three words as a term of its group it looks synonyms up for', () => {
    // It looks a synonym up for runs of at most three of its words: PEMFC stands in, and expands to the whole group.
    expect(meiliPiecesOf('质子交换膜燃料电池')).toEqual(['质子', '交换', '膜', '燃料', '电池']);
    expect(meiliQueryText('质子交换膜燃料电池')).toBe('pemfc ');
    expect(meiliSynonyms()['pemfc']).toContain('质子交换膜燃料电池');
    expect(meiliQueryText('lithium manganese iron phosphate')).toBe('lmfp');
    // Cut as documents are (meiliSegmented), the domain word 冻干 is no longer cut out of 冷冻干燥机: three words,
    // within reach of its synonyms, sent as typed.
    expect(meiliPiecesOf('冷冻干燥机')).toEqual(['冷冻', '干燥', '机']);
    expect(meiliQueryText('冷冻干燥机 租用')).toBe('冷冻干燥机 租用 ');
    // A misspelt term is read as the term, then sent as its stand-in.
    expect(meiliQueryText('laser powder bed fuson')).toBe('slm');
    // Terms within its reach are sent as typed.
    expect(meiliPiecesOf('锂电池')).toEqual(['锂电', '池']);
    expect(meiliQueryText('电磁兼容测试')).toBe('电磁兼容测试 ');
    expect(meiliQueryText('scale up')).toBe('scale up');
  });

  it('makes Meilisearch’s phrase and negation operators separators, as the PostgreSQL engine reads them', () => {
    // -锂电 would leave out every offering naming 锂电; "…" would ask for the words side by side.
    expect(meiliQueryText('放大 -锂电')).toBe('放大 锂电 ');
    expect(meiliQueryText('-lithium cathode')).toBe(' lithium cathode');
    expect(meiliQueryText('"锂电池" 放大')).toBe(' 锂电池 放大 ');
    expect(meiliQueryText('放大 －锂电')).toBe('放大 锂电 ');
    // A hyphen inside a word is no operator.
    expect(meiliQueryText('scale-up')).toBe('scale-up');
    expect(meiliQueryText('BT-256E 电池')).toBe('BT-256E 电池 ');
  });

  it('ends a query whose last word is Chinese with a space: Meilisearch would complete it, the PostgreSQL engine completes a Latin word only', () => {
    expect(meiliQueryText('放大')).toBe('放大 ');
    expect(meiliQueryText('BT-256E 电池')).toBe('BT-256E 电池 ');
    expect(meiliQueryText('lithium cath')).toBe('lithium cath');
    // A query and the same query with a refusal after it are one request.
    for (const refused of ['放大 不要锂电', '放大 无需锂电', '放大 别给我推锂电'])
      expect(meiliQueryText(refused)).toBe(meiliQueryText('放大'));
  });
});
