import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: 'One of the people a statement is made by, with the role they spoke in.',
})
export class StatementSpeaker {
  @Field(() => String, {
    nullable: true,
    description: 'The role they spoke in, as the source gives it; null: not given.',
  })
  role?: string | null;

  /** The actor's id (resolved to `actor` by StatementSpeakerResolver). */
  id!: string;
}
