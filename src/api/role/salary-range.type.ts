import { CountryCodeResolver, CurrencyResolver, NonNegativeIntResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { SalaryPeriod } from '../../domain/enums';
import { Sourced } from '../common/sourced.type';
import { Source } from '../source/source.type';
import { YearsRange } from './years-range.type';

@ObjectType({
  implements: Sourced,
  description:
    'A salary range for a role in one region, as one source states it. Where sources disagree, each range is kept with its own source.',
})
export class SalaryRange extends Sourced {
  @Field(() => CountryCodeResolver, {
    description: 'Region the figure is for: an ISO 3166-1 alpha-2 country code, e.g. US or IN.',
  })
  region!: string;

  @Field(() => CurrencyResolver, { description: 'ISO 4217 currency code, e.g. USD or INR.' })
  currency!: string;

  @Field(() => NonNegativeIntResolver, {
    description: 'Low end of the range, in whole units of the currency.',
  })
  min!: number;

  @Field(() => NonNegativeIntResolver, {
    description: 'High end of the range, in whole units of the currency.',
  })
  max!: number;

  @Field(() => SalaryPeriod, { description: 'The period the figures are paid for.' })
  period!: SalaryPeriod;

  @Field(() => Source, { description: 'The document that states this range.' })
  source!: Source;

  @Field(() => YearsRange, {
    nullable: true,
    description: 'The years of experience the figure is for, when the source says (e.g. 1 to 3).',
  })
  experience!: YearsRange | null;
}
