import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  execute,
  isAbstractType,
  Kind,
  parse,
  print,
  visit,
  type DocumentNode,
  type FieldNode,
  type GraphQLSchema,
} from 'graphql';
import { projectRoot } from '../../src/project-root';
import type { Operation } from './support';

/**
 * The least graphql-js's executor spends on an answer, whatever the resolvers do: the operation's
 * document executed over its own answer, as plain data, against the committed schema rebuilt from its
 * SDL (so every field is graphql-js's default resolver, every value already at hand), and the result
 * serialised as Apollo does. A server built on graphql-js cannot answer the operation for less CPU than
 * this plus what its HTTP layer costs for `{ __typename }`.
 *
 * Measured in a child process with NODE_ENV=production (graphql-js checks types more cheaply then, as
 * the server does), away from the load generator: medians of rounds of many runs.
 */

/** One operation and its answer, each object carrying `__typename` (see `withTypenames`). */
interface FloorInput {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  readonly data: unknown;
}

const typename: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** The document asking `__typename` of every object, so the plain answer says which type each one is. */
export function withTypenames(query: string): string {
  const document: DocumentNode = visit(parse(query), {
    SelectionSet: {
      leave: (node) => ({ ...node, selections: [...node.selections, typename] }),
    },
  });
  return print(document);
}

/** Aliases would put values under names the default resolver does not read: the floor needs none. */
function assertNoAliases(document: DocumentNode, name: string): void {
  visit(document, {
    Field: (field) => {
      if (field.alias) throw new Error(`${name}: the executor floor takes operations without aliases`);
    },
  });
}

/** The committed schema with no resolvers: each abstract value names its type in `__typename`. */
function plainSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(path.join(projectRoot, 'schema', 'schema.graphql'), 'utf8'));
  for (const type of Object.values(schema.getTypeMap()))
    if (isAbstractType(type)) type.resolveType = (value) => (value as { __typename: string }).__typename;
  return schema;
}

function floorOf(schema: GraphQLSchema, input: FloorInput, runs: number): number {
  const document = parse(input.query);
  assertNoAliases(document, input.name);
  const once = () => {
    const result = execute({ schema, document, rootValue: input.data, variableValues: input.variables });
    if ('then' in result) throw new Error(`${input.name}: plain data resolved asynchronously`);
    if (result.errors) throw new Error(`${input.name}: ${result.errors[0]?.message ?? 'error'}`);
    return JSON.stringify(result).length;
  };
  const rounds: number[] = [];
  for (let round = 0; round < 7; round++) {
    const started = process.hrtime.bigint();
    for (let run = 0; run < runs; run++) once();
    rounds.push(Number(process.hrtime.bigint() - started) / 1e6 / runs);
  }
  rounds.sort((a, b) => a - b);
  return rounds[rounds.length >> 1] as number;
}

/**
 * The floor of each operation, in ms, given its answer with type names (fetched by the caller from the
 * running server with `withTypenames(query)`).
 */
export function executorFloors(
  answers: readonly { operation: Operation; data: unknown }[],
): Promise<Map<string, number>> {
  const input: FloorInput[] = answers.map(({ operation, data }) => ({
    name: operation.name,
    query: operation.query,
    variables: operation.variables ?? {},
    data,
  }));
  return new Promise((resolve, reject) => {
    // The compiled script (this file under ts-jest is TypeScript): `npm test` and `npm run bench` build first.
    const script = path.join(projectRoot, 'dist', 'bench', 'scenarios', 'executor-floor.js');
    const child = execFile(
      process.execPath,
      [script],
      { env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 20 },
      (error, stdout) => {
        if (error) return reject(error);
        resolve(new Map(Object.entries(JSON.parse(stdout) as Record<string, number>)));
      },
    );
    child.stdin?.end(JSON.stringify(input));
  });
}

if (require.main === module) {
  const inputs = JSON.parse(readFileSync(0, 'utf8')) as FloorInput[];
  const schema = plainSchema();
  const floors: Record<string, number> = {};
  for (const input of inputs) {
    // About 50 ms of work per round, whatever the answer's size.
    const probe = floorOf(schema, input, 3);
    const runs = Math.max(3, Math.min(2000, Math.round(50 / Math.max(probe, 0.01))));
    floors[input.name] = floorOf(schema, input, runs);
  }
  process.stdout.write(JSON.stringify(floors));
}
