import { buildSeedGraph } from '../../src/seed/build-seed-graph';
import { readEscoLayer, withEscoLayer, type EscoLayerFiles } from '../../src/seed/esco/esco-layer';
import { defaultSeedDirectory } from '../../src/seed/load-seed';
import { readSeedFiles } from '../../src/seed/read-seed-files';
import type { SeedGraph } from '../../src/seed/seed-graph';

type Entry = Record<string, unknown> & { slug: string };

/** The committed guides and ESCO layer, read as the server reads them. */
async function committed(): Promise<{ guide: SeedGraph; files: EscoLayerFiles }> {
  const read = await readSeedFiles(defaultSeedDirectory);
  if (!read.ok) throw new Error('the committed seed does not read');
  const files = await readEscoLayer(defaultSeedDirectory);
  if (files === null) throw new Error('the committed seed has no ESCO layer');
  return { guide: buildSeedGraph(read.files).graph, files };
}

/** The layer's files with one entry of roles.json or skills.json changed. */
function withEntry(
  files: EscoLayerFiles,
  file: 'roles' | 'skills',
  index: number,
  change: (entry: Entry) => Entry,
) {
  const entries = [...(files[file] as Entry[])];
  entries[index] = change(entries[index] as Entry);
  return { ...files, [file]: entries };
}

describe('the ESCO layer, loaded with the guides', () => {
  it('loads the committed layer without a problem', async () => {
    const { guide, files } = await committed();
    expect(withEscoLayer(guide, files).problems).toEqual([]);
  });

  it.each(['roles', 'skills'] as const)(
    'refuses a description on an ESCO %s entry: ESCO sentences are not copied',
    async (file) => {
      const { guide, files } = await committed();
      const changed = withEntry(files, file, 0, (entry) => ({ ...entry, description: 'Copied from ESCO.' }));
      const { problems } = withEscoLayer(guide, changed);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: `esco/${file}.json`, path: 'description' });
      expect(problems[0]?.reason).toContain('no description');
    },
  );

  it.each([
    ['roles', 'role', 'software-architect'],
    ['skills', 'skill', 'sql'],
  ] as const)('refuses an ESCO %s entry that takes a guide slug', async (file, kind, guideSlug) => {
    const { guide, files } = await committed();
    const changed = withEntry(files, file, 0, (entry) => ({ ...entry, slug: guideSlug }));
    const reasons = withEscoLayer(guide, changed).problems.map((problem) => problem.reason);
    expect(reasons).toContain(`duplicate ${kind} slug "${guideSlug}"`);
  });

  it('refuses two ESCO skills with one slug', async () => {
    const { guide, files } = await committed();
    const second = (files.skills as Entry[])[1] as Entry;
    const changed = withEntry(files, 'skills', 0, (entry) => ({ ...entry, slug: second.slug }));
    const reasons = withEscoLayer(guide, changed).problems.map((problem) => problem.reason);
    expect(reasons).toContain(`duplicate skill slug "${second.slug}"`);
  });
});
