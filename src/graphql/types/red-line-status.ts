import { GraphQLDate } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import type { RedLineStatus } from '../../model/vocabulary';
import { RedLineStatusEnum } from './enums';

/** One status of a red line as a statement reported it (src/comparison RedLineStatusReport). */
@ObjectType('RedLineStatusReport', {
  simpleResolvers: true,
  description:
    "A red line declared, restated, invoked or declared crossed by a statement, on the statement's date.",
})
export class RedLineStatusReport {
  @Field(() => GraphQLDate, { description: "The statement's date." })
  date!: string;

  @Field(() => RedLineStatusEnum)
  status!: RedLineStatus;

  @Field(() => ID)
  statementId!: string;

  @Field(() => ID)
  quoteId!: string;

  /** Actor ids; the `by` field resolver gives the actors. */
  by!: readonly string[];
}
