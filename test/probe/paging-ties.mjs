// Probe 15: pages through every list over rows that share created_at (the demo seed and bulk imports insert many
// rows in one transaction, where now() is one instant): no row twice, none missing, totalCount equal to what the
// pages held, with page sizes that cut inside a run of ties.
import { gql, demo } from './lib.mjs';

const lists = [
  [null, 'offerings', ''],
  [null, 'platforms', ''],
  ['admin', 'organizations', ''],
  ['operator', 'notifications', ''],
  ['startup', 'myBookings', ''],
  ['startup', 'myPilotRequests', ''],
  ['authority-jiangsu', 'evaluationRounds', ''],
];
for (const [who, list] of lists) {
  const token = who ? await demo(who) : null;
  for (const first of [1, 7, 100]) {
    const seen = new Map();
    let after = null;
    let total = null;
    for (let page = 0; page < 2000; page++) {
      const r = await gql(
        token,
        `query($f:Int!,$a:String){${list}(first:$f,after:$a){totalCount pageInfo{endCursor hasNextPage} edges{cursor node{id}}}}`,
        { f: first, a: after },
      );
      if (r.errors) {
        console.log('BAD', list, JSON.stringify(r.errors).slice(0, 200));
        break;
      }
      const c = r.data[list];
      total = c.totalCount;
      for (const e of c.edges) seen.set(e.node.id, (seen.get(e.node.id) ?? 0) + 1);
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    const twice = [...seen.values()].filter((n) => n > 1).length;
    console.log(
      twice || seen.size !== total ? 'BAD ' : 'ok  ',
      `${list} first=${first}: ${seen.size} distinct, ${twice} twice, totalCount ${total}`,
    );
  }
}
