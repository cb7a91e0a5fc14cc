/** The limits of careerPaths: a path search grows fast with depth, so both are capped. */
export const careerPathLimits = { maxSteps: 10, first: 20 } as const;
