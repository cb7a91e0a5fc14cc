import { Field, ID, InterfaceType } from 'type-graphql';
import { graphqlTypeOf } from './node-kind';

@InterfaceType({
  description:
    'Anything with a global id, which `node(id)` fetches. Ids are stable and readable: "Role:senior-backend-developer".',
  resolveType: (value: object) => graphqlTypeOf(value),
})
export abstract class Node {
  @Field(() => ID, {
    description: 'Globally unique, stable id: the node kind and its slug, e.g. "Skill:sql".',
  })
  id!: string;
}
