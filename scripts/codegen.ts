/*
 * Typed documents for TypeScript clients (`npm run codegen`): every operation in examples/ (the playground
 * tabs, run by examples/client.ts) and web/ (the path picture), typed against schema/schema.graphql by
 * GraphQL Code Generator's client preset. The output, examples/generated/, is committed;
 * test/unit/codegen.test.ts fails when it is stale.
 *
 * This drives @graphql-codegen/core directly rather than through @graphql-codegen/cli: the CLI's remote
 * schema loaders (URL, GitHub, Apollo Studio) and its terminal UI pull packages that declare Node >= 22,
 * and the inputs here are two local folders of .graphql files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { preset } from '@graphql-codegen/client-preset';
import { codegen } from '@graphql-codegen/core';
import { buildASTSchema, lexicographicSortSchema, parse, print, printSchema } from 'graphql';
import { projectRoot } from '../src/project-root';

/** The schema, the folders whose .graphql files are the operations, and where the output goes. */
export const codegenInputs = {
  schema: 'schema/schema.graphql',
  documents: ['examples', 'web'],
  output: 'examples/generated/',
} as const;

const pluginConfig = {
  // The schema's custom scalars (graphql-scalars), as they arrive in JSON.
  scalars: { CountryCode: 'string', Currency: 'string', NonNegativeInt: 'number' },
  strictScalars: true,
  // Unions of string literals, not TypeScript enums: the generated code stays type-only.
  enumsAsTypes: true,
  useTypeImports: true,
  // What the CLI passes by default: imports without an extension.
  importExtension: '',
  emitLegacyCommonJSImports: true,
};

/** Every .graphql file under `folder`, relative to the project root, in a stable order. */
export function graphqlFiles(folder: string): string[] {
  return readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.graphql'))
    .map((file) => path.posix.join(folder, file.split(path.sep).join('/')))
    .sort();
}

export interface GeneratedFile {
  /** Relative to the project root. */
  readonly filename: string;
  readonly content: string;
}

/** What the client preset generates from the schema and the operations now, without writing it. */
export async function generateTypedDocuments(): Promise<GeneratedFile[]> {
  const read = (file: string) => readFileSync(path.join(projectRoot, file), 'utf8');
  // As the CLI's file loaders hand them over: the schema sorted by name, each operation file printed
  // (comments and layout dropped), so the output does not change with formatting.
  const schemaAst = lexicographicSortSchema(buildASTSchema(parse(read(codegenInputs.schema))));
  const documents = codegenInputs.documents.flatMap(graphqlFiles).map((file) => {
    const document = parse(read(file));
    return { location: path.join(projectRoot, file), document, rawSDL: print(document) };
  });
  if (documents.length === 0) throw new Error('no operations found under examples/ or web/');
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: codegenInputs.output,
    // The operations use no fragments: no masking helpers needed.
    presetConfig: { fragmentMasking: false },
    plugins: [],
    pluginMap: {},
    schema: parse(printSchema(schemaAst)),
    schemaAst,
    documents,
    config: pluginConfig,
    documentTransforms: [],
  });
  return Promise.all(
    outputs.map(async (output) => ({ filename: output.filename, content: await codegen(output) })),
  );
}

/** Writes the files; with `--json`, prints them as JSON instead (what test/unit/codegen.test.ts compares). */
async function main(): Promise<void> {
  const files = await generateTypedDocuments();
  if (process.argv.includes('--json')) {
    process.stdout.write(JSON.stringify(files));
    return;
  }
  for (const file of files) {
    const target = path.join(projectRoot, file.filename);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, file.content);
    console.log(`wrote ${file.filename}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
