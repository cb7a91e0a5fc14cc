import type { Evidence, LineRange } from '../../domain/entities';
import type { SeedFiles } from '../read-seed-files';
import type { SeedProblem } from '../seed-errors';
import type { SeedFileName } from '../seed-schema';
import type { SourceDocument } from './documents';
import { holdsAny, holdsNumber, holdsTerm, wordsOf } from './terms';

type Keys = readonly (string | number)[];

/** One thing the cited lines must hold: a name of a linked node, a figure, a word. */
interface Term {
  readonly describe: string;
  /** The node the term names, when it names one: a document's own subject needs no naming. */
  readonly slug?: string;
  holds(words: readonly string[]): boolean;
}

const names = (
  kind: string,
  node: { name: string; aliases: readonly { name: string }[] } | undefined,
  slug: string,
): Term => {
  const all = node ? [node.name, ...node.aliases.map((alias) => alias.name)] : [slug];
  return { describe: `${kind} "${node?.name ?? slug}"`, slug, holds: (words) => holdsAny(words, all) };
};
const word = (text: string): Term => ({ describe: `"${text}"`, holds: (words) => holdsTerm(words, text) });
const number = (value: number): Term => ({
  describe: `the figure ${value}`,
  holds: (words) => holdsNumber(words, value),
});

/** A salary figure as documents write it: whole ("80,000") or in lakh ("₹6 – ₹20 LPA" is 600,000 to 2,000,000). */
const salaryFigure = (value: number): Term => ({
  describe: `the figure ${value}`,
  holds: (words) =>
    holdsNumber(words, value) ||
    (value % 100_000 === 0 &&
      holdsNumber(words, value / 100_000) &&
      (words.includes('lpa') || words.includes('lakh'))),
});

