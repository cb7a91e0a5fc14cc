import type { AliasFact, Evidence } from '../domain/entities';
import type { SeedGraph } from './seed-graph';
import type { SeedFileName } from './seed-schema';

/** One evidence item as the seed files write it: "source:lines" when it can be, the object form otherwise. */
export function locatorOf(item: Evidence): string | Record<string, unknown> {
  const lines =
    item.lines === null
      ? null
      : item.lines.start === item.lines.end
        ? `${item.lines.start}`
        : `${item.lines.start}-${item.lines.end}`;
  if (item.basis === 'STATED' && item.note === null && item.about === null && lines !== null)
    return `${item.source}:${lines}`;
  return {
    source: item.source,
    ...(lines === null ? { uri: item.uri } : { lines }),
    ...(item.basis === 'INFERRED' ? { inferred: item.note } : item.note === null ? {} : { note: item.note }),
    ...(item.about === null ? {} : { about: item.about }),
  };
}

const locators = (evidence: readonly Evidence[]) => evidence.map(locatorOf);
const aliasesOf = (aliases: readonly AliasFact[]) =>
  aliases.map((alias) => ({ name: alias.name, evidence: locators(alias.evidence) }));

/**
 * A seed graph written back as the seven seed files' entries (what readSeedFiles reads): own links
 * only, since what levels inherit is worked out again on loading. JSON is YAML, so a writer can store
 * each file as JSON text.
 */
export function seedFilesOf(graph: SeedGraph): Record<SeedFileName, unknown> {
  const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const item of items) {
      const group = groups.get(key(item));
      if (group) group.push(item);
      else groups.set(key(item), [item]);
    }
    return (slug: string) => groups.get(slug) ?? [];
  };
  const own = <T extends { inheritedFrom: string | null }>(items: readonly T[]) =>
    items.filter((item) => item.inheritedFrom === null);
  const requirementsOf = groupBy(own(graph.requirements), (link) => link.role);
  const roleTechnologiesOf = groupBy(own(graph.roleTechnologies), (link) => link.role);
  const prerequisitesOf = groupBy(graph.prerequisites, (link) => link.to);
  const relatedOf = groupBy(graph.relatedSkills, (link) => link.from);
  const skillTechnologiesOf = groupBy(graph.skillTechnologies, (link) => link.from);
  const languagesOf = groupBy(graph.frameworkLanguages, (link) => link.from);
  const hiresOf = groupBy(graph.hires, (link) => link.industry);
  const withEvidence = <T extends { evidence: readonly Evidence[] }>({ evidence, ...rest }: T) => ({
    ...rest,
    evidence: locators(evidence),
  });
  return {
    'dataset.yaml': {
      version: graph.release.version,
      released: graph.release.released,
      hash: graph.release.recordedHash,
      ...(graph.release.description === null ? {} : { description: graph.release.description }),
    },
    'sources.yaml': graph.sources,
    'roles.yaml': graph.roles.map(
      ({ sources: _s, aliases: _a, aliasEvidence, qualifications, workSettings, comparisons, ...role }) => ({
        ...withEvidence(role),
        aliases: aliasesOf(aliasEvidence),
        qualifications: qualifications.map(({ sources: _q, ...item }) => withEvidence(item)),
        workSettings: workSettings.map(({ sources: _w, ...item }) => withEvidence(item)),
        comparisons: comparisons.map(({ sources: _c, ...item }) => withEvidence(item)),
        skills: requirementsOf(role.slug).map((link) => ({
          skill: link.target,
          importance: link.importance,
          evidence: locators(link.evidence),
        })),
        technologies: roleTechnologiesOf(role.slug).map((link) => ({
          technology: link.target,
          importance: link.importance,
          evidence: locators(link.evidence),
        })),
      }),
    ),
    'skills.yaml': graph.skills.map(({ sources: _s, aliases: _a, aliasEvidence, ...skill }) => ({
      ...withEvidence(skill),
      aliases: aliasesOf(aliasEvidence),
      prerequisites: prerequisitesOf(skill.slug).map((link) => ({
        skill: link.from,
        evidence: locators(link.evidence),
      })),
      related: relatedOf(skill.slug).map((link) => ({ skill: link.to, evidence: locators(link.evidence) })),
      technologies: skillTechnologiesOf(skill.slug).map((link) => ({
        technology: link.to,
        evidence: locators(link.evidence),
      })),
    })),
    'technologies.yaml': graph.technologies.map(
      ({ sources: _s, aliases: _a, aliasEvidence, dataModel, toolCategory, ...technology }) => ({
        ...withEvidence(technology),
        aliases: aliasesOf(aliasEvidence),
        ...(dataModel === null ? {} : { dataModel }),
        ...(toolCategory === null ? {} : { category: toolCategory }),
        languages: languagesOf(technology.slug).map((link) => ({
          language: link.to,
          evidence: locators(link.evidence),
        })),
      }),
    ),
    'industries.yaml': graph.industries.map(({ sources: _s, aliases: _a, aliasEvidence, ...industry }) => ({
      ...withEvidence(industry),
      aliases: aliasesOf(aliasEvidence),
      hires: hiresOf(industry.slug).map((hire) => ({
        role: hire.role,
        emphasis: hire.emphasis,
        evidence: locators(hire.evidence),
      })),
    })),
    'transitions.yaml': own(graph.transitions).map(({ sources: _s, inheritedFrom: _i, ...transition }) =>
      withEvidence(transition),
    ),
    'salaries.yaml': graph.salaries.map(({ sources: _s, source: _source, ...salary }) =>
      withEvidence(salary),
    ),
  };
}
