import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../src/project-root';
import { startServerProcess } from '../test/support/server-process';

const run = promisify(execFile);

/**
 * The commands of docs/analysis.md, run for real, and their output. Each step is a command an analyst
 * types in a fresh working folder (bash, curl, unzip, jq, python3), against the built server on the
 * embedded store: the doc writes the server as http://localhost:4000, and the script starts one on a
 * free port and points the commands at it. The doc holds each step between
 * `<!-- walkthrough:<id> -->` and `<!-- /walkthrough -->` as a `sh` block and a `text` block of output.
 *
 *   npm run analysis:walkthrough             # prints every step's blocks
 *   npm run analysis:walkthrough -- --write  # rewrites the blocks in docs/analysis.md
 *   npm run analysis:walkthrough -- --check  # exits 1, naming the steps, when the doc's output is not today's
 */
export interface Step {
  readonly id: string;
  readonly command: string;
}

const documentedServer = 'http://localhost:4000';
export const docPath = path.join(projectRoot, 'docs', 'analysis.md');

const pinQuery = `{"query":"{ dataset { version hash builtAt counts { kind count } } }"}`;

export const steps: readonly Step[] = [
  {
    id: 'pin',
    command: `curl -s ${documentedServer}/graphql -H 'content-type: application/json' \\
  -d '${pinQuery}' \\
  | jq -r '"extensions.dataset: \\(.extensions.dataset | tojson)",
           "version \\(.data.dataset.version), released \\(.data.dataset.builtAt)",
           (.data.dataset.counts | map("\\(.kind) \\(.count)") | join(", "))'`,
  },
  {
    id: 'download',
    command: `curl -s -D headers.txt -o careergraph-csv.zip ${documentedServer}/export/csv
tr -d '\\r' < headers.txt | grep -i -E '^(content-type|content-disposition|etag|x-dataset-version|x-dataset-hash):'
unzip -o -q careergraph-csv.zip -d careergraph-csv && ls careergraph-csv`,
  },
  {
    id: 'revalidate',
    command: `ETAG=$(tr -d '\\r' < headers.txt | grep -i '^etag:' | cut -d' ' -f2)
curl -s -o /dev/null -w '%{http_code}\\n' -H "If-None-Match: $ETAG" ${documentedServer}/export/csv`,
  },
  {
    id: 'separating-skills',
    command: `python3 - <<'EOF'
import csv
from collections import Counter

def rows(name):
    with open(f'careergraph-csv/{name}.csv', newline='') as file:
        yield from csv.DictReader(file)

requires = {}
for row in rows('requires'):
    requires.setdefault(row[':START_ID(Role)'], set()).add(row[':END_ID(Skill)'])
skill_names = {row['slug:ID(Skill)']: row['name'] for row in rows('skills')}

# For every move, the skills the next role requires that the role before it does not.
gaps, moves = Counter(), 0
for move in rows('transitions_to'):
    before, after = move[':START_ID(Role)'], move[':END_ID(Role)']
    gaps.update(requires.get(after, set()) - requires.get(before, set()))
    moves += 1

print(f'{moves} moves; the skills most often new at the next role:')
for slug, count in sorted(gaps.items(), key=lambda item: (-item[1], skill_names[item[0]]))[:10]:
    print(f'{count:4}  {skill_names[slug]}')
EOF`,
  },
  {
    id: 'closest-roles',
    command: `python3 - <<'EOF'
import csv, json

def rows(name):
    with open(f'careergraph-csv/{name}.csv', newline='') as file:
        yield from csv.DictReader(file)

# A skill is one concept with the ESCO skill it is mapped to EXACT or CLOSE (the crosswalk, in each
# skill's externalIds; an ESCO skill carries its own URI as EXACT), so guide roles and ESCO occupations
# can share skills, as relatedRoles counts them.
concept = {}
for row in rows('skills'):
    uris = [m['uri'] for m in json.loads(row['externalIds'] or '[]') if m['match'] in ('EXACT', 'CLOSE')]
    concept[row['slug:ID(Skill)']] = uris[0] if uris else row['slug:ID(Skill)']

roles = {row['slug:ID(Role)']: row for row in rows('roles')}
skills = {}
for row in rows('requires'):
    skills.setdefault(row[':START_ID(Role)'], set()).add(concept[row[':END_ID(Skill)']])

# Backend Developer is an occupation: its levels (junior, mid-level, senior) inherit its skills, so
# they are left out. Every other role is ranked by the skills it shares with it.
backend = skills['backend-developer']
ranked = []
for slug, theirs in skills.items():
    role = roles[slug]
    if slug == 'backend-developer' or role['occupation'] == 'backend-developer':
        continue
    shared = backend & theirs
    ranked.append((len(shared), len(shared) / len(backend | theirs), role['name'], role['sources:string[]']))

print(f'Backend Developer requires {len(backend)} skills. Roles sharing most of them:')
print('shared  jaccard  role  (sources)')
for shared, jaccard, name, sources in sorted(ranked, key=lambda r: (-r[0], -r[1], r[2]))[:10]:
    print(f'{shared:6}  {jaccard:7.2f}  {name}  ({sources.replace(";", ", ")})')
EOF`,
  },
  {
    id: 'evidence-by-source',
    command: `curl -s -o careergraph.jsonl ${documentedServer}/export/jsonl
jq -r '.value.evidence[]? | [.source, .basis] | @tsv' careergraph.jsonl \\
  | sort | uniq -c | sort -k1,1nr -k2 | awk '{ printf "%6d  %-26s %s\\n", $1, $2, $3 }'`,
  },
];

