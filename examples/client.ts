/*
 * A typed careergraph client in about 150 lines: the operations of examples/*.graphql, typed by
 * `npm run codegen` (examples/generated/), sent with plain fetch. Results and variables are checked by
 * TypeScript: rename a field in an example, and the code below that reads it stops compiling.
 *
 *   npm start                      # in one terminal
 *   npm run example                # in another; CAREERGRAPH_URL=http://host:port/graphql to point elsewhere
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import {
  AnalyticsDocument,
  AnalyzeTextDocument,
  CareerPathsDocument,
  ConstrainedPathsDocument,
  EscoRoleDocument,
  ToEscoDocument,
  LanguageFrameworksDocument,
  LearnerSkillGapDocument,
  RelatedRolesDocument,
  SalaryRangesDocument,
  SearchDocument,
  SkillGapDocument,
} from './generated/graphql';

export const defaultEndpoint = 'http://localhost:4000/graphql';

interface GraphQLResponse<TResult> {
  readonly data?: TResult | null;
  readonly errors?: readonly { message: string; extensions?: { code?: string } }[];
}

/** Sends one typed operation; resolves with its typed `data`, or throws with the server's error messages. */
export async function execute<TResult, TVariables>(
  endpoint: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
): Promise<TResult> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
    },
    body: JSON.stringify({ query: print(document), variables: variables ?? {} }),
  });
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<TResult>;
  if (body.errors?.length || !body.data) {
    const reasons = body.errors?.map((error) => `${error.extensions?.code ?? 'ERROR'}: ${error.message}`);
    throw new Error(`${endpoint} answered ${response.status}: ${reasons?.join('; ') ?? 'no data'}`);
  }
  return body.data;
}

const amount = (value: number) => value.toLocaleString('en-US');

