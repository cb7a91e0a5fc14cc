import { loadConfig } from '../../config';
import { SeedValidationError } from '../../seed/seed-errors';
import { loadSeedCached } from './seed-cache';

/**
 * `npm run seed:cache`: writes the embedded store's seed cache now (SEED_DIR's seed into SEED_CACHE_DIR),
 * so that the first start after it reads the cache too. `npm run build` ends with it, and the Docker
 * image runs it at build time, where the files are written once and every container starts from them.
 * With SEED_CACHE_DIR=off there is nothing to write, which is not a failure. `--if-valid` (the build's
 * way): a seed that does not load, or a cache folder that cannot be written, is reported and not a
 * failure either, since the seed is data, which `npm run seed:check` and the server's start judge.
 */
const bestEffort = process.argv.includes('--if-valid');

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.seedCacheDirectory === null) {
    console.log('SEED_CACHE_DIR is off: no seed cache written.');
    return;
  }
  const warnings: string[] = [];
  const loaded = await loadSeedCached(config.seedDirectory, config.seedCacheDirectory, (message) =>
    warnings.push(message),
  );
  // The build's way, a cache it could not write is only said: the server reads the seed files then.
  if (warnings.length > 0 && !bestEffort) throw new Error(warnings.join('\n'));
  for (const warning of warnings) console.warn(warning);
  if (warnings.length > 0) return;
  console.log(
    `seed cache in ${config.seedCacheDirectory} ${loaded.from === 'cache' ? 'was up to date' : 'written'}: ` +
      `dataset ${loaded.identity.version}, hash ${loaded.identity.hash.slice(0, 12)}`,
  );
}

main().catch((error: unknown) => {
  if (error instanceof SeedValidationError && bestEffort) {
    console.warn('seed cache not written: the seed does not load (npm run seed:check says why)');
    return;
  }
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
