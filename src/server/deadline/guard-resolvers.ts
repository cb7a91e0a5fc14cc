import {
  defaultFieldResolver,
  isObjectType,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { ServerContext } from '../request-record';

const guarded = Symbol('careergraph.deadline-guarded');
type GuardedField = GraphQLField<unknown, unknown> & { [guarded]?: true };

function guard(field: GuardedField): void {
  if (field[guarded]) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, args, context: unknown, info) => {
    (context as Partial<ServerContext> | undefined)?.deadline?.checkField();
    return resolve(source, args, context, info);
  };
  field[guarded] = true;
}

/**
 * Makes every field check the operation's deadline before it resolves, so a long execution is cut even
 * when it makes no store call (the store checks it too). The clock is read every few fields
 * (deadline.ts); once past the deadline, each field still to resolve throws OPERATION_TIMEOUT; non-null
 * fields carry that up, so the answer ends quickly.
 *
 * This includes introspection: graphql-js 16 answers __schema and __type with module-level types and
 * resolvers (the same objects in every schema) and offers no abort signal (graphql-js 17 does), and
 * Apollo's willResolveField hook skips `__` types. So their fields are wrapped in place, once per
 * process; without a deadline in the context (other callers) the wrapper does nothing.
 */
export function guardResolvers(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) guard(field as GuardedField);
  }
  guard(SchemaMetaFieldDef as GuardedField);
  guard(TypeMetaFieldDef as GuardedField);
}
