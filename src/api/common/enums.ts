import { registerEnumType } from 'type-graphql';
import {
  Basis,
  DataModel,
  EntityKind,
  EntryDifficulty,
  Expectation,
  ExternalScheme,
  Importance,
  MatchRelation,
  QualificationKind,
  RelativeLevel,
  PathRanking,
  PublisherKind,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  SkillType,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
} from '../../domain/enums';
import { SearchMatch } from '../../domain/search-scoring';

/** Every domain vocabulary, exposed as a GraphQL enum of the same name and values. */
registerEnumType(RoleFamily, {
  name: 'RoleFamily',
  description: 'The field of work a role belongs to; UNSPECIFIED where no source places it.',
});
registerEnumType(Seniority, {
  name: 'Seniority',
  description:
    'How senior a role is, from entry level to executive; UNSPECIFIED where no source gives a level.',
});
registerEnumType(Track, {
  name: 'Track',
  description: 'The career track of a role: hands-on individual contributor, or people management.',
});
registerEnumType(SkillCategory, { name: 'SkillCategory', description: 'The area a skill belongs to.' });
registerEnumType(SkillType, {
  name: 'SkillType',
  description:
    "ESCO's distinction: SKILL (an ability, a competence) or KNOWLEDGE (a body of facts and principles).",
});
registerEnumType(TechnologyKind, {
  name: 'TechnologyKind',
  description:
    'What kind of technology: a language, runtime, framework, library, database, tool, protocol or platform.',
});
registerEnumType(DataModel, { name: 'DataModel', description: 'How a database organises its data.' });
registerEnumType(ToolCategory, { name: 'ToolCategory', description: 'What a tool is used for.' });
registerEnumType(Importance, {
  name: 'Importance',
  description:
    'How much a role needs a skill or technology, as the sources grade it; strongest first. A link takes the strongest grade its evidence states.',
  valuesConfig: {
    CORE: { description: 'Required, essential, or a listed duty of the role.' },
    PREFERRED: { description: 'A plus: beneficial, valued or sought after.' },
    COMMON: {
      description: 'One of the usual choices or tools, or part of a learning path; not required by itself.',
    },
    TREND: { description: 'Named as a rising trend.' },
    INTERVIEW: { description: 'Named as an interview topic.' },
  },
});
registerEnumType(Basis, {
  name: 'Basis',
  description: 'Whether the cited place says a fact, or the fact is a reading of it.',
  valuesConfig: {
    STATED: { description: 'The cited lines (or concept) state the fact.' },
    INFERRED: { description: 'The fact is a reading of the cited lines; `note` gives the reading.' },
  },
});
registerEnumType(ExternalScheme, {
  name: 'ExternalScheme',
  description: 'A classification whose identifiers careergraph nodes are crosswalked to.',
  valuesConfig: { ESCO: { description: 'ESCO, the European classification of occupations and skills.' } },
});
registerEnumType(MatchRelation, {
  name: 'MatchRelation',
  description: 'How closely a node matches a concept of another scheme (SKOS mapping relations).',
  valuesConfig: {
    EXACT: { description: 'The same concept (skos:exactMatch).' },
    CLOSE: { description: 'Close enough to use interchangeably in some contexts (skos:closeMatch).' },
    BROAD: { description: 'The other concept is broader (skos:broadMatch).' },
    NARROW: { description: 'The other concept is narrower (skos:narrowMatch).' },
    RELATED: { description: 'Associated, neither broader nor narrower (skos:relatedMatch).' },
  },
});
registerEnumType(RelativeLevel, {
  name: 'RelativeLevel',
  description: "How a role's pay compares with a baseline role's, as a source grades it.",
});
registerEnumType(EntryDifficulty, {
  name: 'EntryDifficulty',
  description: 'How hard a role is to get into, as a source grades it.',
});
registerEnumType(QualificationKind, {
  name: 'QualificationKind',
  description: 'What kind of qualification: a degree, a certification, or evidence of practice.',
});
registerEnumType(Expectation, {
  name: 'Expectation',
  description: 'How a source treats a qualification for a role.',
  valuesConfig: {
    USUALLY_REQUIRED: { description: 'Typically required.' },
    VALUED: { description: 'Valued by employers, not required.' },
    ACCEPTED_INSTEAD: { description: 'Accepted in place of a required qualification.' },
    NOT_REQUIRED: { description: 'Said not to be required.' },
  },
});
registerEnumType(TransitionKind, {
  name: 'TransitionKind',
  description: 'What kind of career move a transition is.',
  valuesConfig: {
    PROMOTION: { description: 'A step up the same ladder.' },
    SPECIALIZATION: { description: 'A move into a narrower, specialised role.' },
    LATERAL: { description: 'A move sideways into a different role of similar seniority.' },
    TO_MANAGEMENT: { description: 'A move from hands-on work into managing people.' },
  },
});
registerEnumType(SalaryPeriod, {
  name: 'SalaryPeriod',
  description: 'The period a salary figure is paid for.',
});
registerEnumType(PublisherKind, { name: 'PublisherKind', description: 'What kind of document a source is.' });
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kinds of node that search covers.' });
registerEnumType(PathRanking, {
  name: 'PathRanking',
  description: 'How career paths are ranked.',
  valuesConfig: {
    FEWEST_STEPS: {
      description:
        'Fewest transitions first; ties by the least years the path can take (minYears), then by role slugs.',
    },
    FASTEST: {
      description:
        'Least years the path can take first (minYears, from the experience its roles ask for); ties by fewest steps, then by role slugs.',
    },
  },
});
registerEnumType(SearchMatch, {
  name: 'SearchMatch',
  description: "How a text matched a node's names (a search text, or a mention in a text analysis).",
  valuesConfig: {
    EXACT: {
      description:
        'The text is the node\'s name (case, accents, spaces and punctuation aside: "NodeJS" is Node.js); a search hit scores 1.',
    },
    ALIAS: { description: "The text is one of the node's aliases; a search hit scores 0.95." },
    PREFIX: {
      description:
        'Every word of the text is a word of a name or begins one ("Postgres" for PostgreSQL, "vp eng"); a search hit scores 0.5 to 0.9 by how much of the name it covers.',
    },
    FUZZY: {
      description:
        'A near form of a name: a small typo ("Kubernets"; a search hit scores 0.5 to 0.85), or in a text analysis a plural, a version ("HTML5") or a ".js" suffix.',
    },
    PARTIAL: {
      description:
        'Only some words of the text match a name: search only, below 0.45, so hidden unless minScore asks for it (a mention always matches whole).',
    },
  },
});
