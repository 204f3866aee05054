import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { FormInstance } from 'antd';
import { currentLanguage } from '../i18n/language';
import { format, MESSAGES } from '../i18n/messages';

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
  /** extensions.reason: the context's own code (SLOT_UNAVAILABLE, EMAIL_TAKEN…), finer than `code`. */
  reason?: string;
  /** extensions.slotId: the slot a booking's refusal is about. */
  slotId?: string;
}

/** What the API said, in one shape, from whatever Apollo reports. */
export function toApiError(error: unknown): ApiError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const fields = error.errors.flatMap((e) => (e.extensions?.fields as FieldError[] | undefined) ?? []);
    const { reason, slotId } = first?.extensions ?? {};
    return {
      code: String(first?.extensions?.code ?? 'ERROR'),
      message: error.errors.map((e) => e.message).join('\n'),
      fields,
      ...(typeof reason === 'string' ? { reason } : {}),
      ...(typeof slotId === 'string' ? { slotId } : {}),
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
  // A refusal whose reason the app can word (EMAIL_TAKEN) reads in the user's language, not the API's English.
  // Other messages are the API's English: in Chinese they are introduced as such.
  const words = MESSAGES[currentLanguage()];
  const reasonKey = `errorReason${error.reason ?? ''}`;
  const worded = reasonKey in words ? words[reasonKey as keyof typeof words] : null;
  for (const { field, message: apiMessage } of error.fields) {
    const message = worded ?? format(words.apiFieldRefused, { message: apiMessage });
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
