import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoleEntity, TransitionEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import type { Eventually } from '../loaders';
import { Role } from './role.type';
import { Transition } from './transition.type';

@Resolver(() => Transition)
export class TransitionResolver {
  @FieldResolver(() => Role)
  from(@Root() transition: TransitionEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity> {
    return loaders.existingOne('Role', transition.from);
  }

  @FieldResolver(() => Role)
  to(@Root() transition: TransitionEntity, @Ctx() { loaders }: ApiContext): Eventually<RoleEntity> {
    return loaders.existingOne('Role', transition.to);
  }
}
