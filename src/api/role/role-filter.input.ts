import { Field, InputType } from 'type-graphql';
import { RoleFamily, Seniority, Track } from '../../domain/enums';

@InputType({ description: 'Which roles to list; every given field must match.' })
export class RoleFilter {
  @Field(() => RoleFamily, { nullable: true, description: 'Only roles of this family.' })
  family?: RoleFamily | null;

  @Field(() => Seniority, { nullable: true, description: 'Only roles of this seniority.' })
  seniority?: Seniority | null;

  @Field(() => Track, { nullable: true, description: 'Only roles on this track.' })
  track?: Track | null;
}
