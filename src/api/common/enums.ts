import { registerEnumType } from 'type-graphql';
import {
  DataModel,
  EntityKind,
  Importance,
  PathRanking,
  PublisherKind,
  RoleFamily,
  SalaryPeriod,
  Seniority,
  SkillCategory,
  TechnologyKind,
  ToolCategory,
  Track,
  TransitionKind,
} from '../../domain/enums';

/** Every domain vocabulary, exposed as a GraphQL enum of the same name and values. */
registerEnumType(RoleFamily, { name: 'RoleFamily', description: 'The field of work a role belongs to.' });
registerEnumType(Seniority, {
  name: 'Seniority',
  description: 'How senior a role is, from entry level to executive.',
});
registerEnumType(Track, {
  name: 'Track',
  description: 'The career track of a role: hands-on individual contributor, or people management.',
});
registerEnumType(SkillCategory, { name: 'SkillCategory', description: 'The area a skill belongs to.' });
registerEnumType(TechnologyKind, {
  name: 'TechnologyKind',
  description: 'What kind of technology: a language, framework, database, tool or platform.',
});
registerEnumType(DataModel, { name: 'DataModel', description: 'How a database organises its data.' });
registerEnumType(ToolCategory, { name: 'ToolCategory', description: 'What a tool is used for.' });
registerEnumType(Importance, {
  name: 'Importance',
  description: 'How much a role needs a skill.',
  valuesConfig: {
    CORE: { description: 'Required or essential for the role.' },
    PREFERRED: { description: 'A plus: nice to have, or an advanced topic for the role.' },
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
    FEWEST_STEPS: { description: 'Fewest transitions first; ties by total years, then by role slugs.' },
    FASTEST: { description: 'Least total typical years first; ties by fewest steps, then by role slugs.' },
  },
});