/** The built server on the seed graph on the embedded store, whatever the calling shell points at. */
const startServer = () =>
  startServerProcess({
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    SEED_DIR: undefined,
    REDIS_URL: undefined,
    RATE_LIMIT_POINTS: undefined,
    NODE_OPTIONS: undefined,
  });

/** Runs every step in order in one new working folder; returns each step's output. */
export async function runSteps(): Promise<Map<string, string>> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'careergraph-analysis-'));
  const server = await startServer();
  try {
    const outputs = new Map<string, string>();
    for (const step of steps) {
      const command = step.command.replaceAll(documentedServer, new URL(server.url).origin);
      const { stdout } = await run('bash', ['-e', '-o', 'pipefail', '-c', command], {
        cwd: folder,
        maxBuffer: 16 * 2 ** 20,
      }).catch((error: { stderr?: string; message: string }) => {
        throw new Error(`step "${step.id}" failed: ${error.stderr || error.message}`);
      });
      outputs.set(step.id, stdout.trimEnd());
    }
    return outputs;
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

/** A step as the doc shows it: the command, then what it printed. */
export const blockOf = (step: Step, output: string): string =>
  `<!-- walkthrough:${step.id} -->\n\`\`\`sh\n${step.command}\n\`\`\`\n\n\`\`\`text\n${output}\n\`\`\`\n<!-- /walkthrough -->`;

const blockPattern = (id: string) => new RegExp(`<!-- walkthrough:${id} -->[\\s\\S]*?<!-- /walkthrough -->`);

async function main(): Promise<void> {
  const mode = process.argv.includes('--write')
    ? 'write'
    : process.argv.includes('--check')
      ? 'check'
      : 'print';
  const outputs = await runSteps();
  const blocks = steps.map((step) => ({ step, block: blockOf(step, outputs.get(step.id) ?? '') }));
  if (mode === 'print') {
    console.log(blocks.map(({ block }) => block).join('\n\n'));
    return;
  }
  let doc = await readFile(docPath, 'utf8');
  const stale: string[] = [];
  for (const { step, block } of blocks) {
    const found = blockPattern(step.id).exec(doc);
    if (!found) throw new Error(`docs/analysis.md has no block for step "${step.id}"`);
    if (found[0] !== block) stale.push(step.id);
    doc = doc.replace(blockPattern(step.id), () => block);
  }
  if (mode === 'write') {
    await writeFile(docPath, doc);
    console.log(`docs/analysis.md: ${stale.length} of ${steps.length} steps rewritten`);
  } else if (stale.length > 0) {
    console.error(
      `docs/analysis.md is not what its commands print now (steps: ${stale.join(', ')}); run npm run analysis:walkthrough -- --write`,
    );
    process.exitCode = 1;
  } else console.log(`docs/analysis.md: all ${steps.length} steps print what the doc shows`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
