import { loadSeed } from '../../src/seed/load-seed';
import { maxAnalyzedText } from '../../src/services/text-analysis.service';
import { MemoryStore } from '../../src/store/memory/memory-store';
import { inProcessClient } from '../support/api-client';
import { costOf, dataOf } from '../support/json';

let client: Awaited<ReturnType<typeof inProcessClient>>;

beforeAll(async () => {
  client = await inProcessClient(new MemoryStore(await loadSeed()));
});
afterAll(() => client.server.stop());

const analyze = `query Analyze($text: String!, $first: Int) {
  analyzeText(text: $text, first: $first) {
    mentions { node { __typename id } start end text match confidence matchedName explanation }
    roleMentions { node { id } text }
    rejected { node { id } text reason }
    roles {
      role { slug } score named explained coveredShare
      covered { slug }
      coverage { skill { slug } named through { slug } }
      missing { importance skill { slug } }
      coveredTechnologies { slug }
      missingTechnologies { importance technology { slug } }
    }
  }
}`;

describe('analyzeText', () => {
  it('answers the mentions with their spans, match and explanation, and the best roles with their gaps', async () => {
    const text =
      'DevOps Engineer\nWe go fast. Pipelines: Jenkins, Docker and Kubernetes; monitoring with Prometheus.';
    const answer = await client.run(analyze, { text, first: 2 });
    expect(answer.errors).toBeUndefined();
    type Slugs = { slug: string }[];
    const { analyzeText: analysis } = dataOf<{
      analyzeText: {
        mentions: { node: { id: string }; start: number; end: number; text: string }[];
        roleMentions: unknown;
        rejected: unknown;
        roles: {
          covered: Slugs;
          coverage: unknown;
          coveredTechnologies: unknown;
          missing: { skill: { slug: string } }[];
        }[];
      };
    }>(answer);
    expect(analysis.mentions.map((m) => m.node.id)).toEqual([
      // The heading names DevOps, which the ESCO layer holds as knowledge ("DevOps", a concept of its own).
      'Skill:devops',
      'Technology:jenkins',
      'Technology:docker',
      'Technology:kubernetes',
      'Skill:observability',
      'Technology:prometheus',
    ]);
    for (const mention of analysis.mentions)
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
    expect(analysis.mentions[1]).toMatchObject({
      node: { __typename: 'Tool' },
      match: 'EXACT',
      matchedName: 'Jenkins',
      confidence: expect.any(Number),
    });
    expect(analysis.mentions[4]).toMatchObject({
      text: 'monitoring',
      match: 'ALIAS',
      matchedName: 'Monitoring',
    });
    expect(analysis.roleMentions).toEqual([
      { node: { id: 'Role:devops-engineer' }, text: 'DevOps Engineer' },
    ]);
    expect(analysis.rejected).toEqual([
      { node: { id: 'Technology:go' }, text: 'go', reason: 'an everyday word used as a verb here' },
    ]);
    const [best] = analysis.roles;
    expect(analysis.roles).toHaveLength(2);
    if (best === undefined) throw new Error('expected a best role');
    expect(best).toMatchObject({ role: { slug: 'devops-engineer' }, named: true });
    expect(best.covered.map((s) => s.slug)).toEqual(['ci-cd', 'observability']);
    expect(best.coverage).toContainEqual({
      skill: { slug: 'ci-cd' },
      named: false,
      through: [{ slug: 'jenkins' }],
    });
    expect(best.coveredTechnologies).toEqual([{ slug: 'docker' }, { slug: 'kubernetes' }]);
    expect(best.missing.map((l) => l.skill.slug)).not.toContain('ci-cd');
  });

  it('rejects a text longer than the limit with BAD_USER_INPUT naming it, and first out of range', async () => {
    const small =
      'query Small($text: String!, $first: Int) { analyzeText(text: $text, first: $first) { mentions { text } } }';
    const long = await client.run(small, { text: 'Go '.repeat(maxAnalyzedText / 3 + 1) });
    expect(long.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'text',
      max: maxAnalyzedText,
    });
    expect(long.errors?.[0]?.message).toContain(String(maxAnalyzedText));
    const first = await client.run(small, { text: 'Go', first: 21 });
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
      max: 20,
    });
  });

  it('accepts a text of the longest length with a full selection of mentions and roles', async () => {
    const text = 'Backend work in Go and PostgreSQL, with Kafka and Kubernetes. '
      .repeat(400)
      .slice(0, maxAnalyzedText);
    const { data, errors } = await client.run<{ analyzeText: { mentions: unknown[] } }>(
      `query Full($text: String!) { analyzeText(text: $text) {
        mentions { node { id } start end text match confidence explanation }
        roles { role { slug name } score covered { slug } missing { importance skill { slug name } } } } }`,
      { text },
    );
    expect(errors).toBeUndefined();
    expect(data?.analyzeText.mentions.length).toBeGreaterThan(1000);
  });

  it('costs more the longer the text: a point per 20 characters, and the selection once per 5,000', async () => {
    const query = 'query Small($text: String!) { analyzeText(text: $text) { mentions { text } } }';
    const cost = async (length: number) => costOf(await client.run(query, { text: 'x'.repeat(length) }));
    const [short, middle, long] = [await cost(1_000), await cost(10_000), await cost(20_000)];
    expect(middle - short).toBeGreaterThanOrEqual(9_000 / 20);
    expect(long - middle).toBeGreaterThanOrEqual(10_000 / 20);
  });

  it('answers an empty analysis for an empty text', async () => {
    const { data } = await client.run(analyze, { text: '' });
    expect(data?.analyzeText).toEqual({ mentions: [], roleMentions: [], rejected: [], roles: [] });
  });
});

