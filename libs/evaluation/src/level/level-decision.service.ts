import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CoreError, PLATFORM_LEVEL_LABELS, TransactionRunner, type PlatformLevel } from '#core';
import { CatalogService, PlatformStatus } from '#catalog';
import { AccessPolicy, NotificationService, type Actor } from '#identity';
import { EvaluationError, EvaluationErrorCode } from '../evaluation.errors.js';
import {
  EvaluationRoundStatus,
  LEVEL_ACTION_LABELS,
  LEVEL_OF_STANDING,
  LevelAction,
  LevelStanding,
} from '../evaluation.enums.js';
import { RoundQueryService } from '../round/round-query.service.js';
import { RoundRepository } from '../round/round.repository.js';
import type { DecidePlatformLevelInput } from './dto/level-decision.input.js';
import type { LevelDecisionEntity } from './level-decision.entity.js';
import { LevelDecisionRepository, type NewLevelDecision } from './level-decision.repository.js';
import { LEVEL_ACTION_RULES, LEVEL_STEPS, requiredTier } from './level.state-machine.js';

/** A decision recorded from before PilotMatch (demo data): the document it comes from is in `evidence`. */
export interface LevelDecisionImport {
  platformId: string;
  action: LevelAction;
  reason: string;
  evidence: string[];
  authorityRegion: string;
  decidedByUserId: string | null;
  decidedByOrganizationId: string | null;
  decidedAt: Date;
}

