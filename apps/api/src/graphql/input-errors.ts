import type { GraphQLFormattedError } from 'graphql';

interface FieldError {
  field: string;
  message: string;
}

const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * GraphQL refuses a variable that does not fit its type before any resolver runs, naming the field only in the
 * message text (`Variable "$input" got invalid value 5 at "input.slots[0].startsAt"; …`). This reads that text into
 * `extensions.fields` with the paths class-validator reports: inside an `input` argument without its name
 * (`slots.0.startsAt`), other arguments with theirs (`filter.provinces.0`, `first`). Variables are taken to be
 * named after their arguments, as clients name them.
 */
export function variableFieldErrors(message: string): FieldError[] | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (!variable) return undefined;
  const at = / at "([^"]+)"; /.exec(message);
  const reason = message.split('; ').slice(1).join('; ') || message;
  // Inside the value: `Field "x" of required type …` or `Field "x" is not defined by type …` names one more step.
  const inner = /^Field "([^"]+)" (?:of required type|is not defined by type)/.exec(reason);
  const steps = [...(at ? at[1].replace(/\[(\d+)\]/g, '.$1').split('.') : [variable[1]]), ...(inner ? [inner[1]] : [])];
  const path = steps[0] === 'input' && steps.length > 1 ? steps.slice(1) : steps;
  return [{ field: path.join('.'), message: reason.replace(/\.$/, '') }];
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
