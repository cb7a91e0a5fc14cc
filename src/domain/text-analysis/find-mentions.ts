import { SearchMatch } from '../search-match';
import { wordTier } from './english-words';
import {
  adjacentTechnicalWords,
  hyphenSuffixes,
  listJoiners,
  listSeparator,
  skillQualifiers,
  skillWords,
  technicalWords,
  verbLeads,
} from './technical-context';
import { tokenizeText, type TextToken } from './text-tokens';
import {
  deletionsOf,
  minPrefixLetters,
  minTypoLetters,
  singular,
  withinOneEdit,
  type Ordinariness,
  type TextVocabulary,
  type VocabularyEntry,
  type VocabularyNode,
} from './vocabulary';

/**
 * Finds the skills and technologies a text names, each with its span, how it matched and why it was
 * taken. Deterministic and linear in the text's length: each word starts at most `maxWords` dictionary
 * look-ups, and each candidate is judged on a fixed window of words around it, in a bounded number of
 * rounds.
 *
 * How a candidate is judged (the explanation of each mention says which rule took it):
 *
 * 1. A form that is only a name ("Kubernetes", "PostgreSQL", "C#", "Spring Boot") is taken as it stands.
 * 2. A form that is also an English word needs the text to use it as a name: a WORD ("Rust", "Swift")
 *    when the text capitalises it as the name is (not at the start of a sentence, not inside a run of
 *    capitalised words such as "Swift Delivery Service"), or when technical words or other mentions
 *    stand near; an everyday word ("Go", "Express", "Spring") needs both, or a list it shares with
 *    another mention ("Node.js, Express"), or a technical word right beside it ("Go developer").
 * 3. A single letter ("R", "C") must be upper case, stand alone (not "R&D", "C-level") and sit in a
 *    list with other mentions or beside a technical word.
 * 4. An everyday word that names a skill ("communication", "hiring") needs a skill word near it
 *    ("communication skills", "knowledge of statistics") or a list it shares with other mentions.
 * 5. A classification's label made of everyday words only ("manage staff") needs technical context.
 * 6. Never: an ordinary word in a hyphenated compound ("rust-proof", "go-to-market"), or right after a
 *    word that makes it a verb ("we go", "to express", "we're hiring").
 *
 * Where candidates overlap, the longest accepted one wins ("JavaScript" over "Java", "Spring Boot"
 * over "Spring", "Ruby on Rails" over "Ruby").
 */

export interface FoundMention {
  readonly node: VocabularyNode;
  /** UTF-16 offsets into the text. */
  readonly start: number;
  readonly end: number;
  /** The text at [start, end). */
  readonly text: string;
  readonly match: SearchMatch;
  /** 0..1: how sure the match is, from how it matched and how ordinary a word the form is. */
  readonly confidence: number;
  /** The name or alias matched. */
  readonly form: string;
  readonly explanation: string;
}

/** A candidate that was not taken, with why: an everyday word with no technical context, and the like. */
export interface RejectedCandidate {
  readonly node: VocabularyNode;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly form: string;
  readonly reason: string;
}

export interface FoundMentions {
  readonly mentions: readonly FoundMention[];
  readonly rejected: readonly RejectedCandidate[];
}

/** How a span of the text came to match a form. */
type Route = 'FORM' | 'JOINED' | 'PLURAL' | 'VERSION' | 'JS' | 'PREFIX' | 'TYPO';

interface Candidate {
  /** Token indices, inclusive. */
  readonly first: number;
  readonly last: number;
  readonly entry: VocabularyEntry;
  readonly route: Route;
  readonly ordinariness: Ordinariness;
}

interface Verdict {
  readonly accepted: boolean;
  /** Why it was taken, or why not. */
  readonly reason: string;
  /** What the form's ordinariness leaves of the confidence. */
  readonly factor: number;
}

/** How much each route leaves of a match's confidence. */
const routeConfidence: Record<Route, number> = {
  FORM: 1,
  JOINED: 0.95,
  PLURAL: 0.9,
  VERSION: 0.9,
  JS: 0.9,
  PREFIX: 0.8,
  TYPO: 0.75,
};
/** A classification's labels are broad: what it alone states is a little less sure. */
const classificationFactor = 0.9;
/** Words either side of a candidate in which context counts. */
const nearWords = 3;
const anchorWords = 5;
/** Rounds of judging: a mention taken in one round is context for the next (a list read item by item). */
const maxRounds = 4;

