import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { CoreError, type FieldError } from './domain-error.js';

/** Flattens class-validator's tree into `{ field, message }` pairs with dotted paths (`slots.0.startsAt`). */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^\S+\s/, `${error.property} `),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

/** The one global pipe: strips nothing silently (unknown fields are refused), converts types, names each bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validateCustomDecorators: false,
    exceptionFactory: (errors) => CoreError.invalidInput(toFieldErrors(errors)),
  });
}
