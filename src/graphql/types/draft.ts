import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'A draft in the ingestion format, every item marked for review: the same file `diplograph draft` writes (docs/drafting.md).',
})
export class DraftResult {
  @Field({
    description:
      'The draft as YAML; ingestStatements refuses it (UNREVIEWED_DRAFT) until every review key is deleted.',
  })
  yaml!: string;

  @Field({
    description:
      'The same draft as JSON text (the ingestion format, review keys included): for tools that edit it, such as the explorer review page.',
  })
  json!: string;

  @Field({ description: 'The plain text the review spans are character offsets into.' })
  text!: string;

  @Field(() => Int, { description: 'Statements drafted: one a speaker.' })
  statements!: number;

  @Field(() => Int, { description: 'Candidate stances drafted.' })
  stances!: number;
}
