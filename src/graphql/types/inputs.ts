import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import { AS_OF_DOC } from '../../comparison/as-of';
import { Field, ID, InputType } from 'type-graphql';
import { ActEnum, ActorKindEnum, ModalityEnum, StanceEnum } from './enums';
import { PositionTypeRef } from './position-type-ref';

@InputType({
  description: 'Every field narrows; stance fields must hold on one and the same stance.',
})
export class StatementFilter {
  @Field(() => ID, {
    nullable: true,
    description: 'On whose behalf: an actor id, name or alias ("Turkey", "IRN").',
  })
  actor?: string;

  @Field(() => ID, { nullable: true, description: 'Who spoke: an actor id, name or alias.' })
  speaker?: string;

  @Field(() => ID, { nullable: true, description: 'A topic id or name.' })
  topic?: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Takes a stance on this position: its id or label.',
  })
  position?: string;

  @Field(() => PositionTypeRef, {
    nullable: true,
    description: 'Takes a stance on a position of this type or of a type under it.',
  })
  positionType?: string;

  @Field(() => StanceEnum, { nullable: true })
  stance?: string;

  @Field(() => ActEnum, { nullable: true })
  act?: string;

  @Field(() => ModalityEnum, { nullable: true })
  modality?: string;

  @Field(() => GraphQLDate, { nullable: true, description: 'On or after this day.' })
  from?: Date;

  @Field(() => GraphQLDate, { nullable: true, description: 'On or before this day.' })
  to?: Date;

  @Field({ nullable: true, description: 'Include retracted and superseded statements.' })
  includeRetracted?: boolean;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: `${AS_OF_DOC} (in the filter and in \`status\`).`,
  })
  asOf?: Date;
}

@InputType()
export class ActorFilter {
  @Field(() => ActorKindEnum, { nullable: true })
  kind?: string;

  @Field({ nullable: true, description: 'Part of the name or of an alias, any case.' })
  name?: string;
}

@InputType()
export class PositionFilter {
  @Field(() => PositionTypeRef, {
    nullable: true,
    description: 'Of this type or of a type under it.',
  })
  type?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'About this actor, place or topic: its id, name or alias ("Turkey", "Lachin corridor").',
  })
  about?: string;
}
