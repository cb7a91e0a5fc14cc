import type {
  HiringLink,
  Link,
  LinkedNode,
  RoleSkillLink,
  RoleTechnologyLink,
  TransitionEntity,
} from '../../src/domain/entities';
import {
  byImportanceThenRole,
  byImportanceThenSkill,
  byName,
  bySalary,
  compareText,
} from '../../src/domain/ordering';
import type { GradedLink, SeedGraph } from '../../src/seed/seed-graph';
import type { NodeKind, NodeKinds, Relation, Relations } from '../../src/store/graph-store';

/**
 * What every store must answer, worked out directly from the validated seed with plain array code:
 * an oracle independent of any store's indexes or queries.
 */
export class SeedOracle {
  constructor(readonly seed: SeedGraph) {}

  nodes<K extends NodeKind>(kind: K): readonly NodeKinds[K][] {
    const all: { [N in NodeKind]: readonly NodeKinds[N][] } = {
      Role: this.seed.roles,
      Skill: this.seed.skills,
      Technology: this.seed.technologies,
      Industry: this.seed.industries,
      Source: this.seed.sources,
    };
    return all[kind];
  }

  node<K extends NodeKind>(kind: K, slug: string): NodeKinds[K] {
    const found = this.nodes(kind).find((node) => node.slug === slug);
    if (!found) throw new Error(`seed has no ${kind} ${slug}`);
    return found;
  }

  /** Slugs a relation starts from: every node of its owner kind. */
  ownerSlugs(relation: Relation): string[] {
    const owner = relation.split('.')[0] as NodeKind;
    return this.nodes(owner).map((node) => node.slug);
  }

  neighbours<R extends Relation>(relation: R, slug: string): Relations[R][] {
    const s = this.seed;
    const role = (r: string) => this.node('Role', r);
    const skill = (k: string) => this.node('Skill', k);
    const technology = (t: string) => this.node('Technology', t);
    const facts = (link: GradedLink) => ({
      importance: link.importance,
      inheritedFrom: link.inheritedFrom,
      sources: link.sources,
      evidence: link.evidence,
    });
    const roleSkill = (r: GradedLink): RoleSkillLink => ({
      role: role(r.role),
      skill: skill(r.target),
      ...facts(r),
    });
    const roleTechnology = (r: GradedLink): RoleTechnologyLink => ({
      role: role(r.role),
      technology: technology(r.target),
      ...facts(r),
    });
    const linked = <T>(node: T, link: Link): LinkedNode<T> => ({
      node,
      sources: link.sources,
      evidence: link.evidence,
    });
    const byNode = <T extends { name: string; slug: string }>(a: LinkedNode<T>, b: LinkedNode<T>) =>
      byName(a.node, b.node);
    const hiring = (h: (typeof s.hires)[number]): HiringLink => ({
      industry: this.node('Industry', h.industry),
      role: role(h.role),
      emphasis: h.emphasis,
      sources: h.sources,
      evidence: h.evidence,
    });
    const byEnds = (key: 'from' | 'to') => (a: TransitionEntity, b: TransitionEntity) =>
      compareText(a[key], b[key]) || compareText(a.from, b.from) || compareText(a.to, b.to);
    const answers: { [Q in Relation]: () => Relations[Q][] } = {
      'Role.skills': () =>
        s.requirements
          .filter((r) => r.role === slug)
          .map(roleSkill)
          .sort(byImportanceThenSkill),
      'Role.technologies': () =>
        s.roleTechnologies
          .filter((l) => l.role === slug)
          .map(roleTechnology)
          .sort((a, b) => byName(a.technology, b.technology)),
      'Role.nextRoles': () => s.transitions.filter((t) => t.from === slug).sort(byEnds('to')),
      'Role.previousRoles': () => s.transitions.filter((t) => t.to === slug).sort(byEnds('from')),
      'Role.levels': () =>
        s.roles
          .filter((r) => r.occupation === slug)
          .sort((a, b) => (a.experience?.min ?? Infinity) - (b.experience?.min ?? Infinity) || byName(a, b)),
      'Role.salaries': () => s.salaries.filter((x) => x.role === slug).sort(bySalary),
      'Role.industries': () =>
        s.hires
          .filter((h) => h.role === slug)
          .map(hiring)
          .sort((a, b) => byName(a.industry, b.industry)),
      'Industry.roles': () =>
        s.hires
          .filter((h) => h.industry === slug)
          .map(hiring)
          .sort((a, b) => byName(a.role, b.role)),
      'Skill.roles': () =>
        s.requirements
          .filter((r) => r.target === slug)
          .map(roleSkill)
          .sort(byImportanceThenRole),
      'Skill.technologies': () =>
        s.skillTechnologies
          .filter((l) => l.from === slug)
          .map((l) => linked(technology(l.to), l))
          .sort(byNode),
      'Skill.prerequisites': () =>
        s.prerequisites
          .filter((l) => l.to === slug)
          .map((l) => linked(skill(l.from), l))
          .sort(byNode),
      'Skill.unlocks': () =>
        s.prerequisites
          .filter((l) => l.from === slug)
          .map((l) => linked(skill(l.to), l))
          .sort(byNode),
      'Skill.relatedSkills': () =>
        s.relatedSkills
          .filter((l) => l.from === slug || l.to === slug)
          .map((l) => linked(skill(l.from === slug ? l.to : l.from), l))
          .sort(byNode),
      'Technology.roles': () =>
        s.roleTechnologies
          .filter((l) => l.target === slug)
          .map(roleTechnology)
          .sort((a, b) => byName(a.role, b.role)),
      'Technology.skills': () =>
        s.skillTechnologies
          .filter((l) => l.to === slug)
          .map((l) => linked(skill(l.from), l))
          .sort(byNode),
      'Technology.languages': () =>
        s.frameworkLanguages
          .filter((l) => l.from === slug)
          .map((l) => linked(technology(l.to), l))
          .sort(byNode),
      'Technology.frameworks': () =>
        s.frameworkLanguages
          .filter((l) => l.to === slug)
          .map((l) => linked(technology(l.from), l))
          .sort(byNode),
    };
    return answers[relation]();
  }
}
