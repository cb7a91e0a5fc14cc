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
    description: "Sum of the steps' typical years; null when any step's duration is unknown.",
  })
  totalYears!: number | null;

  @Field(() => Int, { description: 'Number of steps.' })
  length!: number;

  @Field({
    description: 'The path in plain words, e.g. "3 promotions and 1 move to management, about 9 years".',
  })
  explanation!: string;
}
