import { Field, Float, Int, ObjectType } from 'type-graphql';
import { TransitionKind } from '../../domain/enums';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';

@ObjectType({ description: 'How many roles require a skill: exact counts over the graph.' })
export class SkillDemand {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;

  @Field(() => Int, {
    description: 'Roles that require it at any grade, own and inherited requirements alike (Role.skills).',
  })
  roles!: number;

  @Field(() => Int, { description: 'Roles that require it as a core skill.' })
  core!: number;

  @Field(() => Int, { description: 'Roles that list it as preferred (a plus).' })
  preferred!: number;

  @Field(() => Int, { description: 'Roles that name it as one of the usual choices (COMMON).' })
  common!: number;

  @Field(() => Int, { description: 'Roles that name it as a trend.' })
  trend!: number;

  @Field(() => Int, { description: 'Roles that name it as an interview topic.' })
  interview!: number;
}

@ObjectType({ description: 'How many roles use a technology: exact counts over the graph.' })
export class TechnologyUsage {
  @Field(() => Technology, { description: 'The technology.' })
  technology!: Technology;

  @Field(() => Int, { description: 'Roles that use it.' })
  roles!: number;
}

@ObjectType({ description: 'Figures for one kind of career move, over every transition in the graph.' })
export class TransitionStats {
  @Field(() => TransitionKind, { description: 'The kind of move.' })
  kind!: TransitionKind;

  @Field(() => Int, { description: 'How many transitions are of this kind.' })
  count!: number;

  @Field(() => Int, {
    description: 'How many of them state a typical duration; the year figures are over these.',
  })
  withYears!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median typical years; null when no transition of this kind states one.',
  })
  medianYears!: number | null;

  @Field(() => Float, { nullable: true, description: 'Fewest typical years.' })
  minYears!: number | null;

  @Field(() => Float, { nullable: true, description: 'Most typical years.' })
  maxYears!: number | null;
}
