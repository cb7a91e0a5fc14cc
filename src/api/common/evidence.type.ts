import { Field, Int, ObjectType } from 'type-graphql';
import { Basis, ExternalScheme, MatchRelation } from '../../domain/enums';
import { Source } from '../source/source.type';

@ObjectType({ description: 'Lines of a source document, 1-based and inclusive.' })
export class LineRange {
  @Field(() => Int, { description: 'First line.' })
  start!: number;

  @Field(() => Int, { description: 'Last line (equal to start for one line).' })
  end!: number;
}

@ObjectType({
  description:
    'Where one source supports a fact: the lines of its document, or the URI of the concept that states it (ESCO), and whether the place states the fact or the fact is a reading of it.',
})
export class Evidence {
  @Field(() => Source, { description: 'The source.' })
  source!: Source;

  @Field(() => LineRange, {
    nullable: true,
    description: 'The lines of the source document that support the fact; null for a source located by URI.',
  })
  lines!: LineRange | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The URI of the source's concept that states the fact (ESCO); null for a document cited by lines.",
  })
  uri!: string | null;

  @Field(() => Basis, {
    description: 'STATED when the place says it; INFERRED when the fact is a reading of it.',
  })
  basis!: Basis;

  @Field(() => String, {
    nullable: true,
    description:
      'The reading, for an INFERRED fact; a remark on what is stated, otherwise (e.g. a unit conversion).',
  })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The attribute of the fact this supports (seniority, track, experience, kind, ...); null when it supports the fact as a whole.',
  })
  about!: string | null;
}

@ObjectType({ description: 'Another name of a node, with where the sources use it.' })
export class Alias {
  @Field({ description: 'The name.' })
  name!: string;

  @Field(() => [Evidence], { description: 'Where the sources use this name; never empty.' })
  evidence!: Evidence[];
}

@ObjectType({ description: "A node's identifier in another classification, and how closely the two match." })
export class ExternalId {
  @Field(() => ExternalScheme, { description: 'The classification.' })
  scheme!: ExternalScheme;

  @Field({ description: 'The concept URI in that classification.' })
  uri!: string;

  @Field(() => MatchRelation, { description: 'How closely the node matches the concept (SKOS).' })
  match!: MatchRelation;
}
