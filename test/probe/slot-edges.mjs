// Publishing capacity at the edges (probe 14): recurring patterns around Asia/Shanghai midnight, leap days and year
// bounds, odd times and durations, duplicate and overlapping runs. A new equipment of the demo operator's first
// platform each run; every refusal must be typed with fields, every success must match what was asked.
import { gql, demo, judge, must as data } from './lib.mjs';
const op = await demo('operator');
const must = async (q, v) => data(q.slice(0, 40), await gql(op, q, v));
const me = await must('{me{organization{id}}}');
const plats = await must(`query($o:ID){platforms(first:50,filter:{organizationId:$o}){edges{node{id status}}}}`, {
  o: me.me.organization.id,
});
const platformId = plats.platforms.edges.find((e) => e.node.status === 'PUBLISHED').node.id;
const eq = (
  await must(`mutation($i:CreateEquipmentInput!){createEquipment(input:$i){id}}`, {
    i: { platformId, name: `边界设备${Date.now() % 1e6}`, category: '窑炉' },
  })
).createEquipment.id;
await must(`mutation($i:BookingRulesInput!){setBookingRules(input:$i){maxAdvanceDays}}`, {
  i: { equipmentId: eq, maxAdvanceDays: 730, minNoticeHours: 0, bufferMinutes: 0 },
}).catch((e) => console.log('rules', e.message));
const sh = (t) => new Date(t).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' });
const y = new Date().getUTCFullYear();
const base = { equipmentId: eq, weekdays: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] };
const R = `mutation($i:PublishRecurringSlotsInput!){publishRecurringSlots(input:$i){id startsAt endsAt hours}}`;
const cases = {
  leapBad: { fromDay: `${y + 1}-02-29`, toDay: `${y + 1}-03-02`, startTime: '09:00', durationHours: 1 },
  leapOk: { fromDay: `2028-02-28`, toDay: `2028-03-01`, startTime: '09:00', durationHours: 1 },
  midnightCross: {
    fromDay: `${y + 1}-01-05`,
    toDay: `${y + 1}-01-06`,
    startTime: '23:30',
    durationHours: 1,
    runsPerDay: 2,
  },
  h24: { fromDay: `${y + 1}-01-08`, toDay: `${y + 1}-01-08`, startTime: '24:00', durationHours: 1 },
  shortTime: { fromDay: `${y + 1}-01-09`, toDay: `${y + 1}-01-09`, startTime: '7:5', durationHours: 1 },
  secs: { fromDay: `${y + 1}-01-09`, toDay: `${y + 1}-01-09`, startTime: '07:05:00', durationHours: 1 },
  fullwidth: { fromDay: `${y + 1}-01-09`, toDay: `${y + 1}-01-09`, startTime: '０７:００', durationHours: 1 },
  dayPadded: { fromDay: `${y + 1}-1-9`, toDay: `${y + 1}-01-09`, startTime: '07:00', durationHours: 1 },
  oddMinutes: { fromDay: `${y + 1}-01-10`, toDay: `${y + 1}-01-10`, startTime: '07:00', durationHours: 1 / 3 },
  tooManyRuns: {
    fromDay: `${y + 1}-01-11`,
    toDay: `${y + 1}-01-11`,
    startTime: '00:00',
    durationHours: 1,
    runsPerDay: 30,
  },
  runsZero: { fromDay: `${y + 1}-01-12`, toDay: `${y + 1}-01-12`, startTime: '00:00', durationHours: 1, runsPerDay: 0 },
  manyRunsYear: {
    fromDay: `${y + 1}-01-13`,
    toDay: `${y + 2}-01-12`,
    startTime: '00:00',
    durationHours: 0.25,
    runsPerDay: 96,
  },
  changeoverNeg: {
    fromDay: `${y + 1}-01-14`,
    toDay: `${y + 1}-01-14`,
    startTime: '08:00',
    durationHours: 1,
    runsPerDay: 2,
    changeoverMinutes: -30,
  },
  exceptOutside: {
    fromDay: `${y + 1}-01-15`,
    toDay: `${y + 1}-01-15`,
    startTime: '08:00',
    durationHours: 1,
    exceptDays: [`${y + 3}-01-01`],
  },
  exceptBad: {
    fromDay: `${y + 1}-01-15`,
    toDay: `${y + 1}-01-15`,
    startTime: '08:00',
    durationHours: 1,
    exceptDays: ['tomorrow'],
  },
  exceptAll: {
    fromDay: `${y + 1}-01-16`,
    toDay: `${y + 1}-01-16`,
    startTime: '08:00',
    durationHours: 1,
    exceptDays: [`${y + 1}-01-16`],
  },
  noWeekdays: {
    fromDay: `${y + 1}-01-17`,
    toDay: `${y + 1}-01-17`,
    startTime: '08:00',
    durationHours: 1,
    weekdays: [],
  },
  dupWeekdays: {
    fromDay: `${y + 1}-01-18`,
    toDay: `${y + 1}-01-18`,
    startTime: '08:00',
    durationHours: 1,
    weekdays: ['MON', 'MON', 'SUN', 'SUN'],
  },
  inverted: { fromDay: `${y + 1}-01-20`, toDay: `${y + 1}-01-19`, startTime: '08:00', durationHours: 1 },
  yearEnd: { fromDay: `${y + 1}-12-31`, toDay: `${y + 2}-01-01`, startTime: '23:00', durationHours: 2 },
  again: { fromDay: `${y + 1}-01-05`, toDay: `${y + 1}-01-06`, startTime: '23:30', durationHours: 1, runsPerDay: 2 },
  overlapHalf: { fromDay: `${y + 1}-01-05`, toDay: `${y + 1}-01-05`, startTime: '23:45', durationHours: 1 },
  overlapSelf: {
    fromDay: `${y + 1}-02-01`,
    toDay: `${y + 1}-02-01`,
    startTime: '08:00',
    durationHours: 3,
    runsPerDay: 2,
    changeoverMinutes: -120,
  },
  dur744: { fromDay: `${y + 1}-03-01`, toDay: `${y + 1}-03-01`, startTime: '00:00', durationHours: 744 },
  durNaN: { fromDay: `${y + 1}-03-01`, toDay: `${y + 1}-03-01`, startTime: '00:00', durationHours: 'NaN' },
};
const only = process.argv[2] ? new RegExp(process.argv[2]) : null;
for (const [name, c] of Object.entries(cases)) {
  if (only && !only.test(name)) continue;
  const t = Date.now();
  const r = await gql(op, R, { i: { ...base, ...c } });
  const ms = Date.now() - t;
  if (r.errors) {
    judge(name, r, `${ms}ms`);
  } else {
    const s = r.data.publishRecurringSlots;
    console.log(
      'data',
      name,
      ms + 'ms',
      s.length,
      'slots',
      s
        .slice(0, 4)
        .map((x) => `${sh(x.startsAt)}→${sh(x.endsAt)} ${x.hours}h`)
        .join(', '),
      s.length > 4 ? `… last ${sh(s.at(-1).startsAt)}` : '',
    );
  }
}
