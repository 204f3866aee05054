import { PlatformLevel, StateMachine } from '#core';
import { AuthorityTier } from '#identity';
import { EvaluationError, EvaluationErrorCode } from '../evaluation.errors.js';
import { LevelAction, LevelStanding } from '../evaluation.enums.js';

const { NONE, NOMINATED, CULTIVATION, PROVINCIAL, NOMINATED_NATIONAL, NATIONAL } = LevelStanding;

/**
 * Every step a platform's level may take, in one table (the MIIT notice: provinces recommend, MIIT admits to the
 * cultivation pool and recognises after evaluation, "有进有出" and dynamic adjustment). A step that skips one, such
 * as recognising a platform that was never admitted, is a CONFLICT naming the action and both standings.
 */
export const LEVEL_STEPS = new StateMachine<LevelStanding, LevelAction, EvaluationErrorCode>(
  'platform',
  {
    NOMINATE: { from: [NONE], to: NOMINATED },
    ADMIT: { from: [NOMINATED], to: CULTIVATION },
    RECOGNISE_PROVINCIAL: { from: [CULTIVATION], to: PROVINCIAL },
    NOMINATE_NATIONAL: { from: [PROVINCIAL], to: NOMINATED_NATIONAL },
    RECOGNISE_NATIONAL: { from: [NOMINATED_NATIONAL], to: NATIONAL },
    DOWNGRADE_TO_PROVINCIAL: { from: [NATIONAL, NOMINATED_NATIONAL], to: PROVINCIAL },
    DOWNGRADE_TO_CULTIVATION: { from: [PROVINCIAL, NOMINATED_NATIONAL], to: CULTIVATION },
    REMOVE: { from: [NOMINATED, CULTIVATION, PROVINCIAL, NOMINATED_NATIONAL, NATIONAL], to: NONE },
  },
  EvaluationError,
  EvaluationErrorCode.ILLEGAL_LEVEL_STEP,
);

/**
 * Who may take each step: the tiers of authority (always within their jurisdiction over the platform's province),
 * whether it must rest on a closed evaluation round that scored the platform, and whether it raises the platform
 * (recommends or grants a level), which only a PUBLISHED platform may receive: a DRAFT serves no one yet and a
 * SUSPENDED one serves no one now. Steps down and out never wait for the operator (有进有出).
 */
export const LEVEL_ACTION_RULES: Readonly<
  Record<LevelAction, { tiers: readonly AuthorityTier[]; requiresEvaluation: boolean; raises: boolean }>
> = {
  NOMINATE: { tiers: [AuthorityTier.PROVINCIAL], requiresEvaluation: false, raises: true },
  ADMIT: { tiers: [AuthorityTier.NATIONAL], requiresEvaluation: false, raises: true },
  RECOGNISE_PROVINCIAL: {
    tiers: [AuthorityTier.PROVINCIAL, AuthorityTier.NATIONAL],
    requiresEvaluation: true,
    raises: true,
  },
  NOMINATE_NATIONAL: { tiers: [AuthorityTier.PROVINCIAL], requiresEvaluation: false, raises: true },
  RECOGNISE_NATIONAL: { tiers: [AuthorityTier.NATIONAL], requiresEvaluation: true, raises: true },
  DOWNGRADE_TO_PROVINCIAL: { tiers: [AuthorityTier.NATIONAL], requiresEvaluation: false, raises: false },
  DOWNGRADE_TO_CULTIVATION: {
    tiers: [AuthorityTier.PROVINCIAL, AuthorityTier.NATIONAL],
    requiresEvaluation: false,
    raises: false,
  },
  REMOVE: { tiers: [AuthorityTier.NATIONAL], requiresEvaluation: false, raises: false },
};

/** The single tier an action requires, if only one may take it. */
export const requiredTier = (action: LevelAction): AuthorityTier | undefined => {
  const { tiers } = LEVEL_ACTION_RULES[action];
  return tiers.length === 1 ? tiers[0] : undefined;
};

/** The steps that take a platform with no decisions to `level`, in order. */
export const STEPS_TO_LEVEL: Readonly<Record<PlatformLevel, readonly LevelAction[]>> = {
  NONE: [],
  CULTIVATION: [LevelAction.NOMINATE, LevelAction.ADMIT],
  PROVINCIAL: [LevelAction.NOMINATE, LevelAction.ADMIT, LevelAction.RECOGNISE_PROVINCIAL],
  NATIONAL: [
    LevelAction.NOMINATE,
    LevelAction.ADMIT,
    LevelAction.RECOGNISE_PROVINCIAL,
    LevelAction.NOMINATE_NATIONAL,
    LevelAction.RECOGNISE_NATIONAL,
  ],
};
