/**
 * The node facts that cost the most to read (long text, JSON-encoded evidence) and that many requests
 * never show. A store may leave out those a request does not select (GraphStore.withFields): they come
 * back empty (null, []), so only a request that shows none of them may ask for them to be left out.
 */
export const nodeFacts = [
  'description',
  'aliases',
  'evidence',
  'externalIds',
  'roleFacts',
  'roleProfile',
  'skillProfile',
  'technologyProfile',
] as const;
/**
 * description; aliases (with aliasEvidence); evidence (with sources); externalIds; roleFacts (a role's
 * qualifications, work settings and comparisons); and each kind's profile, the enum fields a page may
 * not show: a role's family, seniority, track and occupation (roleProfile), a skill's category and type
 * (skillProfile), a technology's data model and tool category (technologyProfile). A slug, a name, a
 * role's experience (levels are ordered by it) and a technology's kind (its GraphQL type) are always read.
 */
export type NodeFact = (typeof nodeFacts)[number];

/** What a request reads of the nodes and links it touches; every other field is always read. */
export interface ReadFields {
  /** The costly node facts to read, for nodes of every kind. */
  readonly nodeFacts: ReadonlySet<NodeFact>;
  /** Whether links (requirements, moves, salaries, ...) carry their sources and evidence. */
  readonly linkFacts: boolean;
}

/** Everything: what a store reads when told nothing. */
export const allFields: ReadFields = { nodeFacts: new Set(nodeFacts), linkFacts: true };

/** The same text for the same fields: a key for the statements built for them. */
export function readFieldsKey(fields: ReadFields): string {
  return `${nodeFacts.filter((fact) => fields.nodeFacts.has(fact)).join(',')}|${fields.linkFacts ? 'links' : ''}`;
}
