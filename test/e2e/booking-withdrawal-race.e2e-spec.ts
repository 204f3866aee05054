import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { consecutiveSlots, publishSlots, requestBooking } from '../support/booking-fixtures.js';
import { createCatalog, offeringInput, type CatalogSetup } from '../support/catalog-fixtures.js';
import { createSiteAdmin, registerUser, type SignedIn } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ARCHIVE = `mutation($id: ID!) { archiveOffering(id: $id) { status } }`;
const SUSPEND = `mutation($id: ID!) { suspendPlatform(id: $id) { status } }`;
const PUBLISH = `mutation($id: ID!) { publishPlatform(id: $id) { status } }`;
const UNSHARE = `mutation($id: ID!) { updateEquipment(input: { id: $id, shareable: false }) { shareable } }`;
const PER_ROUND = 6;
const ACTIVE_BOOKINGS = `SELECT count(*)::int AS n FROM booking WHERE offering_id = $1 AND status IN ('REQUESTED', 'CONFIRMED')`;

type Answer = Awaited<ReturnType<typeof requestBooking>>;

/**
 * Archiving an offering or suspending a platform stops new bookings of it; bookings that committed before stay
 * (archiveOffering: "existing bookings keep it"). So once the withdrawal has committed, no booking of it may commit
 * after: an outside probe found the claim read the offering's and platform's status without a lock, so a claim that
 * read ACTIVE/PUBLISHED an instant before the withdrawal committed went on to commit its booking after it. Slots are
 * the equipment's, not the offering's (other offerings may share them): withdrawing closes none.
 */
