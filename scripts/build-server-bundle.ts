/*
 * Bundles the compiled server (dist/src/main.js and everything it requires) into one file,
 * dist/src/careergraph.bundle.js: part of `npm run build`, and of `npm start` when the compiled code is
 * newer than the bundle. dist/src/boot.js runs it (src/boot.ts).
 *
 * Why: a start of the seed graph spent about a third of its time loading some 900 modules (finding each
 * file, reading it, compiling it). One file is found and read once, and V8 can keep its compiled code
 * between starts (the code cache boot.js keeps). The bundle sits in dist/src/ beside the modules it was
 * made from, so that code finding files relative to itself (src/code-root.ts) finds the same folders.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { projectRoot } from '../src/project-root';

const compiled = path.join(projectRoot, 'dist', 'src');
export const serverBundle = path.join(compiled, 'careergraph.bundle.js');

/**
 * Left out, loaded from node_modules when first needed: the Neo4j driver and the Redis client are
 * required only with NEO4J_URI or REDIS_URL (a third of the bundle's size otherwise), and type-graphql's
 * optional class-validator is not installed.
 */
const external = ['neo4j-driver', 'ioredis', 'class-validator'];

/**
 * @apollo/utils.createhash takes node:crypto only when `module.require` exists, which esbuild's module
 * wrapper lacks: bundled, Apollo hashed every request's query text with sha.js, SHA-256 in JavaScript
 * (2.4% of the role page's server CPU). This hands it node:crypto, as it gets unbundled.
 */
const apolloHashWithNodeCrypto: Plugin = {
  name: 'apollo-createhash-node-crypto',
  setup(bundle) {
    bundle.onLoad({ filter: /[\\/]@apollo[\\/]utils\.createhash[\\/]dist[\\/]index\.js$/ }, () => ({
      contents: "exports.createHash = (kind) => require('node:crypto').createHash(kind);",
      loader: 'js',
    }));
  },
};

const builtAt = (file: string) => {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * The newest time among what the bundle is made of: the compiled modules, the installed packages (npm
 * records each install in node_modules/.package-lock.json) and this script's own options.
 */
function newestInput(): number {
  let newest = Math.max(
    builtAt(__filename),
    builtAt(path.join(projectRoot, 'package-lock.json')),
    builtAt(path.join(projectRoot, 'node_modules', '.package-lock.json')),
  );
  for (const entry of readdirSync(compiled, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (file !== serverBundle) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/** Writes the bundle when a compiled module is newer than it (or `force`); says whether it did. */
export async function buildServerBundle(options: { force: boolean }): Promise<boolean> {
  if (!options.force && builtAt(serverBundle) >= newestInput()) return false;
  await build({
    entryPoints: [path.join(compiled, 'main.js')],
    outfile: serverBundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external,
    plugins: [apolloHashWithNodeCrypto],
    // No keepNames: it sets each class's name with defineProperty, which takes V8's fast instanceof
    // off every class (graphql-js checks types with instanceof on every field): the role page cost 1.24x
    // the CPU. type-graphql names GraphQL types after their classes, so a class esbuild renamed to keep
    // two modules' names apart (Role2) would rename its type: test/e2e/boot.test.ts compares the bundle's
    // schema with the committed one. Today only classes of dependencies are renamed (Apollo's
    // SyntaxError, whose errors then log their name as SyntaxError2).
    logLevel: 'warning',
  });
  return true;
}

if (require.main === module) {
  buildServerBundle({ force: process.argv.includes('--force') }).then(
    (built) => console.log(built ? `server bundle written: ${serverBundle}` : 'server bundle up to date'),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