const isLetters = /^[a-z]+$/;
// Between the words of one name: a space or a line break (text pasted from a PDF), a hyphen, a dot,
// a slash ("CI/CD"), an ampersand.
const withinName = /^(?:[ \t]|\r?\n|[ \t]?[-./&][ \t]?)$/;
// Between the parts of a name written apart ("Postgre SQL", "Node.js", "Spring-Boot").
const withinJoined = /^[ \t.-]$/;
const versionedWord = /^([a-z][a-z+#]*[a-z+#])v?\d+$/;

export function findMentions(
  vocabulary: TextVocabulary,
  text: string,
  tokens = tokenizeText(text),
): FoundMentions {
  const candidates = collectCandidates(vocabulary, tokens);
  return judge(candidates, tokens, text);
}

function collectCandidates(vocabulary: TextVocabulary, tokens: readonly TextToken[]): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (
    first: number,
    last: number,
    entry: VocabularyEntry,
    route: Route,
    ordinariness?: Ordinariness,
  ) => candidates.push({ first, last, entry, route, ordinariness: ordinariness ?? entry.ordinariness });
  const norms = tokens.map((token) => token.norm);
  const singulars = norms.map(singular);
  const joinable = tokens.map((token) => withinName.test(token.before));
  const joinableApart = tokens.map((token) => withinJoined.test(token.before));
  // The last token of each span found at the current start (a handful at most).
  const spanEnds: number[] = [];

  for (let first = 0; first < tokens.length; first++) {
    const token = tokens[first] as TextToken;
    spanEnds.length = 0;

    // The forms, word by word, extended while some form goes on: "spring", "spring boot".
    let key = norms[first] as string;
    for (let last = first; ;) {
      const entry = vocabulary.phrases.get(key);
      if (entry) {
        add(first, last, entry, 'FORM');
        spanEnds.push(last);
      }
      if (last + 1 >= tokens.length || !joinable[last + 1] || !vocabulary.phrasePrefixes.has(key)) break;
      last += 1;
      key += ` ${norms[last] as string}`;
    }

    // The same, in the singular: "microservice", "message queue", "REST API".
    key = singulars[first] as string;
    for (let last = first; ;) {
      const entry = vocabulary.singulars.get(key);
      if (entry && !spanEnds.includes(last)) {
        add(first, last, entry, 'PLURAL');
        spanEnds.push(last);
      }
      if (last + 1 >= tokens.length || !joinable[last + 1] || !vocabulary.singularPrefixes.has(key)) break;
      last += 1;
      key += ` ${singulars[last] as string}`;
    }

    // Written together or apart: "NodeJS", "Postgre SQL", "Express.js".
    let joined = '';
    for (let last = first; last < first + 3 && last < tokens.length; last++) {
      if (last > first && !joinableApart[last]) break;
      joined += norms[last] as string;
      if (spanEnds.includes(last)) continue;
      const entry = vocabulary.compacts.get(joined);
      if (entry) {
        add(first, last, entry, 'JOINED');
        spanEnds.push(last);
        continue;
      }
      const framework = vocabulary.jsSuffixed.get(joined);
      if (framework) {
        // ".js" makes even an everyday word a name: "Express.js".
        add(first, last, framework, 'JS', 'NAME');
        spanEnds.push(last);
      }
    }
    if (spanEnds.length > 0) continue;
    const norm = token.norm;

    // "HTML5", "OAuth2", "Python3".
    if (/\d$/.test(norm)) {
      const versioned = versionedWord.exec(norm);
      const versionOf = versioned && vocabulary.phrases.get(versioned[1] as string);
      if (versionOf && versionOf.words.length === 1) {
        // A version number makes a name of an everyday word: "Vue3", "HTML5".
        add(first, first, versionOf, 'VERSION', 'NAME');
        continue;
      }
    }
    if (norm.length < minPrefixLetters || !isLetters.test(norm)) continue;

    // "Postgres" for PostgreSQL. An English word so read ("graph") must be used as a name.
    const prefixOf = vocabulary.prefixes.get(norm);
    if (prefixOf) {
      add(first, first, prefixOf, 'PREFIX', wordTier(norm) === 'NONE' ? 'NAME' : 'COMMON');
      continue;
    }

    // One typo in a long word that is no English word: "Kubernets".
    if (norm.length >= minTypoLetters && wordTier(norm) === 'NONE') {
      const nodes = new Map<string, VocabularyEntry>();
      for (const variant of [norm, ...deletionsOf(norm)])
        for (const entry of vocabulary.deletions.get(variant) ?? [])
          if (withinOneEdit(norm, entry.words[0] as string)) nodes.set(entry.node.key, entry);
      // Two names one typo away: no guess.
      if (nodes.size === 1) add(first, first, [...nodes.values()][0] as VocabularyEntry, 'TYPO', 'NAME');
    }
  }
  return candidates;
}

/** Longest first (in words, then characters), then the surer route, then leftmost. */
function byPriority(tokens: readonly TextToken[]) {
  const span = (c: Candidate) => (tokens[c.last] as TextToken).end - (tokens[c.first] as TextToken).start;
  return (a: Candidate, b: Candidate) =>
    b.last - b.first - (a.last - a.first) ||
    span(b) - span(a) ||
    routeConfidence[b.route] - routeConfidence[a.route] ||
    a.first - b.first;
}

function judge(candidates: Candidate[], tokens: readonly TextToken[], text: string): FoundMentions {
  candidates.sort(byPriority(tokens));
  // The mention (index into `taken`) covering each token, or -1.
  const coveredBy = new Int32Array(tokens.length).fill(-1);
  // Which candidates cover each token (bit 1: any, bit 2: a skill's): a capitalised neighbour that is a
  // candidate is no title case, and two skill candidates listed together support each other.
  const candidateAt = new Uint8Array(tokens.length);
  for (const c of candidates)
    for (let t = c.first; t <= c.last; t++)
      candidateAt[t] = (candidateAt[t] as number) | (c.entry.node.kind === 'Skill' ? 3 : 1);
  const taken: { candidate: Candidate; verdict: Verdict }[] = [];
  const lastVerdict = new Map<Candidate, Verdict>();
  const context = new ContextReader(text, tokens, coveredBy, candidateAt);

  const free = (c: Candidate) => {
    for (let t = c.first; t <= c.last; t++) if (coveredBy[t] !== -1) return false;
    return true;
  };
  const take = (c: Candidate, verdict: Verdict) => {
    for (let t = c.first; t <= c.last; t++) coveredBy[t] = taken.length;
    taken.push({ candidate: c, verdict });
  };

  // Round 0: names that need no context. Then rounds in which context may take the others.
  let pending: Candidate[] = [];
  for (const c of candidates) {
    if (c.ordinariness !== 'NAME') pending.push(c);
    else if (free(c)) take(c, { accepted: true, reason: '', factor: 1 });
  }
  for (let round = 0; round < maxRounds && pending.length > 0; round++) {
    const before = taken.length;
    const waiting: Candidate[] = [];
    for (const c of pending) {
      if (!free(c)) continue;
      const verdict = context.judge(c);
      lastVerdict.set(c, verdict);
      if (verdict.accepted) take(c, verdict);
      else waiting.push(c);
    }
    pending = waiting;
    if (taken.length === before) break;
  }

  const mentions = taken
    .map(({ candidate, verdict }) => toMention(candidate, verdict, tokens, text))
    .sort((a, b) => a.start - b.start || a.end - b.end);

  // What was not taken and lies outside every mention, one per span.
  const rejectedBySpan = new Map<string, RejectedCandidate>();
  for (const c of pending) {
    if (!free(c)) continue;
    const verdict = lastVerdict.get(c);
    const start = (tokens[c.first] as TextToken).start;
    const end = (tokens[c.last] as TextToken).end;
    if (!verdict || rejectedBySpan.has(`${start}:${end}`)) continue;
    rejectedBySpan.set(`${start}:${end}`, {
      node: c.entry.node,
      start,
      end,
      text: text.slice(start, end),
      form: c.entry.form,
      reason: verdict.reason,
    });
  }
  const rejected = [...rejectedBySpan.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, rejected };
}

type CaseSignal = 'FOR' | 'VOID' | 'AGAINST' | 'NONE';

/** Reads the words around a candidate: how it is written, what stands next to it, what is near. */
class ContextReader {
  constructor(
    private readonly text: string,
    private readonly tokens: readonly TextToken[],
    private readonly coveredBy: Int32Array,
    private readonly candidateAt: Uint8Array,
  ) {}

  judge(c: Candidate): Verdict {
    const token = this.tokens[c.first] as TextToken;
    const shown = `“${token.norm}”`;
    const blocked = this.blockedAsWord(c);
    if (blocked) return reject(blocked);

    // A role's name is judged as a skill's: in Title Case, its capitals say nothing.
    const kind = c.entry.node.kind === 'Technology' ? 'Technology' : 'Skill';
    const caseSignal = this.caseSignal(c);
    // A name in capitals or mixed case ("REST", "GraphQL", "Go") is judged as a technology's: how the
    // text writes it is a sign. A skill's or role's Title Case ("Hiring") is only how labels are written.
    // A classification writes its skills in lower case, so a capital there marks a proper name ("Swift").
    const nameLike =
      kind === 'Technology' ||
      c.entry.shape === 'upper' ||
      c.entry.shape === 'mixed' ||
      (c.entry.shape === 'capitalized' && c.entry.node.classification);
    const list = this.listNeighbour(c);
    const beside = this.besideTechnicalWord(c);
    const near = this.nearContext(c);
    const strong = list ?? beside;
    const context = strong ?? near;

    switch (c.ordinariness) {
      case 'LETTER': {
        if (caseSignal !== 'FOR') return reject(`${shown} is a single letter not written as the name is`);
        if (!this.standsAlone(c)) return reject(`the letter ${shown} is part of a longer expression`);
        if (!strong)
          return reject(`the letter ${shown} is not in a list of technologies or beside a technical word`);
        return accept(`a single letter, taken as the name because ${strong}`, 0.8);
      }
      case 'EVERYDAY_PHRASE':
        return context
          ? accept(`a label made of everyday words, taken because ${context}`, 0.8)
          : reject('a label made of everyday words, with no technical context');
      case 'WORD':
        if (!nameLike)
          return context
            ? accept(`also an English word, taken because ${context}`, 0.9)
            : reject('an English word here, with no technical context');
        if (caseSignal === 'FOR')
          return accept('also an English word, taken because it is capitalised as the name is', 0.95);
        if (caseSignal === 'AGAINST')
          return strong
            ? accept(`also an English word, taken because ${strong}`, 0.85)
            : reject(
                `written in lower case, while the name is “${c.entry.form}”, with no list or technical word beside it`,
              );
        return context
          ? accept(`also an English word, taken because ${context}`, 0.85)
          : reject('an English word here, with no technical context');
      case 'COMMON': {
        if (!nameLike) {
          if (this.afterVerbLead(c)) return reject(`an everyday word used as a verb here`);
          const skill = list ?? this.skillContext(c) ?? this.nearMention(c, 2) ?? this.listedWithSkill(c);
          return skill
            ? accept(`also an everyday word, taken as the skill because ${skill}`, 0.8)
            : reject('an everyday word here: no skill word or list of skills near it');
        }
        if (caseSignal === 'FOR' && context)
          return accept(
            `also an everyday word, taken because it is capitalised as the name is and ${context}`,
            0.85,
          );
        if (caseSignal !== 'FOR' && this.afterVerbLead(c))
          return reject(`an everyday word used as a verb here`);
        if (strong) return accept(`also an everyday word, taken because ${strong}`, 0.8);
        return reject(
          caseSignal === 'FOR'
            ? 'an everyday word here, capitalised but with no technical context'
            : 'an everyday word here, with no list or technical word beside it',
        );
      }
      default:
        return accept('', 1);
    }
  }

  /** Never a name: an ordinary word hyphenated to another ("rust-proof", "go-to-market"). */
  private blockedAsWord(c: Candidate): string | null {
    if (c.first !== c.last) return null;
    const token = this.tokens[c.first] as TextToken;
    const next = this.tokens[c.first + 1];
    if (
      /^-$/.test(token.after) &&
      next &&
      !hyphenSuffixes.has(next.norm) &&
      !this.coveredOrCandidate(c.first + 1)
    )
      return `part of the compound “${token.norm}-${next.norm}”`;
    const previous = this.tokens[c.first - 1];
    if (/^-$/.test(token.before) && previous && !this.coveredOrCandidate(c.first - 1))
      return `part of the compound “${previous.norm}-${token.norm}”`;
    return null;
  }

  private coveredOrCandidate(index: number): boolean {
    return this.coveredBy[index] !== -1 || this.candidateAt[index] !== 0;
  }

  /**
   * FOR: the text capitalises the word as the name is ("Go" mid-sentence); VOID: its case says nothing
   * (first word of a sentence, a run of capitalised words, all capitals); AGAINST: lower case for a
   * capitalised name; NONE: the name itself is lower case.
   */
  private caseSignal(c: Candidate): CaseSignal {
    const token = this.tokens[c.first] as TextToken;
    const named = c.entry.shape;
    if (named === 'lower' || named === 'none') return 'NONE';
    if (token.shape === 'lower') return 'AGAINST';
    if (token.opensSentence) return 'VOID';
    if (named === 'upper') return token.shape === 'upper' || token.end - token.start === 1 ? 'FOR' : 'VOID';
    if (token.shape === 'upper' && token.end - token.start > 1) return 'VOID';
    return this.inTitleRun(c) ? 'VOID' : 'FOR';
  }

  /** "Swift Delivery Service": a capitalised neighbour, joined by a space, that is no candidate itself. */
  private inTitleRun(c: Candidate): boolean {
    const capitalised = (index: number) => {
      const token = this.tokens[index];
      return (
        token !== undefined &&
        (token.shape === 'capitalized' || token.shape === 'upper') &&
        this.candidateAt[index] === 0
      );
    };
    const first = this.tokens[c.first] as TextToken;
    const last = this.tokens[c.last] as TextToken;
    return (
      (/^[ \t]+$/.test(first.before) && capitalised(c.first - 1)) ||
      (/^[ \t]+$/.test(last.after) && capitalised(c.last + 1))
    );
  }

  /** "Node.js, Express", "Go and Rust", a bulleted list: another mention next to it in a list. */
  private listNeighbour(c: Candidate): string | null {
    const tokens = this.tokens;
    const mentionAt = (index: number) => index >= 0 && index < tokens.length && this.coveredBy[index] !== -1;
    const passage = (tokens[c.first] as TextToken).passage;
    const samePassage = (index: number) => (tokens[index] as TextToken).passage === passage;
    const named = (index: number) => `“${this.spanText(index)}”`;
    // To the left: "X, c", "X and c".
    const left = c.first - 1;
    if (left >= 0 && samePassage(left) && listSeparator.test((tokens[c.first] as TextToken).before)) {
      if (mentionAt(left)) return `it is listed with ${named(left)}`;
      if (listJoiners.has((tokens[left] as TextToken).norm) && mentionAt(left - 1) && samePassage(left - 1))
        return `it is listed with ${named(left - 1)}`;
    }
    const right = c.last + 1;
    if (
      right < tokens.length &&
      samePassage(right) &&
      listSeparator.test((tokens[c.last] as TextToken).after)
    ) {
      if (mentionAt(right)) return `it is listed with ${named(right)}`;
      if (
        listJoiners.has((tokens[right] as TextToken).norm) &&
        mentionAt(right + 1) &&
        samePassage(right + 1)
      )
        return `it is listed with ${named(right + 1)}`;
    }
    return null;
  }

  /** "Go developer", "Rust programming", "Spring-based". */
  private besideTechnicalWord(c: Candidate): string | null {
    const previous = this.tokens[c.first - 1];
    const next = this.tokens[c.last + 1];
    const joined = (between: string) => /^[ \t]*-?[ \t]*$/.test(between);
    if (next && joined(next.before) && adjacentTechnicalWords.has(next.norm))
      return `“${next.norm}” follows it`;
    if (previous && joined(previous.after) && adjacentTechnicalWords.has(previous.norm))
      return `“${previous.norm}” comes before it`;
    return null;
  }

  /** A technical word within a few words, or another mention a little further, in the same passage. */
  private nearContext(c: Candidate): string | null {
    const tokens = this.tokens;
    const passage = (tokens[c.first] as TextToken).passage;
    for (let distance = 1; distance <= anchorWords; distance++) {
      for (const index of [c.first - distance, c.last + distance]) {
        const token = tokens[index];
        if (!token || token.passage !== passage) continue;
        if (this.coveredBy[index] !== -1) return `“${this.spanText(index)}” is named near it`;
        if (distance <= nearWords && technicalWords.has(token.norm))
          return `technical words stand near it (“${token.norm}”)`;
      }
    }
    return null;
  }

  /** Another mention within `within` words, in the same passage: "monitoring with Prometheus". */
  private nearMention(c: Candidate, within: number): string | null {
    const passage = (this.tokens[c.first] as TextToken).passage;
    for (let distance = 1; distance <= within; distance++)
      for (const index of [c.first - distance, c.last + distance]) {
        const token = this.tokens[index];
        if (token && token.passage === passage && this.coveredBy[index] !== -1)
          return `“${this.spanText(index)}” is named beside it`;
      }
    return null;
  }

  /** "hiring, mentoring and ...": listed next to another skill's name, taken or not. */
  private listedWithSkill(c: Candidate): string | null {
    const tokens = this.tokens;
    const isSkill = (index: number) => ((this.candidateAt[index] ?? 0) & 2) !== 0;
    const left = c.first - 1;
    if (left >= 0 && /^\s*[,/;]\s*$/.test((tokens[c.first] as TextToken).before) && isSkill(left))
      return `it is listed with the skill “${(tokens[left] as TextToken).norm}”`;
    const right = c.last + 1;
    if (right < tokens.length && /^\s*[,/;]\s*$/.test((tokens[c.last] as TextToken).after) && isSkill(right))
      return `it is listed with the skill “${(tokens[right] as TextToken).norm}”`;
    return null;
  }

  /** "communication skills", "knowledge of statistics", "strong mentoring". */
  private skillContext(c: Candidate): string | null {
    const tokens = this.tokens;
    const passage = (tokens[c.first] as TextToken).passage;
    const previous = tokens[c.first - 1];
    if (previous && previous.passage === passage && skillQualifiers.has(previous.norm))
      return `“${previous.norm}” qualifies it`;
    for (let distance = 1; distance <= nearWords; distance++) {
      for (const index of [c.first - distance, c.last + distance]) {
        const token = tokens[index];
        if (token && token.passage === passage && skillWords.has(token.norm))
          return `“${token.norm}” stands near it`;
      }
    }
    return null;
  }

  /** "we go", "to express", "we're hiring": the word is a verb. */
  private afterVerbLead(c: Candidate): boolean {
    const previous = this.tokens[c.first - 1];
    const token = this.tokens[c.first] as TextToken;
    return previous !== undefined && /^[ \t]+$/.test(token.before) && verbLeads.has(previous.norm);
  }

  /** "R" or "C" as a word of its own: not "R&D", "C-level", "C." in an initial. */
  private standsAlone(c: Candidate): boolean {
    const token = this.tokens[c.first] as TextToken;
    return /(^|[\s,(/])$/.test(token.before) && /^($|[\s,;/)]|[.:](\s|$))/.test(token.after);
  }

  /** The text of the mention covering a token, for explanations. */
  private spanText(index: number): string {
    let first = index;
    let last = index;
    const owner = this.coveredBy[index];
    while (first > 0 && this.coveredBy[first - 1] === owner && owner !== -1) first--;
    while (last + 1 < this.tokens.length && this.coveredBy[last + 1] === owner && owner !== -1) last++;
    return this.text.slice((this.tokens[first] as TextToken).start, (this.tokens[last] as TextToken).end);
  }
}

function accept(reason: string, factor: number): Verdict {
  return { accepted: true, reason, factor };
}

function reject(reason: string): Verdict {
  return { accepted: false, reason, factor: 0 };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

function toMention(c: Candidate, verdict: Verdict, tokens: readonly TextToken[], text: string): FoundMention {
  const start = (tokens[c.first] as TextToken).start;
  const end = (tokens[c.last] as TextToken).end;
  const shown = text.slice(start, end);
  const { entry } = c;
  const base = (entry.match === 'ALIAS' ? 0.95 : 1) * routeConfidence[c.route];
  const confidence = round2(base * verdict.factor * (entry.node.classification ? classificationFactor : 1));
  const match: SearchMatch =
    c.route === 'FORM' || c.route === 'JOINED'
      ? entry.match
      : c.route === 'PREFIX'
        ? SearchMatch.PREFIX
        : SearchMatch.FUZZY;
  const what =
    entry.match === 'EXACT'
      ? `the name “${entry.form}”`
      : `the alias “${entry.form}” of ${entry.node.entity.name}`;
  const how: Record<Route, string> = {
    FORM: what,
    JOINED: `${what}, written “${shown}”`,
    PLURAL: `${what}, in the singular or plural`,
    VERSION: `${what}, with a version number`,
    JS: `${what}, with “.js”`,
    PREFIX: `“${shown}” begins ${what}`,
    TYPO: `“${shown}” is one typo away from ${what}`,
  };
  const parts = [how[c.route]];
  if (entry.via) parts.push(entry.via);
  if (verdict.reason) parts.push(verdict.reason);
  return {
    node: entry.node,
    start,
    end,
    text: shown,
    match,
    confidence,
    form: entry.form,
    explanation: parts.join('; '),
  };
}
