/**
 * Words that put a nearby name in a technical sense: "Go" in "Go developer" or "experience with Go and
 * PostgreSQL" is the language, in "go to market" it is not. These are facts of English usage in job ads
 * and CVs, not of the graph, so they live here rather than in the data.
 */

/** Said of a technology right next to it: "Go developer", "Rust programming", "Spring-based". */
export const adjacentTechnicalWords: ReadonlySet<string> = new Set(
  [
    'api apis app apps backend based codebase code coding compiler developer developers development',
    'ecosystem engineer engineers engineering framework frameworks lang language languages library',
    'libraries microservices modules programmer programmers programming runtime scripting scripts sdk',
    'services stack',
  ]
    .join(' ')
    .split(' '),
);

/** Words that make a passage technical when they stand within a few words of a name. */
export const technicalWords: ReadonlySet<string> = new Set([
  ...adjacentTechnicalWords,
  ...[
    'apache application applications build built cloud cluster clusters database databases deploy',
    'deployment devops experience experienced expertise familiar familiarity fluent fluency',
    'hands knowledge platform platforms proficiency proficient server servers skills software',
    'syntax tech technologies technology tooling tools using web written years',
  ]
    .join(' ')
    .split(' '),
]);

/** Words that say an everyday word names a skill: "communication skills", "knowledge of statistics". */
export const skillWords: ReadonlySet<string> = new Set(
  [
    'abilities ability background competence competencies competency concepts experience expertise',
    'familiarity fundamentals knowledge practices principles proficiency skill skills techniques',
    'understanding',
  ]
    .join(' ')
    .split(' '),
);

/** Said right before a skill: "strong mentoring", "proven hiring record". */
export const skillQualifiers: ReadonlySet<string> = new Set(
  'deep excellent good great proven solid strong'.split(' '),
);

/** After these an everyday word is a verb ("we go", "to express", "you're hiring"), not a name. */
export const verbLeads: ReadonlySet<string> = new Set(
  [
    'am are be been being can could did do does he i is let lets may might must never not often',
    'please she should they to was we were will would you',
  ]
    .join(' ')
    .split(' '),
);

/** A name joined by a hyphen to one of these is still the name ("Go-based"); to another word, not ("rust-proof"). */
export const hyphenSuffixes: ReadonlySet<string> = new Set(
  'backed based centric compatible driven first native powered savvy'.split(' '),
);

/** Words that join two items of a list: "Go and Rust", "Kafka or RabbitMQ". */
export const listJoiners: ReadonlySet<string> = new Set(['and', 'or', 'plus']);

/** What may stand between two items of a list: white space with at most one list mark. */
export const listSeparator = /^\s*[,/|&+;•·▪*–—-]?\s*$/;
