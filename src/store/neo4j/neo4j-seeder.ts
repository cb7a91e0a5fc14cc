import type { SeedGraph } from '../../seed/seed-graph';
import type { Neo4jClient } from './neo4j-client';
import { searchProperties } from './neo4j-search';
import {
  graphCounts,
  pruneLinks,
  pruneNodes,
  pruneSalaries,
  technologyLabels,
  upsertLinks,
  upsertNodes,
  upsertSalaries,
  upsertTechnologies,
} from './write-cypher';

type Statement = { cypher: string; parameters: Record<string, unknown> };

/** Neo4j stores no nulls: a property that would be null is left out. */
function withoutNulls(properties: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== null && value !== undefined),
  );
}

const salaryKey = (s: SeedGraph['salaries'][number]) =>
  [s.role, s.region, s.currency, s.period, s.min, s.max, s.source].join('|');

/** The statements that make the database hold exactly `seed` (and, with prune, nothing else). */
export function seedStatements(seed: SeedGraph, prune: boolean): Statement[] {
  const statements: Statement[] = [
    { cypher: upsertNodes.Source, parameters: { rows: seed.sources.map(withoutNulls) } },
    {
      cypher: upsertNodes.Role,
      parameters: {
        rows: seed.roles.map(({ experience, ...role }) =>
          withoutNulls({
            ...role,
            experienceMin: experience?.min,
            experienceMax: experience?.max,
            ...searchProperties(role),
          }),
        ),
      },
    },
    {
      cypher: upsertNodes.Skill,
      parameters: {
        rows: seed.skills.map((skill) => withoutNulls({ ...skill, ...searchProperties(skill) })),
      },
    },
    {
      cypher: upsertNodes.Industry,
      parameters: { rows: seed.industries.map((i) => withoutNulls({ ...i, ...searchProperties(i) })) },
    },
    ...technologyLabels.map((label) => ({
      cypher: upsertTechnologies[label],
      parameters: {
        rows: seed.technologies
          .filter((t) => t.kind === label.toUpperCase())
          .map((t) => withoutNulls({ ...t, ...searchProperties(t) })),
      },
    })),
  ];
  const links = (
    type: keyof typeof upsertLinks,
    rows: { from: string; to: string; properties: Record<string, unknown> }[],
  ) => statements.push({ cypher: upsertLinks[type], parameters: { rows } });
  links(
    'REQUIRES',
    seed.requirements.map((r) => ({
      from: r.role,
      to: r.skill,
      properties: { importance: r.importance, sources: r.sources },
    })),
  );
  links(
    'USES',
    seed.roleTechnologies.map((l) => ({ from: l.from, to: l.to, properties: { sources: l.sources } })),
  );
  links(
    'TRANSITIONS_TO',
    seed.transitions.map((t) => ({
      from: t.from,
      to: t.to,
      properties: withoutNulls({ kind: t.kind, typicalYears: t.typicalYears, sources: t.sources }),
    })),
  );
  links(
    'PREREQUISITE_OF',
    seed.prerequisites.map((l) => ({ from: l.from, to: l.to, properties: { sources: l.sources } })),
  );
  links(
    'RELATED_TO',
    seed.relatedSkills.map((l) => ({ from: l.from, to: l.to, properties: { sources: l.sources } })),
  );
  links(
    'APPLIES',
    seed.skillTechnologies.map((l) => ({ from: l.from, to: l.to, properties: { sources: l.sources } })),
  );
  links(
    'WRITTEN_IN',
    seed.frameworkLanguages.map((l) => ({ from: l.from, to: l.to, properties: { sources: l.sources } })),
  );
  links(
    'HIRES',
    seed.hires.map((h) => ({
      from: h.industry,
      to: h.role,
      properties: withoutNulls({ emphasis: h.emphasis, sources: h.sources }),
    })),
  );
  statements.push({
    cypher: upsertSalaries,
    parameters: {
      rows: seed.salaries.map((s) => ({ role: s.role, properties: { ...s, key: salaryKey(s) } })),
    },
  });

  if (prune) {
    const keep = {
      Source: seed.sources,
      Role: seed.roles,
      Skill: seed.skills,
      Technology: seed.technologies,
      Industry: seed.industries,
    };
    for (const [label, nodes] of Object.entries(keep)) {
      statements.push({
        cypher: pruneNodes[label as keyof typeof keep],
        parameters: { keep: nodes.map((n) => n.slug) },
      });
    }
    statements.push({ cypher: pruneSalaries, parameters: { keep: seed.salaries.map(salaryKey) } });
    const pairs = {
      REQUIRES: seed.requirements.map((r) => [r.role, r.skill]),
      USES: seed.roleTechnologies.map((l) => [l.from, l.to]),
      TRANSITIONS_TO: seed.transitions.map((t) => [t.from, t.to]),
      PREREQUISITE_OF: seed.prerequisites.map((l) => [l.from, l.to]),
      RELATED_TO: seed.relatedSkills.map((l) => [l.from, l.to]),
      APPLIES: seed.skillTechnologies.map((l) => [l.from, l.to]),
      WRITTEN_IN: seed.frameworkLanguages.map((l) => [l.from, l.to]),
      HIRES: seed.hires.map((h) => [h.industry, h.role]),
    };
    for (const [type, keep] of Object.entries(pairs)) {
      statements.push({ cypher: pruneLinks[type as keyof typeof pairs], parameters: { keep } });
    }
  }
  return statements;
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * Loads a validated seed into Neo4j in one write transaction: MERGE by key, so running it twice leaves
 * the same graph, and a failure leaves the database as it was.
 */
export async function seedNeo4j(
  client: Neo4jClient,
  seed: SeedGraph,
  options: { prune: boolean },
): Promise<GraphCounts> {
  await client.writeAll(seedStatements(seed, options.prune));
  return countGraph(client);
}

export async function countGraph(client: Neo4jClient): Promise<GraphCounts> {
  const [row] = await client.read(graphCounts);
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}
