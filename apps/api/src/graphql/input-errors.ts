import { Kind, parse, visit, type ASTNode, type GraphQLError, type GraphQLFormattedError, type Source } from 'graphql';

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

/** Nodes a validation error points at when a value written in the query text does not fit its type. */
const LITERAL_KINDS: ReadonlySet<Kind> = new Set([
  Kind.INT,
  Kind.FLOAT,
  Kind.STRING,
  Kind.BOOLEAN,
  Kind.NULL,
  Kind.ENUM,
  Kind.LIST,
  Kind.OBJECT,
  Kind.OBJECT_FIELD,
]);

/**
 * A value written inline in the query text (`periodStart: "garbage"`) is refused by GraphQL validation, which names
 * it only by its position in the text. This finds the literal in the document and names it as `variableFieldErrors`
 * names the same value sent as a variable (same path, same reason), so both answer BAD_USER_INPUT alike.
 */
export function literalFieldErrors(error: GraphQLError): FieldError[] | undefined {
  const node = error.nodes?.[0];
  const source = node?.loc?.source;
  if (!node?.loc || !source || !LITERAL_KINDS.has(node.kind)) return undefined;
  const found = literalPaths(source).get(`${node.kind}:${node.loc.start}`);
  if (!found) return undefined;
  const steps = [...found];
  // ValuesOfCorrectTypeRule prefixes a scalar's reason with `Expected value of type "…", found …; ` when it wraps it.
  let reason = error.message.replace(/^Expected value of type "[^"]+", found .*?; /, '');
  // `Field "SlotInput.startsAt" of required type …` names one more step, and its type, which a variable's does not.
  const missing = /^Field "[^".]+\.([^"]+)" (of required type "[^"]+" was not provided)/.exec(reason);
  if (missing) {
    steps.push(missing[1]);
    reason = `Field "${missing[1]}" ${missing[2]}`;
  }
  const path = steps[0] === 'input' && steps.length > 1 ? steps.slice(1) : steps;
  return [{ field: path.join('.'), message: reason.replace(/\.$/, '') }];
}

/** One walk per query text however many of its literals are wrong (validation reports up to 100). */
const pathsBySource = new WeakMap<Source, Map<string, string[]>>();

/**
 * Every literal of the query text (by kind and position) with its path: argument and input field names, and list
 * indexes, from the operation down.
 */
function literalPaths(source: Source): Map<string, string[]> {
  const cached = pathsBySource.get(source);
  if (cached) return cached;
  const paths = new Map<string, string[]>();
  const steps: string[] = [];
  // Whether entering a node pushed a step, so leaving it pops exactly that.
  const pushed: boolean[] = [];
  visit(parse(source), {
    enter(node, key, _parent, _path, ancestors) {
      const owner = ancestors[ancestors.length - 1];
      const step =
        node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD
          ? node.name.value
          : typeof key === 'number' && !Array.isArray(owner) && (owner as ASTNode | undefined)?.kind === Kind.LIST
            ? String(key)
            : undefined;
      if (step !== undefined) steps.push(step);
      pushed.push(step !== undefined);
      if (LITERAL_KINDS.has(node.kind) && node.loc) paths.set(`${node.kind}:${node.loc.start}`, [...steps]);
    },
    leave() {
      if (pushed.pop()) steps.pop();
    },
  });
  pathsBySource.set(source, paths);
  return paths;
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
