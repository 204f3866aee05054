import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { SchemaMapper } from '@graphql-tools/utils';
import { MapperKind } from '@graphql-tools/utils';
import { defaultFieldResolver, GraphQLError, OperationTypeNode, type FormattedExecutionResult } from 'graphql';
import { APP_CONFIG, ErrorKind, type AppConfig } from '#core';

interface Deadline {
  at: number;
  passed: boolean;
}

/**
 * The running request's deadline, kept on its context object when execution starts (a symbol property: read once per
 * field, it costs a third of a WeakMap lookup).
 */
const DEADLINE = Symbol('deadline');
type WithDeadline = { [DEADLINE]?: Deadline };

/** Responses the size check serialised, by their data object: a page of hits is serialised once, not twice. */
const serialised = new WeakMap<object, Pick<FormattedExecutionResult, 'errors' | 'extensions'> & { text: string }>();

/**
 * Backstops behind the cost estimate, for what it cannot see (slow resolvers, long texts): after
 * GRAPHQL_TIMEOUT_MS no further resolver starts and the answer is one QUERY_TIMEOUT error (SERVICE_UNAVAILABLE,
 * HTTP 503: the server was slow, the client may retry); a response over GRAPHQL_MAX_RESPONSE_BYTES is replaced by one
 * RESPONSE_TOO_LARGE error (BAD_USER_INPUT, HTTP 400: it asked for too much). Neither answer carries data. The size
 * is that of the text sent: the check's serialisation is handed to Apollo (`stringifyResult`) to send.
 *
 * Mutations are exempt from both: their root fields commit before their selection is read, so replacing the answer
 * would tell the client that work it asked for failed although it was done (a retried sign-up then reads
 * EMAIL_TAKEN). Stopping only the selection cannot keep the root's result either: a stopped non-null field (`token`)
 * nulls its parent up to `data`. What a mutation's selection may cost is bounded before anything runs (the cost
 * estimate, depth, root-field count), and it reads what the mutation just wrote.
 *
 * The deadline is checked by a thin wrapper around each field's resolver (`stopFieldsAfterDeadline`, applied to the
 * schema once), not by Apollo's `willResolveField`: for every field (a page of search hits resolves ~300), that hook
 * allocates its arguments and dispatches to every listener: ~75 µs per page of hits against ~35 µs for this check.
 */
@Plugin()
export class ExecutionLimitsPlugin implements ApolloServerPlugin {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { timeoutMs, maxResponseBytes } = this.config.graphql;
    let deadline: Deadline | undefined;
    let mutation = false;
    return {
      async executionDidStart({ contextValue, operation }) {
        // No operation when the document names none to run (Apollo then answers 400 itself).
        mutation = operation?.operation === OperationTypeNode.MUTATION;
        if (mutation) return;
        deadline = { at: Date.now() + timeoutMs, passed: false };
        (contextValue as WithDeadline)[DEADLINE] = deadline;
      },
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        let refusal: { error: GraphQLError; status: number } | undefined;
        if (deadline?.passed) {
          refusal = limitError(
            `The query took longer than ${timeoutMs} ms and was stopped; nothing was changed. Try again, or ask for fewer fields or smaller pages.`,
            ErrorKind.SERVICE_UNAVAILABLE,
            'QUERY_TIMEOUT',
            timeoutMs,
          );
        } else if (result.data) {
          // Serialised as Apollo sends it (stringifyResult), once: the text measured is the text sent.
          const text = `${JSON.stringify({ errors: result.errors, data: result.data, extensions: result.extensions })}\n`;
          // A UTF-16 unit is at most 3 bytes of UTF-8: most responses need no count.
          if (!mutation && text.length * 3 > maxResponseBytes && Buffer.byteLength(text) > maxResponseBytes)
            refusal = limitError(
              `The response would exceed ${maxResponseBytes} bytes. Ask for fewer fields or smaller pages.`,
              ErrorKind.BAD_USER_INPUT,
              'RESPONSE_TOO_LARGE',
              maxResponseBytes,
            );
          else serialised.set(result.data, { errors: result.errors, extensions: result.extensions, text });
        }
        if (!refusal) return;
        response.body.singleResult = { data: null, errors: [refusal.error.toJSON()] };
        response.http.status = refusal.status;
      },
    };
  }
}

/**
 * For `mapSchema`: every field first checks the request's deadline and, once it has passed, throws instead of
 * starting (ExecutionLimitsPlugin then answers QUERY_TIMEOUT). A mutation has no deadline (see the plugin).
 */
export const stopFieldsAfterDeadline: SchemaMapper = {
  [MapperKind.OBJECT_FIELD]: (field) => {
    const resolve = field.resolve ?? defaultFieldResolver;
    return {
      ...field,
      resolve(source, args, context: WithDeadline | undefined, info) {
        const deadline = context?.[DEADLINE];
        if (deadline !== undefined && Date.now() > deadline.at) {
          deadline.passed = true;
          throw new GraphQLError('stopped: the query ran out of time');
        }
        return resolve(source, args, context, info);
      },
    };
  },
};

/**
 * Apollo's `stringifyResult`: the text the size check already made for this result when nothing replaced its parts
 * since, else Apollo's own serialisation (JSON and a line feed).
 */
export function stringifyResult(value: FormattedExecutionResult): string {
  const kept = value.data ? serialised.get(value.data) : undefined;
  if (kept && kept.errors === value.errors && kept.extensions === value.extensions) return kept.text;
  return `${JSON.stringify(value)}\n`;
}

const limitError = (
  message: string,
  code: ErrorKind.SERVICE_UNAVAILABLE | ErrorKind.BAD_USER_INPUT,
  reason: string,
  limit: number,
) => ({
  error: new GraphQLError(message, { extensions: { code, reason, limit } }),
  status: code === ErrorKind.SERVICE_UNAVAILABLE ? 503 : 400,
});
