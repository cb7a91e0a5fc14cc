import { compareText } from '../domain/ordering';
import type { SeedGraph } from '../seed/seed-graph';
import { salaryKey } from './facts';

const sortedBy = <T>(items: readonly T[], key: (item: T) => string): T[] =>
  [...items].sort((a, b) => compareText(key(a), key(b)));
const bySlug = (node: { slug: string }) => node.slug;
const byEnds = (link: { from: string; to: string }) => `${link.from}\u0000${link.to}`;

/**
 * The graph with every list in the order of its facts' keys (facts.ts): nodes by slug, links by their
 * ends, salaries by their key, a RELATED_TO pair with its ends in order. The seed files and each store
 * list the same facts in orders of their own; an export written from this is byte for byte the same
 * for the same facts, wherever they were read (what an ETag of the content hash promises).
 */
export function canonicalGraph(graph: SeedGraph): SeedGraph {
  return {
    release: graph.release,
    sources: sortedBy(graph.sources, bySlug),
    roles: sortedBy(graph.roles, bySlug),
    skills: sortedBy(graph.skills, bySlug),
    technologies: sortedBy(graph.technologies, bySlug),
    industries: sortedBy(graph.industries, bySlug),
    requirements: sortedBy(graph.requirements, (l) => `${l.role}\u0000${l.target}`),
    roleTechnologies: sortedBy(graph.roleTechnologies, (l) => `${l.role}\u0000${l.target}`),
    transitions: sortedBy(graph.transitions, byEnds),
    prerequisites: sortedBy(graph.prerequisites, byEnds),
    relatedSkills: sortedBy(
      graph.relatedSkills.map((link) =>
        link.to < link.from ? { ...link, from: link.to, to: link.from } : link,
      ),
      byEnds,
    ),
    skillTechnologies: sortedBy(graph.skillTechnologies, byEnds),
    frameworkLanguages: sortedBy(graph.frameworkLanguages, byEnds),
    hires: sortedBy(graph.hires, (h) => `${h.industry}\u0000${h.role}`),
    salaries: sortedBy(graph.salaries, salaryKey),
  };
}
