import { Field, ObjectType } from 'type-graphql';
import { RoleFamily, Seniority, Track } from '../../domain/enums';
import { Node } from '../node/node.type';
import { Sourced } from '../common/sourced.type';
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

  @Field(() => String, { nullable: true, description: 'What the role does, in a sentence or two.' })
  description!: string | null;

  @Field(() => RoleFamily, { description: 'The field of work the role belongs to.' })
  family!: RoleFamily;

  @Field(() => Seniority, { description: 'How senior the role is.' })
  seniority!: Seniority;

  @Field(() => Track, {
    nullable: true,
    description: 'Individual contributor or management; null when neither fits (a freelancer).',
  })
  track!: Track | null;

  @Field(() => YearsRange, {
    nullable: true,
    description: 'Years of experience the role typically asks for; null when no source says.',
  })
  experience!: YearsRange | null;
}
