/**
 * The entry shapes of seed/esco/: the guide layer's role and skill entries (the issue-12 seed model:
 * evidence on every fact, aliases as facts), plus `externalIds` and a skill's `skillType`. ESCO facts
 * are located by the URI of the concept that states them.
 */
export interface EscoEvidence {
  readonly source: 'esco';
  readonly uri: string;
  /** The attribute of the fact this item supports, when it supports one attribute only. */
  readonly about?: 'importance';
  /** The reading, for an INFERRED item (absent: STATED by the concept at `uri`). */
  readonly inferred?: string;
}

export interface EscoAlias {
  readonly name: string;
  readonly evidence: readonly EscoEvidence[];
}

export interface EscoExternalId {
  readonly scheme: 'ESCO';
  readonly uri: string;
  readonly match: 'EXACT';
}

export interface EscoRequirement {
  readonly skill: string;
  readonly importance: 'CORE';
  readonly evidence: readonly EscoEvidence[];
}

export interface EscoRoleEntry {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly EscoAlias[];
  readonly description: null;
  readonly family: 'UNSPECIFIED';
  readonly seniority: 'UNSPECIFIED';
  readonly evidence: readonly EscoEvidence[];
  readonly externalIds: readonly EscoExternalId[];
  readonly skills: readonly EscoRequirement[];
}

export type EscoSkillType = 'SKILL' | 'KNOWLEDGE';

export interface EscoSkillEntry {
  readonly slug: string;
  readonly name: string;
  readonly aliases: readonly EscoAlias[];
  readonly category: 'UNSPECIFIED';
  /** null only for a skill known by label whose occupations do not say which type it is. */
  readonly skillType: EscoSkillType | null;
  readonly description: null;
  readonly evidence: readonly EscoEvidence[];
  /** The concept's own URI (EXACT); empty for a skill the occupations name but no skill record holds. */
  readonly externalIds: readonly EscoExternalId[];
}

export const escoNamespace = 'http://data.europa.eu/esco/';
