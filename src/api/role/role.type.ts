import { Field, ObjectType } from 'type-graphql';
import { RoleFamily, Seniority, Track } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Alias, ExternalId } from '../common/evidence.type';
import { Sourced } from '../common/sourced.type';
import { Qualification, RoleComparison, WorkSetting } from './role-facts.type';
import { YearsRange } from './years-range.type';

@ObjectType({
  implements: [Node, Sourced],
  description: 'A job in tech, e.g. Senior Backend Developer, with what it requires and where it leads.',
})
export class Role extends Node {
  @Field({ description: 'Readable unique key: the kebab-case of the name, e.g. "senior-backend-developer".' })
  slug!: string;

  @Field({ description: 'Canonical name of the role.' })
  name!: string;

  @Field(() => [String], { description: 'Other names the sources use for this role.' })
  aliases!: string[];

  @Field(() => [Alias], { description: 'The other names with where each source uses them.' })
  aliasEvidence!: Alias[];

  @Field(() => String, {
    nullable: true,
    description: 'What the role does, in a sentence or two, saying only what the cited lines say.',
  })
  description!: string | null;

  @Field(() => RoleFamily, { description: 'The field of work the role belongs to.' })
  family!: RoleFamily;

  @Field(() => Seniority, {
    description: 'How senior the role is; UNSPECIFIED when no source gives a level.',
  })
  seniority!: Seniority;

  @Field(() => Track, {
    nullable: true,
    description: 'Individual contributor or management; null when no source places the role on either.',
  })
  track!: Track | null;

  @Field(() => YearsRange, {
    nullable: true,
    description:
      'Years of experience the role asks for: a threshold of the role, not how long a move takes; null when no source says.',
  })
  experience!: YearsRange | null;

  @Field(() => [ExternalId], { description: 'Identifiers of this role in other classifications (ESCO).' })
  externalIds!: ExternalId[];

  @Field(() => [Qualification], {
    description: 'Degrees, certifications and practice the sources name for the role.',
  })
  qualifications!: Qualification[];

  @Field(() => [WorkSetting], { description: 'Kinds of workplace the sources describe for the role.' })
  workSettings!: WorkSetting[];

  @Field(() => [RoleComparison], {
    description: "How the role's pay and entry compare with another role's, as a source grades them.",
  })
  comparisons!: RoleComparison[];
}
