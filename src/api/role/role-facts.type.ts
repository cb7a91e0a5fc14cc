import { Field, ObjectType } from 'type-graphql';
import { EntryDifficulty, Expectation, QualificationKind, RelativeLevel } from '../../domain/enums';
import { Sourced } from '../common/sourced.type';

@ObjectType({
  implements: Sourced,
  description: 'A degree, certification or kind of practice a source names for a role.',
})
export class Qualification extends Sourced {
  @Field(() => QualificationKind, { description: 'Degree, certification or practice.' })
  kind!: QualificationKind;

  @Field({ description: "The qualification, in the project's words." })
  name!: string;

  @Field(() => Expectation, { description: 'How the source treats it.' })
  expectation!: Expectation;
}

@ObjectType({
  implements: Sourced,
  description: 'A kind of workplace (remote, startup, large enterprise) and what work there involves.',
})
export class WorkSetting extends Sourced {
  @Field({ description: 'The kind of workplace.' })
  name!: string;

  @Field(() => [String], { description: "What working there involves, in the project's words." })
  traits!: string[];
}

@ObjectType({
  implements: Sourced,
  description: "How a role's pay and entry compare with a baseline role's, as one source grades them.",
})
export class RoleComparison extends Sourced {
  @Field(() => RelativeLevel, {
    nullable: true,
    description:
      'Pay compared with the baseline; null when the role is the baseline or the source does not say.',
  })
  pay!: RelativeLevel | null;

  @Field(() => EntryDifficulty, {
    nullable: true,
    description: 'How hard the role is to get into, as the same source grades it.',
  })
  entry!: EntryDifficulty | null;
}
