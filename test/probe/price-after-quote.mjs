// What a requester is bound to without having seen it (probe 14), on a slot starting in 6 hours (inside the 24-hour
// cancellation window) of equipment that confirms automatically:
//   node price-after-quote.mjs            the start-up is quoted, the operator raises the price tenfold, the start-up
//                                         books (sending the amount it was shown, as the web app does) and cancels;
//   node price-after-quote.mjs quotation  an offering priced on quotation: the operator confirms at 100 000 000.00 and
//                                         the start-up cancels.
import { demo, errs, gql, must, newOperator } from './lib.mjs';
const quotation = process.argv[2] === 'quotation';
const st = await demo('startup');
const { op, stamp, offeringId, publish } = await newOperator('改价', {
  rules: { minNoticeHours: 1 },
  pricing: quotation ? { model: 'QUOTE' } : { model: 'HOURLY', amount: '200.00' },
});
const start = Math.ceil((Date.now() + 6 * 3600e3) / 60e3) * 60e3;
const [slot] = await publish([[start, 240]]);
const BOOK = `mutation($i:RequestBookingInput!){requestBooking(input:$i){id status quote{amount status}}}`;
let booked;
if (quotation) {
  booked = must('book', await gql(st, BOOK, { i: { offeringId, slotIds: [slot.id], idempotencyKey: `q${stamp}` } }));
  console.log('the start-up asks', JSON.stringify(booked));
  const conf = await gql(
    op,
    `mutation($id:ID!){confirmBooking(id:$id,quotedAmount:"100000000.00"){status quote{amount} freeCancellationUntil}}`,
    { id: booked.requestBooking.id },
  );
  console.log('the operator confirms at', JSON.stringify(conf.data ?? errs(conf)));
} else {
  const shown = must(
    'quote',
    await gql(st, `query($i:QuoteBookingInput!){quoteBooking(input:$i){amount}}`, {
      i: { offeringId, slotIds: [slot.id] },
    }),
    (d) => d.quoteBooking.amount,
  );
  console.log('the start-up is shown', shown);
  must(
    'reprice',
    await gql(op, `mutation($i:UpdateOfferingInput!){updateOffering(input:$i){pricing{amount}}}`, {
      i: { id: offeringId, pricing: { model: 'HOURLY', amount: '2000.00' } },
    }),
  );
  const input = { offeringId, slotIds: [slot.id], idempotencyKey: `p${stamp}`, expectedAmount: shown };
  const asShown = await gql(st, BOOK, { i: input });
  console.log('it books for what it was shown', JSON.stringify(asShown.data ?? errs(asShown)));
  // An older client sends no amount.
  delete input.expectedAmount;
  booked = must('book', await gql(st, BOOK, { i: input }));
  console.log('it books without saying', JSON.stringify(booked));
}
const cancel = await gql(st, `mutation($id:ID!){cancelBooking(id:$id){status}}`, { id: booked.requestBooking.id });
console.log('and cancels', JSON.stringify(cancel.data ?? errs(cancel)));
