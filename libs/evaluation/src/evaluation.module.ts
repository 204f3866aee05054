import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '#catalog';
import { IdentityModule } from '#identity';
import { ReportingModule } from '#reporting';
import { EvaluationService } from './evaluation.service.js';
import { LevelDecisionEntity } from './level/level-decision.entity.js';
import { LevelDecisionRepository } from './level/level-decision.repository.js';
import { LevelDecisionResolver } from './level/level-decision.resolver.js';
import { LevelDecisionService } from './level/level-decision.service.js';
import { ReportDownloadController } from './report/report-download.controller.js';
import { ReportResolver } from './report/report.resolver.js';
import { ReportService } from './report/report.service.js';
import { EvaluationAssignmentEntity } from './round/evaluation-assignment.entity.js';
import { EvaluationRoundEntity } from './round/evaluation-round.entity.js';
import {
  EvaluationResultEntity,
  EvaluationScoreEntity,
  EvaluationSheetEntity,
} from './round/evaluation-sheet.entity.js';
import { RoundQueryService } from './round/round-query.service.js';
import { RoundRepository } from './round/round.repository.js';
import { RoundPlatformResolver, RoundResolver } from './round/round.resolver.js';
import { RoundService } from './round/round.service.js';

/**
 * The authorities' workspace: levels granted by decisions (cultivation pool, recognition, downgrade, removal),
 * evaluation rounds scored by assigned experts, and the reports built on them and on the service records.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      LevelDecisionEntity,
      EvaluationRoundEntity,
      EvaluationAssignmentEntity,
      EvaluationSheetEntity,
      EvaluationScoreEntity,
      EvaluationResultEntity,
    ]),
    IdentityModule,
    CatalogModule,
    ReportingModule,
  ],
  controllers: [ReportDownloadController],
  providers: [
    EvaluationService,
    LevelDecisionRepository,
    LevelDecisionResolver,
    LevelDecisionService,
    ReportResolver,
    ReportService,
    RoundPlatformResolver,
    RoundQueryService,
    RoundRepository,
    RoundResolver,
    RoundService,
  ],
  exports: [EvaluationService],
})
export class EvaluationModule {}
