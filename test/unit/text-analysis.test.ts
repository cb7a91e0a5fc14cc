import type { Evidence, SkillEntity, TechnologyEntity } from '../../src/domain/entities';
import { tokenizeText } from '../../src/domain/text-analysis/text-tokens';
import { fitRole, type RoleRequirements } from '../../src/domain/text-analysis/role-fit';
import { TextAnalyzer, type TextAnalysisData } from '../../src/domain/text-analysis/text-analyzer';
import { singular, withinOneEdit } from '../../src/domain/text-analysis/vocabulary';
import { loadSeed } from '../../src/seed/load-seed';
import { readTextAnalysisData } from '../../src/services/text-analysis.service';
import { MemoryStore } from '../../src/store/memory/memory-store';

let analyzer: TextAnalyzer;
let data: TextAnalysisData;

beforeAll(async () => {
  data = await readTextAnalysisData(new MemoryStore(await loadSeed()));
  analyzer = new TextAnalyzer(data);
});

/** The mentions of a text as "text=Kind:slug", in text order. */
const mentionsOf = (text: string, using: TextAnalyzer = analyzer) =>
  using.analyze(text, 5).mentions.map((mention) => `${mention.text}=${mention.node.key}`);

describe('tokenizeText', () => {
  it('gives UTF-16 offsets into the text as written, past emoji and accents', () => {
    const text = '🚀 Café: Node.js, C# & C++ (.NET) — naïve';
    for (const token of tokenizeText(text))
      expect(text.slice(token.start, token.end).length).toBe(token.end - token.start);
    expect(tokenizeText(text).map((token) => [text.slice(token.start, token.end), token.norm])).toEqual([
      ['Café', 'cafe'],
      ['Node', 'node'],
      ['js', 'js'],
      ['C#', 'c#'],
      ['C++', 'c++'],
      ['.NET', '.net'],
      ['naïve', 'naive'],
    ]);
  });

  it('keeps "+" and "#" only where no word follows, and drops the clitic of "Go\'s"', () => {
    expect(tokenizeText("Python+Django, Go's runtime").map((token) => token.norm)).toEqual([
      'python',
      'django',
      'go',
      'runtime',
    ]);
  });

  it('opens a sentence after a full stop, a heading or a bullet, not after a wrapped line', () => {
    const text =
      'Our data tooling is written by a team that likes long sentences such as\nSpark jobs. Go\n- Rust';
    const opening = Object.fromEntries(tokenizeText(text).map((token) => [token.norm, token.opensSentence]));
    expect(opening).toMatchObject({ our: true, spark: false, go: true, rust: true });
  });
});

