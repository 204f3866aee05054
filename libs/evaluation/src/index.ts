export { EvaluationModule } from './evaluation.module.js';
export { EvaluationService } from './evaluation.service.js';
export type { LevelDecisionImport } from './level/level-decision.service.js';
export { EvaluationError, EvaluationErrorCode } from './evaluation.errors.js';
export { EvaluationRoundStatus, LevelAction, LevelStanding, LEVEL_ACTION_LABELS } from './evaluation.enums.js';
export { STEPS_TO_LEVEL } from './level/level.state-machine.js';
