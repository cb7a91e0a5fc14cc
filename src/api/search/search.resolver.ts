import { Arg, Ctx, Float, Int, Query, Resolver } from 'type-graphql';
import { textSearchOf } from '../common/complexity';
import { EntityKind } from '../../domain/enums';
import { relevanceFloor } from '../../domain/search-scoring';
import { checkRange, InvalidInputError } from '../../domain/invalid-input-error';
import type { ApiContext } from '../context';
import { SearchHit } from './search-hit.type';

export const maxSearchResults = 50;
export const maxSearchText = 200;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    complexity: textSearchOf(12, 10),
    description:
      'Finds roles, skills, technologies and industries by name or alias: case and accent insensitive, by prefix ("postgres") and despite small typos ("kubernets"). Best first; each hit says how it matched and scores from 0 to 1 on the same scale in every query. Hits under minScore (the relevance floor, 0.5, by default) are left out, so a text the graph does not hold finds nothing rather than something unrelated.',
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
    @Arg('minScore', () => Float, {
      defaultValue: relevanceFloor,
      description: `The lowest score returned, from 0 to 1: ${relevanceFloor} (the relevance floor: every word of the text found) by default; lower to see PARTIAL hits too.`,
    })
    minScore: number,
    @Ctx() { store, loaders }: ApiContext,
  ) {
    checkRange('first', first, 1, maxSearchResults);
    if (!(minScore >= 0 && minScore <= 1))
      throw new InvalidInputError('minScore must be between 0 and 1.', 'minScore', { min: 0, max: 1 });
    const trimmed = text.trim();
    if (trimmed.length === 0) throw new InvalidInputError('text must not be empty.', 'text');
    if (trimmed.length > maxSearchText) {
      throw new InvalidInputError(`text must be at most ${maxSearchText} characters.`, 'text', {
        max: maxSearchText,
      });
    }
    const hits = await store.search({ text: trimmed, kinds, limit: first, minScore });
    const nodes = await Promise.all(hits.map((hit) => loaders.node(hit.kind).load(hit.slug)));
    return hits
      .map((hit, index) => ({ score: hit.score, match: hit.match, node: nodes[index] }))
      .filter((hit) => hit.node !== null);
  }
}