/** Phrases a reading quotes from its lines: 'like this', at word boundaries (so "engineer's" is no quote). */
export function quotedPhrases(note: string | null): string[] {
  if (note === null) return [];
  return [...note.matchAll(/(?:^|[\s(])'([^']+?)'(?=$|[\s),.;:])/g)].map((match) => match[1] as string);
}

export interface VerifyReport {
  /** Evidence items with line locators that were checked. */
  readonly checked: number;
  readonly inferred: number;
  readonly problems: SeedProblem[];
}

/**
 * Checks every line locator in the seed against the source documents: the document is there, the
 * lines exist, and they hold the fact's own terms (a name or alias of each node it links; the figures of
 * a salary or an experience band). A STATED item must hold every term; an INFERRED one, a reading of the
 * lines, at least one. Concept URIs (ESCO) are checked by the import's manifest, not here.
 */
export function verifySeed(files: SeedFiles, documents: ReadonlyMap<string, SourceDocument>): VerifyReport {
  const check = new LocatorCheck(files, documents);
  const terms = new NodeTerms(files.content);
  verifyRoles(check, terms);
  verifySkills(check, terms);
  verifyTechnologies(check, terms);
  verifyIndustries(check, terms);
  verifyTransitions(check, terms);
  verifySalaries(check);
  return { checked: check.checked, inferred: check.inferred, problems: check.problems };
}

/** The names a linked node is known by (its name and aliases), per kind and slug. */
class NodeTerms {
  private readonly nodes;

  constructor(content: SeedFiles['content']) {
    const bySlug = <T extends { slug: string }>(entries: readonly T[]) =>
      new Map(entries.map((entry) => [entry.slug, entry]));
    this.nodes = {
      role: bySlug(content['roles.yaml']),
      skill: bySlug(content['skills.yaml']),
      technology: bySlug(content['technologies.yaml']),
      industry: bySlug(content['industries.yaml']),
    };
  }

  of(kind: keyof NodeTerms['nodes'], slug: string): Term {
    return names(kind, this.nodes[kind].get(slug), slug);
  }
}

/** Checks evidence items against the documents, counting what it checked and keeping what failed. */
class LocatorCheck {
  checked = 0;
  inferred = 0;
  readonly problems: SeedProblem[] = [];
  private readonly documentOf: ReadonlyMap<string, string | null>;
  private readonly subjectOf: ReadonlyMap<string, string | null>;

  constructor(
    readonly files: SeedFiles,
    private readonly documents: ReadonlyMap<string, SourceDocument>,
  ) {
    const sources = files.content['sources.yaml'];
    this.documentOf = new Map(sources.map((source) => [source.slug, source.document]));
    this.subjectOf = new Map(sources.map((source) => [source.slug, source.subject]));
  }

  /**
   * Each located item's lines hold `terms` (or, for an item about one of the fact's parts, the terms
   * `termsAbout` gives for that part); a document's own subject needs no naming.
   */
  evidence(
    file: SeedFileName,
    keys: Keys,
    evidence: readonly Evidence[],
    terms: readonly Term[],
    termsAbout?: (about: string) => readonly Term[] | null,
  ): void {
    evidence.forEach((item, position) => {
      const { lines } = item;
      if (lines === null) return;
      this.checked++;
      if (item.basis === 'INFERRED') this.inferred++;
      const locator = `${item.source}:${lines.start}${lines.end === lines.start ? '' : `-${lines.end}`}`;
      const problem = this.item(item, lines, terms, termsAbout);
      if (problem !== null)
        this.problems.push(
          this.files.parsed[file].problem([...keys, 'evidence', position], `${locator}: ${problem}`),
        );
    });
  }

  /** Aliases: each alias's lines hold the alias. */
  aliases(
    file: SeedFileName,
    index: number,
    aliases: readonly { name: string; evidence: readonly Evidence[] }[],
  ): void {
    aliases.forEach((alias, position) =>
      this.evidence(file, [index, 'aliases', position], alias.evidence, [word(alias.name)]),
    );
  }

  /** What is wrong with one located item, or null. */
  private item(
    item: Evidence,
    lines: LineRange,
    terms: readonly Term[],
    termsAbout?: (about: string) => readonly Term[] | null,
  ): string | null {
    const documentName = this.documentOf.get(item.source);
    const document = documentName ? this.documents.get(documentName) : undefined;
    if (document === undefined)
      return `the document of source "${item.source}" (${documentName ?? 'none'}) is not in the documents folder`;
    if (lines.end > document.lineCount) return `${document.file} has ${document.lineCount} lines`;
    const words = wordsOf(document.lines.slice(lines.start, lines.end + 1).join('\n'));
    const subject = this.subjectOf.get(item.source) ?? null;
    const wanted = ((item.about !== null && termsAbout?.(item.about)) || terms).filter(
      (term) => subject === null || term.slug !== subject,
    );
    const missing = wanted.filter((term) => !term.holds(words));
    if (item.basis === 'STATED')
      return missing.length > 0
        ? `the lines do not hold ${missing.map((term) => term.describe).join(' or ')}`
        : null;
    // A reading rests on words of the lines, quoted in its note; those must be there, and the lines
    // must hold a term of the fact or a quoted word at least.
    const quoted = quotedPhrases(item.note);
    const absent = quoted.filter((phrase) => !holdsTerm(words, phrase));
    if (absent.length > 0)
      return `the reading quotes ${absent.map((phrase) => `'${phrase}'`).join(', ')}, which the lines do not hold`;
    if (quoted.length === 0 && wanted.length > 0 && missing.length === wanted.length)
      return `the lines hold none of ${wanted.map((term) => term.describe).join(', ')} and the reading quotes nothing, so they cannot support it`;
    return null;
  }
}

/** The figures of an experience band: its minimum, and its maximum when it has one. */
const bandFigures = (band: { min: number; max: number | null }): Term[] => [
  number(band.min),
  ...(band.max === null ? [] : [number(band.max)]),
];

function verifyRoles(check: LocatorCheck, terms: NodeTerms): void {
  const file = 'roles.yaml';
  check.files.content[file].forEach((entry, index) => {
    const self = terms.of('role', entry.slug);
    check.evidence(file, [index], entry.evidence, [self], (about) =>
      about === 'experience' && entry.experience ? bandFigures(entry.experience) : null,
    );
    check.aliases(file, index, entry.aliases);
    entry.skills.forEach((link, position) =>
      check.evidence(file, [index, 'skills', position], link.evidence, [self, terms.of('skill', link.skill)]),
    );
    entry.technologies.forEach((link, position) =>
      check.evidence(file, [index, 'technologies', position], link.evidence, [
        self,
        terms.of('technology', link.technology),
      ]),
    );
    entry.qualifications.forEach((item, position) => {
      const term =
        item.kind === 'DEGREE'
          ? word('degree')
          : item.kind === 'CERTIFICATION'
            ? word(item.name)
            : {
                describe: '"experience" or "projects"',
                holds: (words: readonly string[]) =>
                  holdsTerm(words, 'experience') || holdsTerm(words, 'project'),
              };
      check.evidence(file, [index, 'qualifications', position], item.evidence, [term]);
    });
    entry.workSettings.forEach((item, position) =>
      check.evidence(file, [index, 'workSettings', position], item.evidence, [word(item.name)]),
    );
    entry.comparisons.forEach((item, position) =>
      check.evidence(file, [index, 'comparisons', position], item.evidence, [
        self,
        terms.of('role', item.baseline),
      ]),
    );
  });
}

function verifySkills(check: LocatorCheck, terms: NodeTerms): void {
  const file = 'skills.yaml';
  check.files.content[file].forEach((entry, index) => {
    const self = terms.of('skill', entry.slug);
    const linked = (
      list: 'prerequisites' | 'related',
      position: number,
      link: (typeof entry)[typeof list][number],
    ) => check.evidence(file, [index, list, position], link.evidence, [self, terms.of('skill', link.skill)]);
    check.evidence(file, [index], entry.evidence, [self]);
    check.aliases(file, index, entry.aliases);
    entry.prerequisites.forEach((link, position) => linked('prerequisites', position, link));
    entry.related.forEach((link, position) => linked('related', position, link));
    entry.technologies.forEach((link, position) =>
      check.evidence(file, [index, 'technologies', position], link.evidence, [
        self,
        terms.of('technology', link.technology),
      ]),
    );
  });
}

function verifyTechnologies(check: LocatorCheck, terms: NodeTerms): void {
  const file = 'technologies.yaml';
  check.files.content[file].forEach((entry, index) => {
    const self = terms.of('technology', entry.slug);
    check.evidence(file, [index], entry.evidence, [self]);
    check.aliases(file, index, entry.aliases);
    entry.languages.forEach((link, position) =>
      check.evidence(file, [index, 'languages', position], link.evidence, [
        self,
        terms.of('technology', link.language),
      ]),
    );
  });
}

function verifyIndustries(check: LocatorCheck, terms: NodeTerms): void {
  const file = 'industries.yaml';
  check.files.content[file].forEach((entry, index) => {
    const self = terms.of('industry', entry.slug);
    check.evidence(file, [index], entry.evidence, [self]);
    check.aliases(file, index, entry.aliases);
    entry.hires.forEach((link, position) =>
      check.evidence(file, [index, 'hires', position], link.evidence, [self, terms.of('role', link.role)]),
    );
  });
}

function verifyTransitions(check: LocatorCheck, terms: NodeTerms): void {
  const file = 'transitions.yaml';
  check.files.content[file].forEach((entry, index) => {
    const ends = [terms.of('role', entry.from), terms.of('role', entry.to)];
    check.evidence(file, [index], entry.evidence, ends, (about) =>
      about === 'typicalYears' && entry.typicalYears !== null ? [number(entry.typicalYears)] : null,
    );
    // A duration is a figure: only a document that states it, for this move, may give it.
    if (
      entry.typicalYears !== null &&
      !entry.evidence.some((item) => item.about === 'typicalYears' && item.basis === 'STATED')
    )
      check.problems.push(
        check.files.parsed[file].problem(
          [index, 'typicalYears'],
          `typicalYears ${entry.typicalYears} has no STATED evidence item about typicalYears: a duration no document states stays unset`,
        ),
      );
    if (entry.openFrom)
      check.evidence(file, [index, 'openFrom'], entry.openFrom.evidence, [
        terms.of('role', entry.openFrom.level),
      ]);
  });
}

function verifySalaries(check: LocatorCheck): void {
  const file = 'salaries.yaml';
  check.files.content[file].forEach((entry, index) => {
    check.evidence(
      file,
      [index],
      entry.evidence,
      [salaryFigure(entry.min), salaryFigure(entry.max)],
      (about) =>
        about === 'experience' && entry.experience
          ? bandFigures(entry.experience)
          : about === 'region' || about === 'currency' || about === 'period'
            ? [salaryFigure(entry.min)]
            : null,
    );
  });
}