describe('analyzeText mentions', () => {
  it('finds names written every way: case, punctuation, written together, with a version', () => {
    expect(mentionsOf('node.js, NodeJS and Node.JS; HTML5, vue3 and OAuth 2.0')).toEqual([
      'node.js=Technology:node-js',
      'NodeJS=Technology:node-js',
      'Node.JS=Technology:node-js',
      'HTML5=Technology:html',
      'vue3=Technology:vue-js',
      'OAuth 2.0=Skill:oauth',
    ]);
  });

  it('keeps C, C#, C++ and .NET apart, and reads ".NET" but not "net"', () => {
    expect(mentionsOf('We use C# on .NET, some Python and C, for net revenue.')).toEqual([
      'C#=Technology:c-sharp',
      '.NET=Technology:dot-net',
      'Python=Technology:python',
      'C=Technology:c',
    ]);
  });

  it('lets the longest name win where names overlap', () => {
    expect(mentionsOf('JavaScript, Java, Spring Boot, Ruby on Rails, GitHub Actions and AWS Lambda')).toEqual(
      [
        'JavaScript=Technology:javascript',
        'Java=Technology:java',
        'Spring Boot=Technology:spring-boot',
        'Ruby on Rails=Technology:ruby-on-rails',
        'GitHub Actions=Technology:github-actions',
        'AWS Lambda=Technology:aws-lambda',
      ],
    );
  });

  it('reads lists joined by slashes, commas and "and", and multi-word names with hyphens', () => {
    expect(mentionsOf('Python/Django, PostgreSQL and event-driven design')).toEqual([
      'Python=Technology:python',
      'Django=Technology:django',
      'PostgreSQL=Technology:postgresql',
      'event-driven design=Skill:event-driven-design',
    ]);
  });

  it('matches plurals and inflections both ways', () => {
    expect(
      mentionsOf('We build a microservice behind message queue consumers and REST API gateways.'),
    ).toEqual(['microservice=Skill:microservices', 'message queue=Skill:message-queues', 'REST=Skill:rest']);
  });

  it('takes a prefix readers use and a typo in a long name, with PREFIX and FUZZY', () => {
    const analysis = analyzer.analyze('Experience with Postgres, Kubernets and Mongo, Redis.', 1);
    expect(analysis.mentions.map((m) => [m.text, m.node.key, m.match])).toEqual([
      // "Postgres" is an ESCO alternative label of PostgreSQL, crosswalked EXACT to the guides' node.
      ['Postgres', 'Technology:postgresql', 'ALIAS'],
      ['Kubernets', 'Technology:kubernetes', 'FUZZY'],
      ['Mongo', 'Technology:mongodb', 'PREFIX'],
      ['Redis', 'Technology:redis', 'EXACT'],
    ]);
  });

  it.each([
    ['go to market', 'We go to market twice a year.'],
    ['R&D', 'Our R&D team is small.'],
    ['rust-proof', 'They sell rust-proof coatings.'],
    ['swift delivery', 'We promise swift delivery.'],
    ['Swift delivery at the start', 'Swift delivery is our promise.'],
    ['express delivery', 'Choose express delivery at checkout.'],
    ['Express Delivery Service', 'Book our Express Delivery Service today.'],
    ['spring collection', 'Our spring collection is here.'],
    ['react quickly', 'We react quickly to incidents.'],
    ['C-level', 'You report to C-level executives.'],
    ["we're hiring", "We're hiring!"],
    ['python-print scarves', 'Python-print scarves sell well.'],
    ['REST at rest', 'Data is encrypted at rest.'],
  ])('does not take an everyday word for a name: %s', (_case, text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it.each([
    ['Go in a list', 'Services in Go, Rust and PostgreSQL.', 'Go=Technology:go'],
    ['Go beside a technical word', 'We are hiring a Go developer.', 'Go=Technology:go'],
    ['Golang', 'tooling in golang', 'golang=Technology:go'],
    ['Swift capitalised mid-sentence', 'Our app is written in Rust.', 'Rust=Technology:rust'],
    ['Express beside Node.js', 'Node.js with Express', 'Express=Technology:express'],
    ['Express.js', 'APIs on Express.js', 'Express.js=Technology:express'],
    ['Spring in a Java stack', 'Java, Spring and Hibernate', 'Spring=Technology:spring'],
    ['C in a list', 'Firmware in C and Rust', 'C=Technology:c'],
    ['a skill beside "skills"', 'Excellent communication skills.', 'communication=Skill:communication'],
  ])('takes a name that is also a word in a technical context: %s', (_case, text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });

  it('explains every mention and every rejection, with the span as written', () => {
    const text = 'We go fast: Go, PostgreSQL.';
    const analysis = analyzer.analyze(text, 1);
    for (const mention of analysis.mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.explanation).toMatch(/^the name “/);
      expect(mention.confidence).toBeGreaterThan(0);
      expect(mention.confidence).toBeLessThanOrEqual(1);
    }
    const go = analysis.mentions.find((m) => m.text === 'Go');
    expect(go?.explanation).toContain('listed with “PostgreSQL”');
    expect(analysis.rejected.map((r) => [r.text, r.reason])).toEqual([
      ['go', 'an everyday word used as a verb here'],
    ]);
  });

  it('is deterministic: the same text gives the same analysis', () => {
    const text = 'Senior Backend Engineer: Go, Kafka, Kubernetes, observability, mentoring juniors.';
    expect(analyzer.analyze(text, 5)).toEqual(analyzer.analyze(text, 5));
  });
});

describe('analyzeText role fits', () => {
  it('ranks the roles a DevOps ad fits, with the skills it covers and those it lacks, core first', () => {
    const analysis = analyzer.analyze(
      'DevOps Engineer. Deployment pipelines in GitLab CI, Docker, Kubernetes on AWS, monitoring with Prometheus.',
      3,
    );
    const [best] = analysis.roles;
    expect(best?.role.slug).toBe('devops-engineer');
    expect(best?.named).toBe(true);
    const covered = best?.covered.map((skill) => skill.slug);
    expect(covered).toEqual(expect.arrayContaining(['ci-cd', 'observability']));
    // Kubernetes counts toward container orchestration where a role requires it; Docker is a technology of DevOps.
    expect(best?.coveredTechnologies.map((t) => t.slug)).toEqual(['docker', 'kubernetes']);
    const missing = best?.missing ?? [];
    expect(missing.map((link) => link.skill.slug)).not.toContain('ci-cd');
    const grades = missing.map((link) => link.importance);
    expect(grades).toEqual([...grades].sort((a, b) => (a === 'CORE' ? -1 : b === 'CORE' ? 1 : 0)));
  });

  it('counts a technology toward the skills the graph applies with it', () => {
    const [fit] = analyzer.analyze('Ten years of PostgreSQL and MySQL.', 1).roles;
    const sql = fit?.coverage.find((item) => item.skill.slug === 'sql');
    expect(sql).toMatchObject({ named: false });
    expect(sql?.through.map((technology) => technology.slug)).toEqual(['postgresql', 'mysql']);
  });

  it('ranks by the same score it reports, for every role', () => {
    const text = 'Go, Kafka, Kubernetes, PostgreSQL, SQL, mentoring, system design, Docker, Jenkins, React.';
    const fits = analyzer.analyze(text, 20).roles;
    const evidence = analyzer.evidenceOf(analyzer.analyze(text, 1).mentions);
    for (const fit of fits) {
      const requirements = data.roles.find((r) => r.role.slug === fit.role.slug);
      expect(fitRole(requirements as RoleRequirements, evidence, fit.named).score).toBe(fit.score);
    }
    expect(fits.map((fit) => fit.score)).toEqual([...fits.map((fit) => fit.score)].sort((a, b) => b - a));
  });

  it('ranks no role for a text that names nothing, and at most `first`', () => {
    expect(analyzer.analyze('We promise swift delivery.', 5).roles).toEqual([]);
    expect(analyzer.analyze('Go, Rust, Python, Kubernetes, SQL', 2).roles).toHaveLength(2);
  });
});

describe('a vocabulary with a classification layer (ESCO)', () => {
  const esco: Evidence[] = [
    { source: 'esco', lines: null, uri: null, basis: 'STATED', note: null, about: null },
  ];
  const escoSkill = (
    slug: string,
    name: string,
    aliases: string[],
    uri: string | null = null,
  ): SkillEntity => ({
    slug,
    name,
    aliases,
    aliasEvidence: aliases.map((alias) => ({ name: alias, evidence: esco })),
    category: 'UNSPECIFIED',
    description: null,
    skillType: 'KNOWLEDGE',
    externalIds: uri ? [{ scheme: 'ESCO', uri, match: 'EXACT' }] : [],
    sources: ['esco'],
    evidence: esco,
  });
  let layered: TextAnalyzer;

  beforeAll(() => {
    const kubernetesUri = 'http://data.europa.eu/esco/skill/k8s';
    const withUri = (technology: TechnologyEntity): TechnologyEntity =>
      technology.slug === 'kubernetes'
        ? { ...technology, externalIds: [{ scheme: 'ESCO', uri: kubernetesUri, match: 'EXACT' }] }
        : technology;
    layered = new TextAnalyzer({
      ...data,
      technologies: data.technologies.map(withUri),
      skills: [
        ...data.skills,
        escoSkill('machine-learning', 'machine learning', ['ML']),
        escoSkill('manage-staff', 'manage staff', []),
        escoSkill('statistics', 'statistics', []),
        escoSkill('communication-esco', 'communication', []),
        escoSkill('kubernetes-esco', 'Kubernetes (container orchestration)', ['K8s'], kubernetesUri),
        escoSkill('swift-computer-programming', 'Swift (computer programming)', ['Swift']),
      ],
      classificationSources: new Set(['esco']),
    });
  });

  it('matches a classification label in context, a little less surely than a guide name', () => {
    const [statistics] = layered.analyze('A strong background in statistics is required.', 1).mentions;
    expect(statistics?.node.key).toBe('Skill:statistics');
    expect(statistics?.confidence).toBeLessThan(0.9);
    expect(mentionsOf('Lies, damned lies and statistics.', layered)).toEqual([]);
  });

  it('needs technical context for a label made of everyday words', () => {
    expect(mentionsOf('Shop managers manage staff rotas.', layered)).toEqual([]);
    expect(mentionsOf('Machine learning with Python and PostgreSQL.', layered)).toContain(
      'Machine learning=Skill:machine-learning',
    );
  });

  it('prefers the guide node to an ESCO node with the same label', () => {
    expect(mentionsOf('Strong communication skills.', layered)).toEqual([
      'communication=Skill:communication',
    ]);
  });

  it("reads a crosswalked ESCO concept's labels as the guide node's", () => {
    const [k8s] = layered.analyze('We run K8s in production.', 1).mentions;
    expect(k8s?.node.key).toBe('Technology:kubernetes');
    expect(k8s?.explanation).toContain('crosswalked');
  });

  it('takes a capitalised classification label as a name, without its qualifier', () => {
    expect(mentionsOf('You write Swift every day.', layered)).toEqual([
      'Swift=Skill:swift-computer-programming',
    ]);
    expect(mentionsOf('We promise swift delivery.', layered)).toEqual([]);
  });
});

describe('vocabulary helpers', () => {
  it.each([
    ['microservices', 'microservice'],
    ['queues', 'queue'],
    ['databases', 'database'],
    ['libraries', 'library'],
    ['boxes', 'box'],
    ['express', 'express'],
    ['redis', 'redis'],
    ['js', 'js'],
  ])('singular(%s) is %s', (word, expected) => {
    expect(singular(word)).toBe(expected);
  });

  it.each([
    ['kubernetes', 'kubernets', true],
    ['kubernetes', 'kuberentes', true],
    ['kubernetes', 'kubernetess', true],
    ['kubernetes', 'kubrnets', false],
    ['postgresql', 'postgresql', true],
  ])('withinOneEdit(%s, %s) is %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
