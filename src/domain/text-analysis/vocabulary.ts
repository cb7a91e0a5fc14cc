import { sameConceptMatches } from '../same-concept';
import type { RoleEntity, SkillEntity, TechnologyEntity } from '../entities';
import { compareText } from '../ordering';
import { wordTier } from './english-words';
import { isEverydayPhrase } from './english-words';
import { shapeOf, wordsOf, type WordShape } from './text-tokens';

/**
 * The dictionary text analysis matches against: every name and alias of every skill and technology
 * the store holds, as words, with what is known of each form that decides how readily it is taken
 * for the name (is it also an ordinary English word? is it a classification's broad label?).
 *
 * It is built from nodes, never from seed files, so whatever layer the store gains (the ESCO
 * occupations and skills, with thousands of labels) joins it without code changes.
 */

/** Skills and technologies are what a text mentions; roles are what it may be a job ad or CV for. */
export type VocabularyKind = 'Skill' | 'Technology' | 'Role';
type VocabularyEntity = SkillEntity | TechnologyEntity | RoleEntity;

export interface VocabularyNode {
  /** "Skill:sql", "Technology:node-js": the node's global id. */
  readonly key: string;
  readonly kind: VocabularyKind;
  readonly entity: VocabularyEntity;
  /** Stated by classifications only (ESCO): its labels are broad, so it yields to a guide node. */
  readonly classification: boolean;
}

/**
 * How much a form looks like an ordinary word, which decides what context a match needs:
 *
 * - NAME: a form that is nothing but a name ("Kubernetes", "PostgreSQL", "C#", "Spring Boot");
 * - WORD: a single word that is also an English word, though not an everyday one ("Rust", "Swift");
 * - COMMON: a single everyday English word ("Go", "Express", "Spring", "React", "Hiring");
 * - LETTER: a single letter ("R", "C");
 * - EVERYDAY_PHRASE: a classification's label made of everyday words only ("manage staff").
 */
export type Ordinariness = 'NAME' | 'WORD' | 'COMMON' | 'LETTER' | 'EVERYDAY_PHRASE';

export interface VocabularyEntry {
  readonly node: VocabularyNode;
  /** The name or alias as the data writes it. */
  readonly form: string;
  readonly words: readonly string[];
  /** EXACT when the form is the node's name, ALIAS when it is one of its aliases. */
  readonly match: 'EXACT' | 'ALIAS';
  /** Where a form not stated on the node itself comes from, for explanations (e.g. a crosswalked ESCO label). */
  readonly via: string | null;
  readonly ordinariness: Ordinariness;
  /** How the data writes the form: a name written "Go" is a sign when the text writes "Go" too. */
  readonly shape: WordShape;
}

/** A skill or technology with the data text analysis needs of it. */
export interface VocabularyInput {
  readonly kind: VocabularyKind;
  readonly entity: VocabularyEntity;
  readonly classification: boolean;
}

// Forms made only of these never match: a label "IT" or "on" says nothing.
const stopWords = new Set(
  'a an and as at be by do for from in into is it of on or our the to up us we with you your'.split(' '),
);

/**
 * A word's singular, by plain English plural rules: what "microservices", "queues" and "databases"
 * fold to. (Porter2 stemming, which the seed verifier uses, folds too much for a dictionary matcher:
 * it makes "contains" of "containers" and "go" of "going".) Both the dictionary and the text are
 * folded alike, so a wrong singular ("kubernete") still matches itself.
 */
