import { Field, Float, ObjectType } from 'type-graphql';
import { TransitionKind } from '../../domain/enums';
import { Sourced } from '../common/sourced.type';
import { Role } from './role.type';

@ObjectType({ implements: Sourced, description: 'A career move from one role to another.' })
export class Transition extends Sourced {
  @Field(() => Role, { description: 'The role the move starts from.' })
  from!: Role;

  @Field(() => Role, { description: 'The role the move leads to.' })
  to!: Role;

  @Field(() => TransitionKind, { description: 'What kind of move it is.' })
  kind!: TransitionKind;

  @Field(() => Float, {
    nullable: true,
    description:
      'Years a source states this move takes; null when no source times it (no document in the seed does). Experience bands are thresholds of roles (Role.experience), not durations of moves.',
  })
  typicalYears!: number | null;
}
