import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Page } from '#core';
import { CatalogService } from '#catalog';
import { AccessPolicy, AuthorityTier, isAuthorityFor, type Actor } from '#identity';
import { EvaluationError, EvaluationErrorCode, roundNotFound } from '../evaluation.errors.js';
import type { EvaluationRoundEntity } from './evaluation-round.entity.js';
import { toResultModel, toRoundModel, toSheetModel } from './round.mapper.js';
import type { EvaluationRoundModel } from './round.model.js';
import { RoundRepository, type RoundVisibility } from './round.repository.js';

/**
 * Reads of evaluation rounds and who may make them: site admins and authorities whose jurisdiction covers the
 * round's scope see everything; an assigned expert sees its own platforms and its own sheets, nothing else.
 */
@Injectable()
export class RoundQueryService {
  constructor(
    private readonly rounds: RoundRepository,
    private readonly catalog: CatalogService,
    private readonly access: AccessPolicy,
  ) {}

  async get(actor: Actor, id: string): Promise<EvaluationRoundModel> {
    const round = await this.rounds.findById(id);
    if (!round) throw roundNotFound(id);
    const [model] = await this.models(actor, [round]);
    // Nobody learns that a round exists who may not see it: the same answer as for an id that does not.
    if (!model) throw roundNotFound(id);
    return model;
  }

  /** The round, for an authority of its scope or a site admin (reports); its experts see it but get no report. */
  async getForAuthority(actor: Actor, id: string): Promise<EvaluationRoundModel> {
    const round = await this.rounds.findById(id);
    if (!round) throw roundNotFound(id);
    await this.assertVisible(actor, round);
    if (!this.seesAll(actor, round))
      throw new EvaluationError(
        EvaluationErrorCode.NOT_ALLOWED,
        'Only authorities of this round’s scope and site admins may report on it',
      );
    return (await this.models(actor, [round]))[0] as EvaluationRoundModel;
  }

  async page(actor: Actor, page: { first: number; after?: string }): Promise<Page<EvaluationRoundModel>> {
    const visibility = this.visibility(actor);
    const rows = await this.rounds.page(visibility, page);
    return { ...rows, items: (await this.models(actor, rows.items)) as EvaluationRoundModel[] };
  }

  private visibility(actor: Actor): RoundVisibility {
    const jurisdiction = this.access.jurisdictionOf(actor);
    if (actor.siteAdmin || jurisdiction?.tier === AuthorityTier.NATIONAL) return { all: true };
    if (jurisdiction) return { scopes: [jurisdiction.region] };
    return { expertUserId: actor.userId };
  }

  /**
   * Who may know a round exists: site admins, authorities whose jurisdiction covers its scope (any role) and the
   * experts assigned to it. To anyone else it is answered as an id that does not exist (ROUND_NOT_FOUND).
   */
  async visible(actor: Actor, round: EvaluationRoundEntity, manager?: EntityManager): Promise<boolean> {
    if (this.seesAll(actor, round)) return true;
    return (await this.rounds.assignments([round.id], manager)).some((a) => a.expertUserId === actor.userId);
  }

  async assertVisible(actor: Actor, round: EvaluationRoundEntity, manager?: EntityManager): Promise<void> {
    if (!(await this.visible(actor, round, manager))) throw roundNotFound(round.id);
  }

  private seesAll(actor: Actor, round: EvaluationRoundEntity): boolean {
    return actor.siteAdmin || isAuthorityFor(actor, round.scope);
  }

  /** Models of these rounds as the actor may see them; null where it may see nothing of a round. */
  private async models(actor: Actor, rounds: EvaluationRoundEntity[]): Promise<Array<EvaluationRoundModel | null>> {
    const ids = rounds.map((r) => r.id);
    const [assignments, sheets, results] = await Promise.all([
      this.rounds.assignments(ids),
      this.rounds.sheets(ids),
      this.rounds.results(ids),
    ]);
    const platforms = new Map(
      (await this.catalog.platformsByIds([...new Set(assignments.map((a) => a.platformId))]))
        .filter((p) => p !== null)
        .map((p) => [p.id, p]),
    );
    return rounds.map((round) => {
      const all = this.seesAll(actor, round);
      const mine = assignments.filter((a) => a.roundId === round.id && (all || a.expertUserId === actor.userId));
      if (!all && mine.length === 0) return null;
      const platformIds = [...new Set(mine.map((a) => a.platformId))];
      const resultOf = new Map(results.filter((r) => r.roundId === round.id).map((r) => [r.platformId, r]));
      const entries = platformIds.map((platformId) => {
        const result = all ? resultOf.get(platformId) : undefined;
        return {
          platformId,
          platformName: platforms.get(platformId)?.name ?? platformId,
          province: platforms.get(platformId)?.province ?? '',
          expertIds: mine.filter((a) => a.platformId === platformId).map((a) => a.expertUserId),
          sheets: sheets
            .filter(
              (s) => s.roundId === round.id && s.platformId === platformId && (all || s.expertUserId === actor.userId),
            )
            .map(toSheetModel),
          result: result ? toResultModel(result) : null,
          period: { start: round.periodStart, end: round.periodEnd },
        };
      });
      // Best first once closed; by name while open.
      entries.sort(
        (a, b) =>
          (a.result?.rank ?? Infinity) - (b.result?.rank ?? Infinity) ||
          a.platformName.localeCompare(b.platformName, 'zh'),
      );
      return toRoundModel(round, entries);
    });
  }
}
