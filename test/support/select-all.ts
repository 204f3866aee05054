import { getNamedType, isObjectType, isRequiredArgument, type GraphQLObjectType } from 'graphql';

/**
 * `{ every field of the type }` with the records it points to (platform, equipment), each with its own fields and
 * value objects (labels, prices), but not the records those point to (left to their own queries).
 */
export function selectAll(type: GraphQLObjectType, top = true): string {
  const fields = Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    if (field.args.some(isRequiredArgument)) return [];
    if (!isObjectType(named)) return [field.name];
    const isRecord = 'id' in named.getFields();
    if (!top && isRecord) return [];
    return [`${field.name} ${selectAll(named, top && !isRecord)}`];
  });
  return `{ ${fields.join(' ')} }`;
}
