import { ErrorKind, type DomainError, type ErrorDetails } from '../errors/domain-error.js';

/** One action of a state machine: the states it may start from and the state it leads to. */
export interface Transition<S extends string> {
  from: readonly S[];
  to: S;
}

/** A context's error class (every DomainError subclass has this constructor). */
type ErrorClass<C extends string> = new (code: C, message: string, details?: ErrorDetails) => DomainError<C>;

/**
 * The lifecycle of one kind of record, as one table keyed by action. `next` answers the state an action leads
 * to, or throws the context's own CONFLICT error naming the action and both states: `extensions` carry `from`,
 * `to`, `action` and `currentStatus` (the state the record is in).
 */
export class StateMachine<S extends string, A extends string, C extends string> {
  constructor(
    /** What the records are called in messages: "Cannot confirm a booking that is DECLINED". */
    private readonly subject: string,
    readonly transitions: Readonly<Record<A, Transition<S>>>,
    private readonly error: ErrorClass<C>,
    private readonly code: C,
  ) {
    // Refusing a transition is a conflict with the record's state, whatever the context: checked once, at load.
    if (new error(code, '').kind !== ErrorKind.CONFLICT) throw new Error(`${code} must be a CONFLICT error`);
  }

  can(from: S, action: A): boolean {
    return this.transitions[action].from.includes(from);
  }

  next(from: S, action: A): S {
    const { to } = this.transitions[action];
    if (this.can(from, action)) return to;
    throw new this.error(
      this.code,
      `Cannot ${action} a ${this.subject} that is ${from} (${from} → ${to} is not allowed)`,
      {
        currentStatus: from,
        from,
        to,
        action,
      },
    );
  }
}
