import type { GraphQLFormattedError } from 'graphql';

interface FieldError {
  field: string;
  message: string;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * GraphQL refuses a variable that does not fit its type before any resolver runs, naming the field only in the
 * message text (`Variable "$input" got invalid value 5 at "input.scale.min"; Int cannot represent …`). This reads
 * that text into `extensions.fields`, with paths relative to the variable as class-validator reports them
 * (`scale.min`), so a client handles both kinds of bad input one way.
 */
export function variableFieldErrors(message: string): FieldError[] | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (!variable) return undefined;
  const name = variable[1];
  const at = / at "([^"]+)"; /.exec(message);
  const reason = message.split('; ').slice(1).join('; ') || message;
  // Inside the value: `Field "x" of required type …` or `Field "x" is not defined by type …` names one more step.
  const inner = /^Field "([^"]+)" (?:of required type|is not defined by type)/.exec(reason);
  const path = [...(at ? at[1].split('.').slice(1) : []), ...(inner ? [inner[1]] : [])].join('.');
  return [{ field: path || name, message: reason.replace(/\.$/, '') }];
}

export function withInputFields(
  error: GraphQLFormattedError,
  options: { suggestions: boolean },
): GraphQLFormattedError {
  const message = options.suggestions ? error.message : error.message.replace(SUGGESTION, '');
  const extensions = { ...error.extensions };
  if (extensions.code === 'BAD_USER_INPUT' && !extensions.fields) {
    const fields = variableFieldErrors(message);
    if (fields)
      extensions.fields = options.suggestions
        ? fields
        : fields.map((f) => ({ ...f, message: f.message.replace(SUGGESTION, '') }));
  }
  return { ...error, message, extensions };
}
