import { Field, Float, Int, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import { Node } from '../node/node.type';
import { Role } from '../role/role.type';
import { RoleSkill, RoleTechnology } from '../role/role-skill.type';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';
import { SearchMatch } from '../../domain/search-match';

@ObjectType({ description: 'A place in a text that names a node, how it matched, and why it was taken.' })
export class Mention {
  @Field(() => Node, {
    description: 'What is named: a Skill or a Technology (in TextAnalysis.roleMentions, a Role).',
  })
  node!: Node;

  @Field(() => Int, {
    description: 'Offset of the first character, in UTF-16 code units (JavaScript string indices).',
  })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character: text.slice(start, end) is `text`.' })
  end!: number;

  @Field({ description: 'The text at [start, end), exactly as it stands in the input.' })
  text!: string;

  @Field(() => SearchMatch, {
    description: 'How the text matched: the name, an alias, a prefix or a near form.',
  })
  match!: SearchMatch;

  @Field(() => Float, {
    description:
      'How sure the match is, 0 to 1: 1 for a whole name that is nothing but a name ("Kubernetes"); less for an alias, a near form, a name that is also an everyday word ("Go", taken on its context), or a label only a classification (ESCO) states.',
  })
  confidence!: number;

  @Field({ description: 'The name or alias of the node that matched, as the graph writes it.' })
  matchedName!: string;

  @Field({
    description:
      'Why this is a mention, in words: how it matched, and for a name that is also an ordinary word, the context that decided ("listed with PostgreSQL", "capitalised as the name is").',
  })
  explanation!: string;
}

@ObjectType({
  description:
    'A candidate the analysis did not take, with why: an everyday word with no technical context ("go to market"), part of a compound ("rust-proof"), a letter inside an expression ("R&D").',
})
export class RejectedMention {
  @Field(() => Node, { description: 'The skill or technology the words could have named.' })
  node!: Node;

  @Field(() => Int, { description: 'Offset of the first character, in UTF-16 code units.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last character.' })
  end!: number;

  @Field({ description: 'The text at [start, end).' })
  text!: string;

  @Field({ description: 'Why it was not taken.' })
  reason!: string;
}

@ObjectType({ description: 'A skill a role requires that a text covers, and how.' })
export class SkillCoverage {
  @Field(() => Skill, { description: 'The required skill.' })
  skill!: Skill;

  @Field({ description: 'Whether the text names the skill itself.' })
  named!: boolean;

  @Field(() => [Technology], {
    complexity: listOf(10),
    description:
      'Technologies the text names that count toward the skill: the graph applies the skill with them (Skill.technologies), so PostgreSQL counts toward SQL.',
  })
  through!: Technology[];
}

@ObjectType({ description: 'How well a text fits a role: what of the role it covers and what it lacks.' })
export class RoleFit {
  @Field(() => Role, { description: 'The role.' })
  role!: Role;

  @Field(() => Float, {
    description:
      'How well the text fits the role, 0 to 1: the F0.5 of `explained` and `coveredShare` (explained weighs more), raised when the text names the role itself (`named`: 30% of the distance to 1 is closed).',
  })
  score!: number;

  @Field({ description: "Whether the text names the role by its name or an alias (a job ad's title)." })
  named!: boolean;

  @Field(() => Float, {
    description:
      'Of the skills and technologies the text names, the share the role requires or uses (a technology also counts when the role requires a skill applied with it).',
  })
  explained!: number;

  @Field(() => Float, {
    description:
      "Of the role's requirements and technologies (Role.skills and Role.technologies, own and inherited), weighted by grade (core 4, preferred and common 2, trend and interview topic 1), the share the text covers.",
  })
  coveredShare!: number;

  @Field(() => [Skill], {
    complexity: listOf(40),
    description:
      'Skills the role requires that the text covers, by name: named, or earned through a technology the text names.',
  })
  covered!: Skill[];

  @Field(() => [SkillCoverage], { complexity: listOf(40), description: 'The covered skills, each with how.' })
  coverage!: SkillCoverage[];

  @Field(() => [RoleSkill], {
    complexity: listOf(90),
    description: 'Skills the role requires that the text does not cover: core first, then by name (the gap).',
  })
  missing!: RoleSkill[];

  @Field(() => [Technology], {
    complexity: listOf(40),
    description: 'Technologies the role uses that the text names, by name.',
  })
  coveredTechnologies!: Technology[];

  @Field(() => [RoleTechnology], {
    complexity: listOf(70),
    description:
      'Technologies the role uses that the text does not name: strongest grade first, then by name.',
  })
  missingTechnologies!: RoleTechnology[];
}

@ObjectType({
  description:
    'What a free text (a job ad, a CV) names and which roles it fits. Deterministic and offline: every mention explained, every fit computed from the graph.',
})
export class TextAnalysis {
  @Field(() => [Mention], {
    // Per 5,000 characters: analyzeText's cost multiplies what is selected by the text's length.
    complexity: listOf(100),
    description:
      'Every skill and technology the text names, in text order, non-overlapping (the longest name wins: "JavaScript" over "Java", "Spring Boot" over "Spring").',
  })
  mentions!: Mention[];

  @Field(() => [RoleFit], {
    complexity: listOf(5),
    description:
      'The roles the text fits best, best first (ties by name), at most `first`; none it shares nothing with.',
  })
  roles!: RoleFit[];

  @Field(() => [Mention], {
    complexity: listOf(5),
    description: "Roles the text names by name or alias (a job ad's title), in text order.",
  })
  roleMentions!: Mention[];

  @Field(() => [RejectedMention], {
    complexity: listOf(20),
    description: 'Candidates the analysis judged and did not take, with why, in text order.',
  })
  rejected!: RejectedMention[];
}
