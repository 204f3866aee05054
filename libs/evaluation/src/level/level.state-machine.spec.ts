import { describe, expect, it } from '@jest/globals';
import { LevelAction, LevelStanding, LEVEL_OF_STANDING } from '../evaluation.enums.js';
import { LEVEL_STEPS, STEPS_TO_LEVEL } from './level.state-machine.js';

describe('level steps', () => {
  it('takes a platform from nothing to national one step at a time, granting levels on the way', () => {
    const path: Array<[LevelAction, LevelStanding, string]> = [
      [LevelAction.NOMINATE, LevelStanding.NOMINATED, 'NONE'],
      [LevelAction.ADMIT, LevelStanding.CULTIVATION, 'CULTIVATION'],
      [LevelAction.RECOGNISE_PROVINCIAL, LevelStanding.PROVINCIAL, 'PROVINCIAL'],
      [LevelAction.NOMINATE_NATIONAL, LevelStanding.NOMINATED_NATIONAL, 'PROVINCIAL'],
      [LevelAction.RECOGNISE_NATIONAL, LevelStanding.NATIONAL, 'NATIONAL'],
    ];
    let standing = LevelStanding.NONE;
    for (const [action, to, level] of path) {
      standing = LEVEL_STEPS.next(standing, action);
      expect({ action, standing, level: LEVEL_OF_STANDING[standing] }).toEqual({ action, standing: to, level });
    }
  });

  it('reaches every level by the steps STEPS_TO_LEVEL names', () => {
    for (const [level, steps] of Object.entries(STEPS_TO_LEVEL)) {
      const standing = steps.reduce((s, action) => LEVEL_STEPS.next(s, action), LevelStanding.NONE);
      expect({ level, granted: LEVEL_OF_STANDING[standing] }).toEqual({ level, granted: level });
    }
  });

  it('refuses a step that skips one, naming the action and both standings', () => {
    expect(() => LEVEL_STEPS.next(LevelStanding.NONE, LevelAction.ADMIT)).toThrow(
      expect.objectContaining({
        code: 'ILLEGAL_LEVEL_STEP',
        details: { action: 'ADMIT', from: 'NONE', to: 'CULTIVATION', currentStatus: 'NONE' },
      }),
    );
    expect(LEVEL_STEPS.can(LevelStanding.CULTIVATION, LevelAction.RECOGNISE_NATIONAL)).toBe(false);
    expect(LEVEL_STEPS.can(LevelStanding.NONE, LevelAction.RECOGNISE_PROVINCIAL)).toBe(false);
    expect(LEVEL_STEPS.can(LevelStanding.NONE, LevelAction.REMOVE)).toBe(false);
  });

  it('lets authorities take levels back: downgrade one step, or remove from the pool', () => {
    expect(LEVEL_STEPS.next(LevelStanding.NATIONAL, LevelAction.DOWNGRADE_TO_PROVINCIAL)).toBe(
      LevelStanding.PROVINCIAL,
    );
    expect(LEVEL_STEPS.next(LevelStanding.NOMINATED_NATIONAL, LevelAction.DOWNGRADE_TO_PROVINCIAL)).toBe(
      LevelStanding.PROVINCIAL,
    );
    expect(LEVEL_STEPS.next(LevelStanding.PROVINCIAL, LevelAction.DOWNGRADE_TO_CULTIVATION)).toBe(
      LevelStanding.CULTIVATION,
    );
    expect(LEVEL_STEPS.next(LevelStanding.NATIONAL, LevelAction.REMOVE)).toBe(LevelStanding.NONE);
    expect(LEVEL_STEPS.next(LevelStanding.NOMINATED, LevelAction.REMOVE)).toBe(LevelStanding.NONE);
  });
});
