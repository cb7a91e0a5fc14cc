/**
 * Candidates for the costliest request a client may send that the server accepts under its default
 * limits: the ways issue 11 names (fragments, introspection, aliases, search text, relatedRoles inside
 * lists) and the root fields that do work before they select anything, each sized to cost just under
 * MAX_QUERY_COST. bench/load-isolation.ts measures each and loads the server with the worst.
 */

export interface Candidate {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

const typeRef = 'name kind ofType { name kind ofType { name kind ofType { name kind } } }';
const fieldWalk = `name description isDeprecated deprecationReason args { name description defaultValue type { ${typeRef} } } type { ${typeRef} }`;
/** The deepest walk of the schema graphql-js lets introspection make (three lists down). */
const schemaWalk = `types { name description fields(includeDeprecated: true) { ${fieldWalk} type { fields(includeDeprecated: true) { ${fieldWalk} } interfaces { ${typeRef} } possibleTypes { ${typeRef} } enumValues { name description } inputFields { name type { ${typeRef} } } } } interfaces { name fields { ${fieldWalk} } } possibleTypes { name fields { ${fieldWalk} } } inputFields { name type { ${typeRef} } } enumValues { name } }`;

/** Misspelt terms, so every one is matched with typos: the search's slowest text of its 200 characters. */
const typoText =
  'kubernets postgrs pythn javscript reactt djangoo sprng kafkaa terrafrom ansibel dockr graphqll mongdb elasticsarch rabbitmqq jenkinss gitlabb promethus grafanna nginxx apachee linuxx';

/** The longest text analyzeText takes: job-ad phrases, so it finds mentions throughout. */
const jobAd =
  'We are hiring a Senior Backend Developer (Python/Django, PostgreSQL, Redis, Kafka) to build REST and GraphQL APIs on AWS with Docker and Kubernetes; experience with CI/CD, Terraform, monitoring with Prometheus and Grafana, and mentoring is a plus. ';
const longestText = jobAd.repeat(Math.ceil(20_000 / jobAd.length)).slice(0, 19_999);

const aliased = (count: number, field: (index: number) => string): string =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field(index)}`).join(' ')} }`;

export const candidates: readonly Candidate[] = [
  {
    name: 'relatedRoles of every role',
    query: '{ roles(first: 100) { nodes { relatedRoles(first: 50) { score role { slug name } } } } }',
  },
  {
    name: 'relatedRoles inside relatedRoles inside a list',
    query:
      '{ roles(first: 12) { nodes { relatedRoles(first: 50) { score role { relatedRoles(first: 5) { score } } } } } }',
  },
  {
    name: 'fragments: every role page, its moves and their targets',
    query: `{ roles(first: 5) { nodes { ...Page nextRoles { to { ...Page } } } } }
      fragment Page on Role { name family skills { importance skill { name } } }`,
  },
  { name: 'introspection: the deepest schema walk', query: `{ __schema { ${schemaWalk} } }` },
  {
    name: '11 aliased searches of 190 misspelt characters',
    query: aliased(
      11,
      (index) => `search(text: "${typoText.slice(index, index + 190)}", first: 10) { score node { id } }`,
    ),
  },
  {
    name: '15 aliased career path searches, 10 steps, 20 paths',
    query: aliased(
      15,
      () =>
        'careerPaths(from: "junior-backend-developer", to: "vp-of-engineering", maxSteps: 10, first: 20, rankBy: FASTEST) { length totalYears }',
    ),
  },
  {
    name: '15 aliased skill gaps',
    query: aliased(
      15,
      () =>
        'skillGap(from: "junior-backend-developer", to: "vp-of-engineering") { missing { skill { slug } } learningOrder { slug } }',
    ),
  },
  {
    name: '15 aliased skill-demand tables',
    query: aliased(15, () => 'skillDemand(first: 100) { roles skill { slug } }'),
  },
  {
    name: '4 aliased analyses of a 19,999-character job ad',
    query: `query($text: String!) ${aliased(4, () => 'analyzeText(text: $text) { mentions { start end node { id } } roles { score role { slug } } }')}`,
    variables: { text: longestText },
  },
];
