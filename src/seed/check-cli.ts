import { escoSeedProblems } from './check-esco-seed';
import { defaultSeedDirectory, loadSeed } from './load-seed';
import { SeedValidationError } from './seed-errors';

/**
 * `npm run seed:check [dir]`: validates the seed and prints what it holds, or every problem. The folder
 * is the argument, else SEED_DIR (as the server reads it), else the project's seed/.
 */
async function main(): Promise<void> {
  try {
    const directory = process.argv[2] ?? (process.env.SEED_DIR || defaultSeedDirectory);
    const graph = await loadSeed(directory);
    const counts = {
      sources: graph.sources.length,
      roles: graph.roles.length,
      skills: graph.skills.length,
      technologies: graph.technologies.length,
      industries: graph.industries.length,
      transitions: graph.transitions.length,
      requirements: graph.requirements.length,
      salaries: graph.salaries.length,
    };
    const escoProblems = await escoSeedProblems(directory);
    if (escoProblems.length > 0) {
      console.error(escoProblems.join('\n'));
      process.exitCode = 1;
      return;
    }
    console.log(
      `seed in ${directory} OK: ${Object.entries(counts)
        .map(([what, count]) => `${count} ${what}`)
        .join(', ')}`,
    );
  } catch (error) {
    console.error(error instanceof SeedValidationError ? error.message : error);
    process.exitCode = 1;
  }
}

void main();
