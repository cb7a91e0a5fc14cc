import type { Evidence } from '../../domain/entities';
import type { ParsedSeedFile, SeedFiles } from '../read-seed-files';
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
  const { content, parsed } = files;
  const problems: SeedProblem[] = [];
  let checked = 0;
  let inferred = 0;
  const documentOf = new Map(content['sources.yaml'].map((source) => [source.slug, source.document]));
  const subjectOf = new Map(content['sources.yaml'].map((source) => [source.slug, source.subject]));
  const roles = new Map(content['roles.yaml'].map((entry) => [entry.slug, entry]));
  const skills = new Map(content['skills.yaml'].map((entry) => [entry.slug, entry]));
  const technologies = new Map(content['technologies.yaml'].map((entry) => [entry.slug, entry]));
  const industries = new Map(content['industries.yaml'].map((entry) => [entry.slug, entry]));
  const role = (slug: string) => names('role', roles.get(slug), slug);
  const skill = (slug: string) => names('skill', skills.get(slug), slug);
  const technology = (slug: string) => names('technology', technologies.get(slug), slug);
  const industry = (slug: string) => names('industry', industries.get(slug), slug);

  const check = (
    file: SeedFileName,
    keys: Keys,
    evidence: readonly Evidence[],
    terms: readonly Term[],
    termsAbout?: (about: string) => readonly Term[] | null,
  ) => {
    const seedFile: ParsedSeedFile = parsed[file];
    evidence.forEach((item, position) => {
      if (item.lines === null) return;
      checked++;
      if (item.basis === 'INFERRED') inferred++;
      const at = [...keys, 'evidence', position];
      const locator = `${item.source}:${item.lines.start}${item.lines.end === item.lines.start ? '' : `-${item.lines.end}`}`;
      const fail = (reason: string) => problems.push(seedFile.problem(at, `${locator}: ${reason}`));
      const documentName = documentOf.get(item.source);
      const document = documentName ? documents.get(documentName) : undefined;
      if (document === undefined)
        return fail(
          `the document of source "${item.source}" (${documentName ?? 'none'}) is not in the documents folder`,
        );
      if (item.lines.end > document.lineCount)
        return fail(`${document.file} has ${document.lineCount} lines`);
      const words = wordsOf(document.lines.slice(item.lines.start, item.lines.end + 1).join('\n'));
      const subject = subjectOf.get(item.source) ?? null;
      const wanted = ((item.about !== null && termsAbout?.(item.about)) || terms).filter(
        (term) => subject === null || term.slug !== subject,
      );
      const missing = wanted.filter((term) => !term.holds(words));
      if (item.basis === 'STATED' && missing.length > 0)
        fail(`the lines do not hold ${missing.map((term) => term.describe).join(' or ')}`);
      else if (item.basis === 'INFERRED') {
        // A reading rests on words of the lines, quoted in its note; those must be there, and the lines
        // must hold a term of the fact or a quoted word at least.
        const quoted = quotedPhrases(item.note);
        const absent = quoted.filter((phrase) => !holdsTerm(words, phrase));
        if (absent.length > 0)
          fail(
            `the reading quotes ${absent.map((phrase) => `'${phrase}'`).join(', ')}, which the lines do not hold`,
          );
        else if (quoted.length === 0 && wanted.length > 0 && missing.length === wanted.length)
          fail(
            `the lines hold none of ${wanted.map((term) => term.describe).join(', ')} and the reading quotes nothing, so they cannot support it`,
          );
      }
    });
  };
  const aliasesOf = (
    file: SeedFileName,
    index: number,
    aliases: readonly { name: string; evidence: readonly Evidence[] }[],
  ) =>
    aliases.forEach((alias, position) =>
      check(file, [index, 'aliases', position], alias.evidence, [word(alias.name)]),
    );

  content['roles.yaml'].forEach((entry, index) => {
    const file = 'roles.yaml';
    const self = role(entry.slug);
    check(file, [index], entry.evidence, [self], (about) =>
      about === 'experience' && entry.experience
        ? [
            number(entry.experience.min),
            ...(entry.experience.max === null ? [] : [number(entry.experience.max)]),
          ]
        : null,
    );
    aliasesOf(file, index, entry.aliases);
    entry.skills.forEach((link, position) =>
      check(file, [index, 'skills', position], link.evidence, [self, skill(link.skill)]),
    );
    entry.technologies.forEach((link, position) =>
      check(file, [index, 'technologies', position], link.evidence, [self, technology(link.technology)]),
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
      check(file, [index, 'qualifications', position], item.evidence, [term]);
    });
    entry.workSettings.forEach((item, position) =>
      check(file, [index, 'workSettings', position], item.evidence, [word(item.name)]),
    );
    entry.comparisons.forEach((item, position) =>
      check(file, [index, 'comparisons', position], item.evidence, [self, role(item.baseline)]),
    );
  });
  content['skills.yaml'].forEach((entry, index) => {
    const file = 'skills.yaml';
    const self = skill(entry.slug);
    check(file, [index], entry.evidence, [self]);
    aliasesOf(file, index, entry.aliases);
    entry.prerequisites.forEach((link, position) =>
      check(file, [index, 'prerequisites', position], link.evidence, [self, skill(link.skill)]),
    );
    entry.related.forEach((link, position) =>
      check(file, [index, 'related', position], link.evidence, [self, skill(link.skill)]),
    );
    entry.technologies.forEach((link, position) =>
      check(file, [index, 'technologies', position], link.evidence, [self, technology(link.technology)]),
    );
  });
  content['technologies.yaml'].forEach((entry, index) => {
    const file = 'technologies.yaml';
    const self = technology(entry.slug);
    check(file, [index], entry.evidence, [self]);
    aliasesOf(file, index, entry.aliases);
    entry.languages.forEach((link, position) =>
      check(file, [index, 'languages', position], link.evidence, [self, technology(link.language)]),
    );
  });
  content['industries.yaml'].forEach((entry, index) => {
    const file = 'industries.yaml';
    const self = industry(entry.slug);
    check(file, [index], entry.evidence, [self]);
    aliasesOf(file, index, entry.aliases);
    entry.hires.forEach((link, position) =>
      check(file, [index, 'hires', position], link.evidence, [self, role(link.role)]),
    );
  });
  content['transitions.yaml'].forEach((entry, index) => {
    check('transitions.yaml', [index], entry.evidence, [role(entry.from), role(entry.to)], (about) =>
      about === 'typicalYears' && entry.typicalYears !== null ? [number(entry.typicalYears)] : null,
    );
    // A duration is a figure: only a document that states it, for this move, may give it.
    if (
      entry.typicalYears !== null &&
      !entry.evidence.some((item) => item.about === 'typicalYears' && item.basis === 'STATED')
    )
      problems.push(
        parsed['transitions.yaml'].problem(
          [index, 'typicalYears'],
          `typicalYears ${entry.typicalYears} has no STATED evidence item about typicalYears: a duration no document states stays unset`,
        ),
      );
    if (entry.openFrom)
      check('transitions.yaml', [index, 'openFrom'], entry.openFrom.evidence, [role(entry.openFrom.level)]);
  });
  content['salaries.yaml'].forEach((entry, index) => {
    check(
      'salaries.yaml',
      [index],
      entry.evidence,
      [salaryFigure(entry.min), salaryFigure(entry.max)],
      (about) =>
        about === 'experience' && entry.experience
          ? [
              number(entry.experience.min),
              ...(entry.experience.max === null ? [] : [number(entry.experience.max)]),
            ]
          : about === 'region' || about === 'currency' || about === 'period'
            ? [salaryFigure(entry.min)]
            : null,
    );
  });
  return { checked, inferred, problems };
}
