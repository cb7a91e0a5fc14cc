import type { SkillEntity, TechnologyEntity } from '../entities';
import { skillsCreditedBy, type AppliesPair } from '../technology-credit';
import { findMentions, type FoundMention, type RejectedCandidate } from './find-mentions';
import { bestRoleFits, type RoleFitResult, type RoleRequirements, type TextEvidence } from './role-fit';
import { tokenizeText } from './text-tokens';
import { TextVocabulary } from './vocabulary';

/** Everything text analysis reads from the graph, read once and kept (services/text-analysis.service.ts). */
export interface TextAnalysisData {
  readonly skills: readonly SkillEntity[];
  readonly technologies: readonly TechnologyEntity[];
  /** Every role with Role.skills and Role.technologies (own and inherited). */
  readonly roles: readonly RoleRequirements[];
  /** APPLIES links. */
  readonly applies: readonly AppliesPair[];
  /** Slugs of the sources that are classifications (ESCO): a node only they state is broad. */
  readonly classificationSources: ReadonlySet<string>;
}

export interface TextAnalysisResult {
  /** Skills and technologies the text names, in text order. */
  readonly mentions: readonly FoundMention[];
  /** Roles the text names by name or alias (a job ad's title), in text order. */
  readonly roleMentions: readonly FoundMention[];
  /** Candidates judged and not taken (outside every mention), in text order. */
  readonly rejected: readonly RejectedCandidate[];
  /** The roles the text fits best, best first. */
  readonly roles: readonly RoleFitResult[];
}

/** Whether only classifications state a node: an ESCO skill, not a guide skill with an ESCO id. */
function statedByClassificationsOnly(
  entity: { readonly sources: readonly string[] },
  classifications: ReadonlySet<string>,
): boolean {
  return entity.sources.length > 0 && entity.sources.every((source) => classifications.has(source));
}

/**
 * Reads a free text against the graph: which skills and technologies it names (find-mentions.ts) and
 * which roles it fits, with their gaps (role-fit.ts). Built once from the graph's data; `analyze` is
 * pure and linear in the text's length (plus the roles, a fixed cost per call).
 */
export class TextAnalyzer {
  readonly vocabulary: TextVocabulary;
  /** The roles' names and aliases, for the roles a text names itself. */
  readonly roleVocabulary: TextVocabulary;
  private readonly technologies: ReadonlyMap<string, TechnologyEntity>;

  constructor(private readonly data: TextAnalysisData) {
    this.vocabulary = new TextVocabulary([
      ...data.skills.map((entity) => ({
        kind: 'Skill' as const,
        entity,
        classification: statedByClassificationsOnly(entity, data.classificationSources),
      })),
      ...data.technologies.map((entity) => ({
        kind: 'Technology' as const,
        entity,
        classification: statedByClassificationsOnly(entity, data.classificationSources),
      })),
    ]);
    this.roleVocabulary = new TextVocabulary(
      data.roles.map(({ role }) => ({
        kind: 'Role' as const,
        entity: role,
        classification: statedByClassificationsOnly(role, data.classificationSources),
      })),
    );
    this.technologies = new Map(data.technologies.map((technology) => [technology.slug, technology]));
  }

  /** Slugs of every role the analyzer ranks. */
  roleSlugs(): string[] {
    return this.data.roles.map((requirements) => requirements.role.slug);
  }

  analyze(text: string, first: number): TextAnalysisResult {
    const tokens = tokenizeText(text);
    const { mentions, rejected } = findMentions(this.vocabulary, text, tokens);
    const roleMentions = findMentions(this.roleVocabulary, text, tokens).mentions;
    const named = new Set(roleMentions.map((mention) => mention.node.entity.slug));
    return {
      mentions,
      roleMentions,
      rejected,
      roles: bestRoleFits(this.data.roles, this.evidenceOf(mentions), first, named),
    };
  }

  /** What the mentions say someone knows, with crosswalked equivalents and what technologies earn. */
  evidenceOf(mentions: readonly FoundMention[]): TextEvidence {
    const named = new Set(mentions.map((mention) => mention.node.key));
    const known = new Set(named);
    for (const key of named) for (const same of this.vocabulary.sameConcept.get(key) ?? []) known.add(same);
    const slugsOf = (kind: string) =>
      [...known].filter((key) => key.startsWith(`${kind}:`)).map((key) => key.slice(kind.length + 1));
    const technologies = slugsOf('Technology');
    const credited = skillsCreditedBy(technologies, this.data.applies);
    return {
      skills: new Set(slugsOf('Skill')),
      technologies: new Set(technologies),
      skillsThrough: new Map(
        [...credited].map(([skill, through]) => [
          skill,
          through.map((slug) => this.technologies.get(slug) as TechnologyEntity),
        ]),
      ),
      namedCount: named.size,
    };
  }
}
