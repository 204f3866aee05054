/**
 * The one bilingual synonym list both engines use: Meilisearch through `toMeiliSynonyms` in its settings,
 * PostgreSQL by expanding query terms with `expandSynonyms`. Every group is mutual (each term stands for all the
 * others). Keep terms specific: a broad term here ('test', '材料') would drown precise queries.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // services (DOMAIN.md, ServiceType)
  ['scale-up', 'scale up', '放大', '工艺放大', '工艺放大熟化'],
  ['type test', 'type testing', '型式试验'],
  ['small batch', 'small-batch', '小批量', '试生产'],
  ['testing', '检测', '测试'],
  ['inspection', '检验'],
  ['certification', '认证'],
  ['calibration', '校准'],
  ['metrology', '计量'],
  ['reliability', '可靠性'],
  ['environmental test', '环境试验'],
  ['process development', '工艺开发'],
  ['technology transfer', '成果转化', '技术转移'],
  ['equipment sharing', '设备共享', '仪器共享'],
  ['machine hours', '机时'],
  ['open access', '开放共享'],
  ['CDMO', '合同研发生产', '委托研发生产'],
  ['CRO', '合同研究组织'],
  ['pilot', '中试'],
  ['pilot platform', '中试平台', '中试基地'],
  ['pilot line', '中试线'],
  // batteries, energy
  ['lithium battery', 'lithium-ion battery', 'li-ion', '锂电池', '锂电', '锂离子电池'],
  ['power battery', '动力电池'],
  ['sodium-ion battery', '钠离子电池', '钠电'],
  ['solid-state battery', '固态电池'],
  ['cathode', '正极', '正极材料'],
  ['anode', '负极', '负极材料'],
  ['electrolyte', '电解液'],
  ['separator', '隔膜'],
  ['fuel cell', '燃料电池'],
  ['hydrogen', '氢能', '氢'],
  ['electrolyzer', 'electrolyser', '电解槽'],
  ['photovoltaic', 'PV', '光伏'],
  ['new energy vehicle', 'NEV', '新能源汽车'],
  // materials, chemicals
  ['polyimide', 'PI', '聚酰亚胺'],
  ['carbon fiber', 'carbon fibre', '碳纤维'],
  ['composite material', '复合材料'],
  ['graphene', '石墨烯'],
  ['silicon carbide', 'SiC', '碳化硅'],
  ['gallium nitride', 'GaN', '氮化镓'],
  ['catalyst', '催化剂'],
  ['petrochemical', '石化', '石油化工'],
  ['solid waste', '固废', '固体废物'],
  // electronics, information technology
  ['semiconductor', '半导体'],
  ['integrated circuit', 'IC', '集成电路'],
  ['chip', '芯片'],
  ['wafer', '晶圆'],
  ['packaging', '封装'],
  ['EMC', '电磁兼容'],
  ['RF', '射频'],
  ['industrial software', '工业软件'],
  ['additive manufacturing', '3D printing', '增材制造', '3D打印'],
  ['injection molding', 'injection moulding', '注塑'],
  ['robot', '机器人'],
  // pharmaceuticals, medical
  ['injection', '注射剂'],
  ['biologics', '生物药', '生物制品'],
  ['active pharmaceutical ingredient', '原料药'],
  ['vaccine', '疫苗'],
  ['cell therapy', '细胞治疗'],
  ['medical device', '医疗器械'],
];

/** The comparison form of a term: NFKC (full-width to ASCII), lower case, single spaces. */
export function normalizeSynonymTerm(term: string): string {
  return term.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

// Normalized term -> every group member (original spelling) of the groups that contain it.
const EXPANSIONS = buildExpansionIndex(SYNONYM_GROUPS);

function buildExpansionIndex(groups: readonly (readonly string[])[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const group of groups) {
    for (const term of group) {
      const key = normalizeSynonymTerm(term);
      const members = index.get(key) ?? [];
      for (const member of group) if (!members.includes(member)) members.push(member);
      index.set(key, members);
    }
  }
  return index;
}

/**
 * The term followed by its synonyms (case-insensitive lookup, original spellings), without duplicates; a term
 * in no group expands to itself alone. Multi-word terms ('scale up') are looked up as whole phrases.
 */
export function expandSynonyms(term: string): string[] {
  const key = normalizeSynonymTerm(term);
  const expanded = [term.trim()];
  const seen = new Set([key]);
  for (const member of EXPANSIONS.get(key) ?? []) {
    const memberKey = normalizeSynonymTerm(member);
    if (seen.has(memberKey)) continue;
    seen.add(memberKey);
    expanded.push(member);
  }
  return expanded;
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
