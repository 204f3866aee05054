import { Accreditation, ConstructionMode, PlatformLevel, ServiceType, type Bilingual } from '#core';

/** Chinese typesetting convention: a space between Han characters and Latin letters or digits (NCM811 正极材料). */
export function spaceMixedScript(text: string): string {
  return text.replace(/([\u3400-\u9fff])([A-Za-z0-9])/g, '$1 $2').replace(/([A-Za-z0-9%])([\u3400-\u9fff])/g, '$1 $2');
}

/** English list: a, b and c. */
export function listEn(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Invented trade names: two-character brands with a pinyin-style English form. Picked to avoid well-known companies. */
export const BRANDS: readonly Bilingual[] = [
  ['澜材', 'Lancai'],
  ['砺诚', 'Licheng'],
  ['曜石', 'Yaoshi'],
  ['启钧', 'Qijun'],
  ['沐晨', 'Muchen'],
  ['岳凌', 'Yueling'],
  ['鸿翎', 'Hongling'],
  ['朗瑞', 'Langrui'],
  ['凯澄', 'Kaicheng'],
  ['兆辰', 'Zhaochen'],
  ['骁材', 'Xiaocai'],
  ['泓钛', 'Hongtai'],
  ['聿明', 'Yuming'],
  ['衍能', 'Yanneng'],
  ['峻图', 'Juntu'],
  ['霁川', 'Jichuan'],
  ['楚衡', 'Chuheng'],
  ['璞衍', 'Puyan'],
  ['芮祺', 'Ruiqi'],
  ['森澈', 'Senche'],
  ['弈川', 'Yichuan'],
  ['铖研', 'Chengyan'],
  ['曦禾', 'Xihe'],
  ['澄远', 'Chengyuan'],
  ['翊航', 'Yihang'],
  ['辰拓', 'Chentuo'],
  ['鼎澜', 'Dinglan'],
  ['晟翊', 'Shengyi'],
  ['荣泽', 'Rongze'],
  ['烨坤', 'Yekun'],
  ['瀚钛', 'Hantai'],
  ['钜擎', 'Juqing'],
  ['思屹', 'Siyi'],
  ['珩宇', 'Hengyu'],
  ['琛越', 'Chenyue'],
  ['昕途', 'Xintu'],
  ['镁澜', 'Meilan'],
  ['恪微', 'Kewei'],
  ['瑜科', 'Yuke'],
  ['砚川', 'Yanchuan'],
  ['栎辰', 'Lichen'],
  ['淳钧', 'Chunjun'],
  ['逸澄', 'Yicheng'],
  ['骐远', 'Qiyuan'],
  ['璟拓', 'Jingtuo'],
  ['舜禾', 'Shunhe'],
  ['锴锐', 'Kairui'],
  ['湛卢', 'Zhanlu'],
  ['沛霖', 'Peilin'],
  ['垚鑫', 'Yaoxin'],
  ['昶达', 'Changda'],
  ['峪森', 'Yusen'],
  ['祁连', 'Qilian'],
  ['翎川', 'Lingchuan'],
  ['麓衡', 'Luheng'],
  ['曜辰', 'Yaochen'],
  ['濯新', 'Zhuoxin'],
  ['锟铻', 'Kunwu'],
  ['璇玑', 'Xuanji'],
  ['泽钜', 'Zeju'],
].map(([zh, en]) => ({ zh, en }));

export const SURNAMES: readonly string[] = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '梁',
  '宋',
  '郑',
  '谢',
];
export const GIVEN_NAMES: readonly string[] = [
  '伟',
  '静',
  '敏',
  '磊',
  '洋',
  '婷',
  '军',
  '杰',
  '涛',
  '明',
  '超',
  '勇',
  '艳',
  '娜',
  '强',
  '鹏',
  '晨',
  '宇',
  '欣',
  '浩',
  '佳怡',
  '子涵',
  '志强',
  '海燕',
  '建华',
  '晓东',
  '文博',
  '雨萱',
  '俊杰',
  '思远',
  '立新',
  '晓明',
  '嘉伟',
  '雪梅',
  '国庆',
  '一鸣',
];

