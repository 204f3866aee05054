// `node dist/test/bench/cpu-profile-summary.js <file.cpuprofile> [top=30] [filter]`: where a V8 CPU profile's time
// went, as shares of the sampled time — self time by package or source folder, by function, and the total time
// (self + callees) of functions, optionally only those whose name or file contains `filter`. Reads the profiles
// `BENCH_CPU_PROFILE=<dir> npm run bench:booking` writes (or `node --cpu-prof`).
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg, filter] = process.argv.slice(2);
if (!file) {
  console.error('usage: node dist/test/bench/cpu-profile-summary.js <file.cpuprofile> [top] [filter]');
  process.exit(2);
}
const top = Number(topArg ?? 30);
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const selfMicros = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const delta = profile.timeDeltas[i] ?? 0;
  selfMicros.set(id, (selfMicros.get(id) ?? 0) + delta);
  total += delta;
});

/** node_modules/<package> (scoped too), else the source folder under dist/, else the frame kind ("(idle)", "node:…"). */
function where(url: string): string {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const dist = url.indexOf('/dist/');
  if (dist >= 0)
    return url
      .slice(dist + 1)
      .split('/')
      .slice(0, 4)
      .join('/');
  return url.startsWith('node:') ? url : url.split('/').slice(-2).join('/');
}
const label = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${where(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

const add = (map: Map<string, number>, key: string, value: number) => map.set(key, (map.get(key) ?? 0) + value);
const selfByPlace = new Map<string, number>();
const selfByFunction = new Map<string, number>();
const totalByFunction = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  const node = byId.get(id)!;
  add(selfByPlace, where(node.callFrame.url), micros);
  add(selfByFunction, label(node), micros);
  // Total time: once per distinct function on the sample's stack (recursion counted once).
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const key = label(byId.get(at)!);
    if (seen.has(key)) continue;
    seen.add(key);
    add(totalByFunction, key, micros);
  }
}

const percent = (micros: number) => `${((micros / total) * 100).toFixed(1).padStart(5)} %`;
const print = (title: string, map: Map<string, number>, keep: (key: string) => boolean = () => true) => {
  console.log(`\n${title}`);
  for (const [key, micros] of [...map]
    .filter(([key]) => keep(key))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top))
    console.log(`  ${percent(micros)}  ${key}`);
};

console.log(`${file}: ${(total / 1e6).toFixed(2)} s sampled, ${profile.samples.length} samples`);
print('self time by package / folder', selfByPlace);
print('self time by function', selfByFunction);
print(
  `total time (self + callees)${filter ? ` of functions matching "${filter}"` : ''}`,
  totalByFunction,
  (key) => !filter || key.includes(filter),
);
