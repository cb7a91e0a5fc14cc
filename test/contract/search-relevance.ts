/**
 * The relevance test of search over the whole graph (the guides and the ESCO layer): what a learner
 * would type, with the node that should come first, or null for something the graph does not hold
 * (search must then find nothing at the default floor). Written from the source documents
 * (shared/seeds) and from ESCO's own labels and alternative labels (seed/esco).
 */
export interface RelevanceCase {
  readonly text: string;
  /** The first hit, as "Kind:slug", or null when the graph does not hold it. */
  readonly expected: string | null;
  readonly kind: 'name' | 'alias' | 'typo' | 'prefix' | 'abbreviation' | 'absent';
  /** Where the text comes from: a document (000..004) or ESCO. */
  readonly from: string;
}

export const relevanceCases: readonly RelevanceCase[] = [
  // Names, as the documents write them.
  {
    text: 'Site Reliability Engineer',
    expected: 'Role:site-reliability-engineer',
    kind: 'name',
    from: '000',
  },
  { text: 'Solutions Architect', expected: 'Role:solutions-architect', kind: 'name', from: '000' },
  { text: 'Engineering Manager', expected: 'Role:engineering-manager', kind: 'name', from: '000' },
  { text: 'VP of Engineering', expected: 'Role:vp-of-engineering', kind: 'name', from: '000' },
  { text: 'Node.js', expected: 'Technology:node-js', kind: 'name', from: '002' },
  { text: 'PostgreSQL', expected: 'Technology:postgresql', kind: 'name', from: '001' },
  { text: 'Spring Boot', expected: 'Technology:spring-boot', kind: 'name', from: '004' },
  { text: 'Ruby on Rails', expected: 'Technology:ruby-on-rails', kind: 'name', from: '002' },
  { text: 'microservices', expected: 'Skill:microservices', kind: 'name', from: '002' },
  { text: 'message queues', expected: 'Skill:message-queues', kind: 'name', from: '002' },
  { text: 'load balancing', expected: 'Skill:load-balancing', kind: 'name', from: '004' },
  { text: 'GraphQL', expected: 'Skill:graphql', kind: 'name', from: '001' },
  // Names as ESCO labels them.
  { text: 'database administrator', expected: 'Role:database-administrator', kind: 'name', from: 'ESCO' },
  { text: 'software architect', expected: 'Role:software-architect', kind: 'name', from: 'ESCO' },
  { text: 'cloud engineer', expected: 'Role:cloud-engineer', kind: 'name', from: 'ESCO' },
  { text: 'TypeScript', expected: 'Technology:typescript', kind: 'name', from: 'ESCO' },
  { text: 'systems thinking', expected: 'Skill:systems-thinking', kind: 'name', from: 'ESCO' },
  // Aliases: the documents' other names, and ESCO's alternative labels.
  { text: 'Golang', expected: 'Technology:go', kind: 'alias', from: '002' },
  { text: 'RESTful APIs', expected: 'Skill:rest', kind: 'alias', from: '002' },
  { text: 'race condition', expected: 'Skill:concurrency', kind: 'alias', from: '003' },
  { text: 'OAuth 2.0', expected: 'Skill:oauth', kind: 'alias', from: '004' },
  { text: 'Backend Engineer', expected: 'Role:mid-level-backend-developer', kind: 'alias', from: '004' },
  { text: 'front end developer', expected: 'Role:frontend-developer', kind: 'alias', from: 'ESCO' },
  { text: 'database programmer', expected: 'Role:database-programmer', kind: 'alias', from: 'ESCO' },
  // ESCO's skill is named "NoSQL"; the guides' "NoSQL databases" only has it as an alias.
  { text: 'NoSQL', expected: 'Skill:nosql', kind: 'name', from: 'ESCO' },
  { text: 'Postgres', expected: 'Technology:postgresql', kind: 'alias', from: 'ESCO' },
  // Typos.
  { text: 'kubernets', expected: 'Technology:kubernetes', kind: 'typo', from: '003' },
  { text: 'postgressql', expected: 'Technology:postgresql', kind: 'typo', from: '001' },
  { text: 'Site Reliabilty Engineer', expected: 'Role:site-reliability-engineer', kind: 'typo', from: '000' },
  { text: 'Enginering Manager', expected: 'Role:engineering-manager', kind: 'typo', from: '000' },
  { text: 'microservises', expected: 'Skill:microservices', kind: 'typo', from: '002' },
  { text: 'dockr', expected: 'Technology:docker', kind: 'typo', from: '003' },
  { text: 'javascirpt', expected: 'Technology:javascript', kind: 'typo', from: '002' },
  { text: 'Python3', expected: 'Technology:python', kind: 'typo', from: 'ESCO' },
  // Prefixes and abbreviations.
  { text: 'vp eng', expected: 'Role:vp-of-engineering', kind: 'prefix', from: '000' },
  { text: 'postgres', expected: 'Technology:postgresql', kind: 'prefix', from: '001' },
  { text: 'mongo', expected: 'Technology:mongodb', kind: 'prefix', from: '002' },
  { text: 'distinguished', expected: 'Role:distinguished-engineer', kind: 'prefix', from: '000' },
  { text: 'SRE', expected: 'Role:site-reliability-engineer', kind: 'abbreviation', from: '000' },
  { text: 'XSS', expected: 'Skill:xss-prevention', kind: 'abbreviation', from: '000' },
  { text: 'DBA', expected: 'Role:database-administrator', kind: 'abbreviation', from: 'ESCO' },
  // Held by ESCO only: occupations and skills the guides do not cover, by ESCO's labels and alternative labels.
  { text: 'CISO', expected: 'Role:chief-ict-security-officer', kind: 'abbreviation', from: 'ESCO' },
  { text: 'data scientist', expected: 'Role:data-scientist', kind: 'name', from: 'ESCO' },
  { text: 'mobile developer', expected: 'Role:mobile-application-developer', kind: 'prefix', from: 'ESCO' },
  { text: 'penetration tester', expected: 'Role:ethical-hacker', kind: 'alias', from: 'ESCO' },
  { text: 'sysadmin', expected: 'Role:ict-system-administrator', kind: 'alias', from: 'ESCO' },
  { text: 'ethical hacker', expected: 'Role:ethical-hacker', kind: 'name', from: 'ESCO' },
  { text: 'ICT business analyst', expected: 'Role:ict-business-analyst', kind: 'name', from: 'ESCO' },
  { text: 'knowledge engineer', expected: 'Role:knowledge-engineer', kind: 'name', from: 'ESCO' },
  { text: 'data warehouse designer', expected: 'Role:data-warehouse-designer', kind: 'name', from: 'ESCO' },
  { text: 'softwre tester', expected: 'Role:software-tester', kind: 'typo', from: 'ESCO' },
  { text: 'machine learning', expected: 'Skill:machine-learning', kind: 'name', from: 'ESCO' },
  { text: 'LDAP', expected: 'Skill:ldap', kind: 'name', from: 'ESCO' },
  { text: 'Swift', expected: 'Skill:swift-computer-programming', kind: 'alias', from: 'ESCO' },
  // A guide node and its ESCO counterpart share a name: the guides' node comes first.
  { text: 'SPARK', expected: 'Technology:spark', kind: 'name', from: 'ESCO' },
];

