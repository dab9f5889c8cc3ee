import { Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { Actor } from './actor';
import { Position, SearchHit, Statement, Topic } from './entities';

@ObjectType({ simpleResolvers: true, description: 'Relay page info.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  /** Set only when the operation selects it (src/graphql/total-count.ts). */
  totalCount?: number;
}

/** A Relay connection type (edges with cursors, pageInfo) of one node type. */
function connectionOf<T extends object>(node: ClassType<T> | typeof Actor, name: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true })
  class Edge {
    @Field()
    cursor!: string;

    @Field(() => node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true })
  class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, {
      description: 'How many there are in all, over every page; counted only when asked for.',
    })
    totalCount!: number;
  }
  return Connection;
}

export const StatementConnection = connectionOf(Statement, 'Statement');
export const ActorConnection = connectionOf(Actor, 'Actor');
export const PositionConnection = connectionOf(Position, 'Position');
export const TopicConnection = connectionOf(Topic, 'Topic');
export const SearchConnection = connectionOf(SearchHit, 'Search');
