import { useState, type ReactNode } from 'react';
import { Form, type FormInstance } from 'antd';
import { applyFieldErrors, toApiError, type FieldError } from '../graphql/errors';
import { lineStart } from '../i18n/messages';
import { ErrorAlert, ErrorShell } from './ErrorAlert';

interface Shown {
  error: unknown;
  /** The API's field errors that name no field of this form, already in the user's words. */
  unplaced: FieldError[];
}

export interface FormErrors {
  /** Shows what the API answered to the form's request: call it in the submission's catch. */
  show: (error: unknown) => void;
  /** Before a new submission. */
  clear: () => void;
  /** Where the form shows what belongs to none of its fields (null when there is nothing). */
  errors: ReactNode;
}

/**
 * The one way a form shows what the API refused. Field errors (`extensions.fields`) go under the fields they name
 * (`fieldNames`, after `alias` maps an input path to a form field); the rest is shown below the form: the field
 * errors of fields the form does not have, as sentences one per line (the API's field paths mean nothing to a
 * user), or a refusal that is about no field (or not about bad input at all) through ErrorAlert, in the user's words.
 */
export function useFormErrors(
  form: FormInstance,
  fieldNames: ReadonlyArray<string>,
  alias: Record<string, string> = {},
): FormErrors {
  const [shown, setShown] = useState<Shown | null>(null);
  return {
    show: (error) => setShown({ error, unplaced: applyFieldErrors(form, toApiError(error), fieldNames, alias) }),
    clear: () => setShown(null),
    errors: shown ? <FormErrorsView {...shown} /> : null,
  };
}

/**
 * A form of its own whose submission is one call (the console's dialogs): its instance, `run(action)` (true when the
 * action succeeded; its errors shown as `useFormErrors` does), whether it is busy, and where its errors show.
 */
export function useFormSubmission<V extends object>(
  fieldNames: ReadonlyArray<string>,
  alias: Record<string, string> = {},
) {
  const [form] = Form.useForm<V>();
  const problems = useFormErrors(form, fieldNames, alias);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    problems.clear();
    setBusy(true);
    try {
      await action();
      return true;
    } catch (error) {
      problems.show(error);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { form, run, busy, errors: problems.errors };
}

function FormErrorsView({ error, unplaced }: Shown) {
  const api = toApiError(error);
  if (api.code !== 'BAD_USER_INPUT' || api.fields.length === 0) return <ErrorAlert error={error} />;
  if (unplaced.length === 0) return null;
  return (
    <ErrorShell>
      <ul className="form-errors">
        {unplaced.map((f, i) => (
          <li key={i}>{lineStart(f.message)}</li>
        ))}
      </ul>
    </ErrorShell>
  );
}