export function singular(word: string): string {
  if (word.length <= 3 || !/[a-z]s$/.test(word) || /(ss|us|is)$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh|ss|zz)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function ordinarinessOf(words: readonly string[], node: VocabularyNode, shape: WordShape): Ordinariness {
  // A classification writes its generic labels in lower case ("manage staff", "machine learning"); a
  // role's title ("data scientist") or a capitalised label ("Objective-C") is a name whatever its words.
  if (words.length > 1)
    return node.classification && node.kind !== 'Role' && shape === 'lower' && isEverydayPhrase(words)
      ? 'EVERYDAY_PHRASE'
      : 'NAME';
  const word = words[0] as string;
  // Symbols and digits make a name ("C++", ".NET", "S3"), whatever the letters spell.
  if (/[#+.\d]/.test(word)) return 'NAME';
  if (word.length === 1) return 'LETTER';
  const tier = wordTier(word);
  return tier === 'NONE' ? 'NAME' : tier;
}

/** Preference among entries with one form: guide before classification, name before alias, then id. */
function preferred(a: VocabularyEntry, b: VocabularyEntry): number {
  return (
    Number(a.node.classification) - Number(b.node.classification) ||
    Number(a.via !== null) - Number(b.via !== null) ||
    Number(a.match === 'ALIAS') - Number(b.match === 'ALIAS') ||
    Number(a.node.kind === 'Skill') - Number(b.node.kind === 'Skill') ||
    compareText(a.node.key, b.node.key)
  );
}

/** "Python (computer programming)" is written "Python": a qualifier in brackets disambiguates a label. */
function withoutQualifier(name: string): string | null {
  const stripped = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return stripped !== name && stripped.length > 0 ? stripped : null;
}

/** Shortest prefix of a technology's one-word name that stands for it, as a share of the name. */
const prefixShare = 0.7;
export const minPrefixLetters = 5;
/** Typos are forgiven in words this long only, and only one. */
export const minTypoLetters = 7;

function setBest(index: Map<string, VocabularyEntry>, key: string, entry: VocabularyEntry): void {
  const current = index.get(key);
  if (current === undefined || preferred(entry, current) < 0) index.set(key, entry);
}

function addPrefixes(set: Set<string>, words: readonly string[]): void {
  for (let length = 1; length < words.length; length++) set.add(words.slice(0, length).join(' '));
}

export class TextVocabulary {
  /** By the form's words, space-joined. */
  readonly phrases = new Map<string, VocabularyEntry>();
  readonly phrasePrefixes = new Set<string>();
  /** By the form's words in the singular. */
  readonly singulars = new Map<string, VocabularyEntry>();
  readonly singularPrefixes = new Set<string>();
  /** By the form's words run together ("nodejs"). */
  readonly compacts = new Map<string, VocabularyEntry>();
  /** A technology's one-word name with ".js" ("expressjs" for Express). */
  readonly jsSuffixed = new Map<string, VocabularyEntry>();
  /** Leading parts of one-word technology names ("postgres"); null where two names share one. */
  readonly prefixes = new Map<string, VocabularyEntry | null>();
  /** One-word forms of minTypoLetters or more, and each with one letter deleted, for typo matching. */
  readonly deletions = new Map<string, VocabularyEntry[]>();
  /** Node keys that name one concept: a classification node and the guide node crosswalked to it. */
  readonly sameConcept = new Map<string, string[]>();
  /** Every node, by key. */
  readonly nodes = new Map<string, VocabularyNode>();
  /** The longest form, in words: no phrase in a text is looked up beyond it. */
  maxWords = 0;

  constructor(inputs: readonly VocabularyInput[]) {
    const nodes = inputs
      .map((input): VocabularyNode => ({
        key: `${input.kind}:${input.entity.slug}`,
        kind: input.kind,
        entity: input.entity,
        classification: input.classification,
      }))
      .sort((a, b) => compareText(a.key, b.key));
    for (const node of nodes) this.nodes.set(node.key, node);

    // A classification node crosswalked (EXACT or CLOSE) to a guide node lends it its labels.
    const guideByUri = new Map<string, VocabularyNode>();
    for (const node of nodes) {
      if (node.classification) continue;
      for (const id of node.entity.externalIds)
        if (sameConceptMatches.has(id.match) && !guideByUri.has(id.uri)) guideByUri.set(id.uri, node);
    }
    for (const node of nodes) {
      const guide = node.classification
        ? node.entity.externalIds.map((id) => guideByUri.get(id.uri)).find((found) => found !== undefined)
        : undefined;
      if (guide) {
        this.link(node.key, guide.key);
        this.addForms(guide, node.entity, `an ESCO label of “${node.entity.name}”, crosswalked to it`);
      } else {
        this.addForms(node, node.entity, null);
      }
    }
  }

  private link(a: string, b: string): void {
    this.sameConcept.set(a, [...(this.sameConcept.get(a) ?? []), b]);
    this.sameConcept.set(b, [...(this.sameConcept.get(b) ?? []), a]);
  }

  private addForms(node: VocabularyNode, source: VocabularyEntity, via: string | null): void {
    const forms: { form: string; match: 'EXACT' | 'ALIAS' }[] = [{ form: source.name, match: 'EXACT' }];
    const bare = withoutQualifier(source.name);
    if (bare) forms.push({ form: bare, match: 'EXACT' });
    for (const alias of source.aliases) {
      forms.push({ form: alias, match: 'ALIAS' });
      const bareAlias = withoutQualifier(alias);
      if (bareAlias) forms.push({ form: bareAlias, match: 'ALIAS' });
    }
    for (const { form, match } of forms) this.addEntry(node, form, match, via);
  }

  private addEntry(node: VocabularyNode, form: string, match: 'EXACT' | 'ALIAS', via: string | null): void {
    const words = wordsOf(form);
    if (words.length === 0 || words.every((word) => stopWords.has(word))) return;
    const shape = shapeOf(form);
    const entry: VocabularyEntry = {
      node,
      form,
      words,
      match,
      via,
      ordinariness: ordinarinessOf(words, node, shape),
      shape,
    };
    this.maxWords = Math.max(this.maxWords, words.length);
    setBest(this.phrases, words.join(' '), entry);
    addPrefixes(this.phrasePrefixes, words);
    const folded = words.map(singular);
    setBest(this.singulars, folded.join(' '), entry);
    addPrefixes(this.singularPrefixes, folded);
    const compact = words.join('');
    setBest(this.compacts, compact, entry);

    if (words.length !== 1 || node.kind !== 'Technology' || !/^[a-z]+$/.test(compact)) return;
    if (!compact.endsWith('js')) setBest(this.jsSuffixed, `${compact}js`, entry);
    for (let length = minPrefixLetters; length < compact.length; length++) {
      if (length / compact.length < prefixShare) continue;
      const prefix = compact.slice(0, length);
      const current = this.prefixes.get(prefix);
      this.prefixes.set(prefix, current === undefined || current?.node === node ? entry : null);
    }
    if (compact.length >= minTypoLetters) {
      for (const key of new Set([compact, ...deletionsOf(compact)])) {
        const list = this.deletions.get(key) ?? [];
        if (!list.some((other) => other.node === node)) list.push(entry);
        this.deletions.set(key, list);
      }
    }
  }
}

/** A word with each one of its letters left out. */
export function deletionsOf(word: string): string[] {
  const result: string[] = [];
  for (let at = 0; at < word.length; at++) result.push(word.slice(0, at) + word.slice(at + 1));
  return result;
}

/** Optimal string alignment distance of two words, when at most 1; 2 when more. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    // One substitution, or two neighbours swapped.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // One insertion or deletion.
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
