import type pg from 'pg';
import { expect } from '@jest/globals';
import type { CatalogSetup } from './catalog-fixtures.js';
import type { HttpOutcome } from './server-process.js';

/** What must hold after a crash or an outage, read straight from the database. */

/** No slot in two live bookings; a slot is HELD or BOOKED exactly when a live booking holds it, and by that one. */
export async function expectBookingsConsistent(db: pg.Client, catalog: CatalogSetup): Promise<void> {
  const doubled = await db.query(
    `SELECT bs.slot_id FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id
      WHERE b.status IN ('REQUESTED', 'CONFIRMED') GROUP BY bs.slot_id HAVING count(*) > 1`,
  );
  expect(doubled.rows).toEqual([]);
  const disagreeing = await db.query(
    `SELECT s.id, s.status, s.booking_id, live.booking_id AS live_booking
       FROM capacity_slot s
       LEFT JOIN (SELECT bs.slot_id, bs.booking_id FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id
                   WHERE b.status IN ('REQUESTED', 'CONFIRMED')) live ON live.slot_id = s.id
      WHERE s.equipment_id = ANY($1::uuid[])
        AND (s.status IN ('HELD', 'BOOKED')) IS DISTINCT FROM (live.booking_id IS NOT NULL
             AND s.booking_id = live.booking_id)`,
    [catalog.equipmentIds],
  );
  expect(disagreeing.rows).toEqual([]);
  // Each booking was written whole: its creation event beside it.
  const eventless = await db.query(
    `SELECT b.id FROM booking b WHERE NOT EXISTS (SELECT 1 FROM booking_event e WHERE e.booking_id = b.id)`,
  );
  expect(eventless.rows).toEqual([]);
}

/**
 * Each offering of the platform is indexed as it is stored (title, earliest open slot), nothing else is indexed, and
 * the index's counters (documents per word, and in all) are those of its documents.
 */
export async function expectIndexMatchesCatalog(db: pg.Client, catalog: CatalogSetup): Promise<void> {
  const stale = await db.query(
    `SELECT o.id, o.title, d.document->>'titleZh' AS indexed_title,
            d.document->>'earliestOpenSlot' AS indexed_earliest, open.earliest
       FROM service_offering o
       LEFT JOIN search_document d ON d.id = o.id
       LEFT JOIN LATERAL (SELECT min(s.starts_at) AS earliest FROM capacity_slot s
                           WHERE s.equipment_id = ANY(o.equipment_ids) AND s.status = 'OPEN' AND s.ends_at > now()) open ON true
      WHERE o.platform_id = $1
        AND (d.id IS NULL OR d.document->>'titleZh' <> o.title
             OR (d.document->>'earliestOpenSlot')::timestamptz IS DISTINCT FROM open.earliest)`,
    [catalog.platformId],
  );
  expect(stale.rows).toEqual([]);
  const strays = await db.query(
    `SELECT d.id FROM search_document d WHERE NOT EXISTS (SELECT 1 FROM service_offering o WHERE o.id = d.id)`,
  );
  expect(strays.rows).toEqual([]);
  const terms = await db.query(
    `WITH actual AS (SELECT lexeme AS term, count(*)::int AS n
                       FROM search_document, unnest(tsvector_to_array(terms)) AS lexeme
                      WHERE position(':' IN lexeme) = 0 GROUP BY lexeme)
     SELECT coalesce(a.term, t.term) AS term, a.n, t.doc_count
       FROM actual a FULL JOIN search_term t ON t.term = a.term
      WHERE a.n IS DISTINCT FROM t.doc_count`,
  );
  expect(terms.rows).toEqual([]);
  const [total] = (
    await db.query<{ documents: number; counted: number | null }>(
      `SELECT (SELECT count(*)::int FROM search_document) AS documents,
              (SELECT doc_count FROM search_facet_count WHERE facet = '*' AND value = '*') AS counted`,
    )
  ).rows;
  expect(total.counted).toBe(total.documents);
}

/** 'ok' for data without errors or a typed error that is not an internal one; else the outcome, to show it. */
export function typedOrData(outcome: HttpOutcome): string {
  const codes = outcome.body?.errors?.map((e) => e.extensions?.code) ?? [];
  const ok =
    (outcome.status === 200 && codes.length === 0 && !!outcome.body?.data) ||
    (codes.length > 0 && codes.every((c) => typeof c === 'string' && c !== 'INTERNAL_SERVER_ERROR'));
  return ok ? 'ok' : JSON.stringify(outcome).slice(0, 2000);
}

/** Polls `condition` every 100 ms for up to a minute: a bound for a stuck system, not a timing assertion. */
export async function waitFor(what: string, condition: () => Promise<boolean>): Promise<void> {
  for (const deadline = Date.now() + 60_000; !(await condition());) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
