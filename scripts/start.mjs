/*
 * `npm start`: build what changed, then serve, all in this one Node process.
 *
 * Plain JavaScript because it runs before anything is compiled. `tsc -b` alone takes about a second
 * to find that nothing changed (it loads the whole compiler first), so it runs only when a TypeScript
 * input or a tsconfig is newer than its last build (dist/.tsbuildinfo), and that stamp is touched after
 * each build. Then the web pages are built when their inputs changed (dist/scripts/build-web.js checks
 * a hash of them), the server is bundled into one file when its compiled code changed
 * (dist/scripts/build-server-bundle.js), and the server starts in this same process (dist/src/boot.js),
 * saving a second start of Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
// What tsconfig.build.json compiles, and the files that change how it compiles.
const sourceFolders = ['src', 'scripts', 'bench', 'examples'];
const configFiles = ['tsconfig.json', 'tsconfig.build.json', 'package-lock.json'];

function newestInput() {
  let newest = 0;
  for (const file of configFiles) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs);
  for (const folder of sourceFolders) {
    for (const entry of readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
    // A removed or renamed file changes its folder's time, not any file's.
    newest = Math.max(newest, newestFolder(path.join(root, folder)));
  }
  return newest;
}

function newestFolder(folder) {
  let newest = statSync(folder).mtimeMs;
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    if (entry.isDirectory()) newest = Math.max(newest, newestFolder(path.join(folder, entry.name)));
  return newest;
}

if (!existsSync(buildInfo) || newestInput() > statSync(buildInfo).mtimeMs) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const built = spawnSync(process.execPath, [tsc, '-b', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
  // tsc -b leaves its stamp alone when the outputs were already right: mark this check as done.
  const now = new Date();
  utimesSync(buildInfo, now, now);
}

const require = createRequire(import.meta.url);
await require(path.join(root, 'dist', 'scripts', 'build-web.js')).buildWeb({ force: false });
await require(path.join(root, 'dist', 'scripts', 'build-server-bundle.js')).buildServerBundle({
  force: false,
});
require(path.join(root, 'dist', 'src', 'boot.js'));
