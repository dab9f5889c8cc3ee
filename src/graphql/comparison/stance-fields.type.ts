import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { Act, Modality, Stance } from '../../model/vocabulary';
import { ActEnum, ModalityEnum, StanceEnum } from '../types/enums';

/**
 * What one stance of a statement says, on its day: the fields Evidence and RedLineStatement
 * share. Not in the schema by itself (no field returns it).
 */
@ObjectType({ simpleResolvers: true })
export abstract class StanceFields {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => StanceEnum)
  stance!: Stance;

  @Field(() => ActEnum, {
    nullable: true,
    description: 'null: unspecified, the source does not say (never guessed).',
  })
  act!: Act | null;

  @Field(() => ModalityEnum)
  modality!: Modality;
}
