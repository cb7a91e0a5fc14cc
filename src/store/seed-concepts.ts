import { conceptsOf } from '../domain/same-concept';
import type { SeedGraph } from '../seed/seed-graph';

/** The concept of every skill and technology of a seed graph (domain/same-concept.ts), by slug per kind. */
export function seedConcepts(seed: Pick<SeedGraph, 'skills' | 'technologies'>): {
  readonly skills: ReadonlyMap<string, string>;
  readonly technologies: ReadonlyMap<string, string>;
} {
  const concepts = conceptsOf([
    ...seed.skills.map((skill) => ({ key: `Skill:${skill.slug}`, externalIds: skill.externalIds })),
    ...seed.technologies.map((technology) => ({
      key: `Technology:${technology.slug}`,
      externalIds: technology.externalIds,
    })),
  ]);
  const ofKind = (kind: 'Skill' | 'Technology', slugs: readonly { slug: string }[]) =>
    new Map(slugs.map(({ slug }) => [slug, concepts.get(`${kind}:${slug}`) as string]));
  return { skills: ofKind('Skill', seed.skills), technologies: ofKind('Technology', seed.technologies) };
}
