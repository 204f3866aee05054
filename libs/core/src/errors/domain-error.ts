/** What a caller can do about an error; becomes the GraphQL `extensions.code`. */
export enum ErrorKind {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** A service the request needs (e.g. the search engine) does not answer: retry later. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

export interface FieldError {
  /** Path of the input field, e.g. `email` or `organization.province`. */
  field: string;
  message: string;
}

export interface ErrorDetails {
  fields?: FieldError[];
  [key: string]: unknown;
}

/**
 * Base of every context's error class. A context declares its codes as an enum and maps each to a kind in a
 * `Record<Code, ErrorKind>`, so a new code without a kind does not compile.
 */
export abstract class DomainError<Code extends string = string> extends Error {
  abstract readonly kind: ErrorKind;

  constructor(
    readonly code: Code,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export enum CoreErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
}

const CORE_ERROR_KINDS: Record<CoreErrorCode, ErrorKind> = {
  [CoreErrorCode.INVALID_INPUT]: ErrorKind.BAD_USER_INPUT,
  [CoreErrorCode.UNAUTHENTICATED]: ErrorKind.UNAUTHENTICATED,
  [CoreErrorCode.FORBIDDEN]: ErrorKind.FORBIDDEN,
  [CoreErrorCode.NOT_FOUND]: ErrorKind.NOT_FOUND,
  [CoreErrorCode.CONFLICT]: ErrorKind.CONFLICT,
  [CoreErrorCode.RATE_LIMITED]: ErrorKind.TOO_MANY_REQUESTS,
};

/** Errors of the shared kernel: input validation, authentication and generic access failures. */
export class CoreError extends DomainError<CoreErrorCode> {
  get kind(): ErrorKind {
    return CORE_ERROR_KINDS[this.code];
  }

  static invalidInput(fields: FieldError[]): CoreError {
    const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
    return new CoreError(CoreErrorCode.INVALID_INPUT, `Invalid input — ${summary}`, { fields });
  }

  static invalidField(field: string, message: string): CoreError {
    return CoreError.invalidInput([{ field, message }]);
  }
}
