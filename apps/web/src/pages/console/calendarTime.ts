import { shanghai } from '../../components/format';

/**
 * The calendar runs in FullCalendar's 'UTC' time zone holding China wall-clock times (FullCalendar's standard
 * packages cannot show a named zone without a date library plug-in): every platform works in Asia/Shanghai, so the
 * grid shows Shanghai hours whatever the browser's zone. These convert between that and real instants.
 */
export const toWall = (iso: string): string => shanghai(iso).format('YYYY-MM-DDTHH:mm:ss');

/** A calendar date (UTC fields = Shanghai wall clock) as an RFC 3339 instant the API accepts. */
export const fromWall = (date: Date): string => `${date.toISOString().slice(0, 19)}+08:00`;

/** Now, as the calendar's wall-clock Date. */
export const wallNow = (): Date => new Date(`${toWall(new Date().toISOString())}Z`);

/** YYYY-MM-DD of a calendar date. */
export const wallDay = (date: Date): string => date.toISOString().slice(0, 10);
