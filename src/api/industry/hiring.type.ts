import { Field, ObjectType } from 'type-graphql';
import { Sourced } from '../common/sourced.type';
import { Role } from '../role/role.type';
import { Industry } from './industry.type';

@ObjectType({ implements: Sourced, description: 'An industry hiring a role, with what it looks for.' })
export class Hiring extends Sourced {
  @Field(() => Industry, { description: 'The industry.' })
  industry!: Industry;

  @Field(() => Role, { description: 'The role it hires.' })
  role!: Role;

  @Field(() => String, {
    nullable: true,
    description: 'What the industry looks for in the role, when a source says.',
  })
  emphasis!: string | null;
}
