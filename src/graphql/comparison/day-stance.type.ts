import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import type { Stance } from '../../model/vocabulary';
import { StanceEnum } from '../types/enums';
import { Evidence } from './evidence.resolver';

/** The service's DayStance (src/analysis) is handed on as it is. */
@ObjectType({ simpleResolvers: true, description: 'What an actor said on a position on one day.' })
export class DayStance {
  @Field(() => GraphQLDate)
  date!: string;

  @Field(() => StanceEnum, { nullable: true, description: 'Null exactly when mixed.' })
  stance!: Stance | null;

  @Field({ description: "That day's statements disagree." })
  mixed!: boolean;

  @Field(() => [Evidence])
  evidence!: readonly Evidence[];
}
