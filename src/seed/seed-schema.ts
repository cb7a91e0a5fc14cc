import { z } from 'zod';
import type { Evidence } from '../domain/entities';
import {
  DataModel,
  EntryDifficulty,
  Expectation,
  Importance,
  PublisherKind,
  QualificationKind,
  RelativeLevel,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  SkillType,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
  valuesOf,
} from '../domain/enums';

/** The shape of each seed file, as seed/README.md documents it. Unknown keys are errors: they are usually typos. */

const slug = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be kebab-case: lower-case letters and digits joined by single hyphens',
  );
const text = z.string().trim().min(1, 'must not be empty');
const description = text.nullish().transform((value) => value ?? null);

/** "12" or "12-15": 1-based, inclusive, start <= end. */
const lineRange = z
  .union([z.number().int().positive(), z.string().regex(/^\d+(-\d+)?$/)])
  .transform((value, ctx) => {
    const [start, end = start] = String(value).split('-').map(Number) as [number, number?];
    if (start < 1 || (end as number) < start) {
      ctx.addIssue({
        code: 'custom',
        message: `"${value}" is not a line range: start must be 1 or more, end not below it`,
      });
      return z.NEVER;
    }
    return { start, end: end as number };
  });

/**
 * Identical locators share one frozen object: a generated graph states the same few millions of times,
 * and a fact's evidence is never changed after loading.
 */
const sharedEvidence = new Map<string, Evidence>();
function evidenceOf(key: string, make: () => Evidence): Evidence {
  let known = sharedEvidence.get(key);
  if (known === undefined) {
    known = Object.freeze(make());
    // Bounded: one seed holds a few thousand distinct locators; past that, objects are simply not shared.
    if (sharedEvidence.size < 100_000) sharedEvidence.set(key, known);
  }
  return known;
}

/** "source:12" or "source:12-15": the lines of the source's document state the fact. */
const statedLocator = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*:\d+(-\d+)?$/,
    'must be "<source>:<line>" or "<source>:<start>-<end>", or an object with source and lines or uri',
  )
  .transform((value, ctx) => {
    const separator = value.indexOf(':');
    const range = lineRange.safeParse(value.slice(separator + 1));
    if (!range.success) {
      ctx.addIssue({ code: 'custom', message: `"${value}": lines must run forward from line 1` });
      return z.NEVER;
    }
    return evidenceOf(value, () => ({
      source: value.slice(0, separator),
      lines: range.data,
      uri: null,
      basis: 'STATED' as const,
      note: null,
      about: null,
    }));
  });

/** The object form: lines or a URI, and a reading (`inferred`) or a note on what is stated. */
const locatorObject = z
  .strictObject({
    source: slug,
    lines: lineRange.optional(),
    uri: z.string().url('must be an absolute URI').optional(),
    inferred: text.optional(),
    note: text.optional(),
    about: z
      .string()
      .regex(/^[a-z][a-zA-Z]*$/, 'must name an attribute, e.g. seniority')
      .optional(),
  })
  .superRefine((item, ctx) => {
    if ((item.lines === undefined) === (item.uri === undefined))
      ctx.addIssue({
        code: 'custom',
        message: 'give exactly one of lines (a document) or uri (a classification)',
      });
    if (item.inferred !== undefined && item.note !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'an inferred item has its reading in `inferred`',
      });
  })
  .transform((item): Evidence => ({
    source: item.source,
    lines: item.lines ?? null,
    uri: item.uri ?? null,
    basis: item.inferred === undefined ? 'STATED' : 'INFERRED',
    note: item.inferred ?? item.note ?? null,
    about: item.about ?? null,
  }));

export const evidence = z
  .array(z.union([statedLocator, locatorObject]))
  .min(1, 'every fact needs evidence: the lines (or concept URI) of a source that state it');

const aliases = z.array(z.strictObject({ name: text, evidence })).default([]);

const externalIds = z
  .array(
    z.strictObject({
      scheme: z.enum(['ESCO']),
      uri: z.string().url(),
      match: z.enum(['EXACT', 'CLOSE', 'BROAD', 'NARROW', 'RELATED']),
    }),
  )
  .default([]);

const evidenced = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, evidence });

export const sourceFile = z.array(
  z.strictObject({
    slug,
    title: text,
    publisher: z.enum(valuesOf(PublisherKind)),
    document: z
      .string()
      .regex(/^[\w.-]+\.txt$/, 'must be the file name of a document in the seed documents folder')
      .nullish()
      .transform((value) => value ?? null),
    description,
    /** The role the whole document is about: its facts of that role need not name it in every line. */
    subject: slug.nullish().transform((value) => value ?? null),
    licence: description,
    attribution: description,
    url: z
      .string()
      .url()
      .nullish()
      .transform((value) => value ?? null),
  }),
);

const yearsRange = z
  .strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() })
  .refine((range) => range.max === null || range.max >= range.min, 'max must not be below min');

const importance = z.enum(valuesOf(Importance));

