import { enqueueSearchIndex, OutboxWriter, TransactionRunner } from '#core';
import { EvaluationService, STEPS_TO_LEVEL } from '#evaluation';
import type { TestApp } from './test-app.js';

export type GrantedLevel = 'NONE' | 'CULTIVATION' | 'PROVINCIAL' | 'NATIONAL';

/**
 * Gives a platform without decisions a level the way the demo data does: decisions recorded through the
 * evaluation context's import (the same steps as live ones), search re-indexing through the outbox. For tests
 * that need a level as a given; the decisions themselves are tested over HTTP in evaluation.e2e-spec.ts.
 */
export async function grantLevel(t: TestApp, platformId: string, level: GrantedLevel): Promise<void> {
  await t.app.get(TransactionRunner).run(async (manager) => {
    await t.app.get(EvaluationService).importLevelDecisions(
      manager,
      STEPS_TO_LEVEL[level].map((action) => ({
        platformId,
        action,
        reason: '测试 / test fixture',
        evidence: ['test fixture'],
        authorityRegion: 'NATIONAL',
        decidedByUserId: null,
        decidedByOrganizationId: null,
        decidedAt: new Date(),
      })),
    );
    await enqueueSearchIndex(t.app.get(OutboxWriter), manager, { platformId });
  });
}
