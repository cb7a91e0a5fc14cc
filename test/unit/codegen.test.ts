/*
 * The typed client documents (scripts/codegen.ts -> examples/generated/) and the operations they come from:
 * examples/*.graphql (the playground tabs, examples/client.ts) and web/**\/*.graphql (the path picture).
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildCareerGraphSchema } from '../../src/api/schema';
import { projectRoot } from '../../src/project-root';
import { builtScript } from '../support/built-script';

/** Every .graphql file under `folder`, relative to the project root. */
function graphqlFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .sort();
}

/**
 * What scripts/codegen.ts generates now, without writing it: the built script with `--json`, in a child
 * node (the code generator needs ESM-only packages that jest's module loader cannot load).
 */
async function generateTypedDocuments(): Promise<{ filename: string; content: string }[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [builtScript('scripts/codegen.js'), '--json'],
    { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as { filename: string; content: string }[];
}

const operationFiles = [...graphqlFiles('examples'), ...graphqlFiles('web')];

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildCareerGraphSchema();
});

describe('example operations', () => {
  it('exist: one file per playground tab, plus the path picture', () => {
    expect(graphqlFiles('examples')).toEqual([
      'examples/analytics.graphql',
      'examples/analyze-text.graphql',
      'examples/career-paths.graphql',
      'examples/constrained-paths.graphql',
      'examples/esco-occupation.graphql',
      'examples/guide-to-esco.graphql',
      'examples/language-frameworks.graphql',
      'examples/learner-skill-gap.graphql',
      'examples/related-roles.graphql',
      'examples/salary-ranges.graphql',
      'examples/search.graphql',
      'examples/skill-gap.graphql',
    ]);
    expect(graphqlFiles('web')).toEqual(['web/explore/explore.graphql', 'web/explore/text-analysis.graphql']);
  });

  it.each(operationFiles)('%s validates against the schema the server builds', (file) => {
    const document: DocumentNode = parse(readFileSync(path.join(projectRoot, file), 'utf8'));
    expect(validate(schema, document).map((error) => error.message)).toEqual([]);
  });

  it('names every operation, each name once across all files', () => {
    const names = operationFiles.flatMap((file) =>
      parse(readFileSync(path.join(projectRoot, file), 'utf8')).definitions.map((definition) =>
        definition.kind === 'OperationDefinition' ? (definition.name?.value ?? `(anonymous in ${file})`) : '',
      ),
    );
    expect(names.filter((name) => name.startsWith('(anonymous'))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('examples hold one operation each, runnable without variables (every variable has a default)', () => {
    for (const file of graphqlFiles('examples')) {
      const definitions = parse(readFileSync(path.join(projectRoot, file), 'utf8')).definitions;
      expect([file, definitions.length]).toEqual([file, 1]);
      const [operation] = definitions;
      const withoutDefault =
        operation?.kind === 'OperationDefinition'
          ? (operation.variableDefinitions ?? [])
              .filter((variable) => variable.defaultValue === undefined)
              .map((variable) => variable.variable.name.value)
          : [];
      expect([file, withoutDefault]).toEqual([file, []]);
    }
  });
});

describe('examples/generated (npm run codegen)', () => {
  it('is what scripts/codegen.ts generates from the schema and the operations now (run `npm run codegen`)', async () => {
    const generated = await generateTypedDocuments();
    const outputFolder = 'examples/generated';
    const committed = readdirSync(path.join(projectRoot, outputFolder)).sort();
    expect(generated.map((file) => path.posix.relative(outputFolder, file.filename)).sort()).toEqual(
      committed,
    );
    for (const file of generated) {
      const onDisk = readFileSync(path.join(projectRoot, file.filename), 'utf8');
      expect([file.filename, onDisk === file.content]).toEqual([file.filename, true]);
    }
  });
});
