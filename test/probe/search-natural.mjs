// Probe 17: queries a real user would type (Chinese without spaces, mixed scripts, typos, pinyin, full-width forms,
// units, model numbers), with every sort, with completions and with a signed-in caller: errors only (relevance is
// measured by eval:*). Prints BAD for an untyped or internal error, and the slowest answers.
import { gql, judge, demo } from './lib.mjs';
const QUERIES = [
  '锂电池正极材料烧结中试',
  '我想做一批小批量试生产大概500件',
  '有没有能做盐雾试验的实验室',
  'CNAS认证的电磁兼容测试',
  '江苏无锡辊道窑',
  '苏州哪里可以做注塑模具试产',
  '氢燃料电池电堆测试台架',
  '半导体晶圆 CMP 中试',
  'PEMFC 电堆 1000h 耐久',
  '3D打印钛合金',
  '3d 打印 钛合金',
  'ＣＮＡＳ　检测',
  '１２０℃ 高温老化',
  'GB/T 2423.17',
  'ISO 9001:2015',
  'IATF16949汽车零部件',
  '锂电 池',
  '锂 电池正极',
  '锂电迟',
  '正级材料',
  '烧节',
  '辊道要',
  '喷雾干躁',
  'lithum battery',
  'scael up',
  'sintering furnace',
  'spray dryer 喷雾干燥机',
  'liDian chi',
  'lidianchi',
  'shaojie',
  'zhongshi pingtai',
  '中试平台 pilot platform',
  '生物医药 GMP 车间 50L 发酵罐',
  '发酵罐50升',
  '50L发酵罐',
  '10吨/天',
  '¥2000以内',
  '价格便宜的',
  '附近的',
  '周末可以用的设备',
  '医疗器械型式检验（YY 0505）',
  '"辊道窑"',
  '辊道窑 OR 隧道窑',
  '辊道窑 -隧道窑',
  '辊道窑*',
  'C++ 仿真软件',
  'SiC/GaN 功率器件',
  'Li₂CO₃',
  'α-氧化铝',
  'μm级粉碎',
  '５Ｇ基站天线',
  '新能源汽车电机控制器EMC',
  '中試平臺 鋰電池',
  '锂電池',
  '鋰电池正极材料',
  '，，，锂电池。。。',
  '锂电池\n烧结\t中试',
  '   ',
  'a',
  '电',
  '的',
  '和',
  'the',
  'of and the',
  '中试中试中试中试中试中试中试中试中试中试',
];
const SORTS = ['RELEVANCE', 'PRICE_ASC', 'PRICE_DESC', 'DISTANCE', 'RATING', 'EARLIEST_AVAILABLE'];
const Q = `query($i:SearchOfferingsInput!){searchOfferings(input:$i){total hits{offering{id title} highlights{field snippet}} facets{field values{value count}}}}`;
const st = await demo('startup');
const slow = [];
let bad = 0;
for (const q of QUERIES) {
  for (const [who, token] of [
    ['anon', null],
    ['startup', st],
  ]) {
    for (const sort of SORTS) {
      const input = {
        query: q,
        sort,
        ...(sort === 'DISTANCE' ? { near: { lat: 31.49, lng: 120.31, radiusKm: 300 } } : {}),
      };
      const t = Date.now();
      const r = await gql(token, Q, { i: input });
      slow.push([Date.now() - t, q, sort, who]);
      if (r.errors) {
        const e = r.errors[0].extensions ?? {};
        if (!e.code || e.code === 'INTERNAL_SERVER_ERROR' || (e.code === 'BAD_USER_INPUT' && !e.fields)) bad++;
        judge(`${who} ${sort} ${JSON.stringify(q)}`, r);
      } else if (sort === 'RELEVANCE' && who === 'anon')
        console.log(
          'data',
          JSON.stringify(q),
          'total',
          r.data.searchOfferings.total,
          '|',
          r.data.searchOfferings.hits
            .slice(0, 2)
            .map((h) => h.offering.title)
            .join(' / '),
        );
    }
  }
  const s = await gql(null, `query($p:String!){searchSuggestions(prefix:$p,limit:8){text}}`, { p: q });
  if (s.errors) judge(`suggest ${JSON.stringify(q)}`, s);
}
slow.sort((a, b) => b[0] - a[0]);
console.log('slowest', JSON.stringify(slow.slice(0, 5)));
console.log(bad ? `${bad} BAD` : 'no bad answer');
