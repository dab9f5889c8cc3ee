import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../context';
import { positionsPage } from '../graphql.queries';
import type { Entity } from '../loaders';
import { pageSize } from '../pagination';
import { positionTypeById, positionTypesOf } from '../position-types';
import { Position } from '../types/entities';
import { PositionType } from '../types/position-type';
import { Parent } from './parent';

@Resolver(() => PositionType)
export class PositionTypeResolver {
  @Query(() => [PositionType], {
    description: 'Every position type, core and defined by ingestion files, by id.',
  })
  async positionTypes(@Ctx() context: ApiContext): Promise<PositionType[]> {
    const { rows } = await positionTypesOf(context);
    return rows.map((t) => ({
      id: t.id,
      label: t.label,
      description: t.description,
      parentId: t.parent,
    }));
  }

  @FieldResolver(() => PositionType, { nullable: true, description: 'The broader type.' })
  parent(@Parent() type: PositionType, @Ctx() context: ApiContext) {
    return positionTypeById(context, type.parentId);
  }

  @FieldResolver(() => [PositionType], { description: 'The types that narrow this one.' })
  async children(@Parent() type: PositionType, @Ctx() context: ApiContext) {
    const { tree } = await positionTypesOf(context);
    const children = await Promise.all(
      tree.childrenOf(type.id).map((id) => positionTypeById(context, id)),
    );
    return children.filter((t) => t !== null);
  }

  @FieldResolver(() => [Position], {
    description:
      'Positions of this type, by id; with includeSubtypes, of its descendants too (as filters do).',
  })
  async positions(
    @Parent() type: PositionType,
    @Ctx() context: ApiContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('includeSubtypes', { defaultValue: false }) includeSubtypes: boolean = false,
  ): Promise<Entity[]> {
    const { tree } = await positionTypesOf(context);
    const types = includeSubtypes ? tree.withDescendants([type.id]) : [type.id];
    const rows = await context.loaders.rows(positionsPage, {
      types,
      about: null,
      afterId: null,
      limit: pageSize(first),
    });
    return context.loaders.entities(
      'position',
      rows.map((r) => r.id),
    );
  }
}

@Resolver(() => Position)
export class PositionTypeOfPositionResolver {
  @FieldResolver(() => PositionType, { description: 'Its type, with label and parent.' })
  async positionType(@Parent() p: Position, @Ctx() context: ApiContext): Promise<PositionType> {
    const found = await positionTypeById(context, p.type);
    // A position written before its type was defined cannot exist (ingestion refuses it), but
    // a graph edited by hand might hold one: show the id rather than fail the whole answer.
    return found ?? { id: p.type, label: p.type, description: null, parentId: null };
  }
}
