import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import type { Evidence, Link, RoleEntity, Sources, TransitionEntity } from '../domain/entities';
import { withInheritedLinks, withInheritedMoves, type OccupationMove } from '../domain/inheritance';
import { aliasKey } from '../domain/names';
import type { SeedFiles } from './read-seed-files';
import type { SeedProblem } from './seed-errors';
import type { GradedLink, SeedGraph } from './seed-graph';
import type { SeedFileContent, SeedFileName } from './seed-schema';

type Keys = readonly (string | number)[];

/** The distinct sources of some evidence, in order. */
export function sourcesOf(evidence: readonly Evidence[]): Sources {
  if (evidence.length === 1) return [(evidence[0] as Evidence).source];
  return [...new Set(evidence.map((item) => item.source))];
}

/** What every file's checker shares: the files, the slug indexes and the problems found so far. */
class SeedContext {
  readonly problems: SeedProblem[] = [];
  readonly slugs: {
    readonly [K in 'sources' | 'roles' | 'skills' | 'technologies' | 'industries']: Map<
      string,
      SeedFileContent[`${K}.yaml`][number]
    >;
  };

  constructor(
    readonly content: SeedFileContent,
    private readonly parsed: SeedFiles['parsed'],
  ) {
    this.slugs = {
      sources: this.slugIndex('sources.yaml'),
      roles: this.slugIndex('roles.yaml'),
      skills: this.slugIndex('skills.yaml'),
      technologies: this.slugIndex('technologies.yaml'),
      industries: this.slugIndex('industries.yaml'),
    };
  }

  report(file: SeedFileName, keys: Keys, reason: string): void {
    this.problems.push(this.parsed[file].problem(keys, reason));
  }

  lineOf(file: SeedFileName, keys: Keys): number | null {
    return this.parsed[file].lineOf(keys);
  }

  /** Reports an unknown slug of one kind. */
  expect(kind: keyof SeedContext['slugs'], file: SeedFileName, keys: Keys, slug: string): boolean {
    if (this.slugs[kind].has(slug)) return true;
    this.report(
      file,
      keys,
      `unknown ${kind === 'technologies' ? 'technology' : kind.slice(0, -1)} "${slug}"`,
    );
    return false;
  }

  /** Checks every evidence item's source, and that a line locator points at a document (a URI at none). */
  evidence(file: SeedFileName, keys: Keys, items: readonly Evidence[]): Sources {
    items.forEach((item, position) => {
      const source = this.slugs.sources.get(item.source);
      const at = [...keys, 'evidence', position];
      if (source === undefined) this.report(file, at, `unknown source "${item.source}"`);
      else if (item.lines !== null && source.document === null)
        this.report(file, at, `source "${item.source}" has no document to cite lines of: cite a concept uri`);
      else if (item.uri !== null && source.document !== null)
        this.report(file, at, `source "${item.source}" is a document: cite its lines`);
    });
    return sourcesOf(items);
  }

  /** Reports a link stated twice (by its two ends), per file and relation. */
  once(file: SeedFileName): (keys: Keys, from: string, to: string, label: string) => void {
    // A set of targets per source is far lighter on a large seed than a set of "source/target" strings.
    const seen = new Map<string, Set<string>>();
    return (keys, from, to, label) => {
      let targets = seen.get(from);
      if (targets === undefined) seen.set(from, (targets = new Set()));
      if (targets.has(to)) this.report(file, keys, `${label} is stated twice`);
      targets.add(to);
    };
  }

  private slugIndex<
    F extends 'sources.yaml' | 'roles.yaml' | 'skills.yaml' | 'technologies.yaml' | 'industries.yaml',
  >(file: F): Map<string, SeedFileContent[F][number]> {
    const bySlug = new Map<string, SeedFileContent[F][number]>();
    const firstIndex = new Map<string, number>();
    (this.content[file] as SeedFileContent[F][number][]).forEach((entry, index) => {
      const first = firstIndex.get(entry.slug);
      if (first === undefined) {
        bySlug.set(entry.slug, entry);
        firstIndex.set(entry.slug, index);
        return;
      }
      const firstLine = this.lineOf(file, [first, 'slug']);
      this.report(
        file,
        [index, 'slug'],
        `duplicate slug "${entry.slug}": also entry #${first + 1}${firstLine === null ? '' : ` at line ${firstLine}`}`,
      );
    });
    return bySlug;
  }
}

/**
 * Turns shape-checked seed files into a SeedGraph, checking what a schema cannot: that every slug is
 * unique, every reference resolves to a node of the right kind, every evidence item names a known
 * source, no link is stated twice, aliases do not collide across nodes, occupations and their levels
 * fit together, and learning order (PREREQUISITE_OF) has no cycle. What levels inherit from their
 * occupation is worked out here, once, for every store.
 */
