import { Kind, parse, valueFromASTUntyped } from 'graphql';
import analytics from '../../examples/analytics.graphql';
import analyzeText from '../../examples/analyze-text.graphql';
import careerPaths from '../../examples/career-paths.graphql';
import constrainedPaths from '../../examples/constrained-paths.graphql';
import escoOccupation from '../../examples/esco-occupation.graphql';
import guideToEsco from '../../examples/guide-to-esco.graphql';
import languageFrameworks from '../../examples/language-frameworks.graphql';
import learnerSkillGap from '../../examples/learner-skill-gap.graphql';
import relatedRoles from '../../examples/related-roles.graphql';
import salaryRanges from '../../examples/salary-ranges.graphql';
import search from '../../examples/search.graphql';
import skillGap from '../../examples/skill-gap.graphql';

/** The example operations of examples/, in the order the playground shows them as tabs. */
export const exampleOperations: readonly string[] = [
  careerPaths,
  constrainedPaths,
  skillGap,
  learnerSkillGap,
  search,
  relatedRoles,
  analytics,
  languageFrameworks,
  salaryRanges,
  analyzeText,
  escoOccupation,
  guideToEsco,
];

export interface ExampleTab {
  readonly query: string;
  readonly variables?: string;
}

/**
 * One tab per example. The operation's variable defaults are copied into the variables editor, so a
 * learner sees them and can change them (`"to": "devops-engineer"`) without editing the operation.
 */
export function exampleTabs(): ExampleTab[] {
  return exampleOperations.map((query) => {
    const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const defaults = Object.fromEntries(
      (operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : [])
        .filter((variable) => variable.defaultValue !== undefined)
        .map((variable) => [variable.variable.name.value, valueFromASTUntyped(variable.defaultValue!)]),
    );
    return Object.keys(defaults).length === 0
      ? { query }
      : { query, variables: JSON.stringify(defaults, null, 2) };
  });
}
