import { Field, ObjectType } from 'type-graphql';
import type { LinkedNode } from '../../domain/entities';
import { Skill } from '../skill/skill.type';
import { Technology } from '../technology/technology.type';
import { Sourced } from './sourced.type';

@ObjectType({
  implements: Sourced,
  description: "A skill at the other end of a sourced link, with the link's evidence.",
})
export class SkillLink extends Sourced {
  @Field(() => Skill, { description: 'The skill.' })
  skill!: Skill;
}

@ObjectType({
  implements: Sourced,
  description: "A technology at the other end of a sourced link, with the link's evidence.",
})
export class TechnologyLink extends Sourced {
  @Field(() => Technology, { description: 'The technology.' })
  technology!: Technology;
}

/** A store's linked skills as SkillLink values. */
export const asSkillLinks = <T>(links: readonly LinkedNode<T>[]) =>
  links.map((link) => ({ ...link, skill: link.node }));
/** A store's linked technologies as TechnologyLink values. */
export const asTechnologyLinks = <T>(links: readonly LinkedNode<T>[]) =>
  links.map((link) => ({ ...link, technology: link.node }));
/** The nodes alone. */
export const nodesOf = <T>(links: readonly LinkedNode<T>[]): T[] => links.map((link) => link.node);
