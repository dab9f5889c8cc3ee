import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { Parent } from '../resolvers/parent';
import { Quote, Statement } from '../types/entities';
import { StanceFields } from './stance-fields.type';

@ObjectType({
  simpleResolvers: true,
  description: 'One stance behind a comparison result: the words it rests on.',
})
export class Evidence extends StanceFields {
  @Field(() => ID, { description: 'The statement, for queries near the depth limit.' })
  statementId!: string;

  @Field(() => ID, { description: 'The quote, for queries near the depth limit.' })
  quoteId!: string;
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() e: Evidence, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', e.statementId);
  }

  @FieldResolver(() => Quote, { description: 'The words that carry the stance.' })
  quote(@Parent() e: Evidence, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', e.quoteId);
  }
}
