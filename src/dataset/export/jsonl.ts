import { canonicalJson } from '../canonical-json';
import type { Fact } from '../facts';

/**
 * The dataset as JSON Lines: one fact per line, `{"type", "key", "value"}`, with its evidence in the
 * value. The same facts, in the same order, as the content hash covers.
 */
export function* jsonlChunks(facts: readonly Fact[]): Iterable<string> {
  let batch: string[] = [];
  for (const fact of facts) {
    // Keys sorted (canonical JSON): the same facts give the same line, whichever store they came from.
    batch.push(
      `{"type":${JSON.stringify(fact.type)},"key":${JSON.stringify(fact.key)},"value":${canonicalJson(fact.value)}}`,
    );
    if (batch.length === 500) {
      yield `${batch.join('\n')}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join('\n')}\n`;
}
