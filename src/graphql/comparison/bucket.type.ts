import { GraphQLDate } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'A calendar bucket, clipped to the window asked for.',
})
export class Bucket {
  @Field({ description: "'2020-10' (MONTH), '2020-Q4' (QUARTER), '2020' (YEAR) or 'all' (NONE)." })
  key!: string;

  @Field(() => GraphQLDate)
  from!: string;

  @Field(() => GraphQLDate)
  to!: string;
}
