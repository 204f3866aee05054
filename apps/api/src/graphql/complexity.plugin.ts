import { Inject } from '@nestjs/common';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { APP_CONFIG, ErrorKind, undeclaredListEstimator, type AppConfig } from '#core';

/**
 * Refuses a query whose estimated cost exceeds the limit before any resolver runs (HTTP 400). Lists cost their
 * length: declared per field (`pageCost`, `listCost` in libs/core/src/graphql/complexity.ts), else assumed.
 */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  /**
   * Estimates already made, per parsed document (Apollo hands out one document object per query text from its
   * cache) and per operation name and scalar variables: the estimators read a field's own scalar arguments (`first`,
   * `limit`) and @skip/@include, never inside an input object, so an input object's values cannot change the cost.
   */
  private readonly estimates = new WeakMap<DocumentNode, Map<string, number>>();

  private readonly estimate = (
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode | undefined,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): number | undefined => {
    let known = this.estimates.get(document);
    let key: string;
    let complexity: number;
    // Both throw on values that fit no variable's type (a list nested thousands of arrays deep overflows the stack).
    try {
      key = JSON.stringify([operationName ?? null, scalarVariables(schema, operation, variables)]);
      const cached = known?.get(key);
      if (cached !== undefined) return cached;
      // getComplexity coerces the variables without graphql-js's error cap, and each refusal quotes the whole value:
      // an object of n unknown fields cost n² (2 000 fields, 10 s of the event loop). One refusal is enough here.
      if (getVariableValues(schema, operation?.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 }).errors)
        return undefined;
      complexity = getComplexity({
        schema,
        operationName: operationName ?? undefined,
        query: document,
        variables,
        estimators: [fieldExtensionsEstimator(), undeclaredListEstimator, simpleEstimator({ defaultComplexity: 1 })],
      });
    } catch {
      return undefined;
    }
    if (!known) this.estimates.set(document, (known = new Map()));
    // Bounded: a client varying `first` cannot grow it without limit.
    if (known.size < MAX_ESTIMATES_PER_DOCUMENT) known.set(key, complexity);
    return complexity;
  };

  constructor(
    private readonly schemaHost: GraphQLSchemaHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    const max = this.config.graphql.maxComplexity;
    const estimate = this.estimate;
    let refused = false;
    return {
      async willSendResponse({ response }) {
        // Apollo answers 200 to errors thrown while planning: a refused query is the client's to fix.
        if (refused) response.http.status = 400;
      },
      async didResolveOperation({ request, document, operation }) {
        const crowded = crowdedObject(request.variables);
        if (crowded) {
          refused = true;
          const message = `${crowded.path} has ${crowded.members} members; no input takes more than ${MAX_INPUT_MEMBERS}`;
          throw new GraphQLError(message, {
            extensions: {
              code: ErrorKind.BAD_USER_INPUT,
              reason: 'INPUT_TOO_LARGE',
              fields: [{ field: crowded.path, message }],
            },
          });
        }
        const complexity = estimate(schema, document, operation, request.operationName, request.variables);
        // Variables that do not fit their types: execution refuses them next, with a BAD_USER_INPUT naming the field.
        if (complexity === undefined) return;
        if (complexity > max) {
          refused = true;
          throw new GraphQLError(
            `Query is too complex: estimated cost ${complexity}, the limit is ${max}. Ask for fewer fields or smaller pages.`,
            {
              extensions: {
                code: ErrorKind.BAD_USER_INPUT,
                reason: 'QUERY_TOO_COMPLEX',
                complexity,
                limit: max,
              },
            },
          );
        }
      },
    };
  }
}

const MAX_ESTIMATES_PER_DOCUMENT = 100;

/** More members than any input type has fields (the largest has about 25). */
const MAX_INPUT_MEMBERS = 100;

/**
 * The first object in the variables with more members than any input type has fields, by its path (an `input`
 * argument's fields without its name, as in `extensions.fields`). graphql-js refuses each unknown member with a
 * message quoting the whole object: 50 000 members were 50 quotes of 700 KB, 13 s of the event loop per request.
 */
function crowdedObject(variables: Record<string, unknown> | undefined): { path: string; members: number } | undefined {
  const pending: Array<{ value: unknown; path: string[] }> = Object.entries(variables ?? {}).map(([name, value]) => ({
    value,
    path: [name],
  }));
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (value === null || typeof value !== 'object') continue;
    const entries = Array.isArray(value) ? value.map((item, i) => [String(i), item] as const) : Object.entries(value);
    if (!Array.isArray(value) && entries.length > MAX_INPUT_MEMBERS) {
      const steps = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
      return { path: steps.join('.'), members: entries.length };
    }
    for (const [key, item] of entries)
      if (item !== null && typeof item === 'object') pending.push({ value: item, path: [...path, key] });
  }
  return undefined;
}

/** The operation's variables that are not input objects (missing ones as null), in declaration order. */
function scalarVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  variables: Record<string, unknown> | undefined,
): unknown[] {
  const kept: unknown[] = [];
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (type && isInputObjectType(getNamedType(type))) continue;
    const name = definition.variable.name.value;
    kept.push(name, variables?.[name] ?? null);
  }
  return kept;
}