export function buildSeedGraph({ content, parsed }: SeedFiles): {
  graph: SeedGraph;
  problems: SeedProblem[];
} {
  const context = new SeedContext(content, parsed);
  const roles = checkRoles(context);
  const skills = checkSkills(context);
  const frameworkLanguages = checkTechnologies(context);
  const hires = checkIndustries(context);
  const moves = checkTransitions(context, roles.entities);
  const salaries = checkSalaries(context);
  checkAliases(context);
  return {
    graph: {
      release: {
        version: content['dataset.yaml'].version,
        released: content['dataset.yaml'].released,
        recordedHash: content['dataset.yaml'].hash,
        description: content['dataset.yaml'].description,
      },
      sources: content['sources.yaml'].map(({ subject: _subject, ...source }) => source),
      roles: roles.entities,
      skills: skills.entities,
      technologies: frameworkLanguages.entities,
      industries: hires.entities,
      requirements: withInheritedLinks(roles.entities, roles.requirements),
      roleTechnologies: withInheritedLinks(roles.entities, roles.technologies),
      transitions: withInheritedMoves(roles.entities, moves),
      prerequisites: skills.prerequisites,
      relatedSkills: skills.related,
      skillTechnologies: skills.technologies,
      frameworkLanguages: frameworkLanguages.links,
      hires: hires.links,
      salaries,
    },
    problems: context.problems,
  };
}

function aliasFacts(
  context: SeedContext,
  file: SeedFileName,
  index: number,
  aliases: readonly { name: string; evidence: readonly Evidence[] }[],
) {
  aliases.forEach((alias, position) => context.evidence(file, [index, 'aliases', position], alias.evidence));
  return { aliases: aliases.map((alias) => alias.name), aliasEvidence: aliases };
}

type SeedRole = SeedFileContent['roles.yaml'][number];
type LinkOnce = ReturnType<SeedContext['once']>;

function checkRoles(context: SeedContext) {
  const file = 'roles.yaml';
  const requirements: GradedLink[] = [];
  const technologies: GradedLink[] = [];
  const once = { skills: context.once(file), technologies: context.once(file) };
  const entities = context.content[file].map((role, index): RoleEntity => {
    checkOccupation(context, role, index);
    requirements.push(...gradedLinks(context, role, index, 'skills', once.skills));
    technologies.push(...gradedLinks(context, role, index, 'technologies', once.technologies));
    const facts = roleFacts(context, role, index);
    const { skills: _skills, technologies: _technologies, aliases, ...rest } = role;
    return {
      ...rest,
      ...aliasFacts(context, file, index, aliases),
      sources: context.evidence(file, [index], role.evidence),
      ...facts,
    };
  });
  return { entities, requirements, technologies };
}

/** A level names an occupation that is a known role, not itself, and not a level of another. */
function checkOccupation(context: SeedContext, role: SeedRole, index: number): void {
  if (role.occupation === null) return;
  const file = 'roles.yaml';
  const occupation = context.slugs.roles.get(role.occupation);
  if (role.occupation === role.slug)
    context.report(file, [index, 'occupation'], 'a role cannot be its own occupation');
  else if (occupation === undefined) context.expect('roles', file, [index, 'occupation'], role.occupation);
  else if (occupation.occupation !== null)
    context.report(
      file,
      [index, 'occupation'],
      `"${role.occupation}" is itself a level of "${occupation.occupation}": an occupation has no occupation`,
    );
}

/** A role's required skills or used technologies: each target known and stated once, with its sources. */
function gradedLinks(
  context: SeedContext,
  role: SeedRole,
  index: number,
  list: 'skills' | 'technologies',
  once: LinkOnce,
): GradedLink[] {
  const file = 'roles.yaml';
  const field = list === 'skills' ? 'skill' : 'technology';
  return role[list].map((link, position) => {
    const target = 'skill' in link ? link.skill : link.technology;
    const keys = [index, list, position];
    context.expect(list, file, [...keys, field], target);
    once(keys, role.slug, target, `${field} "${target}"`);
    const sources = context.evidence(file, keys, link.evidence);
    return {
      role: role.slug,
      target,
      importance: link.importance,
      evidence: link.evidence,
      sources,
      inheritedFrom: null,
    };
  });
}

