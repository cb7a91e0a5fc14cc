import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { parseGlobalId, toGlobalId } from '../common/global-id';
import { nodeKindOf } from './node-kind';
import { Node } from './node.type';

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any node by its global id; null when no node has it.' })
  async node(
    @Arg('id', () => ID, { description: 'A global id, e.g. "Role:software-architect".' }) id: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<object | null> {
    const parsed = parseGlobalId(id);
    return parsed === null ? null : loaders.node(parsed.kind).load(parsed.slug);
  }

  @FieldResolver(() => ID)
  id(@Root() node: { slug: string }): string {
    return toGlobalId(nodeKindOf(node), node.slug);
  }
}
