import { checkRange, InvalidInputError } from '../domain/invalid-input-error';
import type { RoleRequirements } from '../domain/text-analysis/role-fit';
import {
  TextAnalyzer,
  type TextAnalysisData,
  type TextAnalysisResult,
} from '../domain/text-analysis/text-analyzer';
import type { GraphStore, Page, PageOf } from '../store/graph-store';

/** Longest text analyzeText reads, in UTF-16 code units (JavaScript's string length). */
export const maxAnalyzedText = 20_000;
/** Most roles analyzeText ranks. */
export const maxRoleFits = 20;
/** How long the dictionary read from the store is used before it is read again (the data may change). */
export const textAnalysisRefreshMs = 60_000;

/** Reads a store in pages of this many nodes, and asks for the links of this many at a time. */
const pageSize = 1_000;
const batchSize = 500;

async function everyPage<T>(list: (page: Page) => Promise<PageOf<T>>): Promise<T[]> {
  const items: T[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await list({ offset, limit: pageSize });
    items.push(...page.items);
    if (page.items.length < pageSize || items.length >= page.totalCount) return items;
  }
}

async function inBatches<T>(slugs: readonly string[], read: (batch: string[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let at = 0; at < slugs.length; at += batchSize)
    results.push(...(await read(slugs.slice(at, at + batchSize))));
  return results;
}

/**
 * Everything text analysis needs, read through the GraphStore port (so both stores give the same): every
 * skill and technology with its names and aliases, every role with its requirements (Role.skills and
 * Role.technologies, own and inherited), the APPLIES links, and which sources are classifications.
 */
export async function readTextAnalysisData(store: GraphStore): Promise<TextAnalysisData> {
  const [skills, technologies, roles, sources] = await Promise.all([
    everyPage((page) => store.listSkills({}, page)),
    everyPage((page) => store.listTechnologies(null, page)),
    everyPage((page) => store.listRoles({}, page)),
    store.listSources(),
  ]);
  const roleSlugs = roles.map((role) => role.slug);
  const [roleSkills, roleTechnologies, skillTechnologies] = await Promise.all([
    inBatches(roleSlugs, (batch) => store.neighbours('Role.skills', batch)),
    inBatches(roleSlugs, (batch) => store.neighbours('Role.technologies', batch)),
    inBatches(
      skills.map((skill) => skill.slug),
      (batch) => store.neighbours('Skill.technologies', batch),
    ),
  ]);
  const requirements: RoleRequirements[] = roles.map((role, index) => ({
    role,
    skills: roleSkills[index] ?? [],
    technologies: roleTechnologies[index] ?? [],
  }));
  return {
    skills,
    technologies,
    roles: requirements,
    applies: skills.flatMap((skill, index) =>
      (skillTechnologies[index] ?? []).map((link) => ({ skill: skill.slug, technology: link.node.slug })),
    ),
    classificationSources: new Set(
      sources.filter((source) => source.publisher === 'CLASSIFICATION').map((source) => source.slug),
    ),
  };
}

/** Rejects a text analyzeText will not read, naming the limit. */
export function checkAnalyzedText(text: string, first: number): void {
  checkRange('first', first, 1, maxRoleFits);
  if (text.length > maxAnalyzedText) {
    throw new InvalidInputError(
      `text is ${text.length} characters long; analyzeText reads at most ${maxAnalyzedText}.`,
      'text',
      { max: maxAnalyzedText, length: text.length },
    );
  }
}

/**
 * One store's text analyzer, read from the store when first needed and read again in the background
 * once it is `refreshMs` old (the answer in the meantime comes from the one in hand). A failed read is
 * not kept: the next call tries again.
 */
export class TextAnalysisService {
  private current: { analyzer: TextAnalyzer; readAt: number } | null = null;
  private reading: Promise<TextAnalyzer> | null = null;

  constructor(
    private readonly refreshMs: number = textAnalysisRefreshMs,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The analysis of `text`, with at most `first` roles. `store` is the caller's view of the store (an
   * operation's, bounded by its deadline), through which a missing or stale dictionary is read.
   */
  async analyze(store: GraphStore, text: string, first: number): Promise<TextAnalysisResult> {
    checkAnalyzedText(text, first);
    return (await this.analyzer(store)).analyze(text, first);
  }

  /** The analyzer, read from `store` if there is none yet; refreshed in the background when stale. */
  async analyzer(store: GraphStore): Promise<TextAnalyzer> {
    const current = this.current;
    if (current) {
      if (this.now() - current.readAt >= this.refreshMs) void this.read(store).catch(() => undefined);
      return current.analyzer;
    }
    return this.read(store);
  }

  private read(store: GraphStore): Promise<TextAnalyzer> {
    this.reading ??= readTextAnalysisData(store)
      .then((data) => {
        const analyzer = new TextAnalyzer(data);
        this.current = { analyzer, readAt: this.now() };
        return analyzer;
      })
      .finally(() => {
        this.reading = null;
      });
    return this.reading;
  }
}

const services = new WeakMap<GraphStore, TextAnalysisService>();

/** The text analysis service of a store: one per store for the life of the process. */
export function textAnalysisOf(store: GraphStore): TextAnalysisService {
  let service = services.get(store);
  if (!service) {
    service = new TextAnalysisService();
    services.set(store, service);
  }
  return service;
}
