import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { Args, ID } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { CoreError } from '../errors/domain-error.js';

@Injectable()
export class ParseIdPipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && isUUID(value)) return value;
    const field = metadata.data ?? 'id';
    throw CoreError.invalidField(field, `${field} must be an id (UUID)`);
  }
}

/** An `ID!` argument checked to be a UUID, so a malformed id is BAD_USER_INPUT rather than a database error. */
export const IdArg = (name: string, description?: string) => Args(name, { type: () => ID, description }, ParseIdPipe);
