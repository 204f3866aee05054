import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * The most field selections an operation may hold once its fragment spreads are expanded: the parser's token limit
 * (graphql.options.ts), so only a document that spreads fragments into each other over and over meets it. The cost
 * estimate (graphql-query-complexity) walks every spread again, so its time is this size, not the document's.
 */
export const MAX_EXPANDED_FIELDS = 10_000;

/**
 * The most root fields an operation may ask for, aliases and fragments' included (introspection fields are free): each
 * reads the database or the search engine on its own, and costs 1 in the estimate, so 1 600 aliases of `me` took 7.8 s
 * of server time. The web app's largest operation has 4.
 */
export const MAX_ROOT_FIELDS = 20;

interface Shape {
  /** Fields with sub-selections on the deepest path (introspection fields not counted). */
  depth: number;
  /** Field selections once every spread is expanded. */
  fields: number;
  /** Of those, the ones at the top level, introspection fields not counted. */
  top: number;
}

/**
 * Refuses operations nested deeper than `maxDepth` fields (introspection fields are not counted), larger than
 * MAX_EXPANDED_FIELDS once fragments are expanded, or asking for more than MAX_ROOT_FIELDS root fields. Written here
 * rather than taken from graphql-depth-limit, which is unmaintained since 2018 and crashed (HTTP 500) on unknown
 * fragments and recursed forever on fragment cycles: here an unknown fragment counts nothing and a cycle stops,
 * leaving both to graphql's own KnownFragmentNames and NoFragmentCycles rules. Each fragment is measured once: fragments spreading one another twice, 30 deep, held the
 * event loop for minutes when every spread was walked again.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    const measured = new Map<string, Shape>();
    const measuring = new Set<string>();

    const fragmentShape = (name: string): Shape => {
      const known = measured.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      if (!fragment || measuring.has(name)) return { depth: 0, fields: 0, top: 0 };
      measuring.add(name);
      const shape = shapeOf(fragment.selectionSet);
      measuring.delete(name);
      measured.set(name, shape);
      return shape;
    };

    const shapeOf = (selectionSet: SelectionSetNode | undefined): Shape => {
      const shape = { depth: 0, fields: 0, top: 0 };
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          const inner = shapeOf(selection.selectionSet);
          shape.fields += 1 + inner.fields;
          if (!selection.name.value.startsWith('__')) shape.top += 1;
          if (selection.selectionSet && !selection.name.value.startsWith('__'))
            shape.depth = Math.max(shape.depth, 1 + inner.depth);
        } else {
          const inner =
            selection.kind === Kind.INLINE_FRAGMENT
              ? shapeOf(selection.selectionSet)
              : fragmentShape(selection.name.value);
          shape.fields += inner.fields;
          shape.top += inner.top;
          shape.depth = Math.max(shape.depth, inner.depth);
        }
      }
      return shape;
    };

    return {
      OperationDefinition(operation) {
        // Depth: the number of fields with sub-selections on the deepest path, as graphql-depth-limit counted.
        const { depth, fields, top } = shapeOf(operation.selectionSet);
        const name = operation.name?.value ?? '';
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}`, {
              nodes: [operation],
              extensions: { reason: 'QUERY_TOO_DEEP', limit: maxDepth },
            }),
          );
        }
        if (fields > MAX_EXPANDED_FIELDS) {
          context.reportError(
            new GraphQLError(
              `'${name}' selects more than ${MAX_EXPANDED_FIELDS} fields once its fragments are expanded. Spread fewer fragments.`,
              { nodes: [operation], extensions: { reason: 'QUERY_TOO_LARGE', limit: MAX_EXPANDED_FIELDS } },
            ),
          );
        }
        if (top > MAX_ROOT_FIELDS) {
          context.reportError(
            new GraphQLError(
              `'${name}' asks for ${top} root fields; at most ${MAX_ROOT_FIELDS} are answered in one operation. Send fewer aliases or split it.`,
              { nodes: [operation], extensions: { reason: 'TOO_MANY_ROOT_FIELDS', limit: MAX_ROOT_FIELDS } },
            ),
          );
        }
        return false;
      },
    };
  };
}
