import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { LevelDecisionService, type LevelDecisionImport } from './level/level-decision.service.js';

/** The evaluation context's public API for other contexts and tools. */
@Injectable()
export class EvaluationService {
  constructor(private readonly decisions: LevelDecisionService) {}

  /**
   * Records level decisions taken before PilotMatch (demo data), through the same steps as live ones, and grants
   * the levels they lead to, in the caller's transaction. The caller records what search must index.
   */
  importLevelDecisions(manager: EntityManager, rows: readonly LevelDecisionImport[]): Promise<void> {
    return this.decisions.importDecisions(manager, rows);
  }
}