/** Ten things neither the guides nor ESCO's ICT layer hold: no confident hit, now or with ESCO. */
export const absentEverywhere: readonly string[] = [
  'product manager',
  'QA engineer',
  'ML engineer',
  'Scrum master',
  'iOS developer',
  'Kotlin',
  'Terraform',
  'Flutter',
  'UX designer',
  'forklift driver',
];

export interface RelevanceFigures {
  readonly held: number;
  readonly absent: number;
  /** Share of held cases whose first hit is the expected node. */
  readonly precisionAt1: number;
  /** Share of absent cases with no hit at the default floor. */
  readonly noConfidentHitRate: number;
  readonly misses: readonly string[];
}

/** The figures for a search function (first hits as "Kind:slug", at the default floor). */
export async function relevanceFigures(
  firstHits: (text: string) => Promise<readonly string[]>,
): Promise<RelevanceFigures> {
  const misses: string[] = [];
  let held = 0;
  let right = 0;
  let absent = 0;
  let empty = 0;
  const cases = [
    ...relevanceCases,
    ...absentEverywhere.map((text): RelevanceCase => ({ text, expected: null, kind: 'absent', from: '-' })),
  ];
  for (const { text, expected } of cases) {
    const hits = await firstHits(text);
    if (expected === null) {
      absent++;
      if (hits.length === 0) empty++;
      else misses.push(`"${text}": expected no hit, got ${hits[0]}`);
    } else {
      held++;
      if (hits[0] === expected) right++;
      else misses.push(`"${text}": expected ${expected}, got ${hits[0] ?? 'nothing'}`);
    }
  }
  return { held, absent, precisionAt1: right / held, noConfidentHitRate: empty / absent, misses };
}
