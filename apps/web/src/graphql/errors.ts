import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';

export interface FieldError {
  field: string;
  message: string;
}

export interface ApiError {
  /** extensions.code, e.g. BAD_USER_INPUT, CONFLICT; NETWORK when the API could not be reached. */
  code: string;
  message: string;
  /** extensions.fields: the input fields the API refused, by dotted path (`organization.city`). */
  fields: FieldError[];
}

/** What the API said, in one shape, from whatever Apollo reports. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields = error.errors.flatMap((e) => (e.extensions?.fields as FieldError[] | undefined) ?? []);
    return {
      code: String(first?.extensions?.code ?? 'ERROR'),
      message: error.errors.map((e) => e.message).join('\n'),
      fields,
    };
  }
  if (ServerError.is(error)) {
    return { code: `HTTP_${error.statusCode}`, message: error.message, fields: [] };
  }
  return { code: 'NETWORK', message: error instanceof Error ? error.message : String(error), fields: [] };
}

/**
 * Puts the API's field errors next to the form fields they name (the form's field names follow the input's
 * paths). Returns the errors that match no field of this form, for a general alert.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  fieldNames: ReadonlyArray<string>,
  alias: Record<string, string> = {},
): FieldError[] {
  const known = new Set(fieldNames);
  const unplaced: FieldError[] = [];
  const byField = new Map<string, string[]>();
  for (const { field, message } of error.fields) {
    const name = alias[field] ?? field;
    if (!known.has(name)) {
      unplaced.push({ field, message });
      continue;
    }
    byField.set(name, [...(byField.get(name) ?? []), message]);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name.split('.'), errors })));
  return unplaced;
}
