import { Injectable } from '@nestjs/common';
import { Clock, CoreError, EvaluationDimension, TransactionRunner } from '#core';
import { canSeePlatform, CatalogService, PlatformStatus } from '#catalog';
import { AccessPolicy, IdentityService, MemberRole, NATIONAL_REGION, NotificationService, type Actor } from '#identity';
import { EvaluationError, EvaluationErrorCode, roundNotFound } from '../evaluation.errors.js';
import { EvaluationRoundStatus } from '../evaluation.enums.js';
import type { OpenEvaluationRoundInput, SubmitEvaluationScoresInput } from './dto/round.input.js';
import type { EvaluationRoundEntity } from './evaluation-round.entity.js';
import { EQUAL_WEIGHTS, rankPlatforms, type DimensionScores } from './round-results.js';
import { RoundQueryService } from './round-query.service.js';
import { RoundRepository, type SheetWithScores } from './round.repository.js';

const DIMENSIONS = Object.values(EvaluationDimension);

/** Opening, scoring and closing evaluation rounds. Reads with their access rules are in RoundQueryService. */
@Injectable()
export class RoundService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly rounds: RoundRepository,
    private readonly catalog: CatalogService,
    private readonly identity: IdentityService,
    private readonly notifications: NotificationService,
    private readonly access: AccessPolicy,
    private readonly roundQueries: RoundQueryService,
    private readonly clock: Clock,
  ) {}

  /**
   * An authority opens a round over its jurisdiction: a provincial round holds platforms of that province, a
   * national one any; every platform is scored by EXPERT members of the opening authority.
   */
  async open(actor: Actor, input: OpenEvaluationRoundInput): Promise<EvaluationRoundEntity> {
    this.access.assertAuthorityActs(actor, input.scope, 'open an evaluation round of this scope');
    // Experts score the service records of the period: a period that has not begun has none yet.
    if (input.periodStart.getTime() > this.clock.now().getTime())
      throw CoreError.invalidField(
        'periodStart',
        'periodStart must not be in the future: the period has no records yet',
      );
    const weights = weightsOf(input.weights);
    const ids = input.platforms.map((p) => p.platformId);
    const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
    if (duplicate >= 0) throw CoreError.invalidField(`platforms.${duplicate}.platformId`, 'platformId is listed twice');
    const platforms = await this.catalog.platformsByIds(ids);
    platforms.forEach((platform, i) => {
      // One the authority may not see (another region's draft) is missing to it, as an id that does not exist.
      if (!platform || !canSeePlatform(actor, { ...platform, platformStatus: platform.status }))
        throw CoreError.invalidField(`platforms.${i}.platformId`, `no platform ${ids[i]}`);
      this.access.assertAuthorityActs(actor, platform.province, `evaluate platforms of province ${platform.province}`);
      // A round evaluates platforms that serve: a draft (or a suspended one) has no service record to score.
      if (platform.status !== PlatformStatus.PUBLISHED)
        throw new EvaluationError(
          EvaluationErrorCode.PLATFORM_NOT_PUBLISHED,
          `platform ${platform.name} is ${platform.status}: only published platforms are evaluated`,
          {
            currentStatus: platform.status,
            fields: [
              { field: `platforms.${i}.platformId`, message: `the platform is ${platform.status}, not PUBLISHED` },
            ],
          },
        );
      if (input.scope !== NATIONAL_REGION && platform.province !== input.scope)
        throw CoreError.invalidField(
          `platforms.${i}.platformId`,
          `platform ${platform.name} is in province ${platform.province}, outside the round's scope ${input.scope}`,
        );
    });
    const experts = new Map(
      (await this.identity.usersByIds([...new Set(input.platforms.flatMap((p) => p.expertIds))])).map((u) => [u.id, u]),
    );
    input.platforms.forEach((assignment, i) => {
      for (const expertId of assignment.expertIds) {
        const expert = experts.get(expertId);
        if (!expert || expert.role !== MemberRole.EXPERT || expert.organizationId !== actor.organizationId)
          throw CoreError.invalidField(
            `platforms.${i}.expertIds`,
            `${expertId} is not an EXPERT member of your authority (invite experts with inviteMember, role EXPERT)`,
          );
      }
    });
    return this.transactions.run(async (manager) => {
      const round = await this.rounds.insert(manager, {
        name: input.name,
        scope: input.scope,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        weights,
        status: EvaluationRoundStatus.OPEN,
        authorityOrganizationId: actor.organizationId as string,
        openedByUserId: actor.userId,
      });
      await this.rounds.insertAssignments(
        manager,
        input.platforms.flatMap((p) =>
          p.expertIds.map((expertUserId) => ({ roundId: round.id, platformId: p.platformId, expertUserId })),
        ),
      );
      await this.notifications.notify(
        manager,
        { userIds: [...experts.keys()] },
        {
          kind: 'evaluation.assigned',
          title: { zh: '新的评审任务', en: 'New evaluation assignment' },
          body: { zh: `请为「${round.name}」评分`, en: `Please score the platforms assigned to you in ${round.name}` },
          subjectId: round.id,
        },
      );
      return round;
    });
  }

  /** An assigned expert scores a platform (again, while the round is open: the last sheet counts). */
  async submitScores(actor: Actor, input: SubmitEvaluationScoresInput): Promise<SheetWithScores> {
    const dimensions = new Set(input.scores.map((s) => s.dimension));
    if (dimensions.size !== DIMENSIONS.length)
      throw CoreError.invalidField('scores', `scores must give each of ${DIMENSIONS.join(', ')} exactly once`);
    return this.transactions.run(async (manager) => {
      // Shared lock: experts score side by side, while closing (an exclusive lock) waits for them or goes first.
      const round = await this.rounds.lockShared(manager, input.roundId);
      if (!round) throw roundNotFound(input.roundId);
      await this.roundQueries.assertVisible(actor, round, manager);
      if (!(await this.rounds.isAssigned(manager, round.id, input.platformId, actor.userId)))
        throw new EvaluationError(
          EvaluationErrorCode.NOT_ASSIGNED,
          'You are not assigned to score this platform in this round',
        );
      if (round.status === EvaluationRoundStatus.CLOSED)
        throw new EvaluationError(
          EvaluationErrorCode.ROUND_CLOSED,
          'This round is closed: its scores can no longer change',
          {
            currentStatus: round.status,
          },
        );
      return this.rounds.saveSheet(
        manager,
        {
          roundId: round.id,
          platformId: input.platformId,
          expertUserId: actor.userId,
          siteNotes: input.siteNotes ?? '',
          equipmentNotes: input.equipmentNotes ?? '',
          facilitiesNotes: input.facilitiesNotes ?? '',
          teamsNotes: input.teamsNotes ?? '',
        },
        input.scores.map((s) => ({ dimension: s.dimension, score: s.score, comment: s.comment ?? '' })),
      );
    });
  }

  /** Closes a round once every assigned expert has scored: weighted totals and ranking, then no more changes. */
  async close(actor: Actor, id: string): Promise<EvaluationRoundEntity> {
    const found = await this.rounds.findById(id);
    if (!found) throw roundNotFound(id);
    await this.roundQueries.assertVisible(actor, found);
    this.access.assertAuthorityActs(actor, found.scope, 'close this evaluation round');
    return this.transactions.run(async (manager) => {
      const round = await this.rounds.lockById(manager, id);
      if (!round) throw roundNotFound(id);
      if (round.status === EvaluationRoundStatus.CLOSED)
        throw new EvaluationError(EvaluationErrorCode.ROUND_CLOSED, 'This round is already closed', {
          currentStatus: round.status,
        });
      const [assignments, sheets] = await Promise.all([
        this.rounds.assignments([id], manager),
        this.rounds.sheets([id], manager),
      ]);
      const scored = new Set(sheets.map((s) => `${s.platformId}:${s.expertUserId}`));
      const missing = new Map<string, string[]>();
      for (const a of assignments)
        if (!scored.has(`${a.platformId}:${a.expertUserId}`))
          missing.set(a.platformId, [...(missing.get(a.platformId) ?? []), a.expertUserId]);
      if (missing.size > 0) {
        const names = await this.catalog.platformsByIds([...missing.keys()]);
        const unscored = [...missing].map(([platformId, expertIds], i) => ({
          platformId,
          platformName: names[i]?.name ?? platformId,
          missingExpertIds: expertIds,
        }));
        throw new EvaluationError(
          EvaluationErrorCode.UNSCORED_PLATFORMS,
          `Cannot close the round: not every assigned expert has scored ${unscored
            .map((u) => `${u.platformName} (${u.missingExpertIds.length} missing)`)
            .join(', ')}`,
          { unscoredPlatforms: unscored },
        );
      }
      const results = rankPlatforms(
        sheets.map((s) => ({ platformId: s.platformId, scores: scoresOf(s) })),
        round.weights,
      );
      await this.rounds.insertResults(
        manager,
        results.map((r) => ({ roundId: id, ...r })),
      );
      return this.rounds.close(manager, id, actor.userId);
    });
  }
}

function weightsOf(input: OpenEvaluationRoundInput['weights']): DimensionScores {
  if (!input) return { ...EQUAL_WEIGHTS };
  const weights = Object.fromEntries(input.map((w) => [w.dimension, w.weight])) as DimensionScores;
  if (DIMENSIONS.some((d) => weights[d] === undefined) || DIMENSIONS.reduce((sum, d) => sum + weights[d], 0) !== 100)
    throw CoreError.invalidField('weights', 'weights must give each of the five dimensions once, summing to 100');
  return weights;
}

const scoresOf = (sheet: SheetWithScores): DimensionScores =>
  Object.fromEntries(sheet.scores.map((s) => [s.dimension, s.score])) as DimensionScores;
