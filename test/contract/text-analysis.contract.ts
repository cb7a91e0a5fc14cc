import { TextAnalyzer } from '../../src/domain/text-analysis/text-analyzer';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { readTextAnalysisData } from '../../src/services/text-analysis.service';
import type { GraphStore } from '../../src/store/graph-store';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { readCorpus } from '../../scripts/text-eval/evaluate';

/**
 * Part of the GraphStore contract (graph-store.contract.ts): the data text analysis reads through the
 * port is the same on every store, so every store gives the same analysis of the same text. The
 * reference is the embedded store on the same seed.
 */
export function describeTextAnalysisContract(opened: () => { store: GraphStore; seed: SeedGraph }) {
  describe('text analysis', () => {
    let reference: TextAnalyzer;
    let underTest: TextAnalyzer;

    beforeAll(async () => {
      const { store, seed } = opened();
      reference = new TextAnalyzer(await readTextAnalysisData(new MemoryStore(seed)));
      underTest = new TextAnalyzer(await readTextAnalysisData(store));
    });

    it('reads every skill, technology and role with its requirements, as the seed holds them', () => {
      const { store, seed } = opened();
      expect(store).toBeDefined();
      expect(underTest.vocabulary.nodes.size).toBe(seed.skills.length + seed.technologies.length);
      expect(underTest.roleSlugs().sort()).toEqual(seed.roles.map((role) => role.slug).sort());
    });

    /** An analysis as its facts: what was found where and why, and the roles with their gaps. */
    const factsOf = (analyzer: TextAnalyzer, text: string) => {
      const analysis = analyzer.analyze(text, 5);
      return {
        mentions: [...analysis.mentions, ...analysis.roleMentions].map(
          (m) => `${m.node.key} ${m.start}-${m.end} ${m.match} ${m.confidence} ${m.explanation}`,
        ),
        rejected: analysis.rejected.map((r) => `${r.node.key} ${r.start}-${r.end} ${r.reason}`),
        roles: analysis.roles.map(
          (fit) =>
            `${fit.role.slug} ${fit.score} covered ${fit.covered.map((s) => s.slug)} missing ${fit.missing.map((l) => `${l.skill.slug}:${l.importance}`)} technologies ${fit.coveredTechnologies.map((t) => t.slug)}`,
        ),
      };
    };

    it('gives the same analysis as the reference for every text of the evaluation corpus', async () => {
      for (const entry of await readCorpus())
        expect({ id: entry.id, ...factsOf(underTest, entry.text) }).toEqual({
          id: entry.id,
          ...factsOf(reference, entry.text),
        });
    });
  });
}
