import { ownConceptUri } from '../../domain/same-concept';
import type { SeedGraph } from '../../seed/seed-graph';
import { seedConcepts } from '../seed-concepts';
import { datasetMarkerOf } from '../../dataset/dataset-marker-of';
import type { DatasetMarker } from '../dataset-marker';
import type { Neo4jClient } from './neo4j-client';
import {
  relationshipEnds,
  seedRelationships,
  type RelationshipType,
  type SeedRelationship,
} from '../seed-relationships';
import { toJson } from './neo4j-records';
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
  writeDatasetMarker,
} from './write-cypher';

type Statement = { cypher: string; parameters: Record<string, unknown> };

/** Neo4j stores no nulls: a property that would be null is left out. */
function withoutNulls(properties: object): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== null && value !== undefined),
  );
}

/** Nested facts become JSON text (Neo4j properties hold no maps); neo4j-records.ts reads them back. */
const nested = (entity: { evidence: unknown; aliasEvidence?: unknown }) => ({
  evidence: toJson(entity.evidence),
  ...(entity.aliasEvidence === undefined ? {} : { aliasEvidence: toJson(entity.aliasEvidence) }),
});

const salaryKey = (s: SeedGraph['salaries'][number]) =>
  [s.role, s.region, s.currency, s.period, s.min, s.max, s.source].join('|');

/** The properties a relationship carries in Neo4j: its facts, with evidence as JSON. */
function relationshipProperties({ from: _from, to: _to, evidence, ...facts }: SeedRelationship) {
  return withoutNulls({ ...facts, evidence: toJson(evidence) });
}

const relationshipTypes = Object.keys(relationshipEnds) as RelationshipType[];

/**
 * The statements that make the database hold exactly `seed` (and, with prune, nothing else), ending with
 * the dataset marker: in one transaction, the marker is there only if the whole graph is.
 */
export function seedStatements(seed: SeedGraph, prune: boolean, marker: DatasetMarker): Statement[] {
  const relationships = seedRelationships(seed);
  return [
    ...nodeStatements(seed),
    ...relationshipTypes.map((type) => ({
      cypher: upsertLinks[type],
      parameters: {
        rows: relationships[type].map((link) => ({
          from: link.from,
          to: link.to,
          properties: relationshipProperties(link),
        })),
      },
    })),
    { cypher: upsertSalaries, parameters: { rows: seed.salaries.map(salaryRow) } },
    ...(prune ? pruneStatements(seed, relationships) : []),
    { cypher: writeDatasetMarker, parameters: { ...marker, counts: toJson(marker.counts) } },
  ];
}

/** One upsert per node kind; technologies one per label (write-cypher.ts's upsertTechnologies). */
function nodeStatements(seed: SeedGraph): Statement[] {
  // Derived, for reads only: `concept` (relatedRoles) and `conceptUri` (byExternalId); never read back as facts.
  const concepts = seedConcepts(seed);
  return [
    { cypher: upsertNodes.Source, parameters: { rows: seed.sources.map(withoutNulls) } },
    { cypher: upsertNodes.Role, parameters: { rows: seed.roles.map(roleRow) } },
    {
      cypher: upsertNodes.Skill,
      parameters: {
        rows: seed.skills.map((skill) => conceptNodeRow(skill, concepts.skills.get(skill.slug))),
      },
    },
    {
      cypher: upsertNodes.Industry,
      parameters: { rows: seed.industries.map((i) => withoutNulls({ ...i, ...nested(i) })) },
    },
    ...technologyLabels.map((label) => ({
      cypher: upsertTechnologies[label],
      parameters: {
        rows: seed.technologies
          .filter((t) => t.kind === label.toUpperCase())
          .map((t) => conceptNodeRow(t, concepts.technologies.get(t.slug))),
      },
    })),
  ];
}

function roleRow({
  experience,
  externalIds,
  qualifications,
  workSettings,
  comparisons,
  ...role
}: SeedGraph['roles'][number]) {
  return withoutNulls({
    ...role,
    ...nested(role),
    experienceMin: experience?.min,
    experienceMax: experience?.max,
    externalIds: toJson(externalIds),
    conceptUri: ownConceptUri({ externalIds, evidence: role.evidence }),
    qualifications: toJson(qualifications),
    workSettings: toJson(workSettings),
    comparisons: toJson(comparisons),
  });
}

/** Skills and technologies: their facts, plus the concept they share with nodes of other sources. */
function conceptNodeRow(
  node: SeedGraph['skills'][number] | SeedGraph['technologies'][number],
  concept: string | undefined,
) {
  return withoutNulls({
    ...node,
    ...nested(node),
    externalIds: toJson(node.externalIds),
    concept,
    conceptUri: ownConceptUri(node),
  });
}

function salaryRow({ experience, evidence, ...salary }: SeedGraph['salaries'][number]) {
  return {
    role: salary.role,
    properties: withoutNulls({
      ...salary,
      experienceMin: experience?.min,
      experienceMax: experience?.max,
      evidence: toJson(evidence),
      key: salaryKey({ ...salary, experience, evidence }),
    }),
  };
}

/** --prune: delete every node, salary and relationship the seed does not name, by its key. */
function pruneStatements(seed: SeedGraph, relationships: ReturnType<typeof seedRelationships>): Statement[] {
  const keep = {
    Source: seed.sources,
    Role: seed.roles,
    Skill: seed.skills,
    Technology: seed.technologies,
    Industry: seed.industries,
  };
  return [
    ...Object.entries(keep).map(([label, nodes]) => ({
      cypher: pruneNodes[label as keyof typeof keep],
      parameters: { keep: nodes.map((n) => n.slug) },
    })),
    { cypher: pruneSalaries, parameters: { keep: seed.salaries.map(salaryKey) } },
    ...relationshipTypes.map((type) => ({
      cypher: pruneLinks[type],
      parameters: { keep: relationships[type].map((link) => [link.from, link.to]) },
    })),
  ];
}

export interface GraphCounts {
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * Loads a validated seed into Neo4j in one write transaction: MERGE by key, so running it twice leaves
 * the same graph, and a failure leaves the database as it was. The dataset marker records when, and the
 * seed's content hash.
 */
export async function seedNeo4j(
  client: Neo4jClient,
  seed: SeedGraph,
  options: { prune: boolean },
): Promise<GraphCounts> {
  const dataset = datasetMarkerOf(seed, new Date().toISOString());
  await client.writeAll(seedStatements(seed, options.prune, dataset));
  return countGraph(client);
}

export async function countGraph(client: Neo4jClient): Promise<GraphCounts> {
  const [row] = await client.read(graphCounts);
  return { nodes: Number(row?.nodes ?? 0), relationships: Number(row?.relationships ?? 0) };
}
