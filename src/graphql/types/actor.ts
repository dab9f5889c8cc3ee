import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { ActorKindEnum } from './enums';
import { Node, resolveByTypeName } from './node';

@InterfaceType({
  implements: Node,
  description: 'A state, person, organisation or authority that speaks or is spoken for.',
  resolveType: resolveByTypeName,
})
export abstract class Actor extends Node {
  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings; searchable.' })
  aliases!: string[];
}

@ObjectType({
  simpleResolvers: true,
  implements: [Actor, Node],
  description: 'An ISO 3166-1 state (reference data).',
})
export class State extends Actor {
  @Field({ description: 'ISO 3166-1 alpha-2 code.' })
  iso2!: string;

  @Field({ nullable: true })
  officialName?: string;
}

@ObjectType({ simpleResolvers: true, implements: [Actor, Node] })
export class Person extends Actor {}

@ObjectType({ simpleResolvers: true, implements: [Actor, Node] })
export class Organization extends Actor {
  @Field({ nullable: true })
  orgKind?: string;
}

@ObjectType({ simpleResolvers: true, implements: [Actor, Node] })
export class Authority extends Actor {}

@ObjectType({
  simpleResolvers: true,
  description: 'A role a person holds in a state, organisation or authority.',
})
export class Role {
  @Field()
  title!: string;

  @Field({ nullable: true, description: 'Partial date: YYYY, YYYY-MM or YYYY-MM-DD.' })
  from?: string;

  @Field({ nullable: true })
  to?: string;

  of!: string;
}

export { ActorKindEnum };
