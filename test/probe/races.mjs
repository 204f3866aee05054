// Races over real parallel connections on the newer writes (probe 14). A new Jiangsu operator (its own platform, six
// kilns without notice that confirm automatically, an hourly offering) and the demo start-up; each race fires its calls
// at once and then checks what the database says through the API.
import { demo, errs, gql, iso, must, newOperator } from './lib.mjs';
const M = 60e3,
  D = 86400e3;
const st = await demo('startup'),
  au = await demo('authority-jiangsu');
const tally = (rs) => {
  const out = {};
  for (const r of rs) {
    const k = r.errors ? `${r.errors[0].extensions?.code}/${r.errors[0].extensions?.reason ?? ''}` : 'ok';
    out[k] = (out[k] ?? 0) + 1;
  }
  return JSON.stringify(out);
};
// six kilns, so that six bookings can start at the same minute
const { op, stamp, equipmentIds: kilns, offeringId, publish: publishRuns } = await newOperator('竞态', { kilns: 6 });
const eq = kilns[0];
const publish = (starts, minutes = 30, equipmentId = eq) =>
  publishRuns(
    starts.map((s) => [s, minutes]),
    equipmentId,
  );
const book = (slotIds, key = `k${Math.random()}`) =>
  gql(st, `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status}}`, {
    i: { offeringId, slotIds, idempotencyKey: key },
  });
const slotsOf = async (from, to) =>
  must(
    'capacitySlots',
    await gql(
      op,
      `query($e:[ID!]!,$f:DateTime!,$t:DateTime!){capacitySlots(equipmentIds:$e,from:$f,to:$t){id status holder{id kind}}}`,
      {
        e: [eq],
        f: iso(from),
        t: iso(to),
      },
    ),
    (d) => d.capacitySlots,
  );
const booking = async (id) =>
  must(
    'booking',
    await gql(st, `query($id:ID!){booking(id:$id){id status rating charge{total voucherCovered}}}`, { id }),
    (d) => d.booking,
  );
const races = process.argv[2] ? new RegExp(process.argv[2]) : /./;
const day0 = Math.ceil((Date.now() + 3 * D) / D) * D;

// 1. removing (unpublishSlots) / blocking a slot while it is booked
for (const [verb, n] of [
  ['unpublishSlots', 12],
  ['blockSlots', 12],
]) {
  if (!races.test(verb)) continue;
  const slots = await publish(
    Array.from({ length: n }, (_, i) => day0 + (verb === 'blockSlots' ? D : 0) + i * 2 * 3600e3),
  );
  const rs = await Promise.all(
    slots.flatMap((s) => [
      book([s.id]),
      gql(op, `mutation($i:SlotIdsInput!){${verb}(input:$i){id status}}`, { i: { slotIds: [s.id], reason: '维护' } }),
    ]),
  );
  const books = rs.filter((_, i) => i % 2 === 0),
    removes = rs.filter((_, i) => i % 2 === 1);
  const after = await slotsOf(day0 - D, day0 + 3 * D);
  let bad = 0;
  for (const [i, s] of slots.entries()) {
    const now = after.find((x) => x.id === s.id);
    const b = books[i].data?.requestBooking;
    const removed = !removes[i].errors;
    // exactly one of the two may win; the slot must say which
    if (b && removed) (bad++, console.log('  BOTH', verb, s.id, b.status, now?.status));
    if (b && (!now || now.holder?.id !== b.id)) (bad++, console.log('  booked but slot says', now));
    if (!b && !removed) (bad++, console.log('  NEITHER', errs(books[i]), errs(removes[i])));
  }
  console.log(
    `${verb} vs requestBooking: book ${tally(books)} ${verb} ${tally(removes)} → ${bad ? 'BAD ' + bad : 'consistent'}`,
  );
}

// 2. two proposals accepted at once
if (races.test('accept')) {
  const slots = await publish([day0 + 2 * D, day0 + 2 * D + 3600e3, day0 + 2 * D + 7200e3]);
  const requestId = must(
    'request',
    await gql(st, `mutation($i:CreatePilotRequestInput!){createPilotRequest(input:$i){id}}`, {
      i: {
        kind: 'EQUIPMENT_ACCESS',
        title: `竞态请求 ${stamp}`,
        description: '需要机时',
        serviceTypes: ['EQUIPMENT_SHARING'],
        windowFrom: iso(Date.now()),
        windowTo: iso(Date.now() + 30 * D),
        preferredProvinces: ['32'],
      },
    }),
    (d) => d.createPilotRequest.id,
  );
  const proposals = [];
  for (const s of slots)
    proposals.push(
      must(
        'proposal',
        await gql(op, `mutation($i:SubmitProposalInput!){submitProposal(input:$i){id}}`, {
          i: {
            requestId,
            offeringId,
            slotIds: [s.id],
            startsAt: s.startsAt,
            endsAt: s.endsAt,
            priceAmount: '90.00',
            validUntil: iso(Date.now() + D),
          },
        }),
        (d) => d.submitProposal.id,
      ),
    );
  const rs = await Promise.all(
    proposals.flatMap((id) => [
      gql(st, `mutation($id:ID!){acceptProposal(id:$id){id status}}`, { id }),
      gql(st, `mutation($id:ID!){acceptProposal(id:$id){id status}}`, { id }),
    ]),
  );
  const req = must(
    'request',
    await gql(st, `query($id:ID!){pilotRequest(id:$id){status proposals{id status bookingId}}}`, { id: requestId }),
    (d) => d.pilotRequest,
  );
  const bookings = new Set(rs.filter((r) => r.data).map((r) => r.data.acceptProposal.id));
  const after = await slotsOf(day0 + 2 * D - 1, day0 + 3 * D);
  console.log(
    `acceptProposal ×6 (3 proposals): ${tally(rs)}; ${bookings.size} booking(s); request ${req.status}; proposals ${req.proposals.map((p) => p.status).join(',')}; slots ${after.map((s) => s.status).join(',')} → ${bookings.size === 1 && req.proposals.filter((p) => p.status === 'ACCEPTED').length === 1 ? 'consistent' : 'BAD'}`,
  );
}