export const roleFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    description,
    family: z.enum(valuesOf(RoleFamily)),
    seniority: z.enum(valuesOf(Seniority)),
    track: z
      .enum(valuesOf(Track))
      .nullish()
      .transform((value) => value ?? null),
    experience: yearsRange.nullish().transform((value) => value ?? null),
    occupation: slug.nullish().transform((value) => value ?? null),
    evidence,
    externalIds,
    skills: z.array(evidenced({ skill: slug, importance })).default([]),
    technologies: z.array(evidenced({ technology: slug, importance })).default([]),
    qualifications: z
      .array(
        evidenced({
          kind: z.enum(valuesOf(QualificationKind)),
          name: text,
          expectation: z.enum(valuesOf(Expectation)),
        }),
      )
      .default([]),
    workSettings: z.array(evidenced({ name: text, traits: z.array(text).min(1) })).default([]),
    comparisons: z
      .array(
        evidenced({
          baseline: slug,
          pay: z
            .enum(valuesOf(RelativeLevel))
            .nullish()
            .transform((value) => value ?? null),
          entry: z
            .enum(valuesOf(EntryDifficulty))
            .nullish()
            .transform((value) => value ?? null),
        }),
      )
      .default([]),
  }),
);

export const skillFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    category: z.enum(valuesOf(SkillCategory)),
    description,
    skillType: z
      .enum(valuesOf(SkillType))
      .nullish()
      .transform((value) => value ?? null),
    evidence,
    externalIds,
    prerequisites: z.array(evidenced({ skill: slug })).default([]),
    related: z.array(evidenced({ skill: slug })).default([]),
    technologies: z.array(evidenced({ technology: slug })).default([]),
  }),
);

export const technologyFile = z.array(
  z
    .strictObject({
      slug,
      name: text,
      kind: z.enum(valuesOf(TechnologyKind)),
      aliases,
      description,
      evidence,
      externalIds,
      dataModel: z.enum(valuesOf(DataModel)).optional(),
      category: z.enum(valuesOf(ToolCategory)).optional(),
      languages: z.array(evidenced({ language: slug })).default([]),
    })
    .superRefine((tech, ctx) => {
      const rule = (ok: boolean, path: string, message: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      rule(
        tech.kind !== 'DATABASE' || tech.dataModel !== undefined,
        'dataModel',
        'a DATABASE needs a dataModel',
      );
      rule(
        tech.kind === 'DATABASE' || tech.dataModel === undefined,
        'dataModel',
        'only a DATABASE has a dataModel',
      );
      rule(tech.kind !== 'TOOL' || tech.category !== undefined, 'category', 'a TOOL needs a category');
      rule(tech.kind === 'TOOL' || tech.category === undefined, 'category', 'only a TOOL has a category');
      rule(
        ['FRAMEWORK', 'LIBRARY', 'RUNTIME'].includes(tech.kind) || tech.languages.length === 0,
        'languages',
        'only a FRAMEWORK or LIBRARY is written in a language, or a RUNTIME runs one',
      );
    }),
);

export const industryFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    description,
    evidence,
    hires: z.array(evidenced({ role: slug, emphasis: description })).default([]),
  }),
);

export const transitionFile = z.array(
  evidenced({
    from: slug,
    to: slug,
    kind: z.enum(valuesOf(TransitionKind)),
    typicalYears: z
      .number()
      .nonnegative()
      .max(40)
      .nullish()
      .transform((value) => value ?? null),
    /**
     * A move stated for a level-less occupation (`from`) is open to its levels from this level up; each
     * such level inherits it. Absent: every level inherits it.
     */
    openFrom: z
      .strictObject({ level: slug, evidence })
      .nullish()
      .transform((value) => value ?? null),
  }),
);

export const salaryFile = z.array(
  z
    .strictObject({
      role: slug,
      region: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code such as US or IN'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD or INR'),
      min: z.number().int().nonnegative(),
      max: z.number().int().nonnegative(),
      period: z.enum(valuesOf(SalaryPeriod)),
      experience: yearsRange.nullish().transform((value) => value ?? null),
      evidence,
    })
    .refine((salary) => salary.max >= salary.min, { message: 'max must not be below min', path: ['max'] })
    .refine((salary) => new Set(salary.evidence.map((item) => item.source)).size === 1, {
      message: 'a salary range comes from exactly one source: disagreeing sources are separate entries',
      path: ['evidence'],
    }),
);

/**
 * The dataset release (dataset.yaml): a semantic version bumped on purpose when the seed changes, the
 * day it was released, and the content hash of its facts (src/dataset/dataset-hash.ts) recorded with it,
 * so a change to seed/ without a new release is caught (test/unit/dataset-release.test.ts).
 */
export const datasetFile = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a semantic version such as 2.1.0'),
  released: z
    .union([z.string(), z.date()])
    .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
    .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-01')),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the hex SHA-256 of the facts (npm run dataset:release)'),
  description: description,
});

/** Every seed file, by file name, with the schema its content must match. */
export const seedFiles = {
  'dataset.yaml': datasetFile,
  'sources.yaml': sourceFile,
  'roles.yaml': roleFile,
  'skills.yaml': skillFile,
  'technologies.yaml': technologyFile,
  'industries.yaml': industryFile,
  'transitions.yaml': transitionFile,
  'salaries.yaml': salaryFile,
} as const;

export type SeedFileName = keyof typeof seedFiles;
export type SeedFileContent = { [F in SeedFileName]: z.output<(typeof seedFiles)[F]> };
