import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Refuses operations nested deeper than `maxDepth` fields (introspection fields are not counted). Written here
 * rather than taken from graphql-depth-limit, which is unmaintained since 2018 and crashed (HTTP 500) on unknown
 * fragments and recursed forever on fragment cycles: here an unknown fragment counts nothing and a cycle stops,
 * leaving both to graphql's own KnownFragmentNames and NoFragmentCycles rules.
 */
export function depthLimitRule(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

    const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: ReadonlySet<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__') || !selection.selectionSet) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visiting, name])));
        }
        // Deep enough to refuse: no need to walk the rest of an abusive document.
        if (deepest > maxDepth) return deepest;
      }
      return deepest;
    };

    return {
      OperationDefinition(operation) {
        // The number of fields with sub-selections on the deepest path, as graphql-depth-limit counted.
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          const name = operation.name?.value ?? '';
          context.reportError(
            new GraphQLError(`'${name}' exceeds maximum operation depth of ${maxDepth}`, {
              nodes: [operation],
              extensions: { reason: 'QUERY_TOO_DEEP', limit: maxDepth },
            }),
          );
        }
        return false;
      },
    };
  };
}
