import { Field, InputType } from 'type-graphql';
import { SkillCategory } from '../../domain/enums';

@InputType({ description: 'Which skills to list.' })
export class SkillFilter {
  @Field(() => SkillCategory, { nullable: true, description: 'Only skills of this category.' })
  category?: SkillCategory | null;
}
