import type { Evidence } from '../../domain/entities';

/** Evidence for people reading a table: "career-guide:43; backend-article:28 (INFERRED)"; the JSON column has all of it. */
export function locatorsOf(evidence: readonly Evidence[]): string {
  return evidence
    .map((item) => {
      const place =
        item.lines === null
          ? (item.uri ?? '')
          : `${item.source}:${item.lines.start}${item.lines.end === item.lines.start ? '' : `-${item.lines.end}`}`;
      const about = item.about === null ? '' : ` [${item.about}]`;
      return `${place}${item.basis === 'INFERRED' ? ' (INFERRED)' : ''}${about}`;
    })
    .join('; ');
}
