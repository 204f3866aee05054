import { describe, expect, it } from '@jest/globals';
import { CoreError, CoreErrorCode, ErrorKind } from '../errors/domain-error.js';
import { StateMachine } from './state-machine.js';

type Door = 'OPEN' | 'CLOSED' | 'LOCKED';
const door = new StateMachine<Door, 'close' | 'open' | 'lock', CoreErrorCode>(
  'door',
  {
    close: { from: ['OPEN'], to: 'CLOSED' },
    open: { from: ['CLOSED'], to: 'OPEN' },
    lock: { from: ['CLOSED'], to: 'LOCKED' },
  },
  CoreError,
  CoreErrorCode.CONFLICT,
);

describe('StateMachine', () => {
  it('answers the state an action leads to from each state it may start from', () => {
    expect(door.next('OPEN', 'close')).toBe('CLOSED');
    expect(door.next('CLOSED', 'lock')).toBe('LOCKED');
    expect(door.can('LOCKED', 'open')).toBe(false);
  });

  it('refuses any other transition with the context error, as CONFLICT naming the action, from and to', () => {
    let refused: unknown;
    try {
      door.next('LOCKED', 'open');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(CoreError);
    expect(refused).toMatchObject({
      kind: ErrorKind.CONFLICT,
      code: CoreErrorCode.CONFLICT,
      message: 'Cannot open a door that is LOCKED (LOCKED → OPEN is not allowed)',
      details: { currentStatus: 'LOCKED', from: 'LOCKED', to: 'OPEN', action: 'open' },
    });
  });

  it('will not be built with an error code that is not a CONFLICT', () => {
    expect(
      () =>
        new StateMachine<Door, 'close', CoreErrorCode>(
          'door',
          { close: { from: ['OPEN'], to: 'CLOSED' } },
          CoreError,
          CoreErrorCode.NOT_FOUND,
        ),
    ).toThrow('NOT_FOUND must be a CONFLICT error');
  });
});
