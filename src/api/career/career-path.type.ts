import { Field, Float, Int, ObjectType } from 'type-graphql';
import { listOf } from '../common/complexity';
import { Role } from '../role/role.type';
import { Transition } from '../role/transition.type';

@ObjectType({
  description: 'One way from a role to another: the moves in order, and how long they typically take.',
})
export class CareerPath {
  @Field(() => [Transition], {
    complexity: listOf(10),
    description: 'The moves, in order.',
  })
  steps!: Transition[];

  @Field(() => [Role], {
    complexity: listOf(11),
    description: 'The roles along the path, the starting role first and the target last.',
  })
  roles!: Role[];

  @Field(() => Float, {
    nullable: true,
    description:
      "Sum of the moves' stated durations, the path's upper bound of years; null unless every step states one (no document in the seed times a move).",
  })
  totalYears!: number | null;

  @Field(() => Float, {
    description:
      'The least years the path can take, from stated figures only: the most experience any role on it asks for, less what the starting role asks for; 0 when no role asks for more.',
  })
  minYears!: number;

  @Field(() => Int, {
    description:
      'Steps that are a reading of the sources rather than a stated move: inherited from an occupation, or supported only by INFERRED evidence.',
  })
  inferredSteps!: number;

  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field({
    description:
      'The path in plain words, with where its timing comes from, e.g. "3 promotions; at least 5 years: Senior Backend Developer asks for 5+ years of experience; ...".',
  })
  explanation!: string;
}