export const ROADS: readonly string[] = [
  '创新大道',
  '科技路',
  '智造大道',
  '新材料路',
  '科创路',
  '研发路',
  '高新大道',
  '产业园路',
  '启迪路',
  '求索路',
  '未来大道',
  '知行路',
  '锦绣路',
  '金桥路',
  '致远路',
  '中试路',
  '长江路',
  '星火路',
];

export const CONTACT_MAILBOXES: readonly string[] = ['pilot', 'service', 'contact', 'bd', 'zhongshi', 'lab'];

export const UNIVERSITY_TYPES: readonly Bilingual[] = [
  { zh: '理工大学', en: 'University of Technology' },
  { zh: '科技大学', en: 'University of Science and Technology' },
  { zh: '工程大学', en: 'Engineering University' },
];

export type MakerGroup =
  'process' | 'instrument' | 'pharma' | 'semiconductor' | 'test' | 'facility' | 'computing' | 'machinery';

/** Invented equipment makers, domestic and foreign-sounding, by the kind of equipment they build. */
export const MAKERS: Readonly<Record<MakerGroup, readonly string[]>> = {
  process: [
    '无锡澄江化工装备有限公司',
    '常州砺新干燥设备有限公司',
    '江苏砺诚机械制造有限公司',
    '潍坊泰岳化工机械有限公司',
    'Valtrenz Process GmbH',
    '上海浦江流体装备有限公司',
  ],
  instrument: [
    '苏州曜石精密仪器有限公司',
    '北京京华科学仪器有限公司',
    'Nordvik Instruments AB',
    'Halvorsen Analytical Ltd.',
    '深圳兆辰测控技术有限公司',
    '合肥巢湖光电仪器有限公司',
  ],
  pharma: [
    '浙江钱塘制药装备有限公司',
    '楚衡生物工程设备有限公司',
    'Aldane Bioprocess Inc.',
    '山东泰岳制药机械有限公司',
  ],
  semiconductor: [
    '上海璞衍半导体设备有限公司',
    '合肥晟翊微电子装备有限公司',
    'Corvane Semiconductor Equipment',
    '无锡芮祺精密设备有限公司',
  ],
  test: [
    '重庆巴渝试验设备有限公司',
    '苏州鼎澜环境试验设备有限公司',
    'Meridian Prüftechnik GmbH',
    '武汉汉江测控技术有限公司',
    '合肥衍能测试技术有限公司',
  ],
  facility: [
    '苏州澄远净化工程有限公司',
    '江苏森澈环境工程有限公司',
    '唐山燕赵环保装备有限公司',
    '平台自建（self-built）',
  ],
  computing: [
    '杭州启钧信息技术有限公司',
    '北京京华云算科技有限公司',
    '深圳南粤工业互联网有限公司',
    '平台自建（self-built）',
  ],
  machinery: [
    '沈阳辽海智能装备有限公司',
    '西安三秦增材科技有限公司',
    '宁波昕途精机有限公司',
    'Brandt & Vos Maschinenbau',
  ],
};

export const MODEL_SUFFIXES: readonly string[] = ['', '', '', 'A', 'S', 'E', 'II', 'Plus'];

