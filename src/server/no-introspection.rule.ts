import { GraphQLError, getNamedType, isIntrospectionType, type ValidationRule } from 'graphql';

/**
 * With INTROSPECTION=false: refuses `__schema` and `__type` (not `__typename`), in our words. Apollo's own
 * switch answers "pass introspection: true to ApolloServer", which names no setting an operator has.
 */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type))
      context.reportError(
        new GraphQLError(
          `Schema introspection is turned off on this server (INTROSPECTION=false), so "${node.name.value}" ` +
            'cannot be queried. The schema is published as schema/schema.graphql.',
          { nodes: node },
        ),
      );
  },
});
