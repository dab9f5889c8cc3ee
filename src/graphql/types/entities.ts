import { GraphQLDate, GraphQLDateTime, GraphQLLocalDateTime } from 'graphql-scalars';
import { Field, Float, ID, ObjectType, createUnionType } from 'type-graphql';
import { Authority, Organization, Person, State } from './actor';
import {
  ActEnum,
  ModalityEnum,
  PlanStatusEnum,
  StanceEnum,
  StatementKindEnum,
  StatementStatusEnum,
} from './enums';
import { Node, resolveByTypeName } from './node';

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'What statements are about: a conflict, a dispute.',
})
export class Topic extends Node {
  @Field()
  name!: string;

  @Field({ nullable: true })
  description?: string;
}

@ObjectType({ simpleResolvers: true, implements: Node })
export class Place extends Node {
  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Something that happened, that statements respond to.',
})
export class Event extends Node {
  @Field(() => GraphQLDate, { description: 'The first day of its period when less precise.' })
  date!: string;

  @Field()
  datePrecision!: string;

  @Field()
  description!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: 'An outlet.' })
export class Source extends Node {
  @Field()
  name!: string;

  @Field({ nullable: true })
  url?: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An article or release that reports statements.',
})
export class Document extends Node {
  @Field(() => String, {
    nullable: true,
    description:
      "null: a document made from a url alone (a statement's `urls`), its title not given.",
  })
  title!: string | null;

  @Field({ nullable: true })
  url?: string;

  @Field({ nullable: true })
  language?: string;

  @Field(() => [String], {
    description: "The outlet's own framing: the document's words, nobody's stance.",
  })
  framing!: string[];

  @Field({ description: 'Whether the source gave the time zone of publishedAt.' })
  publishedAtZoneKnown!: boolean;

  publishedAt?: string | null;
  retrievedAt?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Verbatim words; the same text is one quote.',
})
export class Quote extends Node {
  @Field()
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A quote as one statement cites it.' })
export class QuoteRef {
  @Field({ description: 'The reference the statement uses for it.' })
  ref!: string;

  @Field({
    description:
      "The words as this statement gives them, verbatim: a canonically equivalent spelling (NFC or NFD, spacing) of the quote's text is kept, not merged away.",
  })
  text!: string;

  id!: string;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'Something an actor can be for or against.',
})
export class Position extends Node {
  @Field({
    description:
      'The id of its position type (see positionType): a String since types are data, not an enum.',
  })
  type!: string;

  @Field()
  label!: string;

  @Field({ nullable: true })
  qualifier?: string;

  labels?: string[];
  /** A peace plan's partners named only by description (read by `Position.peacePlan`). */
  consultationDescriptions?: string[] | null;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A peace plan: proposer, principles, consultation partners, status.',
})
export class PeacePlan {
  @Field()
  name!: string;

  @Field(() => PlanStatusEnum)
  status!: string;

  @Field(() => [String], { description: 'Partners named only by description.' })
  partnerDescriptions!: string[];

  positionId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A red line: the condition, the threatened response, the trigger.',
})
export class RedLine {
  @Field()
  condition!: string;

  @Field({ nullable: true })
  threatenedResponse?: string;

  positionId!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A stance a statement takes on a position, carried by one quote.',
})
export class Stance {
  @Field(() => StanceEnum)
  stance!: string;

  @Field(() => ActEnum, {
    nullable: true,
    description: 'null: unspecified, the source does not say (never guessed).',
  })
  act!: string | null;

  @Field(() => ModalityEnum)
  modality!: string;

  statementId!: string;
  positionId!: string;
  quoteId!: string;
  target!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'What an actor said, on whose behalf, when.',
})
export class Statement extends Node {
  @Field(() => GraphQLDate, { description: 'The first day of its period when less precise.' })
  date!: string;

  @Field({ description: 'DAY, MONTH or YEAR: how precise `date` is.' })
  datePrecision!: string;

  @Field(() => StatementKindEnum, {
    nullable: true,
    description: 'null: unspecified, the source does not say (never guessed).',
  })
  kind!: string | null;

  @Field({ nullable: true })
  summary?: string;

  @Field({ nullable: true })
  language?: string;

  @Field({ nullable: true })
  location?: string;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it entered the graph.' })
  recordedAt?: string;

  @Field(() => StatementStatusEnum)
  status!: string;

  @Field({ nullable: true, description: 'Why it was retracted or superseded.' })
  statusReason?: string;
}

@ObjectType({ simpleResolvers: true, description: 'A search hit: a quote or a statement summary.' })
export class SearchHit {
  @Field(() => Float, { description: 'Lucene relevance; higher is better.' })
  score!: number;

  @Field({ description: 'QUOTE or SUMMARY.' })
  matchedIn!: string;

  @Field({ description: 'The matching text around the first hit, with « » around the terms.' })
  fragment!: string;

  @Field(() => ID, { nullable: true, description: 'The quote that matched (null for a summary).' })
  quoteId!: string | null;

  @Field(() => [ID], {
    description:
      'The statements behind the hit: those citing the quote, or the statement whose summary matched (as of `asOf`; retracted ones only with `includeRetracted`).',
  })
  statementIds!: string[];
}

export const Subject = createUnionType({
  name: 'Subject',
  description: 'What a position is about: an actor, a place or a topic.',
  types: () => [State, Person, Organization, Authority, Place, Topic] as const,
  resolveType: (value) => resolveByTypeName(value as { _type?: unknown }),
});

export const DateTimeScalars = { GraphQLDateTime, GraphQLLocalDateTime };
