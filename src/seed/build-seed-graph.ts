import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import type { Link, Sources } from '../domain/entities';
import type { ParsedSeedFile, SeedFiles } from './read-seed-files';
import type { SeedProblem } from './seed-errors';
import type { Requirement, SeedGraph } from './seed-graph';
import type { SeedFileContent } from './seed-schema';

type Keys = readonly (string | number)[];

/**
 * Turns shape-checked seed files into a SeedGraph, checking what a schema cannot: that every slug is
 * unique, every reference resolves to a node of the right kind, no link is stated twice, and learning
 * order (PREREQUISITE_OF) has no cycle.
 */
export function buildSeedGraph({ content, parsed }: SeedFiles): { graph: SeedGraph; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const report = (file: ParsedSeedFile, keys: Keys, reason: string) => problems.push(file.problem(keys, reason));

  const slugIndex = <T extends { slug: string }>(file: ParsedSeedFile, entries: readonly T[]) => {
    const bySlug = new Map<string, T>();
    entries.forEach((entry, index) => {
      if (bySlug.has(entry.slug)) report(file, [index, 'slug'], `duplicate slug "${entry.slug}"`);
      else bySlug.set(entry.slug, entry);
    });
    return bySlug;
  };
  const sources = slugIndex(parsed['sources.yaml'], content['sources.yaml']);
  const roles = slugIndex(parsed['roles.yaml'], content['roles.yaml']);
  const skills = slugIndex(parsed['skills.yaml'], content['skills.yaml']);
  const technologies = slugIndex(parsed['technologies.yaml'], content['technologies.yaml']);
  slugIndex(parsed['industries.yaml'], content['industries.yaml']); // only checked for duplicates: nothing refers to industries

  const expect = (known: ReadonlyMap<string, unknown>, what: string) => (file: ParsedSeedFile, keys: Keys, slug: string) => {
    if (!known.has(slug)) report(file, keys, `unknown ${what} "${slug}"`);
  };
  const expectSource = expect(sources, 'source');
  const expectRole = expect(roles, 'role');
  const expectSkill = expect(skills, 'skill');
  const expectTechnology = expect(technologies, 'technology');
  // The path is only built for a missing source: a large seed states millions of sources.
  const checkSources = (file: ParsedSeedFile, keys: Keys, list: Sources) =>
    list.forEach((slug, position) => {
      if (!sources.has(slug)) expectSource(file, [...keys, 'sources', position], slug);
    });
  // Links seen so far by their two ends: a set of targets per source is far lighter on a large seed than
  // a set of "source/target" strings.
  const once = (file: ParsedSeedFile) => {
    const seen = new Map<string, Set<string>>();
    return (keys: Keys, from: string, to: string, label: string) => {
      let targets = seen.get(from);
      if (targets === undefined) seen.set(from, (targets = new Set()));
      if (targets.has(to)) report(file, keys, `${label} is stated twice`);
      targets.add(to);
    };
  };

  const requirements: Requirement[] = [];
  const roleTechnologies: Link[] = [];
  const rolesFile = parsed['roles.yaml'];
  const roleSkillOnce = once(rolesFile);
  const roleTechnologyOnce = once(rolesFile);
  content['roles.yaml'].forEach((role, index) => {
    checkSources(rolesFile, [index], role.sources);
    role.skills.forEach((link, position) => {
      const keys = [index, 'skills', position];
      expectSkill(rolesFile, [...keys, 'skill'], link.skill);
      checkSources(rolesFile, keys, link.sources);
      roleSkillOnce(keys, role.slug, link.skill, `skill "${link.skill}"`);
      requirements.push({ role: role.slug, skill: link.skill, importance: link.importance, sources: link.sources });
    });
    role.technologies.forEach((link, position) => {
      const keys = [index, 'technologies', position];
      expectTechnology(rolesFile, [...keys, 'technology'], link.technology);
      checkSources(rolesFile, keys, link.sources);
      roleTechnologyOnce(keys, role.slug, link.technology, `technology "${link.technology}"`);
      roleTechnologies.push({ from: role.slug, to: link.technology, sources: link.sources });
    });
  });

  const prerequisites: Link[] = [];
  const relatedSkills: Link[] = [];
  const skillTechnologies: Link[] = [];
  const skillsFile = parsed['skills.yaml'];
  const skillLinkOnce = { prerequisites: once(skillsFile), related: once(skillsFile) };
  const skillTechnologyOnce = once(skillsFile);
  content['skills.yaml'].forEach((skill, index) => {
    checkSources(skillsFile, [index], skill.sources);
    const skillLinks = (list: 'prerequisites' | 'related', into: Link[], toLink: (other: string) => Link) =>
      skill[list].forEach((link, position) => {
        const keys = [index, list, position];
        expectSkill(skillsFile, [...keys, 'skill'], link.skill);
        checkSources(skillsFile, keys, link.sources);
        if (link.skill === skill.slug) report(skillsFile, [...keys, 'skill'], `a skill cannot be its own ${list} entry`);
        // A related link has no direction: a -> b and b -> a are the same link.
        const [from, to] =
          list === 'prerequisites' || link.skill < skill.slug ? [link.skill, skill.slug] : [skill.slug, link.skill];
        skillLinkOnce[list](keys, from, to, `${list} link with "${link.skill}"`);
        into.push({ ...toLink(link.skill), sources: link.sources });
      });
    skillLinks('prerequisites', prerequisites, (other) => ({ from: other, to: skill.slug, sources: [] }));
    skillLinks('related', relatedSkills, (other) => ({ from: skill.slug, to: other, sources: [] }));
    skill.technologies.forEach((link, position) => {
      const keys = [index, 'technologies', position];
      expectTechnology(skillsFile, [...keys, 'technology'], link.technology);
      checkSources(skillsFile, keys, link.sources);
      skillTechnologyOnce(keys, skill.slug, link.technology, `technology "${link.technology}"`);
      skillTechnologies.push({ from: skill.slug, to: link.technology, sources: link.sources });
    });
  });
  const learningOrder = new DirectedGraph();
  for (const link of prerequisites) learningOrder.mergeEdge(link.from, link.to);
  if (hasCycle(learningOrder)) {
    problems.push({
      file: 'skills.yaml',
      line: null,
      entry: null,
      path: 'prerequisites',
      reason: 'prerequisites form a cycle, so no learning order exists',
    });
  }

  const frameworkLanguages: Link[] = [];
  const technologiesFile = parsed['technologies.yaml'];
  content['technologies.yaml'].forEach((technology, index) => {
    checkSources(technologiesFile, [index], technology.sources);
    technology.languages.forEach((link, position) => {
      const keys = [index, 'languages', position];
      const language = technologies.get(link.language);
      if (language?.kind !== 'LANGUAGE') {
        report(technologiesFile, [...keys, 'language'], `"${link.language}" is not a known LANGUAGE`);
      }
      checkSources(technologiesFile, keys, link.sources);
      frameworkLanguages.push({ from: technology.slug, to: link.language, sources: link.sources });
    });
  });

  const industriesFile = parsed['industries.yaml'];
  const hires = content['industries.yaml'].flatMap((industry, index) => {
    checkSources(industriesFile, [index], industry.sources);
    return industry.hires.map((link, position) => {
      const keys = [index, 'hires', position];
      expectRole(industriesFile, [...keys, 'role'], link.role);
      checkSources(industriesFile, keys, link.sources);
      return { industry: industry.slug, role: link.role, emphasis: link.emphasis, sources: link.sources };
    });
  });

  const transitionsFile = parsed['transitions.yaml'];
  const transitionOnce = once(transitionsFile);
  content['transitions.yaml'].forEach((transition, index) => {
    expectRole(transitionsFile, [index, 'from'], transition.from);
    expectRole(transitionsFile, [index, 'to'], transition.to);
    checkSources(transitionsFile, [index], transition.sources);
    if (transition.from === transition.to) report(transitionsFile, [index, 'to'], 'a role cannot transition to itself');
    transitionOnce([index], transition.from, transition.to, `transition ${transition.from} -> ${transition.to}`);
  });

  const salariesFile = parsed['salaries.yaml'];
  content['salaries.yaml'].forEach((salary, index) => {
    expectRole(salariesFile, [index, 'role'], salary.role);
    expectSource(salariesFile, [index, 'source'], salary.source);
  });

  return { graph: toSeedGraph(content, { requirements, roleTechnologies, prerequisites, relatedSkills, skillTechnologies, frameworkLanguages, hires }), problems };
}

function toSeedGraph(
  content: SeedFileContent,
  links: Pick<
    SeedGraph,
    'requirements' | 'roleTechnologies' | 'prerequisites' | 'relatedSkills' | 'skillTechnologies' | 'frameworkLanguages' | 'hires'
  >,
): SeedGraph {
  return {
    sources: content['sources.yaml'],
    roles: content['roles.yaml'].map(({ skills: _skills, technologies: _technologies, ...role }) => role),
    skills: content['skills.yaml'].map(({ prerequisites: _p, related: _r, technologies: _t, ...skill }) => skill),
    technologies: content['technologies.yaml'].map(({ languages: _languages, dataModel, category, ...technology }) => ({
      ...technology,
      dataModel: dataModel ?? null,
      toolCategory: category ?? null,
    })),
    industries: content['industries.yaml'].map(({ hires: _hires, ...industry }) => industry),
    transitions: content['transitions.yaml'],
    salaries: content['salaries.yaml'],
    ...links,
  };
}
