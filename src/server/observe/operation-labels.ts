import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import { projectRoot } from '../../project-root';

const validName = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/** The operation name as a log field: anonymous, the name, or "other" for a name that is not a GraphQL name. */
export function logName(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  return validName.test(name) ? name : 'other';
}

/** Names of the operations in GraphQL files (missing or unreadable files give none). */
function operationNamesIn(files: readonly string[]): string[] {
  const names: string[] = [];
  for (const file of files) {
    try {
      for (const definition of parse(readFileSync(file, 'utf8')).definitions)
        if (definition.kind === Kind.OPERATION_DEFINITION && definition.name)
          names.push(definition.name.value);
    } catch {
      // Not part of this installation (the runtime image ships no examples): nothing to register.
    }
  }
  return names;
}

function projectOperationFiles(): string[] {
  const examples = path.join(projectRoot, 'examples');
  let found: string[] = [];
  try {
    found = readdirSync(examples)
      .filter((name) => name.endsWith('.graphql'))
      .map((name) => path.join(examples, name));
  } catch {
    found = [];
  }
  return [...found, path.join(projectRoot, 'web', 'explore', 'explore.graphql')];
}

/**
 * Metric labels for operation names. Names are the client's to choose, and every label value is a
 * series per outcome and histogram bucket: only registered names (the project's own operations, in
 * examples/ and the explore page, and METRICS_OPERATIONS) become labels; others count as "other".
 */
export class OperationLabels {
  private readonly registered: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.registered = new Set([...names].filter((name) => validName.test(name)));
  }

  static forProject(extra: readonly string[] = []): OperationLabels {
    return new OperationLabels([...operationNamesIn(projectOperationFiles()), ...extra]);
  }

  of(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    return this.registered.has(name) ? name : 'other';
  }
}
