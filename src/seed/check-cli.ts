import { loadSeed } from './load-seed';
import { SeedValidationError } from './seed-errors';

/** `npm run seed:check [dir]`: validates the seed and prints what it holds, or every problem. */
async function main(): Promise<void> {
  try {
    const graph = await loadSeed(process.argv[2]);
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
    console.log(`seed OK: ${Object.entries(counts).map(([what, count]) => `${count} ${what}`).join(', ')}`);
  } catch (error) {
    console.error(error instanceof SeedValidationError ? error.message : error);
    process.exitCode = 1;
  }
}

void main();
