import type { Relation, RelationOf } from '../../src/store/graph-store';
import type { GraphStore, NodeKind, Page, PageOf } from '../../src/store/graph-store';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { EscoManifest } from '../../src/seed/esco/esco-manifest';
import { defaultSeedDirectory } from '../../src/seed/load-seed';
import type { SeedGraph } from '../../src/seed/seed-graph';
import { byName } from '../../src/domain/ordering';
import { findRelatedRoles, type RoleProfile } from '../../src/domain/similarity';
import { prepareText, relevanceFloor, scoreNode } from '../../src/domain/search-scoring';
import { searchEntriesOf } from '../../src/store/search-index';
import { seedConcepts } from '../../src/store/seed-concepts';
import { datasetHash } from '../../src/dataset/dataset-hash';
import { exportFiles } from '../../src/dataset/export/export-dataset';
import { factCounts, factsOf } from '../../src/dataset/facts';
import { readSnapshot } from '../../src/dataset/snapshot';
import { SeedOracle } from '../support/seed-oracle';
import { describeTextAnalysisContract } from './text-analysis.contract';
import { relevanceFigures } from './search-relevance';

const relations: Relation[] = [
  'Role.skills',
  'Role.technologies',
  'Role.nextRoles',
  'Role.previousRoles',
  'Role.levels',
  'Role.salaries',
  'Role.industries',
  'Industry.roles',
  'Skill.roles',
  'Skill.technologies',
  'Skill.prerequisites',
  'Skill.unlocks',
  'Skill.relatedSkills',
  'Technology.roles',
  'Technology.skills',
  'Technology.languages',
  'Technology.frameworks',
];
const kinds: NodeKind[] = ['Role', 'Skill', 'Technology', 'Industry', 'Source'];

export interface StoreUnderTest {
  store: GraphStore;
  seed: SeedGraph;
}

/**
 * The contract every GraphStore must meet, on the seed graph. Answers are checked against an oracle
 * computed from the seed itself, and against facts the source documents state.
 */
