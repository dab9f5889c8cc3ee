import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description:
    'What a position is about: a core type (CEASEFIRE, MEDIATION…) or one an ingestion file defined, possibly narrowing a parent (MEDIATION_FORMAT under MEDIATION).',
})
export class PositionType {
  @Field(() => ID, { description: 'How the ids of positions of this type begin.' })
  id!: string;

  @Field()
  label!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  /** The parent's id, read by `PositionType.parent`. */
  parentId!: string | null;
}
