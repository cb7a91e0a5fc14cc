import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../context';
import { parseGlobalId, toGlobalId } from '../common/global-id';
import { checkConceptUri } from '../../domain/concept-uri';
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

  @Query(() => Node, {
    nullable: true,
    description:
      'The node that is an external concept, by its URI (an ESCO occupation or skill URI, say); null when no ' +
      'node is. A guide node crosswalked to the concept is not it: follow the ESCO node, or the guide ' +
      "node's externalIds. A URI that is not an absolute http(s) URI is a BAD_USER_INPUT error.",
  })
  async byExternalId(
    @Arg('uri', () => String, {
      description: 'An absolute http(s) concept URI, e.g. "http://data.europa.eu/esco/occupation/…".',
    })
    uri: string,
    @Ctx() { loaders }: ApiContext,
  ): Promise<object | null> {
    checkConceptUri(uri);
    const ref = await loaders.byExternalId().load(uri);
    return ref === null ? null : loaders.node(ref.kind).load(ref.slug);
  }

  @FieldResolver(() => ID)
  id(@Root() node: { slug: string }): string {
    return toGlobalId(nodeKindOf(node), node.slug);
  }
}
