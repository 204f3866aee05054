// Verification attests what the site admin reviewed (probe 14): a start-up registers with one identity, the admin
// lists it for review, the start-up renames itself (unverified: allowed) before the admin's click, and the admin's
// verifyOrganization by id then verifies a name and credit code nobody reviewed.
import { gql, demo, errs } from './lib.mjs';
const stamp = Date.now() % 1e7;
// GB 32100-2015: 17 characters and a check character
const CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const creditCode = (body) => {
  const sum = [...body].reduce((a, c, i) => a + CHARS.indexOf(c) * W[i], 0);
  return body + CHARS[(31 - (sum % 31)) % 31];
};
const admin = await demo('admin');
const reg = await gql(null, `mutation($i:RegisterInput!){register(input:$i){token user{organization{id}}}}`, {
  i: {
    email: `verify-${stamp}@probe.example`,
    password: 'Vq8#nZ4!rK2mWx',
    displayName: '核验',
    organization: {
      kind: 'STARTUP',
      name: `苏州真实初创${stamp}`,
      province: '32',
      city: '苏州',
      creditCode: creditCode(`91320500MA${String(stamp).padStart(7, '0')}`),
    },
  },
});
if (reg.errors) throw new Error(JSON.stringify(errs(reg)));
const token = reg.data.register.token,
  id = reg.data.register.user.organization.id;
const seen = await gql(
  admin,
  `query{organizations(first:100,filter:{verified:false}){edges{node{id name creditCode province}}}}`,
);
const reviewed = seen.data?.organizations.edges.map((e) => e.node).find((o) => o.id === id) ?? errs(seen);
console.log('admin reviews', JSON.stringify(reviewed));
const renamed = await gql(
  token,
  `mutation($i:UpdateOrganizationInput!){updateOrganization(input:$i){name creditCode}}`,
  {
    i: { id, name: `华为技术有限公司${stamp}`, creditCode: creditCode(`91440300MA${String(stamp).padStart(7, '0')}`) },
  },
);
console.log('start-up renames itself', JSON.stringify(renamed.data ?? errs(renamed)));
// As the admin page now does: with what was reviewed (refused), then by id alone (what an older client does).
const asReviewed = await gql(
  admin,
  `mutation($id:ID!,$r:ReviewedIdentityInput){verifyOrganization(id:$id,reviewed:$r){name creditCode verified}}`,
  { id, r: { name: reviewed.name, nameEn: null, province: reviewed.province, creditCode: reviewed.creditCode } },
);
console.log('admin verifies what it reviewed', JSON.stringify(asReviewed.data ?? errs(asReviewed)));
const v = await gql(admin, `mutation($id:ID!){verifyOrganization(id:$id){name creditCode verified}}`, { id });
console.log('admin verifies by id alone', JSON.stringify(v.data ?? errs(v)));
