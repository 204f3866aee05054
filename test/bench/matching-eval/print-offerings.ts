// Prints the demo dataset's offerings grouped by theme, for judging the labelled requests of the matching
// evaluation by reading the offerings (never the scorer's output):
//   npm run build && npm run build:bench && node dist/test/bench/matching-eval/print-offerings.js [theme-key]
import { DEMO_THEMES, generateDemoDataset, type DemoPlatform } from '#demo';

const only = process.argv[2];
const dataset = generateDemoDataset();
const themeOf = (platform: DemoPlatform) =>
  DEMO_THEMES.find((t) => platform.summary.en.startsWith(t.summary.en))?.key ?? '?';
const platforms = new Map(dataset.platforms.map((p) => [p.key, p]));

for (const theme of DEMO_THEMES) {
  if (only && theme.key !== only) continue;
  console.log(
    `\n=== ${theme.key}: ${theme.subject.zh} / ${theme.subject.en} (${theme.direction}; ${theme.domains.join(', ')})`,
  );
  for (const platform of dataset.platforms.filter((p) => themeOf(p) === theme.key)) {
    console.log(
      `  ${platform.key} ${platform.status} ${platform.level} ${platform.constructionMode} ${platform.province} ${platform.city} ` +
        `[${platform.keyDomains.join(',')}] {${platform.accreditations.join(',')}} ${platform.name.zh}`,
    );
    for (const o of dataset.offerings.filter((x) => x.platformKey === platform.key)) {
      const price = o.pricing.model === 'QUOTE' ? 'QUOTE' : `${o.pricing.model} ¥${o.pricing.amount}`;
      const scale = o.scale ? ` ${o.scale.min}–${o.scale.max} ${o.scale.unit}` : '';
      console.log(
        `    ${o.key} ${o.status === 'ACTIVE' ? '' : `(${o.status}) `}${o.serviceType} · ${o.title.zh} | ${o.title.en} · ${price} · lead ${o.leadTimeDays} d${scale} {${o.accreditations.join(',')}}`,
      );
    }
  }
}
const unthemed = dataset.platforms.filter((p) => themeOf(p) === '?');
if (unthemed.length) console.log(`\nplatforms without a theme: ${unthemed.map((p) => p.key).join(', ')}`);
console.log(
  `\n${dataset.platforms.length} platforms, ${dataset.offerings.length} offerings (${[...platforms.values()].filter((p) => p.status === 'PUBLISHED').length} platforms published)`,
);
