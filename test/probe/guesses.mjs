// 100 guesses at once (probe 16): wrong passwords in parallel and as aliases of one request, invitation codes, another
// user's idempotency key, ids of others' records. Prints what got through each throttle; "LEAK"/"BAD" where it should not.
// Usage: PROBE_URL=… PROBE_TMP=… node test/probe/guesses.mjs
import { randomBytes, randomUUID } from 'node:crypto';
import { demo, errs, gql, must, newOperator } from './lib.mjs';

const N = 100;
const tally = (rs) =>
  rs.reduce((m, r) => {
    const k = r.errors ? (r.errors[0].extensions?.reason ?? r.errors[0].extensions?.code) : 'OK';
    m[k] = (m[k] ?? 0) + 1;
    return m;
  }, {});
const LOGIN = 'mutation($i:LoginInput!){login(input:$i){token}}';

// 1. 100 wrong passwords at one account at once: how many were checked before the throttle stopped them.
const par = await Promise.all(
  Array.from({ length: N }, (_, i) =>
    gql(null, LOGIN, { i: { email: 'sme@pilotmatch.demo', password: `wrong-${i}` } }),
  ),
);
console.log('parallel wrong sign-ins at sme', JSON.stringify(tally(par)));

// 2. The same as 100 aliases of one request.
const aliased = await gql(
  null,
  `mutation{${Array.from({ length: N }, (_, i) => `a${i}:login(input:{email:"institute@pilotmatch.demo",password:"wrong-${i}"}){token}`).join(' ')}}`,
);
console.log('aliased wrong sign-ins at institute', aliased.status, JSON.stringify(errs(aliased).slice(0, 2)));

// 3. 100 invitation codes guessed at once for an address invited by a new operator.
const o = await newOperator('猜');
const invitee = `invitee-${Date.now()}@probe.example`;
must(
  'invite',
  await gql(o.op, 'mutation($i:InviteMemberInput!){inviteMember(input:$i){id}}', {
    i: { email: invitee, role: 'ADMIN' },
  }),
);
const me = must('me', await gql(o.op, '{me{organization{id}}}'), (d) => d.me.organization.id);
const inv = await Promise.all(
  Array.from({ length: N }, () =>
    gql(null, 'mutation($i:RegisterInput!){register(input:$i){token}}', {
      i: {
        email: invitee,
        password: 'Vq8#nZ4!rK2mWx',
        displayName: 'guess',
        organizationId: me,
        invitationToken: randomBytes(24).toString('base64url'),
      },
    }),
  ),
);
console.log('invitation codes guessed', JSON.stringify(tally(inv)));
if (inv.some((r) => !r.errors)) console.log('LEAK an invitation code guessed');

// 4. Another user's idempotency key: the SME sends the start-up's key (same offering and slots) 100 times at once.
const startup = await demo('startup');
const sme = await demo('sme');
const [slot] = await o.publish([[Date.now() + 3 * 86400e3, 60]]);
const key = `probe16-${Date.now()}`;
const REQ = 'mutation($i:RequestBookingInput!){requestBooking(input:$i){id requesterOrganizationId}}';
const input = { offeringId: o.offeringId, slotIds: [slot.id], idempotencyKey: key, brief: 'guess' };
const mine = must('startup books', await gql(startup, REQ, { i: input }), (d) => d.requestBooking);
const theirs = await Promise.all(Array.from({ length: N }, () => gql(sme, REQ, { i: input })));
console.log('SME with the start-up key', JSON.stringify(tally(theirs)));
if (theirs.some((r) => r.data?.requestBooking?.id === mine.id)) console.log("LEAK the SME got the start-up's booking");

// 5. 100 random ids at every query taking one id, at once: all NOT_FOUND (or typed refusals), none slower than the rest.
for (const q of [
  'query($id:ID!){booking(id:$id){id}}',
  'query($id:ID!){pilotRequest(id:$id){id}}',
  'query($id:ID!){platform(id:$id){id}}',
  'query($id:ID!){offering(id:$id){id}}',
  'query($id:ID!){evaluationRound(id:$id){id}}',
  'query($id:ID!){organization(id:$id){id}}',
]) {
  const rs = await Promise.all(Array.from({ length: N }, () => gql(sme, q, { id: randomUUID() })));
  const hits = rs.filter((r) => r.data && Object.values(r.data)[0]);
  console.log(hits.length ? 'LEAK' : 'ok  ', q.match(/\{(\w+)\(/)[1], JSON.stringify(tally(rs)));
}