/** Levels are granted, never claimed: every change is an authority's decision, kept as the platform's history. */
@Injectable()
export class LevelDecisionService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly decisions: LevelDecisionRepository,
    private readonly rounds: RoundRepository,
    private readonly catalog: CatalogService,
    private readonly notifications: NotificationService,
    private readonly access: AccessPolicy,
    private readonly roundQueries: RoundQueryService,
  ) {}

  /**
   * An authority with jurisdiction over the platform's province takes one step (LEVEL_STEPS); the granted level
   * reaches the catalog and, through the outbox, search and matching in the same transaction.
   */
  async decide(actor: Actor, input: DecidePlatformLevelInput): Promise<LevelDecisionEntity> {
    const platform = await this.catalog.visiblePlatform(actor, input.platformId);
    const label = LEVEL_ACTION_LABELS[input.action];
    const jurisdiction = this.access.assertAuthorityActs(
      actor,
      platform.province,
      `${label.en} a platform of province ${platform.province}`,
      requiredTier(input.action),
    );
    assertMayRaise(input.action, platform.platformStatus);
    if (LEVEL_ACTION_RULES[input.action].requiresEvaluation && !input.evaluationRoundId)
      throw CoreError.invalidField(
        'evaluationRoundId',
        `evaluationRoundId is required: to ${label.en} rests on a closed evaluation round that scored the platform`,
      );
    if (input.evaluationRoundId) await this.assertEvaluated(actor, input.evaluationRoundId, input.platformId);
    return this.transactions.run(async (manager) => {
      await this.decisions.lockPlatform(manager, input.platformId);
      // Read again under the platform's row lock: a suspension that committed since the check above is seen here, and
      // one still to come waits for this decision.
      assertMayRaise(input.action, (await this.catalog.lockedPlatform(manager, input.platformId)).platformStatus);
      const previous = await this.decisions.latest(manager, input.platformId);
      const from = previous?.toStanding ?? LevelStanding.NONE;
      const to = LEVEL_STEPS.next(from, input.action);
      const decision = await this.decisions.insert(manager, previous, {
        platformId: input.platformId,
        action: input.action,
        fromStanding: from,
        toStanding: to,
        levelBefore: LEVEL_OF_STANDING[from],
        levelAfter: LEVEL_OF_STANDING[to],
        reason: input.reason,
        evidence: input.evidence,
        authorityRegion: jurisdiction.region,
        decidedByUserId: actor.userId,
        decidedByOrganizationId: actor.organizationId,
        evaluationRoundId: input.evaluationRoundId ?? null,
        decidedAt: new Date(),
      });
      if (decision.levelAfter !== decision.levelBefore)
        await this.catalog.applyGrantedLevel(manager, input.platformId, decision.levelAfter);
      await this.notifications.notify(
        manager,
        { organizationIds: [platform.organizationId] },
        {
          kind: 'level.decided',
          title: { zh: `平台级别决定：${label.zh}`, en: `Platform level decision: ${label.en}` },
          body: {
            zh: `「${platform.platformName}」：${label.zh}（${PLATFORM_LEVEL_LABELS[decision.levelAfter].zh}）。理由：${input.reason}`,
            en: `${platform.platformName}: ${label.en} (${PLATFORM_LEVEL_LABELS[decision.levelAfter].en}). Reason: ${input.reason}`,
          },
          subjectId: decision.id,
        },
      );
      return decision;
    });
  }

  /** The platform's decisions, newest first: its operator, authorities of its province and site admins. */
  async history(actor: Actor, platformId: string): Promise<LevelDecisionEntity[]> {
    const platform = await this.catalog.visiblePlatform(actor, platformId);
    if (!this.access.canReadRegional(actor, platform.organizationId, platform.province))
      throw new EvaluationError(
        EvaluationErrorCode.NOT_ALLOWED,
        'Only the platform’s organization, authorities of its province and site admins may see its level history',
      );
    return this.decisions.history(platformId);
  }

  /**
   * Records decisions taken before PilotMatch (demo data) for platforms without any, each platform's in the order
   * given and through the same steps, and writes the levels they grant. The caller records what search must index.
   */
  async importDecisions(manager: EntityManager, rows: readonly LevelDecisionImport[]): Promise<void> {
    const standing = new Map<string, { standing: LevelStanding; sequence: number }>();
    const decisions: Array<NewLevelDecision & { sequence: number }> = rows.map((row) => {
      const current = standing.get(row.platformId) ?? { standing: LevelStanding.NONE, sequence: 0 };
      const to = LEVEL_STEPS.next(current.standing, row.action);
      standing.set(row.platformId, { standing: to, sequence: current.sequence + 1 });
      return {
        ...row,
        sequence: current.sequence + 1,
        fromStanding: current.standing,
        toStanding: to,
        levelBefore: LEVEL_OF_STANDING[current.standing],
        levelAfter: LEVEL_OF_STANDING[to],
        evaluationRoundId: null,
      };
    });
    await this.decisions.insertMany(manager, decisions);
    const levels: Array<{ platformId: string; level: PlatformLevel }> = [...standing].map(([platformId, s]) => ({
      platformId,
      level: LEVEL_OF_STANDING[s.standing],
    }));
    await this.catalog.importGrantedLevels(manager, levels);
  }

  private async assertEvaluated(actor: Actor, roundId: string, platformId: string): Promise<void> {
    const round = await this.rounds.findById(roundId);
    const scored = round?.status === EvaluationRoundStatus.CLOSED && !!(await this.rounds.result(roundId, platformId));
    // A round the authority may not see (another region's, or MIIT's) is missing to it, whatever its state — unless it
    // scored this very platform, which the authority then decides on (a province recognises after a national round).
    if (!round || (!scored && !(await this.roundQueries.visible(actor, round))))
      throw CoreError.invalidField('evaluationRoundId', `no evaluation round ${roundId}`);
    if (round.status !== EvaluationRoundStatus.CLOSED)
      throw new EvaluationError(
        EvaluationErrorCode.ROUND_NOT_CLOSED,
        'A decision can rest only on a closed evaluation round',
        {
          currentStatus: round.status,
        },
      );
    if (!scored) throw CoreError.invalidField('evaluationRoundId', 'that evaluation round did not score this platform');
  }
}

/** Only a published platform is recommended or granted a level; lowering or removing one is always possible. */
function assertMayRaise(action: LevelAction, status: PlatformStatus): void {
  if (LEVEL_ACTION_RULES[action].raises && status !== PlatformStatus.PUBLISHED)
    throw new EvaluationError(
      EvaluationErrorCode.PLATFORM_NOT_PUBLISHED,
      `A ${status} platform cannot ${LEVEL_ACTION_LABELS[action].en}: only a published platform is recommended or granted a level`,
      {
        currentStatus: status,
        fields: [{ field: 'platformId', message: `the platform is ${status}, not PUBLISHED` }],
      },
    );
}
