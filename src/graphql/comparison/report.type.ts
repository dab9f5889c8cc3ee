import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { Interval } from '../../analysis';
import type { Modality } from '../../model/vocabulary';
import { ModalityEnum } from '../types/enums';
import { Bucket } from './bucket.type';
import { IntervalEnum } from './enums';

/**
 * The fields a report over a scope (PositionMatrix, AgreementReport) shares: the window, its
 * buckets and the modalities counted. Its types extend it; the schema has no type of this name,
 * as no field returns it.
 */
@ObjectType()
export abstract class ReportOverScope {
  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;

  @Field(() => IntervalEnum)
  interval!: Interval;

  @Field(() => [ModalityEnum], { description: 'The modalities counted.' })
  modalities!: readonly Modality[];

  @Field(() => [Bucket])
  buckets!: readonly Bucket[];
}