/** A role's qualifications, work settings and comparisons, each with its sources checked. */
function roleFacts(context: SeedContext, role: SeedRole, index: number) {
  const file = 'roles.yaml';
  const withSources = <T extends { evidence: readonly Evidence[] }>(
    list: string,
    item: T,
    position: number,
  ) => ({
    ...item,
    sources: context.evidence(file, [index, list, position], item.evidence),
  });
  return {
    qualifications: role.qualifications.map((item, position) =>
      withSources('qualifications', item, position),
    ),
    workSettings: role.workSettings.map((item, position) => withSources('workSettings', item, position)),
    comparisons: role.comparisons.map((item, position) => {
      context.expect('roles', file, [index, 'comparisons', position, 'baseline'], item.baseline);
      return withSources('comparisons', item, position);
    }),
  };
}

function checkSkills(context: SeedContext) {
  const file = 'skills.yaml';
  const prerequisites: Link[] = [];
  const related: Link[] = [];
  const technologies: Link[] = [];
  const linkOnce = { prerequisites: context.once(file), related: context.once(file) };
  const technologyOnce = context.once(file);
  const entities = context.content[file].map((skill, index) => {
    const skillLinks = (list: 'prerequisites' | 'related', into: Link[]) =>
      skill[list].forEach((link, position) => {
        const keys = [index, list, position];
        context.expect('skills', file, [...keys, 'skill'], link.skill);
        if (link.skill === skill.slug)
          context.report(file, [...keys, 'skill'], `a skill cannot be its own ${list} entry`);
        // A related link has no direction: a -> b and b -> a are the same link.
        const [from, to] =
          list === 'prerequisites' || link.skill < skill.slug
            ? [link.skill, skill.slug]
            : [skill.slug, link.skill];
        linkOnce[list](keys, from, to, `${list} link with "${link.skill}"`);
        const sources = context.evidence(file, keys, link.evidence);
        into.push(
          list === 'prerequisites'
            ? { from: link.skill, to: skill.slug, evidence: link.evidence, sources }
            : { from: skill.slug, to: link.skill, evidence: link.evidence, sources },
        );
      });
    skillLinks('prerequisites', prerequisites);
    skillLinks('related', related);
    skill.technologies.forEach((link, position) => {
      const keys = [index, 'technologies', position];
      context.expect('technologies', file, [...keys, 'technology'], link.technology);
      technologyOnce(keys, skill.slug, link.technology, `technology "${link.technology}"`);
      const sources = context.evidence(file, keys, link.evidence);
      technologies.push({ from: skill.slug, to: link.technology, evidence: link.evidence, sources });
    });
    const { prerequisites: _p, related: _r, technologies: _t, aliases, ...rest } = skill;
    return {
      ...rest,
      ...aliasFacts(context, file, index, aliases),
      sources: context.evidence(file, [index], skill.evidence),
    };
  });
  checkLearningOrder(context, prerequisites);
  return { entities, prerequisites, related, technologies };
}

/** A cycle in the prerequisites leaves no learning order: name it, with the line of each link in it. */
function checkLearningOrder(context: SeedContext, prerequisites: readonly Link[]): void {
  const learningOrder = new DirectedGraph();
  for (const link of prerequisites) learningOrder.mergeEdge(link.from, link.to);
  if (!hasCycle(learningOrder)) return;
  const cycle = findCycle(prerequisites);
  const skills = context.content['skills.yaml'];
  const places = cycle.slice(1).map((to, position) => {
    const from = cycle[position] as string;
    const index = skills.findIndex((skill) => skill.slug === to);
    const link = skills[index]?.prerequisites.findIndex((item) => item.skill === from) ?? -1;
    const line = index < 0 || link < 0 ? null : context.lineOf('skills.yaml', [index, 'prerequisites', link]);
    return `${from} -> ${to}${line === null ? '' : ` (line ${line})`}`;
  });
  context.problems.push({
    file: 'skills.yaml',
    line: null,
    entry: null,
    path: 'prerequisites',
    reason: `prerequisites form a cycle, so no learning order exists: ${cycle.join(' -> ')}; links: ${places.join(', ')}`,
  });
}

