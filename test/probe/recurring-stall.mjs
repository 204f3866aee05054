// Probe 15: how long the API answers nothing else while one operator publishes a year's recurring pattern
// (anyone may sign up as an enterprise and list a platform). Pings /health and a search every 50 ms meanwhile and
// prints the slowest answers.
import { gql, newOperator, yearOfRuns, BASE } from './lib.mjs';

const patterns = Number(process.argv[2] ?? 1);
const b = await newOperator('戊', { kilns: patterns, rules: { maxAdvanceDays: 366 } });
const pings = [];
let running = true;
const pinger = (async () => {
  while (running) {
    const t0 = performance.now();
    await fetch(`${BASE}/health`).then((r) => r.text());
    pings.push(performance.now() - t0);
    await new Promise((ok) => setTimeout(ok, 50));
  }
})();
const t0 = performance.now();
const answers = await Promise.all(
  b.equipmentIds.map((equipmentId) =>
    gql(b.op, `mutation($i:PublishRecurringSlotsInput!){publishRecurringSlots(input:$i){id}}`, {
      i: yearOfRuns(equipmentId),
    }),
  ),
);
const took = performance.now() - t0;
running = false;
await pinger;
pings.sort((a, b) => b - a);
console.log(
  `${patterns} pattern(s): ${answers.map((a) => a.data?.publishRecurringSlots?.length ?? JSON.stringify(a.errors)).join(',')} slots in ${took.toFixed(0)} ms;`,
  `/health slowest ${pings
    .slice(0, 3)
    .map((p) => p.toFixed(0))
    .join(', ')} ms over ${pings.length} pings`,
);