// 3. a booking that has started: completed twice at once, reviewed twice at once, completion vs cancellation
if (races.test('complete')) {
  const prog = must(
    'programme',
    await gql(
      au,
      `mutation($i:IssueVoucherProgrammeInput!){issueVoucherProgramme(input:$i){id budget capPerRequesterPerYear}}`,
      {
        i: {
          name: `竞态券${stamp}`,
          reference: `苏竞${stamp}`,
          province: '32',
          budget: '120.00',
          capPerRequesterPerYear: '120.00',
          sharePercent: 50,
          eligibleKinds: ['STARTUP'],
          eligibleServiceTypes: ['EQUIPMENT_SHARING'],
          validFrom: iso(Date.now() - D),
          validTo: iso(Date.now() + 60 * D),
        },
      },
    ),
    (d) => d.issueVoucherProgramme,
  );
  const start = Math.ceil((Date.now() + 1.2 * M) / M) * M;
  const slots = [];
  for (const k of kilns) slots.push(...(await publish([start], 30, k)));
  const ids = [];
  for (const s of slots) {
    const b = must('book', await book([s.id]), (d) => d.requestBooking);
    if (b.status !== 'CONFIRMED')
      must('confirm', await gql(op, `mutation($id:ID!){confirmBooking(id:$id){status}}`, { id: b.id }), (d) => d);
    must(
      'voucher',
      await gql(st, `mutation($b:ID!,$p:ID!){applyVoucher(bookingId:$b,programmeId:$p){id}}`, { b: b.id, p: prog.id }),
      (d) => d,
    );
    ids.push(b.id);
  }
  const wait = start + 2e3 - Date.now();
  console.log(`waiting ${Math.round(wait / 1e3)} s for the first slot to start`);
  await new Promise((ok) => setTimeout(ok, wait));
  const complete = (id) =>
    gql(op, `mutation($id:ID!){completeBooking(id:$id,outcome:"完成"){id status charge{total voucherCovered}}}`, {
      id,
    });
  const rs = await Promise.all([
    ...Array.from({ length: 8 }, () => complete(ids[0])),
    ...Array.from({ length: 4 }, () => gql(st, `mutation($id:ID!){cancelBooking(id:$id){status}}`, { id: ids[0] })),
    ...Array.from({ length: 4 }, () =>
      gql(op, `mutation($id:ID!){cancelBooking(id:$id,reason:"设备故障"){status}}`, { id: ids[0] }),
    ),
  ]);
  console.log(
    `complete ×8 + cancel ×8 of one started booking: ${tally(rs.slice(0, 8))} / cancel ${tally(rs.slice(8))}; now ${JSON.stringify(await booking(ids[0]))}`,
  );
  const reviews = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      gql(st, `mutation($i:ReviewBookingInput!){reviewBooking(input:$i){rating}}`, {
        i: { id: ids[0], rating: 1 + (i % 5) },
      }),
    ),
  );
  const off = must(
    'offering',
    await gql(st, `query($id:ID!){offering(id:$id){ratingAverage ratingCount}}`, { id: offeringId }),
    (d) => d.offering,
  );
  console.log(`review ×10: ${tally(reviews)}; offering ${JSON.stringify(off)}`);
  // the other five completed at once: 100.00 each at 50 %, on a budget of 120.00 of which the first took its share
  const rest = await Promise.all(ids.slice(1).map(complete));
  console.log(
    `complete 5 at once: ${tally(rest)}; covered ${rest.map((r) => r.data?.completeBooking.charge?.voucherCovered).join(',')}`,
  );
  const usage = must(
    'programme',
    await gql(au, `query{voucherProgrammes(province:"32",first:50){id committed remaining budget}}`),
    (d) => d.voucherProgrammes.find((p) => p.id === prog.id),
  );
  console.log(`voucher after the completions: ${JSON.stringify(usage)}`);
}
