// Search from the outside (probe 14): odd queries, geo and date windows, deep pages; each answer is checked for a
// typed refusal (code and fields) or totals that agree with the facets and with paging through the hits.
import { gql, judge } from './lib.mjs';
const Q = `query($i:SearchOfferingsInput!){searchOfferings(input:$i){total hits{offering{id provinceLabel:platform{province}}} facets{field values{value count}}}}`;
const D = 86400e3;
const iso = (t) => new Date(t).toISOString();
const now = Date.now();
const cases = {
  chinese: { query: '我想找一个能做锂电池正极材料烧结的中试平台' },
  long: { query: '锂电'.repeat(600) },
  long2: { query: 'a '.repeat(3000) },
  punct: { query: '!!!???。。，，、；：“”（）【】' },
  mixed: { query: 'PEMFC燃料电池stack测试ISO9227' },
  rtl: { query: 'مرحبا עברית 测试' },
  zw: { query: '\u200b\u200c\u200d\ufeff' },
  emoji: { query: '🔋🧪电池' },
  nul: { query: 'a\u0000b' },
  lonesurrogate: { query: '电池\ud800' },
  percent: { query: '%_\\' },
  tsq: { query: "' & | ! ( ) : * <->" },
  latHigh: { near: { lat: 91, lng: 120, radiusKm: 10 } },
  lngHigh: { near: { lat: 30, lng: 181, radiusKm: 10 } },
  dist0: { near: { lat: 31.3, lng: 120.6, radiusKm: 0 } },
  distNeg: { near: { lat: 31.3, lng: 120.6, radiusKm: -1 } },
  distHuge: { near: { lat: 31.3, lng: 120.6, radiusKm: 1e9 } },
  pole: { near: { lat: 90, lng: 0, radiusKm: 20000 }, sort: 'DISTANCE' },
  inverted: { availableFrom: iso(now + 10 * D), availableTo: iso(now + 2 * D) },
  huge: { availableFrom: iso(now - 3650 * D), availableTo: iso(now + 3650 * D) },
  past: { availableFrom: iso(now - 30 * D), availableTo: iso(now - 20 * D) },
  onlyTo: { availableTo: iso(now + 5 * D) },
  onlyFrom: { availableFrom: iso(now + 5 * D) },
  year1: { availableFrom: '0001-01-01T00:00:00Z', availableTo: '9999-12-31T23:59:59Z' },
  deep: { offset: 100000 },
  deepNeg: { offset: -1 },
  limit0: { limit: 0 },
  limitBig: { limit: 100000 },
  provOdd: { provinces: ['99', '', '32 ', 'XX'] },
  maxPrice0: { maxPrice: '0' },
  maxPriceNeg: { maxPrice: '-1' },
  sortDist: { sort: 'DISTANCE' },
  sortPrice: { sort: 'PRICE_ASC', query: '测试' },
};
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
for (const [name, input] of Object.entries(cases)) {
  if (only && !only.test(name)) continue;
  const t = Date.now();
  const r = await gql(null, Q, { i: input });
  const ms = Date.now() - t;
  if (r.errors) {
    judge(name, r, `${ms}ms`);
    continue;
  }
  const s = r.data.searchOfferings;
  const facetSums = Object.fromEntries(s.facets.map((f) => [f.field, f.values.reduce((a, v) => a + v.count, 0)]));
  console.log('data', name, ms + 'ms', 'total', s.total, 'hits', s.hits.length, JSON.stringify(facetSums));
}
