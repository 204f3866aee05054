import { describe, expect, it } from '@jest/globals';
import { parseDateTime } from './date-time.scalar.js';

describe('parseDateTime', () => {
  it.each([
    ['2026-03-01T09:00:00+08:00', '2026-03-01T01:00:00.000Z'],
    ['2026-03-01T01:00:00Z', '2026-03-01T01:00:00.000Z'],
    ['2026-03-01T01:00Z', '2026-03-01T01:00:00.000Z'],
    ['2028-02-29T00:00:00.123Z', '2028-02-29T00:00:00.123Z'],
    ['2026-12-31t23:59:59.999999z', '2026-12-31T23:59:59.999Z'],
    ['9999-12-31T23:59:59+08:00', '9999-12-31T15:59:59.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseDateTime(text).toISOString()).toBe(iso);
  });

  it.each([
    ['an impossible day', '2027-02-30T00:00:00Z', /does not exist/],
    ['29 February of a common year', '2027-02-29T00:00:00Z', /does not exist/],
    ['month 13', '2026-13-01T00:00:00Z', /does not exist/],
    ['hour 24', '2026-01-01T24:00:00Z', /does not exist/],
    ['no time zone', '2026-01-01T00:00:00', /time zone/],
    ['a date alone', '2026-01-01', /time zone/],
    ["JavaScript's earliest year", '-271821-04-20T00:00:00Z', /time zone/],
    ['a year past PostgreSQL and 9999', '+275760-09-13T00:00:00Z', /time zone/],
    ['year 0001', '0001-01-01T00:00:00Z', /between 1900 and 9999/],
    // Written in a permitted year, but an instant outside it: answered back as "+010000-…" or refused when sent back.
    ['the last day of 9999 west of Greenwich', '9999-12-31T23:59:59-01:00', /between 1900 and 9999 in UTC/],
    ['the first hour of 1900 east of Greenwich', '1900-01-01T00:00:00+01:00', /between 1900 and 9999 in UTC/],
    ['a number', 1_700_000_000_000, /must be a string/],
    ['null', null, /must be a string/],
    ['text', 'tomorrow', /time zone/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => parseDateTime(value)).toThrow(message);
  });
});