/** One cycle of the prerequisite graph, as slugs from a skill back to itself (depth-first search). */
function findCycle(links: readonly Link[]): string[] {
  const next = new Map<string, string[]>();
  for (const link of links) next.set(link.from, [...(next.get(link.from) ?? []), link.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (skill: string): string[] | null => {
    state.set(skill, 'open');
    stack.push(skill);
    for (const to of next.get(skill) ?? []) {
      if (state.get(to) === 'open') return [...stack.slice(stack.indexOf(to)), to];
      if (state.get(to) === undefined) {
        const found = visit(to);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(skill, 'done');
    return null;
  };
  for (const start of next.keys()) {
    if (state.get(start) !== undefined) continue;
    const found = visit(start);
    if (found) return found;
  }
  return [];
}

function checkTechnologies(context: SeedContext) {
  const file = 'technologies.yaml';
  const links: Link[] = [];
  const entities = context.content[file].map((technology, index) => {
    technology.languages.forEach((link, position) => {
      const keys = [index, 'languages', position];
      const language = context.slugs.technologies.get(link.language);
      if (language?.kind !== 'LANGUAGE')
        context.report(file, [...keys, 'language'], `"${link.language}" is not a known LANGUAGE`);
      const sources = context.evidence(file, keys, link.evidence);
      links.push({ from: technology.slug, to: link.language, evidence: link.evidence, sources });
    });
    const { languages: _languages, dataModel, category, aliases, ...rest } = technology;
    return {
      ...rest,
      ...aliasFacts(context, file, index, aliases),
      dataModel: dataModel ?? null,
      toolCategory: category ?? null,
      sources: context.evidence(file, [index], technology.evidence),
    };
  });
  return { entities, links };
}

function checkIndustries(context: SeedContext) {
  const file = 'industries.yaml';
  const links: SeedGraph['hires'][number][] = [];
  const entities = context.content[file].map((industry, index) => {
    industry.hires.forEach((link, position) => {
      const keys = [index, 'hires', position];
      context.expect('roles', file, [...keys, 'role'], link.role);
      const sources = context.evidence(file, keys, link.evidence);
      links.push({
        industry: industry.slug,
        role: link.role,
        emphasis: link.emphasis,
        evidence: link.evidence,
        sources,
      });
    });
    const { hires: _hires, aliases, ...rest } = industry;
    return {
      ...rest,
      ...aliasFacts(context, file, index, aliases),
      sources: context.evidence(file, [index], industry.evidence),
    };
  });
  return { entities, links };
}

function checkTransitions(context: SeedContext, roles: readonly RoleEntity[]): OccupationMove[] {
  const file = 'transitions.yaml';
  const once = context.once(file);
  const levelsOf = new Map<string, Set<string>>();
  for (const role of roles)
    if (role.occupation !== null)
      levelsOf.set(role.occupation, (levelsOf.get(role.occupation) ?? new Set()).add(role.slug));
  return context.content[file].map((transition, index) => {
    context.expect('roles', file, [index, 'from'], transition.from);
    context.expect('roles', file, [index, 'to'], transition.to);
    if (transition.from === transition.to)
      context.report(file, [index, 'to'], 'a role cannot transition to itself');
    once([index], transition.from, transition.to, `transition ${transition.from} -> ${transition.to}`);
    const sources = context.evidence(file, [index], transition.evidence);
    if (transition.openFrom !== null) {
      context.evidence(file, [index, 'openFrom'], transition.openFrom.evidence);
      if (!levelsOf.get(transition.from)?.has(transition.openFrom.level))
        context.report(
          file,
          [index, 'openFrom', 'level'],
          `"${transition.openFrom.level}" is not a level of "${transition.from}"`,
        );
    }
    const move: TransitionEntity = {
      from: transition.from,
      to: transition.to,
      kind: transition.kind,
      typicalYears: transition.typicalYears,
      evidence: transition.evidence,
      sources,
      inheritedFrom: null,
    };
    return { ...move, openFrom: transition.openFrom };
  });
}

function checkSalaries(context: SeedContext): SeedGraph['salaries'][number][] {
  const file = 'salaries.yaml';
  return context.content[file].map((salary, index) => {
    context.expect('roles', file, [index, 'role'], salary.role);
    const sources = context.evidence(file, [index], salary.evidence);
    return { ...salary, source: sources[0] as string, sources };
  });
}

/**
 * An alias names one node: two nodes answering to the same name (a role and a skill both called "DBA")
 * make search and text analysis guess. A node's own name counts as one of its names.
 */
function checkAliases(context: SeedContext): void {
  const owners = new Map<string, string>();
  const files = ['roles.yaml', 'skills.yaml', 'technologies.yaml', 'industries.yaml'] as const;
  for (const file of files) {
    context.content[file].forEach((entry, index) => {
      const self = `${file.replace('.yaml', '')}/${entry.slug}`;
      const names: [string, Keys][] = [
        [entry.name, [index, 'name']],
        ...entry.aliases.map((alias, position): [string, Keys] => [alias.name, [index, 'aliases', position]]),
      ];
      for (const [name, keys] of names) {
        const key = aliasKey(name);
        const owner = owners.get(key);
        if (owner === undefined) owners.set(key, self);
        else if (owner !== self)
          context.report(file, keys, `"${name}" already names ${owner}: a name or alias must name one node`);
      }
    });
  }
}
