import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields selected on the object a resolver returns — or, with `path`, on the object under those
 * fields (`['hits']`: what each hit selects) — through fragments and inline fragments: what a resolver consults to do
 * only the work asked for (a search counts facets only when `facets` is selected). A field under @skip or @include
 * counts as selected: at worst the work is done for nothing.
 */
export function selectedFields(
  info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
  path: readonly string[] = [],
): ReadonlySet<string> {
  // Every field node of the selection, flattened through fragments.
  const fieldsOf = (selectionSets: ReadonlyArray<SelectionSetNode | undefined>): FieldNode[] => {
    const fields: FieldNode[] = [];
    const visited = new Set<string>();
    const walk = (selectionSet: SelectionSetNode | undefined) => {
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === 'Field') fields.push(selection);
        else if (selection.kind === 'InlineFragment') walk(selection.selectionSet);
        else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          walk(info.fragments[selection.name.value]?.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) walk(selectionSet);
    return fields;
  };
  let fields = fieldsOf(info.fieldNodes.map((node) => node.selectionSet));
  for (const name of path)
    fields = fieldsOf(fields.filter((field) => field.name.value === name).map((field) => field.selectionSet));
  return new Set(fields.map((field) => field.name.value));
}
