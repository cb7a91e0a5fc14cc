import type { LinkedNode, RoleSkillLink, TransitionEntity } from '../../src/domain/entities';
import { loadSeed } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import type { NodeKind, Relation, Relations } from '../../src/store/graph-store';
import { relationOrder } from '../../src/store/relation-order';
import { SeedOracle } from '../support/seed-oracle';

/*
 * The contract suite trusts SeedOracle for every expected answer, so the oracle is checked here on the
 * real seed: against facts read off the seed files, against itself (each link seen from both ends), and
 * against the order the stores promise (store/relation-order.ts).
 */

const nodeKinds: readonly NodeKind[] = ['Role', 'Skill', 'Technology', 'Industry', 'Source'];
/** Every relation: the order table is typed over all of them. */
const relations = Object.keys(relationOrder) as Relation[];

let seed: SeedGraph;
let oracle: SeedOracle;
beforeAll(async () => {
  seed = await loadSeed();
  oracle = new SeedOracle(seed);
});

const slugsOf = (links: readonly LinkedNode<{ slug: string }>[]) => links.map((link) => link.node.slug);
/** Every neighbour list of a relation, one per owner, with the owner's slug. */
const allNeighbours = <R extends Relation>(relation: R): [string, Relations[R][]][] =>
  oracle.ownerSlugs(relation).map((slug) => [slug, oracle.neighbours(relation, slug)]);

describe('SeedOracle', () => {
  it.each(nodeKinds)('lists every %s of the seed', (kind: NodeKind) => {
    const expected = {
      Role: seed.roles,
      Skill: seed.skills,
      Technology: seed.technologies,
      Industry: seed.industries,
      Source: seed.sources,
    }[kind];
    expect(oracle.nodes(kind)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('finds a node by its slug', () => {
    expect(oracle.node('Role', 'software-architect').name).toBe('Software Architect');
  });

  it('throws for a slug the seed does not have, rather than answering nothing', () => {
    expect(() => oracle.node('Role', 'astronaut')).toThrow('seed has no Role astronaut');
  });

  it.each(relations)("starts %s from every node of the relation's owner kind", (relation) => {
    const owner = relation.split('.')[0] as NodeKind;
    expect(oracle.ownerSlugs(relation)).toEqual(oracle.nodes(owner).map((node) => node.slug));
  });

  describe('facts read off the seed files', () => {
    it('gives sql the one prerequisite seed/skills.yaml names, server-side programming, and no unlocks', () => {
      expect(slugsOf(oracle.neighbours('Skill.prerequisites', 'sql'))).toEqual(['server-side-programming']);
      expect(oracle.neighbours('Skill.unlocks', 'sql')).toEqual([]);
    });

    it('lets a junior backend developer move to mid-level backend developer', () => {
      const next = oracle.neighbours('Role.nextRoles', 'junior-backend-developer');
      expect(next.map((move) => move.to)).toContain('mid-level-backend-developer');
      expect(next.every((move) => move.from === 'junior-backend-developer')).toBe(true);
    });

    it("lists a role's skills strongest grade first (CORE before the rest)", () => {
      const grades = oracle
        .neighbours('Role.skills', 'senior-backend-developer')
        .map((link) => link.importance);
      expect(grades[0]).toBe('CORE');
      expect(new Set(grades).size).toBeGreaterThan(1);
    });
  });

  /** Relations that are one set of links seen from its two ends, and how to name a link from either. */
  const inverses: [Relation, Relation, (owner: string, item: never) => string][] = [
    ['Role.skills', 'Skill.roles', (_owner, link: RoleSkillLink) => `${link.role.slug}>${link.skill.slug}`],
    [
      'Role.technologies',
      'Technology.roles',
      (_owner, link: Relations['Role.technologies']) => `${link.role.slug}>${link.technology.slug}`,
    ],
    ['Role.nextRoles', 'Role.previousRoles', (_owner, move: TransitionEntity) => `${move.from}>${move.to}`],
    [
      'Role.industries',
      'Industry.roles',
      (_owner, link: Relations['Role.industries']) => `${link.role.slug}>${link.industry.slug}`,
    ],
  ];
  /** Node links: named by their owner and the node, in the direction of the first relation. */
  const nodeInverses: [Relation, Relation][] = [
    ['Skill.prerequisites', 'Skill.unlocks'],
    ['Skill.technologies', 'Technology.skills'],
    ['Technology.languages', 'Technology.frameworks'],
  ];

  it.each(inverses.map(([a, b, name]) => [a, b, name] as const))(
    'holds the same links in %s as in %s',
    (forward, backward, name) => {
      const named = (relation: Relation) =>
        allNeighbours(relation)
          .flatMap(([owner, items]) => items.map((item) => name(owner, item as never)))
          .sort();
      const links = named(forward);
      expect(links.length).toBeGreaterThan(0);
      expect(named(backward)).toEqual(links);
    },
  );

  it.each(nodeInverses)('holds the same links in %s as in %s, reversed', (forward, backward) => {
    const named = (relation: Relation, reversed: boolean) =>
      allNeighbours(relation)
        .flatMap(([owner, items]) =>
          (items as LinkedNode<{ slug: string }>[]).map((link) =>
            reversed ? `${link.node.slug}>${owner}` : `${owner}>${link.node.slug}`,
          ),
        )
        .sort();
    const links = named(forward, false);
    expect(links.length).toBeGreaterThan(0);
    expect(named(backward, true)).toEqual(links);
  });

  it('relates skills both ways: if a is related to b, b is related to a', () => {
    const pairs = new Set(
      allNeighbours('Skill.relatedSkills').flatMap(([owner, links]) =>
        links.map((link) => `${owner}>${link.node.slug}`),
      ),
    );
    expect(pairs.size).toBeGreaterThan(0);
    for (const pair of pairs) expect(pairs).toContain(pair.split('>').reverse().join('>'));
  });

  it.each(relations)('lists %s in the order the stores promise (relation-order.ts)', (relation) => {
    const order = relationOrder[relation] as (a: unknown, b: unknown) => number;
    for (const [, items] of allNeighbours(relation)) expect([...items].sort(order)).toEqual(items);
  });
});
