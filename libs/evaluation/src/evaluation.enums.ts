import { PlatformLevel, registerLabelledEnum, type LabelTable } from '#core';

/** What an authority decides about a platform's level (认定与动态调整). */
export enum LevelAction {
  /** A province recommends a platform of its own to MIIT's cultivation pool (推荐). */
  NOMINATE = 'NOMINATE',
  /** MIIT admits a nominated platform to the cultivation pool (纳入培育库). */
  ADMIT = 'ADMIT',
  /** Recognised as a provincial platform after evaluation (认定为省级). */
  RECOGNISE_PROVINCIAL = 'RECOGNISE_PROVINCIAL',
  /** A province recommends one of its provincial platforms for national recognition (推荐升级). */
  NOMINATE_NATIONAL = 'NOMINATE_NATIONAL',
  /** MIIT recognises a nominated provincial platform as national after evaluation (认定为国家级). */
  RECOGNISE_NATIONAL = 'RECOGNISE_NATIONAL',
  /** Back to provincial: a national platform downgraded, or a national nomination turned down. */
  DOWNGRADE_TO_PROVINCIAL = 'DOWNGRADE_TO_PROVINCIAL',
  /** Back to the cultivation pool from provincial. */
  DOWNGRADE_TO_CULTIVATION = 'DOWNGRADE_TO_CULTIVATION',
  /** Out of the pool (有进有出), or a nomination turned down. */
  REMOVE = 'REMOVE',
}
export const LEVEL_ACTION_LABELS: LabelTable<LevelAction> = {
  NOMINATE: { zh: '推荐入库', en: 'nominate to the cultivation pool' },
  ADMIT: { zh: '纳入培育库', en: 'admit to the cultivation pool' },
  RECOGNISE_PROVINCIAL: { zh: '认定为省级', en: 'recognise as provincial' },
  NOMINATE_NATIONAL: { zh: '推荐升级国家级', en: 'nominate for national recognition' },
  RECOGNISE_NATIONAL: { zh: '认定为国家级', en: 'recognise as national' },
  DOWNGRADE_TO_PROVINCIAL: { zh: '调整为省级', en: 'downgrade to provincial' },
  DOWNGRADE_TO_CULTIVATION: { zh: '调整为培育库', en: 'downgrade to the cultivation pool' },
  REMOVE: { zh: '移出', en: 'remove' },
};

/** Where a platform stands: its level, and whether a nomination of it awaits MIIT. */
export enum LevelStanding {
  NONE = 'NONE',
  NOMINATED = 'NOMINATED',
  CULTIVATION = 'CULTIVATION',
  PROVINCIAL = 'PROVINCIAL',
  NOMINATED_NATIONAL = 'NOMINATED_NATIONAL',
  NATIONAL = 'NATIONAL',
}
export const LEVEL_STANDING_LABELS: LabelTable<LevelStanding> = {
  NONE: { zh: '未评级', en: 'not rated' },
  NOMINATED: { zh: '已推荐入库', en: 'nominated to the cultivation pool' },
  CULTIVATION: { zh: '培育库', en: 'cultivation pool' },
  PROVINCIAL: { zh: '省级', en: 'provincial' },
  NOMINATED_NATIONAL: { zh: '省级（已推荐国家级）', en: 'provincial, nominated for national' },
  NATIONAL: { zh: '国家级', en: 'national' },
};

/** The level a standing grants: a nomination grants nothing yet. */
export const LEVEL_OF_STANDING: Readonly<Record<LevelStanding, PlatformLevel>> = {
  NONE: PlatformLevel.NONE,
  NOMINATED: PlatformLevel.NONE,
  CULTIVATION: PlatformLevel.CULTIVATION,
  PROVINCIAL: PlatformLevel.PROVINCIAL,
  NOMINATED_NATIONAL: PlatformLevel.PROVINCIAL,
  NATIONAL: PlatformLevel.NATIONAL,
};

export enum EvaluationRoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
export const EVALUATION_ROUND_STATUS_LABELS: LabelTable<EvaluationRoundStatus> = {
  OPEN: { zh: '评审中', en: 'open' },
  CLOSED: { zh: '已结束', en: 'closed' },
};

registerLabelledEnum(LevelAction, LEVEL_ACTION_LABELS, { name: 'LevelAction' });
registerLabelledEnum(LevelStanding, LEVEL_STANDING_LABELS, { name: 'LevelStanding' });
registerLabelledEnum(EvaluationRoundStatus, EVALUATION_ROUND_STATUS_LABELS, { name: 'EvaluationRoundStatus' });
