import { ObligationPeriod, periodContaining } from '#obligations';
import type { SignedIn } from './factories.js';
import type { TestApp } from './test-app.js';

const HOUR = 3_600_000;

export const SET_OBLIGATION = `mutation($input: SetOpenAccessObligationInput!) {
  setOpenAccessObligation(input: $input) { id version setBySide effectiveFrom effectiveTo } }`;

export const COMPLIANCE = `query($p: ID!, $at: DateTime!) { obligationCompliance(platformId: $p, periodStart: $at) {
  obligationId period { start end } basis target requiredHours publishedHours openAccessPublishedHours
  openAccessBookedHours openAccessDeliveredHours operatorCancelledHours shortfallHours openAccessBookableHours status } }`;

export interface Compliance {
  obligationId: string;
  period: { start: string; end: string };
  basis: string;
  target: number;
  requiredHours: number;
  publishedHours: number;
  openAccessPublishedHours: number;
  openAccessBookedHours: number;
  openAccessDeliveredHours: number;
  operatorCancelledHours: number;
  shortfallHours: number;
  openAccessBookableHours: number;
  status: string;
}

export const obligationInput = (platformId: string, overrides: Record<string, unknown> = {}) => ({
  input: {
    platformId,
    basis: 'HOURS',
    target: 10,
    period: 'MONTH',
    reference: '苏工信〔2026〕8 号 适度开放承诺书',
    ...overrides,
  },
});

/** The month (Asia/Shanghai) that starts after `from` plus `leadDays`, so slots in it can meet their notice. */
export function monthAfter(from: Date, leadDays = 2): { start: Date; end: Date } {
  const containing = periodContaining(new Date(from.getTime() + leadDays * 24 * HOUR), ObligationPeriod.MONTH);
  return periodContaining(containing.end, ObligationPeriod.MONTH);
}

export async function complianceOf(
  t: TestApp,
  who: SignedIn,
  platformId: string,
  at: Date,
): Promise<{ compliance: Compliance | null; code: string | undefined }> {
  const res = await t.gql<{ obligationCompliance: Compliance }>(
    COMPLIANCE,
    { p: platformId, at: at.toISOString() },
    { token: who.token },
  );
  return { compliance: res.data?.obligationCompliance ?? null, code: res.errors?.[0].extensions?.code };
}
