import type { Fact } from '../facts';

/**
 * The dataset as JSON Lines: one fact per line, `{"type", "key", "value"}`, with its evidence in the
 * value. The same facts, in the same order, as the content hash covers.
 */
export function* jsonlChunks(facts: readonly Fact[]): Iterable<string> {
  let batch: string[] = [];
  for (const fact of facts) {
    batch.push(JSON.stringify({ type: fact.type, key: fact.key, value: fact.value }));
    if (batch.length === 500) {
      yield `${batch.join('\n')}\n`;
      batch = [];
    }
  }
  if (batch.length > 0) yield `${batch.join('\n')}\n`;
}
