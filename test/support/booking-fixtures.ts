import { randomUUID } from 'node:crypto';
import type { SignedIn } from './factories.js';
import type { GraphqlClient, TestApp } from './test-app.js';

const HOUR = 3_600_000;

/** Whole hours from now, rounded to the hour so slots line up. */
export const hoursFromNow = (hours: number) => new Date(Math.ceil(Date.now() / HOUR) * HOUR + hours * HOUR);

export async function publishSlots(
  t: GraphqlClient,
  operator: SignedIn,
  equipmentId: string,
  slots: Array<{ startsAt: Date; endsAt: Date; openAccess?: boolean }>,
): Promise<string[]> {
  const res = await t.gql<{ publishSlots: Array<{ id: string }> }>(
    `mutation($input: PublishSlotsInput!) { publishSlots(input: $input) { id } }`,
    {
      input: {
        equipmentId,
        slots: slots.map((s) => ({
          startsAt: s.startsAt.toISOString(),
          endsAt: s.endsAt.toISOString(),
          openAccess: s.openAccess ?? false,
        })),
      },
    },
    { token: operator.token },
  );
  if (!res.data) throw new Error(`publishSlots failed: ${JSON.stringify(res.errors)}`);
  return res.data.publishSlots.map((s) => s.id);
}

/** `count` consecutive slots of `hours` each, starting `startInHours` from now. */
export function consecutiveSlots(count: number, startInHours: number, hours = 4, openAccess = false) {
  return Array.from({ length: count }, (_, i) => ({
    startsAt: hoursFromNow(startInHours + i * hours),
    endsAt: hoursFromNow(startInHours + (i + 1) * hours),
    openAccess,
  }));
}

export async function setRules(
  t: TestApp,
  operator: SignedIn,
  equipmentId: string,
  rules: Record<string, unknown>,
): Promise<void> {
  const res = await t.gql(
    `mutation($input: BookingRulesInput!) { setBookingRules(input: $input) { equipmentId } }`,
    { input: { equipmentId, ...rules } },
    { token: operator.token },
  );
  if (!res.data) throw new Error(`setBookingRules failed: ${JSON.stringify(res.errors)}`);
}

export const REQUEST_BOOKING = `mutation($input: RequestBookingInput!) { requestBooking(input: $input) { id status holdExpiresAt openAccess slots { slotId } } }`;

export function requestBooking(
  t: GraphqlClient,
  requester: SignedIn,
  offeringId: string,
  slotIds: string[],
  key: string = randomUUID(),
  brief = '正极材料 50 L 放大试验',
) {
  return t.gql<{
    requestBooking: {
      id: string;
      status: string;
      holdExpiresAt: string | null;
      openAccess: boolean;
      slots: Array<{ slotId: string }>;
    };
  }>(REQUEST_BOOKING, { input: { offeringId, slotIds, brief, idempotencyKey: key } }, { token: requester.token });
}
