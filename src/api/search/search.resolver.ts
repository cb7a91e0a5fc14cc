import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { searchOf } from '../common/complexity';
import { EntityKind } from '../../domain/enums';
import { checkRange, InvalidInputError } from '../../domain/invalid-input-error';
import type { ApiContext } from '../context';
import { SearchHit } from './search-hit.type';

export const maxSearchResults = 50;
export const maxSearchText = 200;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: searchOf(5, 10),
    description:
      'Finds roles, skills, technologies and industries by name, alias or description: case and accent insensitive, by prefix ("postgres") and despite small typos ("kubernets"). Best first.',
  })
  async search(
    @Arg('text', { description: 'What to look for.' }) text: string,
    @Arg('kinds', () => [EntityKind], {
      nullable: true,
      description: 'Only these kinds of node; every kind when omitted.',
    })
    kinds: EntityKind[] | null,
    @Arg('first', () => Int, {
      defaultValue: 10,
      description: `How many hits: 10 by default, at most ${maxSearchResults}.`,
    })
    first: number,
    @Ctx() { store, loaders }: ApiContext,
  ) {
    checkRange('first', first, 1, maxSearchResults);
    const trimmed = text.trim();
    if (trimmed.length === 0) throw new InvalidInputError('text must not be empty.', 'text');
    if (trimmed.length > maxSearchText) {
      throw new InvalidInputError(`text must be at most ${maxSearchText} characters.`, 'text', {
        max: maxSearchText,
      });
    }
    const hits = await store.search({ text: trimmed, kinds, limit: first });
    const nodes = await Promise.all(hits.map((hit) => loaders.node(hit.kind).load(hit.slug)));
    return hits
      .map((hit, index) => ({ score: hit.score, node: nodes[index] }))
      .filter((hit) => hit.node !== null);
  }
}
