/**
 * What knowing a technology says about skills: a technology counts toward every skill the graph says
 * is applied with it (APPLIES: PostgreSQL toward SQL, Docker toward Containerization, Kubernetes toward
 * Container Orchestration). One definition for every question that credits technologies: a learner's
 * gap (skillGapForSkills) and the roles a text fits (analyzeText).
 */

/** An APPLIES link by slugs: the skill is applied with the technology. */
export interface AppliesPair {
  readonly skill: string;
  readonly technology: string;
}

/**
 * The skills the given technologies count toward, each with the technologies that earn it (in the
 * order given). Skills no given technology applies are absent.
 */
export function skillsCreditedBy(
  technologies: readonly string[],
  applies: readonly AppliesPair[],
): Map<string, string[]> {
  const held = new Set(technologies);
  const order = new Map(technologies.map((slug, index) => [slug, index]));
  const credited = new Map<string, string[]>();
  for (const link of applies) {
    if (!held.has(link.technology)) continue;
    const through = credited.get(link.skill) ?? [];
    if (!through.includes(link.technology)) through.push(link.technology);
    credited.set(link.skill, through);
  }
  for (const through of credited.values())
    through.sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
  return credited;
}