describe('skillGapForSkills with technologies', () => {
  it('counts a technology toward the skills applied with it and toward the role technologies', async () => {
    const answer = await client.run(`{
      skillGapForSkills(have: ["jenkins", "prometheus", "docker", "infrastructure-automation"], to: "devops-engineer") {
        have { slug } haveTechnologies { slug }
        creditedSkills { skill { slug } through { slug } }
        shared { slug } missing { skill { slug } }
        sharedTechnologies { slug } missingTechnologies { importance technology { slug } }
      }
    }`);
    expect(answer.errors).toBeUndefined();
    const gap = dataOf<{
      skillGapForSkills: {
        [list: string]: unknown;
        missing: { skill: { slug: string } }[];
        missingTechnologies: { technology: { slug: string } }[];
      };
    }>(answer).skillGapForSkills;
    expect(gap.have).toEqual([{ slug: 'infrastructure-automation' }]);
    expect(gap.haveTechnologies).toEqual([{ slug: 'docker' }, { slug: 'jenkins' }, { slug: 'prometheus' }]);
    expect(gap.creditedSkills).toEqual([
      { skill: { slug: 'ci-cd' }, through: [{ slug: 'jenkins' }] },
      { skill: { slug: 'containerization' }, through: [{ slug: 'docker' }] },
      { skill: { slug: 'observability' }, through: [{ slug: 'prometheus' }] },
    ]);
    expect(gap.shared).toEqual([
      { slug: 'ci-cd' },
      { slug: 'infrastructure-automation' },
      { slug: 'observability' },
    ]);
    const missing = gap.missing.map((link) => link.skill.slug);
    expect(missing).not.toEqual(expect.arrayContaining(['ci-cd']));
    expect(gap.sharedTechnologies).toEqual([{ slug: 'docker' }]);
    expect(gap.missingTechnologies.map((l) => l.technology.slug)).toEqual(['kubernetes']);
  });

  it('still rejects a slug that is neither a skill nor a technology, naming it', async () => {
    const { errors } = await client.run(
      '{ skillGapForSkills(have: ["python", "telepathy"], to: "devops-engineer") { shared { slug } } }',
    );
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'have',
      slugs: ['telepathy'],
    });
    expect(errors?.[0]?.message).toContain('skill or technology');
  });
});
