import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

export interface GuideSlugs {
  readonly roles: ReadonlySet<string>;
  readonly skills: ReadonlySet<string>;
  readonly technologies: ReadonlySet<string>;
}

/**
 * The slugs of the guide layer (seed/roles.yaml, skills.yaml, technologies.yaml). Only `slug` is read,
 * so the ESCO tools keep working whatever else the guide entries hold.
 */
export async function readGuideSlugs(seedDir: string): Promise<GuideSlugs> {
  const slugsOf = async (file: string) => {
    const entries: unknown = parse(await readFile(path.join(seedDir, file), 'utf8'));
    return new Set(
      (Array.isArray(entries) ? entries : [])
        .map((entry) => (entry as { slug?: unknown } | null)?.slug)
        .filter((slug): slug is string => typeof slug === 'string'),
    );
  };
  return {
    roles: await slugsOf('roles.yaml'),
    skills: await slugsOf('skills.yaml'),
    technologies: await slugsOf('technologies.yaml'),
  };
}
