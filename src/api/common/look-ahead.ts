import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/**
 * The names of the fields a query selects on `typeName` under the field being resolved, following
 * `path` (field names, e.g. ['nodes'] from a connection). Fragments, aliases and @skip/@include are
 * resolved the way the executor resolves them, so a resolver can fetch what comes next in advance.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  typeName: string,
  path: readonly string[] = [],
): Set<string> {
  const root = parseResolveInfo(info) as ResolveTree | null | undefined;
  let level: ResolveTree[] = root ? [root] : [];
  for (const name of path) {
    level = level.flatMap((tree) =>
      Object.values(tree.fieldsByTypeName).flatMap((fields) =>
        Object.values(fields).filter((field) => field.name === name),
      ),
    );
  }
  return new Set(
    level.flatMap((tree) => Object.values(tree.fieldsByTypeName[typeName] ?? {}).map((field) => field.name)),
  );
}