describe('a booking racing the withdrawal of its offering or platform', () => {
  let t: TestApp;
  let operator: SignedIn;
  let siteAdmin: SignedIn;
  let requesters: SignedIn[];
  let observer: pg.Client;

  beforeAll(async () => {
    t = await startTestApp();
    operator = await registerUser(t, { kind: 'LARGE_ENTERPRISE' });
    siteAdmin = await createSiteAdmin(t);
    requesters = await Promise.all(Array.from({ length: PER_ROUND }, () => registerUser(t, { kind: 'SME' })));
    // A connection of its own, outside the API's pool, so it can look while every pooled connection is busy.
    observer = new pg.Client({ connectionString: t.database.url });
    await observer.connect();
  });

  afterAll(async () => {
    await observer.end();
    await t.close();
  });

  const activeBookings = async (offeringId: string) =>
    (await observer.query<{ n: number }>(ACTIVE_BOOKINGS, [offeringId])).rows[0].n;

  /**
   * Races PER_ROUND booking requests (each on its own free slot) against `withdraw`. The moment the withdrawal's
   * answer arrives (it has committed), a snapshot counts the offering's bookings: any booking that shows up later
   * committed after the withdrawal did. Returns those late bookings, and how the requests were answered.
   */
  async function race(offeringId: string, slotIds: string[], withdraw: () => Promise<Answer | unknown>, lag: number) {
    const at = <T>(ms: number, start: () => Promise<T>) =>
      new Promise<T>((resolve) => setTimeout(() => resolve(start()), Math.max(0, ms)));
    const seenAtWithdrawal = at(-lag, withdraw).then((answer) => {
      expect((answer as Answer).errors).toBeUndefined();
      return activeBookings(offeringId);
    });
    // The claims start `lag` ms after the withdrawal (before it when negative), one ms apart.
    const answers = await Promise.all(
      slotIds.map((slotId, i) => at(lag + i, () => requestBooking(t, requesters[i], offeringId, [slotId]))),
    );
    const before = await seenAtWithdrawal;
    const after = await activeBookings(offeringId);
    const outcomes = answers.map((a) => (a.data?.requestBooking ? 'BOOKED' : String(a.errors?.[0].extensions?.reason)));
    return { late: after - before, outcomes };
  }

  /** The next round's lag, so that rounds straddle the withdrawal's commit on a fast machine and a loaded one alike. */
  const nextLag = (lag: number, outcomes: string[]) =>
    outcomes.every((o) => o === 'BOOKED') ? lag + 3 : outcomes.every((o) => o !== 'BOOKED') ? lag - 3 : lag;

  function expectRaced(outcomes: string[]) {
    // Every request either won before the withdrawal or was refused for it: nothing else went wrong. The requesters
    // are outsiders, to whom a withdrawn offering no longer exists (test/e2e/existence-oracle.e2e-spec.ts).
    expect(outcomes.filter((o) => o !== 'BOOKED' && o !== 'OFFERING_NOT_FOUND')).toEqual([]);
    // The rounds really overlapped: some claims came before the withdrawal and some after it.
    expect(outcomes).toContain('BOOKED');
    expect(outcomes).toContain('OFFERING_NOT_FOUND');
  }

  it('commits no booking of an offering after its archiving committed (20 rounds of 6 claims against archiveOffering)', async () => {
    const { platformId, equipmentIds } = await createCatalog(t, operator);
    const rounds = 20;
    const slotIds = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(rounds * PER_ROUND, 100, 2));
    const late: number[] = [];
    const outcomes: string[] = [];
    let lag = 0;
    for (let round = 0; round < rounds; round++) {
      // A fresh offering of the same equipment each round: archiving is for good.
      const created = await t.gql<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        { input: offeringInput(platformId, equipmentIds) },
        { token: operator.token },
      );
      const offeringId = created.data?.createOffering.id as string;
      const mine = slotIds.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
      const result = await race(
        offeringId,
        mine,
        () => t.gql(ARCHIVE, { id: offeringId }, { token: operator.token }),
        lag,
      );
      late.push(result.late);
      outcomes.push(...result.outcomes);
      lag = nextLag(lag, result.outcomes);
    }
    expect(late.filter((n) => n > 0)).toEqual([]);
    expectRaced(outcomes);
  }, 60_000);

  it('commits no booking of a platform after a site admin suspended it (12 rounds of 6 claims against suspendPlatform)', async () => {
    const catalog: CatalogSetup = await createCatalog(t, operator);
    const rounds = 12;
    const slotIds = await publishSlots(
      t,
      operator,
      catalog.equipmentIds[0],
      consecutiveSlots(rounds * PER_ROUND, 100, 2),
    );
    const late: number[] = [];
    const outcomes: string[] = [];
    let lag = 0;
    for (let round = 0; round < rounds; round++) {
      if (round > 0) {
        const published = await t.gql(PUBLISH, { id: catalog.platformId }, { token: siteAdmin.token });
        expect(published.errors).toBeUndefined();
      }
      const mine = slotIds.slice(round * PER_ROUND, (round + 1) * PER_ROUND);
      const before = await activeBookings(catalog.offeringId);
      const result = await race(
        catalog.offeringId,
        mine,
        () => t.gql(SUSPEND, { id: catalog.platformId }, { token: siteAdmin.token }),
        lag,
      );
      late.push(result.late);
      outcomes.push(...result.outcomes);
      lag = nextLag(lag, result.outcomes);
      // The same offering every round: what this round booked is what its answers say.
      expect((await activeBookings(catalog.offeringId)) - before).toBe(
        result.outcomes.filter((o) => o === 'BOOKED').length,
      );
    }
    expect(late.filter((n) => n > 0)).toEqual([]);
    expectRaced(outcomes);
  }, 60_000);

  /**
   * Holds a booking request between its claim and its write (a lock on the table its write inserts events into), then
   * sends `withdraw`: whether the withdrawal answered while the claim was held, and how both were answered.
   */
  async function withdrawDuringClaim(
    offeringId: string,
    slotId: string,
    withdraw: () => Promise<{ errors?: unknown }>,
  ) {
    return whileTableLocked('booking_event', async (release) => {
      const booking = requestBooking(t, requesters[0], offeringId, [slotId]);
      await waitFor(async () => (await sessionsWaitingForLocks()) === 1);
      let withdrawnFirst = false;
      const withdrawal = withdraw().then((answer) => {
        withdrawnFirst = true;
        return answer;
      });
      // Either the withdrawal answers while the claim is held, or it waits for the claim's lock.
      await waitFor(async () => withdrawnFirst || (await sessionsWaitingForLocks()) === 2);
      const withdrawnWhileClaimInFlight = withdrawnFirst;
      await release();
      const [booked, withdrawn] = await Promise.all([booking, withdrawal]);
      expect(withdrawn.errors).toBeUndefined();
      return { withdrawnWhileClaimInFlight, booked: booked.data?.requestBooking.status };
    });
  }

  it('makes archiving wait for a claim that read the offering ACTIVE and has not committed yet', async () => {
    const { offeringId, equipmentIds } = await createCatalog(t, operator);
    const [slotId] = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 300, 2));
    const archive = () => t.gql(ARCHIVE, { id: offeringId }, { token: operator.token });
    expect(await withdrawDuringClaim(offeringId, slotId, archive)).toEqual({
      withdrawnWhileClaimInFlight: false,
      booked: 'REQUESTED',
    });
  }, 30_000);

  it('makes withdrawing equipment from sharing wait for a claim that read it shared and has not committed yet', async () => {
    // Equipment no longer shared takes no bookings ("not shared equipment" in the claim): the claim read `shareable`
    // in its snapshot without a lock, so updateEquipment(shareable: false) committed while a claim that had read it
    // shared went on to commit its booking after it.
    const { offeringId, equipmentIds } = await createCatalog(t, operator);
    const [slotId] = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 300, 2));
    const unshare = () => t.gql(UNSHARE, { id: equipmentIds[0] }, { token: operator.token });
    expect(await withdrawDuringClaim(offeringId, slotId, unshare)).toEqual({
      withdrawnWhileClaimInFlight: false,
      booked: 'REQUESTED',
    });
    // And a claim after it is refused.
    const [later] = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 320, 2));
    const refused = await requestBooking(t, requesters[1], offeringId, [later]);
    expect(refused.errors?.[0].extensions?.fields).toEqual([{ field: 'slotIds', message: expect.any(String) }]);
  }, 30_000);

  /**
   * Holds `withdraw` between its writes and its commit (a lock on the outbox table it writes to last), then sends a
   * booking request, whose statement takes its snapshot before the withdrawal commits and then waits for one of the
   * withdrawal's row locks (or, if none, for the outbox too). Returns how the request was answered once the
   * withdrawal committed.
   */
  async function claimDuringWithdrawal(
    offeringId: string,
    slotId: string,
    withdraw: () => Promise<{ errors?: unknown }>,
  ): Promise<Answer> {
    return whileTableLocked('outbox_message', async (release) => {
      const withdrawal = withdraw();
      await waitFor(async () => (await sessionsWaitingForLocks()) === 1);
      const booking = requestBooking(t, requesters[0], offeringId, [slotId]);
      await waitFor(async () => (await sessionsWaitingForLocks()) === 2);
      await release();
      const [withdrawn, booked] = await Promise.all([withdrawal, booking]);
      expect(withdrawn.errors).toBeUndefined();
      return booked;
    });
  }

  it('refuses a claim that waited for the withdrawal of its equipment from sharing', async () => {
    // The claim's snapshot still sees the equipment shared: once the withdrawal has committed, the claim must not
    // decide on that (PostgreSQL re-reads only the rows a statement locks, not what it read beside them).
    const { offeringId, equipmentIds } = await createCatalog(t, operator);
    const [slotId] = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 340, 2));
    const unshare = () => t.gql(UNSHARE, { id: equipmentIds[0] }, { token: operator.token });
    const answer = await claimDuringWithdrawal(offeringId, slotId, unshare);
    expect(answer.data?.requestBooking).toBeFalsy();
    expect(answer.errors?.[0].extensions?.fields).toEqual([{ field: 'slotIds', message: expect.any(String) }]);
    expect(await activeBookings(offeringId)).toBe(0);
  }, 30_000);

  it('refuses a claim that waited for the archiving of its offering', async () => {
    const { offeringId, equipmentIds } = await createCatalog(t, operator);
    const [slotId] = await publishSlots(t, operator, equipmentIds[0], consecutiveSlots(1, 360, 2));
    const archive = () => t.gql(ARCHIVE, { id: offeringId }, { token: operator.token });
    const answer = await claimDuringWithdrawal(offeringId, slotId, archive);
    expect(answer.errors?.[0].extensions?.reason).toBe('OFFERING_NOT_FOUND');
    expect(await activeBookings(offeringId)).toBe(0);
  }, 30_000);

  it('makes withdrawing equipment from sharing wait for an offering of it being created, and writes that offering too', async () => {
    // Withdrawing sharing writes the rows of the offerings using the equipment (what claims lock): an offering created
    // beside it, invisible to that write, would take claims deciding on the equipment as shared after it committed.
    const { platformId, equipmentIds } = await createCatalog(t, operator);
    // Holds the creation between its writes and its commit (the outbox is what it writes last).
    await whileTableLocked('outbox_message', async (release) => {
      const created = t.gql<{ createOffering: { id: string } }>(
        `mutation($input: CreateOfferingInput!) { createOffering(input: $input) { id } }`,
        { input: offeringInput(platformId, [equipmentIds[0]]) },
        { token: operator.token },
      );
      await waitFor(async () => (await sessionsWaitingForLocks()) === 1);
      const unshared = t.gql(UNSHARE, { id: equipmentIds[0] }, { token: operator.token });
      // Both waiters are read with their text in one look: counting them and then reading the texts apart could see
      // a waiter whose text pg_stat_activity did not show yet (empty: seen in CI under load in the search spec).
      let waiting: string[] = [];
      await waitFor(async () => {
        const { rows } = await observer.query<{ query: string }>(
          `SELECT query FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        waiting = rows.map((w) => w.query);
        return waiting.length === 2 && waiting.every((q) => q !== '');
      });
      // The withdrawal waits at the equipment's row, for the creation to commit: not at the outbox, after its writes.
      expect(waiting.filter((q) => q.startsWith('UPDATE "equipment"'))).toHaveLength(1);
      await release();
      const [offering, withdrawn] = await Promise.all([created, unshared]);
      expect(withdrawn.errors).toBeUndefined();
      const { rows } = await observer.query<{ touched: boolean }>(
        'SELECT updated_at > created_at AS touched FROM service_offering WHERE id = $1',
        [offering.data?.createOffering.id],
      );
      expect(rows).toEqual([{ touched: true }]);
    });
  }, 30_000);

  /**
   * Runs `work` while a connection of its own holds `table` in SHARE MODE (writers of it wait), until `work` calls
   * `release` (or ends).
   */
  async function whileTableLocked<T>(table: string, work: (release: () => Promise<void>) => Promise<T>): Promise<T> {
    const blocker = new pg.Client({ connectionString: t.database.url });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query(`LOCK TABLE ${table} IN SHARE MODE`);
      return await work(async () => {
        await blocker.query('COMMIT');
      });
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
  }

  async function sessionsWaitingForLocks(): Promise<number> {
    const { rows } = await observer.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    return rows[0].n;
  }
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the sessions to reach the expected locks');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
