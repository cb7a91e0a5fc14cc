import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RoleEntity, TransitionEntity } from '../../domain/entities';
import type { ApiContext } from '../context';
import { Role } from './role.type';
import { Transition } from './transition.type';

@Resolver(() => Transition)
export class TransitionResolver {
  @FieldResolver(() => Role)
  async from(@Root() transition: TransitionEntity, @Ctx() { loaders }: ApiContext): Promise<RoleEntity> {
    return (await loaders.existing('Role', [transition.from]))[0] as RoleEntity;
  }

  @FieldResolver(() => Role)
  async to(@Root() transition: TransitionEntity, @Ctx() { loaders }: ApiContext): Promise<RoleEntity> {
    return (await loaders.existing('Role', [transition.to]))[0] as RoleEntity;
  }
}
