// Probe 15: after a site admin suspends B's platform (hidden from others), what a requester with a booking there,
// an SME without one and anonymous still reach by nested fields: the booking's offering → platform → equipment,
// offerings; search and matches.
import fs from 'node:fs';
import { gql, demo, show } from './lib.mjs';

const TMP = process.env.PROBE_TMP ?? '/tmp/probe13';
const s = JSON.parse(fs.readFileSync(`${TMP}/cross.json`, 'utf8'));
const admin = await demo('admin');
const st = await demo('startup');
const sme = await demo('sme');
show('suspend', await gql(admin, `mutation($id:ID!){suspendPlatform(id:$id){status}}`, { id: s.b.platformId }));
show(
  'startup: booking → offering → platform',
  await gql(
    st,
    `query($id:ID!){booking(id:$id){offering{id status platform{name status offeringCount offerings{id} equipment{id}}}}}`,
    { id: s.booking },
  ),
);
for (const [who, token] of [
  ['sme', sme],
  ['anon', null],
  ['startup', st],
]) {
  show(
    `${who}: offering(id)`,
    await gql(token, `query($id:ID!){offering(id:$id){id platform{status}}}`, { id: s.b.offeringId }),
  );
  show(`${who}: platform(id)`, await gql(token, `query($id:ID!){platform(id:$id){id status}}`, { id: s.b.platformId }));
}
show('publish again', await gql(admin, `mutation($id:ID!){publishPlatform(id:$id){status}}`, { id: s.b.platformId }));
