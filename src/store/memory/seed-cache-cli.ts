import { loadConfig } from '../../config';
import { SeedValidationError } from '../../seed/seed-errors';
import { loadSeedCached } from './seed-cache';

/**
 * `npm run seed:cache`: writes the embedded store's seed cache now (SEED_DIR's seed into SEED_CACHE_DIR),
 * so that the first start reads it too: the Docker image runs it at build time, where the files are
 * written once and every container starts from them.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.seedCacheDirectory === null)
    throw new Error('SEED_CACHE_DIR is off: there is no cache to write.');
  const warnings: string[] = [];
  const loaded = await loadSeedCached(config.seedDirectory, config.seedCacheDirectory, (message) =>
    warnings.push(message),
  );
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  console.log(
    `seed cache in ${config.seedCacheDirectory} ${loaded.from === 'cache' ? 'was up to date' : 'written'}: ` +
      `dataset ${loaded.identity.version}, hash ${loaded.identity.hash.slice(0, 12)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof SeedValidationError || error instanceof Error ? error.message : error);
  process.exit(1);
});