export function describeGraphStoreContract(
  label: string,
  open: () => Promise<StoreUnderTest>,
  close: () => Promise<void> = async () => {},
) {
  describe(`GraphStore contract: ${label}`, () => {
    let store: GraphStore;
    let oracle: SeedOracle;

    let seedHash: string;

    beforeAll(async () => {
      const opened = await open();
      store = opened.store;
      oracle = new SeedOracle(opened.seed);
      seedHash = datasetHash(opened.seed);
    });
    afterAll(close);

    describe('datasetMarker and readiness', () => {
      it("carries the seed's content hash, the same on every store, and says ready", async () => {
        const marker = await store.datasetMarker();
        expect(marker?.hash).toBe(seedHash);
        expect(marker?.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(new Date(marker?.seededAt ?? '').toISOString()).toBe(marker?.seededAt);
        expect(await store.readiness()).toEqual({ ready: true, dataset: marker });
      });

      it('says which release it holds and how many facts of each kind', async () => {
        const marker = await store.datasetMarker();
        expect(marker).toMatchObject({
          version: oracle.seed.release.version,
          builtAt: oracle.seed.release.released,
        });
        expect(marker?.counts).toEqual(factCounts(factsOf(oracle.seed)));
      });

      it('holds exactly the facts of its seed: a snapshot read through the port hashes to the seed hash', async () => {
        const snapshot = await readSnapshot(store, 7);
        expect(datasetHash(snapshot)).toBe(seedHash);
        expect(exportFiles('jsonl', snapshot).map((f) => [...f.chunks()].join(''))).toEqual(
          exportFiles('jsonl', oracle.seed).map((f) => [...f.chunks()].join('')),
        );
      });
    });

    const paths = async (
      query: Partial<Parameters<GraphStore['careerPaths']>[0]> & { from: string; to: string },
    ) =>
      (
        await store.careerPaths({
          maxSteps: 6,
          first: 3,
          rankBy: 'FEWEST_STEPS',
          track: null,
          avoid: [],
          ...query,
        })
      ).map((path) => path.roles.join(' > '));
    const topHits = async (
      text: string,
      kinds: Parameters<GraphStore['search']>[0]['kinds'] = null,
      limit = 5,
    ) =>
      (await store.search({ text, kinds, limit, minScore: relevanceFloor })).map(
        (hit) => `${hit.kind}:${hit.slug}`,
      );

    describe('nodesBySlug', () => {
      it.each(kinds)('returns every %s of the seed, equal to the seed entry', async (kind) => {
        const expected = oracle.nodes(kind);
        const found = await store.nodesBySlug(
          kind,
          expected.map((node) => node.slug),
        );
        expect(found).toEqual(expected);
      });

      it('answers in key order, with null for unknown and repeated keys answered each time', async () => {
        const found = await store.nodesBySlug('Role', [
          'software-architect',
          'no-such-role',
          'junior-backend-developer',
          'software-architect',
        ]);
        expect(found.map((role) => role?.slug ?? null)).toEqual([
          'software-architect',
          null,
          'junior-backend-developer',
          'software-architect',
        ]);
      });

      it('does not find a slug of another kind', async () => {
        // ESCO's skill "PostgreSQL" is Skill:postgresql: a slug names one node per kind.
        const technologyOnly = oracle.seed.technologies.find(
          (t) => !oracle.seed.skills.some((skill) => skill.slug === t.slug),
        )!.slug;
        expect(await store.nodesBySlug('Skill', [technologyOnly, 'software-architect'])).toEqual([
          null,
          null,
        ]);
      });
    });

    describe('neighbours', () => {
      it.each(relations)(
        '%s answers for every node as the seed states, in the defined order, on every read',
        async (relation) => {
          const slugs = oracle.ownerSlugs(relation);
          const expected = slugs.map((slug) => oracle.neighbours(relation, slug));
          const first = await store.neighbours(relation, slugs);
          expect(first).toEqual(expected);
          // The lists are the caller's: reversing them changes no later answer (the embedded store
          // puts its stored lists in order on their first read).
          for (const list of first) list.reverse();
          expect(await store.neighbours(relation, slugs)).toEqual(expected);
        },
      );

      it.each(relations)('%s in any order holds the same items as in the defined order', async (relation) => {
        const slugs = oracle.ownerSlugs(relation);
        // Each item as JSON with its keys sorted: the stores build their objects in different key orders.
        const canonical = (item: unknown) =>
          JSON.stringify(item, (_key, value: unknown) =>
            value !== null && typeof value === 'object' && !Array.isArray(value)
              ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
              : value,
          );
        const byJson = (list: readonly unknown[]) => list.map(canonical).sort();
        const anyOrder = await store.neighbours(relation, slugs, 'any');
        expect(anyOrder.map(byJson)).toEqual(slugs.map((slug) => byJson(oracle.neighbours(relation, slug))));
      });

      it('answers an empty list for an unknown slug, in key order', async () => {
        const found = await store.neighbours('Role.skills', ['no-such-role', 'senior-backend-developer']);
        expect(found[0]).toEqual([]);
        expect(found[1]?.length).toBeGreaterThan(0);
      });

      it('keeps both disagreeing US salary ranges, each with its own source', async () => {
        const [salaries] = await store.neighbours('Role.salaries', ['backend-developer']);
        const us = (salaries ?? []).filter((salary) => salary.region === 'US');
        expect(us.map((s) => [s.currency, s.min, s.max, s.period, s.source])).toEqual([
          ['USD', 80000, 140000, 'YEAR', 'job-description-template'],
          ['USD', 80000, 150000, 'YEAR', 'glossary'],
        ]);
      });

      it('states the Indian range "6 to 20 lakh a year" as INR 600000 to 2000000 a YEAR', async () => {
        const [salaries] = await store.neighbours('Role.salaries', ['backend-developer']);
        expect(
          (salaries ?? []).filter((s) => s.region === 'IN').map((s) => [s.currency, s.min, s.max, s.period]),
        ).toEqual([['INR', 600000, 2000000, 'YEAR']]);
      });

      it('states the experience a salary figure is for, and its evidence lines', async () => {
        const [salaries] = await store.neighbours('Role.salaries', ['backend-developer']);
        const template = salaries?.find((s) => s.source === 'job-description-template');
        expect(template?.experience).toEqual({ min: 1, max: 3 });
        expect(template?.evidence.find((item) => item.about === 'experience')?.lines).toEqual({
          start: 2,
          end: 2,
        });
      });

      it('knows the frameworks written in Python, each link with its evidence', async () => {
        const [frameworks] = await store.neighbours('Technology.frameworks', ['python']);
        expect(frameworks?.map((f) => f.node.slug)).toEqual(expect.arrayContaining(['django', 'flask']));
        for (const link of frameworks ?? []) expect(link.evidence.length).toBeGreaterThan(0);
      });

      it('gives a level its own requirements and those it inherits from its occupation', async () => {
        const [junior = [], occupation = []] = await store.neighbours('Role.skills', [
          'junior-backend-developer',
          'backend-developer',
        ]);
        const inherited = junior.filter((link) => link.inheritedFrom === 'backend-developer');
        expect(inherited.map((link) => link.skill.slug).sort()).toEqual(
          occupation
            .map((link) => link.skill.slug)
            .filter((slug) => !junior.some((l) => l.inheritedFrom === null && l.skill.slug === slug))
            .sort(),
        );
        expect(junior.find((link) => link.skill.slug === 'authentication')).toMatchObject({
          importance: 'CORE',
          inheritedFrom: 'backend-developer',
        });
        expect(junior.filter((link) => link.inheritedFrom === null).map((link) => link.skill.slug)).toContain(
          'debugging',
        );
      });

      it('lists the levels of an occupation by the experience they ask for', async () => {
        const [levels] = await store.neighbours('Role.levels', ['backend-developer']);
        expect(levels?.map((role) => role.slug)).toEqual([
          'junior-backend-developer',
          'mid-level-backend-developer',
          'senior-backend-developer',
        ]);
      });

      it('carries every fact with evidence that names a known source', async () => {
        const sources = new Set(oracle.seed.sources.map((source) => source.slug));
        const [links = []] = await store.neighbours('Role.nextRoles', ['senior-backend-developer']);
        for (const fact of [...oracle.nodes('Role'), ...oracle.nodes('Skill'), ...links]) {
          expect(fact.evidence.length).toBeGreaterThan(0);
          for (const item of fact.evidence) expect(sources.has(item.source)).toBe(true);
        }
      });
    });

    describe('expand', () => {
      const relationsOf = (kind: NodeKind) =>
        relations.filter((relation) => relation.startsWith(`${kind}.`)) as RelationOf<NodeKind>[];
      const linkedRoleSlugs = (relation: Relation, slug: string) =>
        relation === 'Role.nextRoles'
          ? oracle.neighbours(relation, slug).map((t) => t.to)
          : relation === 'Role.previousRoles'
            ? oracle.neighbours(relation, slug).map((t) => t.from)
            : [];

      it.each(['Role', 'Skill', 'Technology', 'Industry'] as const)(
        'gives every %s with all its relations as nodesBySlug and neighbours give them',
        async (kind) => {
          const slugs = [...oracle.nodes(kind).map((node) => node.slug), 'no-such-node'];
          const own = relationsOf(kind);
          const found = await store.expand(kind, slugs, own);
          expect(found.at(-1)).toBeNull();
          expect(found.slice(0, -1).map((item) => item?.node)).toEqual(oracle.nodes(kind));
          for (const [index, item] of found.slice(0, -1).entries()) {
            const slug = slugs[index] as string;
            expect(item?.relations).toEqual(
              Object.fromEntries(own.map((relation) => [relation, oracle.neighbours(relation, slug)])),
            );
            const linked = [...new Set(own.flatMap((relation) => linkedRoleSlugs(relation, slug)))].sort();
            expect(item?.linkedRoles.map((role) => role.slug).sort()).toEqual(linked);
            expect(item?.linkedRoles).toEqual(
              await store.nodesBySlug('Role', item?.linkedRoles.map((role) => role.slug) ?? []),
            );
          }
        },
      );

      it('expands by one relation, or none, leaving the others out', async () => {
        const [one] = await store.expand('Role', ['senior-backend-developer'], ['Role.nextRoles']);
        expect(Object.keys(one?.relations ?? {})).toEqual(['Role.nextRoles']);
        expect(one?.linkedRoles.length).toBeGreaterThan(0);
        const [none] = await store.expand('Role', ['senior-backend-developer'], []);
        expect(none).toEqual({
          node: oracle.nodes('Role').find((role) => role.slug === 'senior-backend-developer'),
          relations: {},
          linkedRoles: [],
        });
      });

      it('lists expanded roles as listRoles pages them, filters included', async () => {
        const own = relationsOf('Role') as RelationOf<'Role'>[];
        for (const [filter, page] of [
          [{}, { offset: 0, limit: 100 }],
          [{}, { offset: 5, limit: 4 }],
          [{ family: 'BACKEND' as const }, { offset: 1, limit: 3 }],
          [{ seniority: 'JUNIOR' as const }, { offset: 50, limit: 3 }],
        ] as const) {
          const plain = await store.listRoles(filter, page);
          const expanded = await store.listExpandedRoles(filter, page, own);
          expect(expanded.totalCount).toBe(plain.totalCount);
          expect(expanded.items).toEqual(
            await store.expand(
              'Role',
              plain.items.map((role) => role.slug),
              own,
            ),
          );
        }
        // Every relation of up to 100 roles of the whole graph: seconds on a busy test Neo4j.
      }, 120_000);
    });

    describe('lists', () => {
      it('lists every role by name, and pages concatenate to the whole list', async () => {
        const all = await store.listRoles({}, { offset: 0, limit: 1000 });
        expect(all.totalCount).toBe(oracle.seed.roles.length);
        expect(all.items).toEqual([...oracle.seed.roles].sort(byName));
        const pages = [];
        for (let offset = 0; offset < all.totalCount; offset += 7) {
          const page = await store.listRoles({}, { offset, limit: 7 });
          expect(page.totalCount).toBe(all.totalCount);
          pages.push(...page.items);
        }
        expect(pages).toEqual(all.items);
      });

      it('filters roles by family, seniority and track together', async () => {
        const filter = { family: 'BACKEND', seniority: 'SENIOR', track: 'INDIVIDUAL_CONTRIBUTOR' } as const;
        const found = await store.listRoles(filter, { offset: 0, limit: 100 });
        const expected = oracle.seed.roles.filter(
          (r) => r.family === 'BACKEND' && r.seniority === 'SENIOR' && r.track === 'INDIVIDUAL_CONTRIBUTOR',
        );
        expect(found.items.map((r) => r.slug)).toEqual([...expected].sort(byName).map((r) => r.slug));
        expect(found.totalCount).toBe(expected.length);
        expect(found.items.map((r) => r.slug)).toContain('senior-backend-developer');
      });

      it('lists management roles only under track MANAGEMENT', async () => {
        const found = await store.listRoles({ track: 'MANAGEMENT' }, { offset: 0, limit: 100 });
        expect(found.items.map((r) => r.slug)).toEqual(
          expect.arrayContaining(['engineering-manager', 'director-of-engineering', 'vp-of-engineering']),
        );
        expect(found.items.every((r) => r.track === 'MANAGEMENT')).toBe(true);
      });

      it('filters skills by category and counts them all', async () => {
        const found = await store.listSkills({ category: 'SOFT' }, { offset: 0, limit: 2 });
        const expected = oracle.seed.skills.filter((s) => s.category === 'SOFT').sort(byName);
        expect(found.totalCount).toBe(expected.length);
        expect(found.items).toEqual(expected.slice(0, 2));
      });

      it('lists technologies of one kind, or all', async () => {
        const databases = await store.listTechnologies('DATABASE', { offset: 0, limit: 100 });
        expect(databases.items.map((t) => t.slug)).toEqual(
          oracle.seed.technologies
            .filter((t) => t.kind === 'DATABASE')
            .sort(byName)
            .map((t) => t.slug),
        );
        expect(databases.items.map((t) => t.slug)).toEqual(
          expect.arrayContaining(['postgresql', 'mongodb', 'redis']),
        );
        expect((await store.listTechnologies(null, { offset: 0, limit: 0 })).totalCount).toBe(
          oracle.seed.technologies.length,
        );
      });

      it('lists every industry and source', async () => {
        expect(await store.listIndustries()).toEqual([...oracle.seed.industries].sort(byName));
        expect((await store.listSources()).map((s) => s.slug).sort()).toEqual(
          oracle.seed.sources.map((s) => s.slug).sort(),
        );
      });
    });

    describe('careerPaths', () => {
      it('finds Junior Backend Developer -> Software Architect only through Senior', async () => {
        expect(await paths({ from: 'junior-backend-developer', to: 'software-architect' })).toEqual([
          'junior-backend-developer > mid-level-backend-developer > senior-backend-developer > software-architect',
        ]);
      });

      it('times a path from the experience its roles ask for, never from invented durations', async () => {
        const [first] = await store.careerPaths({
          from: 'junior-backend-developer',
          to: 'software-architect',
          maxSteps: 6,
          first: 1,
          rankBy: 'FASTEST',
          track: null,
          avoid: [],
        });
        expect(first?.totalYears).toBeNull();
        expect(first?.steps.map((s) => s.typicalYears)).toEqual([null, null, null]);
        expect(first?.minYears).toBe(5);
        expect(first?.minYearsSetBy).toBe('senior-backend-developer');
        expect(first?.inferredSteps).toBe(1);
      });

      it('reaches VP of Engineering from Junior Backend Developer only by the senior level', async () => {
        expect(await paths({ from: 'junior-backend-developer', to: 'vp-of-engineering', first: 5 })).toEqual([
          'junior-backend-developer > mid-level-backend-developer > senior-backend-developer > engineering-manager > director-of-engineering > vp-of-engineering',
        ]);
      });

      it('lets a level take the moves of its occupation from the level they open at', async () => {
        expect(await paths({ from: 'junior-backend-developer', to: 'devops-engineer' })).toEqual([
          'junior-backend-developer > mid-level-backend-developer > devops-engineer',
          'junior-backend-developer > mid-level-backend-developer > senior-backend-developer > devops-engineer',
        ]);
        expect(await paths({ from: 'backend-developer', to: 'devops-engineer' })).toEqual([
          'backend-developer > devops-engineer',
        ]);
      });

      it('climbs from Senior Backend Developer to Distinguished Engineer on the IC ladder', async () => {
        const found = await paths({ from: 'senior-backend-developer', to: 'distinguished-engineer' });
        expect(found[0]).toBe('senior-backend-developer > principal-engineer > distinguished-engineer');
        expect(found).toContain(
          'senior-backend-developer > staff-engineer > principal-engineer > distinguished-engineer',
        );
      });

      it('respects avoid, maxSteps and track', async () => {
        expect(
          await paths({
            from: 'junior-backend-developer',
            to: 'software-architect',
            avoid: ['mid-level-backend-developer'],
          }),
        ).toEqual([]);
        expect(
          await paths({ from: 'junior-backend-developer', to: 'software-architect', maxSteps: 2 }),
        ).toEqual([]);
        expect(
          await paths({ from: 'junior-backend-developer', to: 'software-architect', maxSteps: 3 }),
        ).toEqual([
          'junior-backend-developer > mid-level-backend-developer > senior-backend-developer > software-architect',
        ]);
        const managed = await paths({
          from: 'senior-backend-developer',
          to: 'vp-of-engineering',
          track: 'MANAGEMENT',
          first: 10,
        });
        expect(managed.length).toBeGreaterThan(0);
        const managementRoles = new Set(
          oracle.seed.roles.filter((r) => r.track === 'MANAGEMENT').map((r) => r.slug),
        );
        for (const path of managed) {
          for (const role of path.split(' > ').slice(1, -1)) expect(managementRoles.has(role)).toBe(true);
        }
      });

      it('returns no path where none exists', async () => {
        expect(await paths({ from: 'distinguished-engineer', to: 'junior-backend-developer' })).toEqual([]);
      });
    });

    describe('the ESCO layer', () => {
      const manifest = () =>
        JSON.parse(
          readFileSync(path.join(defaultSeedDirectory, 'esco', 'manifest.json'), 'utf8'),
        ) as EscoManifest;
      const escoOnly = (node: { sources: readonly string[] }) =>
        node.sources.length === 1 && node.sources[0] === 'esco';
      const all = async <T>(list: (page: Page) => Promise<PageOf<T>>) =>
        (await list({ offset: 0, limit: 100_000 })).items;

      it('holds the ESCO occupations, skills, requirements and aliases the import counted, each sourced to ESCO by URI', async () => {
        const counts = manifest().counts;
        const roles = (await all((page) => store.listRoles({}, page))).filter(escoOnly);
        const skills = (await all((page) => store.listSkills({}, page))).filter(escoOnly);
        expect(roles).toHaveLength(counts.occupations);
        expect(skills).toHaveLength(counts.skillsWithUri + counts.skillsByLabelOnly);
        expect(roles.reduce((sum, role) => sum + role.aliases.length, 0)).toBe(counts.roleAliases);
        expect(skills.reduce((sum, skill) => sum + skill.aliases.length, 0)).toBe(counts.skillAliases);
        expect(skills.filter((skill) => skill.skillType === 'SKILL')).toHaveLength(counts.skillsByType.SKILL);
        expect(skills.filter((skill) => skill.skillType === 'KNOWLEDGE')).toHaveLength(
          counts.skillsByType.KNOWLEDGE,
        );
        expect(skills.filter((skill) => skill.externalIds.length === 1)).toHaveLength(counts.skillsWithUri);
        for (const node of [...roles, ...skills]) {
          expect([node.slug, node.description]).toEqual([node.slug, null]);
          for (const item of [...node.evidence, ...node.aliasEvidence.flatMap((alias) => alias.evidence)])
            expect(item).toMatchObject({
              source: 'esco',
              lines: null,
              uri: expect.stringMatching(/^http:\/\/data\.europa\.eu\/esco\//),
            });
        }
        const requirements = await store.neighbours(
          'Role.skills',
          roles.map((role) => role.slug),
        );
        expect(requirements.flat()).toHaveLength(counts.requirements);
        roles.forEach((role, index) => {
          const own = role.externalIds[0]!.uri;
          for (const link of requirements[index]!) {
            expect(link.sources).toEqual(['esco']);
            expect(link.evidence.every((item) => item.uri === own)).toBe(true);
          }
        });
      });

      it('finds every ESCO concept by its URI, a crosswalked guide node never, and nothing for an unknown URI', async () => {
        const escoNodes = [
          ...(await all((page) => store.listRoles({}, page)))
            .filter(escoOnly)
            .map((node) => ({ kind: 'Role', node })),
          ...(await all((page) => store.listSkills({}, page)))
            .filter(escoOnly)
            .map((node) => ({ kind: 'Skill', node })),
        ].filter(({ node }) => node.externalIds.length > 0);
        const uris = escoNodes.map(({ node }) => node.externalIds[0]!.uri);
        const found = await store.nodesByExternalId([...uris, 'http://data.europa.eu/esco/skill/none']);
        expect(found).toEqual([...escoNodes.map(({ kind, node }) => ({ kind, slug: node.slug })), null]);
      });

      it('carries every crosswalk mapping as an external id of the guide node', async () => {
        const crosswalk = parse(
          readFileSync(path.join(defaultSeedDirectory, 'crosswalk.yaml'), 'utf8'),
        ) as Record<'roles' | 'skills' | 'technologies', { slug: string; uri: string; match: string }[]>;
        const kinds = { roles: 'Role', skills: 'Skill', technologies: 'Technology' } as const;
        for (const [file, kind] of Object.entries(kinds) as [
          keyof typeof kinds,
          (typeof kinds)[keyof typeof kinds],
        ][]) {
          const nodes = await store.nodesBySlug(
            kind,
            crosswalk[file].map((entry) => entry.slug),
          );
          crosswalk[file].forEach((entry, index) =>
            expect(nodes[index]?.externalIds).toContainEqual({
              scheme: 'ESCO',
              uri: entry.uri,
              match: entry.match,
            }),
          );
        }
      });

      it('relates a guide role to ESCO occupations through skills crosswalked EXACT or CLOSE', async () => {
        const concepts = seedConcepts(oracle.seed);
        const [related] = await store.relatedRoles(['security-engineer'], oracle.seed.roles.length);
        const own = new Set(
          oracle
            .neighbours('Role.skills', 'security-engineer')
            .map((link) => concepts.skills.get(link.skill.slug)),
        );
        const escoRoles = new Set(oracle.seed.roles.filter(escoOnly).map((role) => role.slug));
        const reached = related!.filter((entry) => escoRoles.has(entry.role));
        expect(reached.length).toBeGreaterThan(0);
        for (const entry of reached) {
          expect(entry.sharedSkills.length).toBeGreaterThan(0);
          // Shared through the crosswalk: an ESCO skill of the same concept, never a guide skill of the ESCO role.
          for (const skill of entry.sharedSkills) expect(own.has(concepts.skills.get(skill))).toBe(true);
        }
      });
    });

    describe('relatedRoles', () => {
      /** Every role's profile, read from the seed: what the brute-force definition ranks over. */
      const profiles = (): RoleProfile[] => {
        const concepts = seedConcepts(oracle.seed);
        return oracle.seed.roles.map((role) => ({
          slug: role.slug,
          skills: oracle.neighbours('Role.skills', role.slug).map((l) => ({
            slug: l.skill.slug,
            importance: l.importance,
            concept: concepts.skills.get(l.skill.slug) as string,
          })),
          technologies: oracle.neighbours('Role.technologies', role.slug).map((l) => ({
            slug: l.technology.slug,
            importance: l.importance,
            concept: concepts.technologies.get(l.technology.slug) as string,
          })),
          transitionPartners: oracle.seed.transitions.flatMap((t) =>
            t.from === role.slug ? [t.to] : t.to === role.slug ? [t.from] : [],
          ),
        }));
      };

      it('ranks, for every role, every pair exactly as findRelatedRoles does over all profiles', async () => {
        const all = profiles();
        const slugs = all.map((profile) => profile.slug);
        const related = await store.relatedRoles(slugs, slugs.length);
        expect(related.flat().length).toBeGreaterThan(slugs.length * 3);
        slugs.forEach((slug, index) =>
          expect(related[index]).toEqual(findRelatedRoles(slug, all, slugs.length)),
        );
      });

      it('answers one list per key, in key order, at most `limit` long, empty for an unknown slug', async () => {
        const [first, unknown, again] = await store.relatedRoles(
          ['frontend-developer', 'astronaut', 'frontend-developer'],
          3,
        );
        expect(first).toEqual(findRelatedRoles('frontend-developer', profiles(), 3));
        expect(first).toHaveLength(3);
        expect(unknown).toEqual([]);
        expect(again).toEqual(first);
      });
    });

    describe('analytics', () => {
      it('counts, for every skill, the roles requiring it, exactly, most demanded first', async () => {
        const demand = await store.skillDemand(null);
        const expected = oracle.seed.skills
          .map((skill) => {
            const links = oracle.seed.requirements.filter((r) => r.target === skill.slug);
            const graded = (importance: string) => links.filter((r) => r.importance === importance).length;
            return {
              skill,
              roles: links.length,
              core: graded('CORE'),
              preferred: graded('PREFERRED'),
              common: graded('COMMON'),
              trend: graded('TREND'),
              interview: graded('INTERVIEW'),
            };
          })
          .filter((entry) => entry.roles > 0)
          .sort((a, b) => b.roles - a.roles || b.core - a.core || byName(a.skill, b.skill));
        expect(demand).toEqual(expected);
      });

      it('counts skill demand within one role family', async () => {
        const demand = await store.skillDemand('BACKEND');
        const backend = new Set(oracle.seed.roles.filter((r) => r.family === 'BACKEND').map((r) => r.slug));
        for (const entry of demand) {
          const links = oracle.seed.requirements.filter(
            (r) => r.target === entry.skill.slug && backend.has(r.role),
          );
          expect(entry.roles).toBe(links.length);
        }
        const total = demand.reduce((sum, entry) => sum + entry.roles, 0);
        expect(total).toBe(oracle.seed.requirements.filter((r) => backend.has(r.role)).length);
      });

      it('counts the roles using each technology, of one kind or all', async () => {
        for (const kind of [null, 'DATABASE'] as const) {
          const usage = await store.technologyUsage(kind);
          const expected = oracle.seed.technologies
            .filter((t) => kind === null || t.kind === kind)
            .map((technology) => ({
              technology,
              roles: oracle.seed.roleTechnologies.filter((l) => l.target === technology.slug).length,
            }))
            .filter((entry) => entry.roles > 0)
            .sort((a, b) => b.roles - a.roles || byName(a.technology, b.technology));
          expect(usage).toEqual(expected);
        }
      });

      it('gives per transition kind the count, median and range of typical years', async () => {
        const stats = await store.transitionStats();
        expect(stats.map((s) => s.kind)).toEqual(['PROMOTION', 'SPECIALIZATION', 'LATERAL', 'TO_MANAGEMENT']);
        for (const entry of stats) {
          const ofKind = oracle.seed.transitions.filter((t) => t.kind === entry.kind);
          const years = ofKind
            .flatMap((t) => (t.typicalYears === null ? [] : [t.typicalYears]))
            .sort((a, b) => a - b);
          expect(entry.count).toBe(ofKind.length);
          expect(entry.withYears).toBe(years.length);
          expect(entry.minYears).toBe(years[0] ?? null);
          expect(entry.maxYears).toBe(years[years.length - 1] ?? null);
          if (years.length > 0) {
            const middle = years.length / 2;
            const median =
              years.length % 2
                ? years[Math.floor(middle)]
                : ((years[middle - 1] as number) + (years[middle] as number)) / 2;
            expect(entry.medianYears).toBe(median);
          }
        }
        expect(stats.reduce((sum, s) => sum + s.count, 0)).toBe(oracle.seed.transitions.length);
      });
    });

    describe('search', () => {
      it.each([
        ['postgres', 'Technology:postgresql'],
        ['kubernets', 'Technology:kubernetes'],
        ['vp eng', 'Role:vp-of-engineering'],
        ['PYTHON', 'Technology:python'],
        ['pythön', 'Technology:python'],
        ['django', 'Technology:django'],
        ['site reliability engineer', 'Role:site-reliability-engineer'],
        ['sre', 'Role:site-reliability-engineer'],
        ['nodejs', 'Technology:node-js'],
        ['node.js', 'Technology:node-js'],
        ['spring boot', 'Technology:spring-boot'],
        ['mongo', 'Technology:mongodb'],
        ['fintech', 'Industry:fintech'],
        ['query optimisation', 'Skill:query-optimization'],
        ['dockr', 'Technology:docker'],
        ['distinguished', 'Role:distinguished-engineer'],
      ])('"%s" finds %s first', async (text, expected) => {
        expect((await topHits(text))[0]).toBe(expected);
      });

      it('keeps C# and C++ apart', async () => {
        expect((await topHits('c#'))[0]).toBe('Technology:c-sharp');
      });

      it('searches only the kinds asked for', async () => {
        const hits = await topHits('engineer', ['SKILL', 'INDUSTRY'], 20);
        expect(hits.every((hit) => hit.startsWith('Skill:') || hit.startsWith('Industry:'))).toBe(true);
        const roles = await topHits('engineer', ['ROLE'], 20);
        expect(roles.length).toBeGreaterThan(3);
        expect(roles.every((hit) => hit.startsWith('Role:'))).toBe(true);
      });

      it('answers at most `limit` hits, best first, each with how it matched', async () => {
        const hits = await store.search({
          text: 'developer',
          kinds: null,
          limit: 3,
          minScore: relevanceFloor,
        });
        expect(hits).toHaveLength(3);
        for (const hit of hits) {
          expect(hit.score).toBeGreaterThanOrEqual(relevanceFloor);
          expect(hit.score).toBeLessThanOrEqual(1);
          expect(hit.match).toBe('PREFIX');
        }
        for (let i = 1; i < hits.length; i++)
          expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
      });

      it('scores a node on an absolute scale: the same whatever else the text matches', async () => {
        // What search matches of it: its names and aliases, and the names of the ESCO concept it is crosswalked to.
        const postgres = searchEntriesOf(oracle.seed).find(
          (e) => e.kind === 'Technology' && e.slug === 'postgresql',
        )!;
        for (const text of ['PostgreSQL', 'postgres', 'postgressql', 'postgre sql']) {
          const [hit] = await store.search({ text, kinds: ['TECHNOLOGY'], limit: 1, minScore: 0 });
          expect(hit).toEqual({
            kind: 'Technology',
            slug: 'postgresql',
            ...scoreNode(prepareText(text), postgres.name, postgres.aliases),
          });
        }
        const [exact] = await store.search({ text: 'Kubernetes', kinds: null, limit: 1, minScore: 0 });
        expect(exact).toMatchObject({ slug: 'kubernetes', score: 1, match: 'EXACT' });
      });

      it('finds no confident hit for what the graph does not hold, and shows weak hits on request', async () => {
        for (const text of ['QA engineer', 'Scrum master', 'product manager']) {
          expect(await topHits(text)).toEqual([]);
          const weak = await store.search({ text, kinds: null, limit: 5, minScore: 0 });
          expect(weak.length).toBeGreaterThan(0);
          for (const hit of weak) {
            expect(hit.match).toBe('PARTIAL');
            expect(hit.score).toBeLessThan(relevanceFloor);
          }
        }
      });

      it('passes the relevance test: precision@1 and no confident hit for what it lacks', async () => {
        const figures = await relevanceFigures((text) => topHits(text, null, 3));
        console.log(
          `search relevance (${label}): precision@1 ${figures.precisionAt1.toFixed(3)} over ${figures.held} ` +
            `held queries, no-confident-hit rate ${figures.noConfidentHitRate.toFixed(3)} over ${figures.absent} ` +
            `absent ones${figures.misses.length > 0 ? `; misses: ${figures.misses.join('; ')}` : ''}`,
        );
        expect(figures.held + figures.absent).toBeGreaterThanOrEqual(40);
        expect(figures.precisionAt1).toBeGreaterThanOrEqual(0.95);
        expect(figures.noConfidentHitRate).toBe(1);
      });

      it('finds nothing for gibberish', async () => {
        expect(await topHits('zzqxwv')).toEqual([]);
      });
    });

    // Text analysis is domain code over what the port gives; both stores must give the same data for it.
    describeTextAnalysisContract(() => ({ store, seed: oracle.seed }));
  });
}
