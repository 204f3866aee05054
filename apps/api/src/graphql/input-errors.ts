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
  const parsed = variableMessage(message);
  if (!parsed) return undefined;
  const { variable, at, reason } = parsed;
  // Inside the value: `Field "x" of required type …` or `Field "x" is not defined by type …` names one more step.
  const inner = /^Field "([^"]+)" (?:of required type|is not defined by type)/.exec(reason);
  const steps = [...(at ? at.replace(/\[(\d+)\]/g, '.$1').split('.') : [variable]), ...(inner ? [inner[1]] : [])];
  const path = steps[0] === 'input' && steps.length > 1 ? steps.slice(1) : steps;
  return [{ field: path.join('.'), message: reason.replace(/\.$/, '') }];
}

/** `Variable "$input" got invalid value <the value> at "input.slots[0]"; <reason>` read into its parts. */
function variableMessage(message: string): { variable: string; at?: string; reason: string } | undefined {
  const variable = /^Variable "\$([^"]+)"/.exec(message);
  if (!variable) return undefined;
  const at = / at "([^"]+)"; /.exec(message);
  return { variable: variable[1], at: at?.[1], reason: message.split('; ').slice(1).join('; ') || message };
}

/** Enough of a refused value for a person to recognise it; the message quoted all of it, however large. */
const QUOTED_VALUE_CHARACTERS = 100;

/** The message with the refused value it quotes cut short: 50 refusals of one 1 MB object were a 50 MB answer. */
function withShortValue(message: string): string {
  const parsed = variableMessage(message);
  const quoted = /^Variable "\$[^"]+" got invalid value /.exec(message);
  if (!parsed || !quoted) return message;
  const start = quoted[0].length;
  const end = parsed.at === undefined ? message.indexOf('; ') : message.indexOf(` at "${parsed.at}"; `);
  if (end - start <= QUOTED_VALUE_CHARACTERS) return message;
  return `${message.slice(0, start + QUOTED_VALUE_CHARACTERS)}…${message.slice(end)}`;
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
  const found = documentPaths(source).literals.get(`${node.kind}:${node.loc.start}`);
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

const REQUIRED_ARGUMENT = /argument "([^"]+)" of type "[^"]+" is required, but it was not provided/;

/**
 * What else GraphQL validation refuses in the query text — an unknown argument, field or type, a required argument
 * left out, a selection missing or given to a scalar — named where it is: an argument (or what is inside one) by its
 * path as input errors name it (`frist`, `filter.levels`), a variable's type by the variable (`input`), anything in a
 * selection by its place in the response (`platforms.edges.node.nmae`, aliases as the response names them). Errors
 * about the document as a whole (an operation's name, a fragment cycle) name nothing.
 */
export function documentFieldErrors(error: GraphQLError): FieldError[] | undefined {
  const node = error.nodes?.[0];
  const source = node?.loc?.source;
  if (!node?.loc || !source) return undefined;
  const required = REQUIRED_ARGUMENT.exec(error.message);
  const steps = required ? [required[1]] : documentPaths(source).nodes.get(`${node.kind}:${node.loc.start}`);
  if (!steps?.length) return undefined;
  const path = steps[0] === 'input' && steps.length > 1 ? steps.slice(1) : steps;
  return [{ field: path.join('.'), message: error.message.replace(/\.$/, '') }];
}

const REQUEST_PARAMETER = /`(query|variables|operationName|extensions)`/;

/**
 * Apollo refuses a request that is no GraphQL request (BAD_REQUEST) naming the body's member in its message
 * (`variables` in a POST body should be provided as an object): named as a field, or the body itself.
 */
export function requestFieldErrors(message: string): FieldError[] {
  return [{ field: REQUEST_PARAMETER.exec(message)?.[1] ?? 'body', message: message.replace(/\.$/, '') }];
}

interface DocumentPaths {
  /** Every literal (by kind and position): argument and input field names, and list indexes, from the operation down. */
  literals: Map<string, string[]>;
  /** Every node: inside an argument as a literal is, in a variable's definition the variable, else the response path. */
  nodes: Map<string, string[]>;
}

/** One walk per query text however many of its parts are wrong (validation reports up to 100). */
const pathsBySource = new WeakMap<Source, DocumentPaths>();

function documentPaths(source: Source): DocumentPaths {
  const cached = pathsBySource.get(source);
  if (cached) return cached;
  const paths: DocumentPaths = { literals: new Map(), nodes: new Map() };
  const steps: string[] = [];
  const selection: string[] = [];
  let variable: string | undefined;
  // What entering a node pushed, so leaving it pops exactly that.
  const pushed: Array<'input' | 'selection' | undefined> = [];
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
      else if (node.kind === Kind.FIELD) selection.push((node.alias ?? node.name).value);
      else if (node.kind === Kind.VARIABLE_DEFINITION) variable = node.variable.name.value;
      pushed.push(step !== undefined ? 'input' : node.kind === Kind.FIELD ? 'selection' : undefined);
      if (!node.loc) return;
      const at = `${node.kind}:${node.loc.start}`;
      if (LITERAL_KINDS.has(node.kind)) paths.literals.set(at, [...steps]);
      paths.nodes.set(at, steps.length ? [...steps] : variable !== undefined ? [variable] : [...selection]);
    },
    leave(node) {
      const popped = pushed.pop();
      if (popped === 'input') steps.pop();
      else if (popped === 'selection') selection.pop();
      if (node.kind === Kind.VARIABLE_DEFINITION) variable = undefined;
    },
  });
  pathsBySource.set(source, paths);
  return paths;
}

/**
 * The error with its fields: those given, or for a variable GraphQL refused those its message names. Without
 * suggestions (production) no message keeps its "Did you mean …?".
 */
export function withInputFields(
  error: GraphQLFormattedError,
  options: { suggestions: boolean },
  given?: FieldError[],
): GraphQLFormattedError {
  const full = options.suggestions ? error.message : error.message.replace(SUGGESTION, '');
  const extensions = { ...error.extensions };
  const fields =
    given ?? (extensions.code === 'BAD_USER_INPUT' && !extensions.fields ? variableFieldErrors(full) : undefined);
  const message = withShortValue(full);
  if (fields)
    extensions.fields = options.suggestions
      ? fields
      : fields.map((f) => ({ ...f, message: f.message.replace(SUGGESTION, '') }));
  return { ...error, message, extensions };
}