/** Runs every example against `endpoint` and returns what it prints, one line per entry. */
export async function runExamples(endpoint: string): Promise<string[]> {
  const lines: string[] = [];

  const paths = await execute(endpoint, CareerPathsDocument, {
    from: 'junior-backend-developer',
    to: 'software-architect',
    first: 3,
  });
  lines.push('Paths from Junior Backend Developer to Software Architect');
  paths.careerPaths.forEach((path, index) => {
    const steps = path.steps.map((step) => {
      const lines = step.evidence.map((item) => `${item.source.slug}:${item.lines?.start ?? '?'}`).join(' ');
      return `${step.kind.toLowerCase()}${step.inheritedFrom ? ` (via ${step.inheritedFrom.name})` : ''} [${lines}]`;
    });
    lines.push(`  ${index + 1}. ${path.roles.map((role) => role.name).join(' -> ')}`);
    lines.push(`     ${path.explanation}`);
    lines.push(`     steps: ${steps.join(', ')}`);
  });

  const constrained = await execute(endpoint, ConstrainedPathsDocument, {
    from: 'senior-backend-developer',
    to: 'vp-of-engineering',
    track: 'MANAGEMENT',
    avoid: ['backend-engineering-manager'],
    rankBy: 'FASTEST',
    first: 3,
  });
  lines.push(
    '',
    'Management paths from Senior Backend Developer to VP of Engineering, around Backend Engineering Manager',
  );
  for (const path of constrained.careerPaths) {
    lines.push(`  ${path.roles.map((role) => role.name).join(' -> ')} (${path.explanation})`);
    lines.push(`     to learn: ${path.requiredSkills.map((skill) => skill.name).join(', ')}`);
  }

  const { skillGap } = await execute(endpoint, SkillGapDocument, {
    from: 'senior-backend-developer',
    to: 'devops-engineer',
  });
  const importance = new Map(skillGap.missing.map((entry) => [entry.skill.name, entry.importance]));
  lines.push('', 'Skill gap: Senior Backend Developer -> DevOps Engineer');
  lines.push(
    `  learn, in this order: ${skillGap.learningOrder
      .map((skill) => `${skill.name} (${importance.get(skill.name)?.toLowerCase() ?? 'prerequisite'})`)
      .join(', ')}`,
  );
  lines.push(`  already held: ${skillGap.shared.map((skill) => skill.name).join(', ')}`);

  const { skillGapForSkills } = await execute(endpoint, LearnerSkillGapDocument, {
    have: ['sql', 'database-design'],
    to: 'database-administrator',
  });
  lines.push('', 'A learner with SQL and Database Design -> Database Administrator');
  lines.push(
    `  learn, in this order: ${skillGapForSkills.learningOrder.map((skill) => skill.name).join(', ')}`,
  );

  const { search } = await execute(endpoint, SearchDocument, { text: 'kubernets', first: 3 });
  lines.push('', 'Search "kubernets"');
  for (const hit of search) {
    const name = 'name' in hit.node ? hit.node.name : hit.node.id;
    lines.push(`  ${hit.score.toFixed(2)}  ${hit.match.padEnd(7)}  ${hit.node.__typename} ${name}`);
  }

  const related = await execute(endpoint, RelatedRolesDocument, { slug: 'frontend-developer', first: 3 });
  lines.push('', `Roles related to ${related.role?.name ?? 'frontend-developer (not found)'}`);
  for (const entry of related.role?.relatedRoles ?? []) {
    const shared = entry.sharedSkills.map((skill) => skill.name).join(', ') || 'no shared skill';
    lines.push(`  ${entry.score.toFixed(4)}  ${entry.role.name} (${shared})`);
    lines.push(`          ${entry.explanation}`);
  }

  const { byExternalId } = await execute(endpoint, EscoRoleDocument, {
    uri: 'http://data.europa.eu/esco/occupation/d0aa0792-4345-474b-9365-686cf4869d2e',
  });
  if (byExternalId?.__typename === 'Role') {
    lines.push('', `ESCO occupation ${byExternalId.externalIds[0]?.uri ?? ''}: ${byExternalId.name}`);
    lines.push(
      `  requires ${byExternalId.skills.length} skills and knowledge, e.g. ${byExternalId.skills
        .slice(0, 3)
        .map((entry) => `${entry.skill.name} (${entry.skill.skillType?.toLowerCase() ?? 'type not stated'})`)
        .join(', ')}`,
    );
  }

  const toEsco = await execute(endpoint, ToEscoDocument, { slug: 'security-engineer', first: 8 });
  const crosswalk = toEsco.role?.externalIds.map((id) => `${id.match} ${id.uri}`).join(', ') ?? '';
  lines.push('', `${toEsco.role?.name ?? 'security-engineer (not found)'} in ESCO: ${crosswalk}`);
  for (const entry of toEsco.role?.relatedRoles ?? [])
    if (entry.role.externalIds.some((id) => id.match === 'EXACT'))
      lines.push(
        `  ${entry.score.toFixed(4)}  ESCO ${entry.role.name} (${entry.sharedSkills.map((skill) => skill.name).join(', ')})`,
      );

  const analytics = await execute(endpoint, AnalyticsDocument, { first: 3 });
  lines.push('', 'Most demanded skills');
  for (const entry of analytics.skillDemand) lines.push(`  ${entry.skill.name}: ${entry.roles} roles`);
  lines.push('Career moves by kind');
  for (const entry of analytics.transitionStats) lines.push(`  ${entry.kind.toLowerCase()}: ${entry.count}`);

  const { technologies } = await execute(endpoint, LanguageFrameworksDocument);
  lines.push('', `Frameworks of each language (${technologies.totalCount} languages)`);
  for (const language of technologies.nodes) {
    const frameworks = 'frameworks' in language ? language.frameworks.map((f) => f.name) : [];
    lines.push(`  ${language.name}: ${frameworks.join(', ') || '-'}`);
  }

  const salaries = await execute(endpoint, SalaryRangesDocument, { slug: 'backend-developer' });
  lines.push('', `Salary ranges of ${salaries.role?.name ?? 'backend-developer (not found)'}`);
  for (const range of salaries.role?.salaries ?? []) {
    const experience = range.experience
      ? `, for ${range.experience.min}-${range.experience.max ?? ''} years`
      : '';
    lines.push(
      `  ${range.region} ${range.currency} ${amount(range.min)} - ${amount(range.max)} a ${range.period.toLowerCase()}` +
        `${experience}  (source: ${range.source.title})`,
    );
  }
  const { analyzeText } = await execute(endpoint, AnalyzeTextDocument, {
    text: 'Senior Backend Engineer: Go, PostgreSQL and Kafka on Kubernetes. We go to market fast.',
  });
  lines.push('', 'What a job ad names, and the roles it fits');
  lines.push(
    `  mentions: ${analyzeText.mentions.map((m) => `${m.text} (${m.match.toLowerCase()})`).join(', ')}`,
  );
  lines.push(`  not taken: ${analyzeText.rejected.map((r) => `“${r.text}”: ${r.reason}`).join('; ') || '-'}`);
  for (const fit of analyzeText.roles)
    lines.push(`  ${fit.score.toFixed(4)}  ${fit.role.name}, lacks ${fit.missing.length} required skills`);
  return lines;
}

if (require.main === module) {
  const endpoint = process.env.CAREERGRAPH_URL ?? defaultEndpoint;
  runExamples(endpoint).then(
    (lines) => console.log(`careergraph at ${endpoint}\n\n${lines.join('\n')}`),
    (error: unknown) => {
      const cause = error instanceof Error && error.cause instanceof Error ? ` (${error.cause.message})` : '';
      console.error(`${error instanceof Error ? error.message : String(error)}${cause}`);
      console.error(`Is the server running? Start it with \`npm start\`, or set CAREERGRAPH_URL.`);
      process.exit(1);
    },
  );
}
