// Probe 15: a pilot request written as people write Chinese (no spaces, no keywords) against the same words spaced:
// the matches' text relevance should not depend on the spaces.
import { gql, demo, must, iso } from './lib.mjs';

const st = await demo('startup');
const D = 86400e3;
const ask = async (title, description) => {
  const id = must(
    'request',
    await gql(st, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
      i: {
        kind: 'SCALE_UP',
        title,
        description,
        serviceTypes: ['SCALE_UP', 'SMALL_BATCH_PRODUCTION', 'EQUIPMENT_SHARING', 'PERFORMANCE_TESTING'],
        windowFrom: iso(Date.now() + D),
        windowTo: iso(Date.now() + 90 * D),
        preferredProvinces: [],
      },
    }),
    (d) => d.createPilotRequest.id,
  );
  const r = await gql(
    st,
    `query($id:ID!){matchesForRequest(requestId:$id,limit:5){score offering{title} reasons{factor score}}}`,
    { id },
  );
  return (r.data?.matchesForRequest ?? []).map((m) => ({
    title: m.offering.title,
    score: m.score.toFixed(3),
    text: m.reasons.find((x) => x.factor === 'TEXT_RELEVANCE')?.score.toFixed(3),
  }));
};
const cases = [
  [
    '我们需要锂电池正极材料的工艺放大和小批量试制服务',
    '高镍三元正极材料从实验室到中试线的放大验证需要喷雾干燥和烧结设备',
  ],
  [
    '我们 需要 锂电池 正极材料 的 工艺放大 和 小批量试制 服务',
    '高镍 三元 正极材料 从 实验室 到 中试线 的 放大 验证 需要 喷雾干燥 和 烧结 设备',
  ],
];
for (const [title, description] of cases)
  console.log(title.slice(0, 20), JSON.stringify(await ask(title, description)));
