import {
  BREAK,
  getNamedType,
  isInterfaceType,
  isObjectType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { allFields, type NodeFact, type ReadFields } from '../../store/read-fields';

/** Root fields that only look nodes up and follow links: their answers show node facts only as fields. */
const plainRoots = new Set([
  'role',
  'roles',
  'skill',
  'skills',
  'technology',
  'technologies',
  'industry',
  'industries',
  'search',
]);

/**
 * The fields of the node types (Role, Skill, Industry, the technologies, Node) and what each reads of
 * the costly facts: null for none (plain properties, and links, which their own loaders read). A field
 * missing here reads everything, so a field added later is safe until listed.
 */
const nodeFieldFacts: Readonly<Record<string, NodeFact | 'profile' | null>> = {
  id: null,
  slug: null,
  name: null,
  family: 'profile',
  seniority: 'profile',
  track: 'profile',
  occupation: 'profile',
  experience: null,
  category: 'profile',
  skillType: 'profile',
  kind: null,
  dataModel: 'profile',
  description: 'description',
  aliases: 'aliases',
  aliasEvidence: 'aliases',
  sources: 'evidence',
  evidence: 'evidence',
  externalIds: 'externalIds',
  qualifications: 'roleFacts',
  workSettings: 'roleFacts',
  comparisons: 'roleFacts',
  ...Object.fromEntries(
    [
      // Role
      'salaries',
      'skills',
      'technologies',
      'technologyLinks',
      'levels',
      'nextRoles',
      'previousRoles',
      'relatedRoles',
      'industries',
      'hiredBy',
      // Skill
      'roles',
      'requiredBy',
      'prerequisites',
      'prerequisiteLinks',
      'unlocks',
      'unlockLinks',
      'relatedSkills',
      'relatedSkillLinks',
      // Technology
      'roleLinks',
      'skillLinks',
      'languages',
      'languageLinks',
      'frameworks',
      'frameworkLinks',
      // Industry
      'hires',
    ].map((field) => [field, null]),
  ),
};

/** Links: only their sources and evidence are costly. */
const linkTypes = new Set([
  'RoleSkill',
  'RoleTechnology',
  'Transition',
  'SkillLink',
  'TechnologyLink',
  'Hiring',
  'SalaryRange',
]);

/** Types whose fields read nothing costly beyond what the field leading to them did. */
const plainTypes = new Set([
  'RoleConnection',
  'RoleEdge',
  'SkillConnection',
  'SkillEdge',
  'TechnologyConnection',
  'TechnologyEdge',
  'PageInfo',
  'SearchHit',
  'RelatedRole',
  'YearsRange',
  // Reached only through a costly fact (read already) or a source (always read whole).
  'Source',
  'Evidence',
  'LineRange',
  'Alias',
  'ExternalId',
  'Qualification',
  'WorkSetting',
  'RoleComparison',
]);

const isNodeType = (type: GraphQLNamedType) =>
  ['Role', 'Skill', 'Industry', 'Technology', 'Node'].includes(type.name) ||
  (isObjectType(type) && type.getInterfaces().some((parent) => parent.name === 'Technology'));

/** The profile a node type's enum fields belong to (a tool's `category` is a technology's). */
const profileOf = (type: GraphQLNamedType): NodeFact =>
  type.name === 'Role' ? 'roleProfile' : type.name === 'Skill' ? 'skillProfile' : 'technologyProfile';

/**
 * What an operation reads of the costly node and link facts (store/read-fields.ts), from its document:
 * every field it selects anywhere (on any branch, whatever @skip or @include say: more is always safe).
 * Anything this does not know (another root field, a type not listed, introspection) reads everything.
 */
export function readFieldsOf(schema: GraphQLSchema, document: DocumentNode): ReadFields {
  const nodeFacts = new Set<NodeFact>();
  let linkFacts = false;
  let everything = false;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        const field = node.name.value;
        if (field === '__typename') return;
        const type = parent && getNamedType(parent);
        if (!type) everything = true;
        else if (type === schema.getQueryType()) everything = !plainRoots.has(field);
        else if (isNodeType(type)) {
          if (!Object.hasOwn(nodeFieldFacts, field)) everything = true;
          const fact = nodeFieldFacts[field];
          if (fact === 'profile') nodeFacts.add(profileOf(type));
          else if (fact) nodeFacts.add(fact);
        } else if (type.name === 'Sourced' && isInterfaceType(type)) {
          nodeFacts.add('evidence');
          linkFacts = true;
        } else if (linkTypes.has(type.name)) {
          if (field === 'sources' || field === 'evidence') linkFacts = true;
        } else if (!plainTypes.has(type.name)) everything = true;
        return everything ? BREAK : undefined;
      },
    }),
  );
  return everything ? allFields : { nodeFacts, linkFacts };
}
