import type { GraphQLResponse } from '@apollo/server';

const knownOperations = new Set<string>();
/** Clients name their operations; a metric label per name must not grow without bound. */
const maxOperationLabels = 200;

/** The operation name as a log field and metric label: anonymous, a valid name, or "other". */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'other';
  if (!knownOperations.has(name) && knownOperations.size >= maxOperationLabels) return 'other';
  knownOperations.add(name);
  return name;
}

/** The error codes of a response, each once. */
export function errorCodesOf(response: GraphQLResponse): string[] {
  if (response.body.kind !== 'single') return [];
  const codes = (response.body.singleResult.errors ?? []).map((error) =>
    String(error.extensions?.code ?? 'UNKNOWN'),
  );
  return [...new Set(codes)];
}
