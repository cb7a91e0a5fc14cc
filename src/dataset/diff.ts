import { canonicalJson } from './canonical-json';
import { factTypes, type Fact, type FactType } from './facts';

/** One fact that changed: its identity, and each top-level field that differs, before and after. */
export interface ChangedFact {
  readonly type: FactType;
  readonly key: string;
  readonly fields: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
}

/** What changed between two datasets, fact by fact. */
export interface DatasetDiff {
  readonly added: readonly Fact[];
  readonly removed: readonly Fact[];
  readonly changed: readonly ChangedFact[];
}

const identity = (fact: Fact) => `${fact.type}\u0000${fact.key}`;

/** The facts added, removed and changed from `before` to `after` (both as factsOf gives them). */
export function diffFacts(before: readonly Fact[], after: readonly Fact[]): DatasetDiff {
  const old = new Map(before.map((fact) => [identity(fact), fact]));
  const added: Fact[] = [];
  const changed: ChangedFact[] = [];
  for (const fact of after) {
    const previous = old.get(identity(fact));
    old.delete(identity(fact));
    if (previous === undefined) {
      added.push(fact);
      continue;
    }
    const fields = [...new Set([...Object.keys(previous.value), ...Object.keys(fact.value)])]
      .sort()
      .filter((field) => canonicalJson(previous.value[field]) !== canonicalJson(fact.value[field]))
      .map((field) => ({ field, before: previous.value[field], after: fact.value[field] }));
    if (fields.length > 0) changed.push({ type: fact.type, key: fact.key, fields });
  }
  return { added, removed: [...old.values()], changed };
}

/** Per fact type: how many were added, removed and changed, types with no change left out. */
export function diffSummary(
  diff: DatasetDiff,
): { type: FactType; added: number; removed: number; changed: number }[] {
  return factTypes
    .map((type) => ({
      type,
      added: diff.added.filter((fact) => fact.type === type).length,
      removed: diff.removed.filter((fact) => fact.type === type).length,
      changed: diff.changed.filter((fact) => fact.type === type).length,
    }))
    .filter((row) => row.added + row.removed + row.changed > 0);
}

const brief = (value: unknown): string => {
  const text = canonicalJson(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

/** The diff as text for people: a summary table, then every fact, one line each (changed fields indented). */
export function formatDiff(diff: DatasetDiff, from: string, to: string): string {
  const summary = diffSummary(diff);
  if (summary.length === 0) return `No change in the facts from ${from} to ${to}.\n`;
  const lines = [`Facts from ${from} to ${to}:`, '', 'type              added  removed  changed'];
  for (const row of summary)
    lines.push(
      `${row.type.padEnd(16)} ${String(row.added).padStart(6)} ${String(row.removed).padStart(8)} ${String(row.changed).padStart(8)}`,
    );
  lines.push('');
  for (const fact of diff.added) lines.push(`+ ${fact.type} ${fact.key}`);
  for (const fact of diff.removed) lines.push(`- ${fact.type} ${fact.key}`);
  for (const fact of diff.changed) {
    lines.push(`~ ${fact.type} ${fact.key}`);
    for (const { field, before, after } of fact.fields)
      lines.push(`    ${field}: ${brief(before)} -> ${brief(after)}`);
  }
  return `${lines.join('\n')}\n`;
}