/** What each construction mode means for users, as one sentence of a platform summary. */
export const MODE_SENTENCES: Readonly<Record<ConstructionMode, Bilingual>> = {
  [ConstructionMode.GOVERNMENT_PUBLIC_SERVICE]: {
    zh: '平台由政府投资建设，面向区域内企业和高校院所提供公益性中试公共服务。',
    en: 'Built with public funding, it offers pilot services to companies, universities and institutes in the region on a non-profit basis.',
  },
  [ConstructionMode.UNIVERSITY_TRANSFER]: {
    zh: '平台依托学科与科研团队，重点承接实验室成果的中试熟化与转化。',
    en: "Backed by the owner's research groups, it takes laboratory results through pilot-scale maturation and transfer.",
  },
  [ConstructionMode.MULTI_PARTY_JOINT]: {
    zh: '平台由地方政府、行业企业与高校院所联合共建，共建单位优先使用，富余能力向社会开放。',
    en: 'Jointly built by local government, industry and academia: members book first and spare capacity is open to all.',
  },
  [ConstructionMode.ENTERPRISE_MARKET_SERVICE]: {
    zh: '平台以市场化方式运营，提供从小试到中试的一站式有偿服务。',
    en: 'Run commercially, it offers one-stop paid services from bench to pilot scale.',
  },
  [ConstructionMode.ENTERPRISE_PARTIAL_OPEN]: {
    zh: '平台由企业自建，在满足自身研发需求的同时，按承诺比例向外部用户适度开放。',
    en: 'Built by the company for its own development work, it opens an agreed share of its capacity to outside users.',
  },
  [ConstructionMode.LEADING_ENTERPRISE_OWN]: {
    zh: '平台由行业龙头企业自主建设，面向产业链上下游和初创企业降低使用门槛、适度开放。',
    en: 'Built by an industry leader for its own pipeline, it opens part of its capacity to supply-chain partners and start-ups at a lower threshold.',
  },
};

export const LEVEL_SENTENCES: Readonly<Record<PlatformLevel, Bilingual | null>> = {
  [PlatformLevel.NATIONAL]: {
    zh: '已入选国家级制造业中试平台。',
    en: 'It is recognised as a national manufacturing pilot platform.',
  },
  [PlatformLevel.PROVINCIAL]: { zh: '已认定为省级中试平台。', en: 'It is recognised as a provincial pilot platform.' },
  [PlatformLevel.CULTIVATION]: {
    zh: '已纳入工业和信息化部中试平台培育库。',
    en: "It is in MIIT's pilot platform cultivation pool.",
  },
  [PlatformLevel.NONE]: null,
};

export const OPEN_ACCESS_SENTENCE: Bilingual = {
  zh: '面向初创企业和中小企业的开放机时享受优惠价格。',
  en: 'Open-access hours are offered to start-ups and SMEs at reduced rates.',
};

/** Which of a platform's accreditations an offering of each service type can sensibly carry. */
export const RELEVANT_ACCREDITATIONS: Readonly<Record<ServiceType, readonly Accreditation[]>> = {
  [ServiceType.TYPE_TESTING]: [Accreditation.CMA, Accreditation.CNAS, Accreditation.OTHER],
  [ServiceType.PERFORMANCE_TESTING]: [Accreditation.CMA, Accreditation.CNAS, Accreditation.GLP],
  [ServiceType.EQUIPMENT_VALIDATION]: [Accreditation.CNAS, Accreditation.ISO_9001],
  [ServiceType.SCALE_UP]: [Accreditation.GMP, Accreditation.IATF_16949, Accreditation.ISO_9001],
  [ServiceType.SMALL_BATCH_PRODUCTION]: [Accreditation.GMP, Accreditation.IATF_16949, Accreditation.ISO_9001],
  [ServiceType.TECH_DEVELOPMENT]: [Accreditation.GLP, Accreditation.ISO_9001],
  [ServiceType.PROCESS_IMPROVEMENT]: [Accreditation.IATF_16949, Accreditation.ISO_9001],
  [ServiceType.EQUIPMENT_SHARING]: [Accreditation.CNAS],
};

/** Service-type turnaround in days: testing is quick, development takes months. */
export const LEAD_TIME_DAYS: Readonly<Record<ServiceType, readonly [number, number]>> = {
  [ServiceType.EQUIPMENT_SHARING]: [0, 7],
  [ServiceType.PERFORMANCE_TESTING]: [3, 30],
  [ServiceType.TYPE_TESTING]: [10, 60],
  [ServiceType.EQUIPMENT_VALIDATION]: [14, 90],
  [ServiceType.SMALL_BATCH_PRODUCTION]: [20, 90],
  [ServiceType.SCALE_UP]: [30, 150],
  [ServiceType.PROCESS_IMPROVEMENT]: [30, 180],
  [ServiceType.TECH_DEVELOPMENT]: [60, 365],
};
