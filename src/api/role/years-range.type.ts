import { NonNegativeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A range of years, e.g. 2 to 5; an open-ended range ("5+") has no max.' })
export class YearsRange {
  @Field(() => NonNegativeIntResolver, { description: 'Fewest years.' })
  min!: number;

  @Field(() => NonNegativeIntResolver, { nullable: true, description: 'Most years; null when open-ended.' })
  max!: number | null;
}
