import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { printCareerGraphSchema } from '../src/api/schema';
import { projectRoot } from '../src/project-root';

/** `npm run schema`: writes schema/schema.graphql from the code. */
async function main(): Promise<void> {
  const target = path.join(projectRoot, 'schema', 'schema.graphql');
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, await printCareerGraphSchema());
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

void main();
