import { z } from 'zod';
import {
  DataModel,
  Importance,
  PublisherKind,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
  valuesOf,
} from '../domain/enums';

/** The shape of each seed file, as seed/README.md documents it. Unknown keys are errors: they are usually typos. */

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const sources = z.array(slug).min(1, 'every fact needs at least one source');
const aliases = z.array(text).default([]);
const description = text.nullish().transform((value) => value ?? null);

const sourced = <T extends z.ZodRawShape>(shape: T) => z.strictObject({ ...shape, sources });

export const sourceFile = z.array(
  z.strictObject({
    slug,
    title: text,
    publisher: z.enum(valuesOf(PublisherKind)),
    document: z.string().regex(/^[\w.-]+\.txt$/, 'must be the file name of a document in shared/seeds'),
    description,
  }),
);

const yearsRange = z
  .strictObject({ min: z.number().int().nonnegative(), max: z.number().int().nonnegative().nullable() })
  .refine((range) => range.max === null || range.max >= range.min, 'max must not be below min');

export const roleFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    description,
    family: z.enum(valuesOf(RoleFamily)),
    seniority: z.enum(valuesOf(Seniority)),
    track: z.enum(valuesOf(Track)).nullish().transform((value) => value ?? null),
    experience: yearsRange.nullish().transform((value) => value ?? null),
    sources,
    skills: z.array(sourced({ skill: slug, importance: z.enum(valuesOf(Importance)) })).default([]),
    technologies: z.array(sourced({ technology: slug })).default([]),
  }),
);

export const skillFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    category: z.enum(valuesOf(SkillCategory)),
    description,
    sources,
    prerequisites: z.array(sourced({ skill: slug })).default([]),
    related: z.array(sourced({ skill: slug })).default([]),
    technologies: z.array(sourced({ technology: slug })).default([]),
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
      sources,
      dataModel: z.enum(valuesOf(DataModel)).optional(),
      category: z.enum(valuesOf(ToolCategory)).optional(),
      languages: z.array(sourced({ language: slug })).default([]),
    })
    .superRefine((tech, ctx) => {
      const rule = (ok: boolean, path: string, message: string) => {
        if (!ok) ctx.addIssue({ code: 'custom', path: [path], message });
      };
      rule(tech.kind !== 'DATABASE' || tech.dataModel !== undefined, 'dataModel', 'a DATABASE needs a dataModel');
      rule(tech.kind === 'DATABASE' || tech.dataModel === undefined, 'dataModel', 'only a DATABASE has a dataModel');
      rule(tech.kind !== 'TOOL' || tech.category !== undefined, 'category', 'a TOOL needs a category');
      rule(tech.kind === 'TOOL' || tech.category === undefined, 'category', 'only a TOOL has a category');
      rule(tech.kind === 'FRAMEWORK' || tech.languages.length === 0, 'languages', 'only a FRAMEWORK is written in languages');
    }),
);

export const industryFile = z.array(
  z.strictObject({
    slug,
    name: text,
    aliases,
    description,
    sources,
    hires: z.array(sourced({ role: slug, emphasis: description })).default([]),
  }),
);

export const transitionFile = z.array(
  sourced({
    from: slug,
    to: slug,
    kind: z.enum(valuesOf(TransitionKind)),
    typicalYears: z.number().nonnegative().max(40).nullish().transform((value) => value ?? null),
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
      source: slug,
    })
    .refine((salary) => salary.max >= salary.min, { message: 'max must not be below min', path: ['max'] }),
);

/** Every seed file, by file name, with the schema its content must match. */
export const seedFiles = {
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
