import { GraphQLDate } from 'graphql-scalars';
import { Field, FieldResolver, ID, Int, ObjectType, Resolver } from 'type-graphql';
import type { BucketCell } from '../../analysis';
import { POSITION_MATRIX, positionMatrix } from '../../comparison';
import type { ComparisonInput, PositionMatrix as MatrixResult } from '../../comparison';
import type { Stance } from '../../model/vocabulary';
import type { Entity } from '../loaders';
import { Parent } from '../resolvers/parent';
import { Actor } from '../types/actor';
import { Position } from '../types/entities';
import { StanceEnum } from '../types/enums';
import { argsOf } from './args';
import { cellOf, MatrixCell } from './cell.type';
import { ReportOverScope } from './report.type';
import { scopedReportOf } from './scope-lists';
import type { ScopeNodes } from './reader';

@ObjectType({
  simpleResolvers: true,
  description:
    'One actor on one position across the buckets: the matrix as time series, each list in the order of `buckets`. The same content as `cells` (evidence as ids), far lighter to ask for over many buckets.',
})
export class MatrixRow {
  @Field(() => [StanceEnum], {
    nullable: 'items',
    description: 'In force at the end of each bucket; null when none yet, or when mixed.',
  })
  stances!: (Stance | null)[];

  @Field(() => [Boolean])
  mixed!: boolean[];

  @Field(() => [Boolean], { description: 'Nothing said in the bucket: an earlier stance.' })
  carried!: boolean[];

  @Field(() => [GraphQLDate], { nullable: 'items' })
  statedOn!: (string | null)[];

  @Field(() => [Int])
  supports!: number[];

  @Field(() => [Int])
  opposes!: number[];

  @Field(() => [Int])
  neutral!: number[];

  @Field(() => [[ID]], { description: "Per bucket, the statements behind the bucket's stance." })
  statementIds!: string[][];

  @Field(() => [[ID]], { description: 'Per bucket, the quotes that carry it.' })
  quoteIds!: string[][];

  // Plain fields, as on MatrixCell.
  @Field(() => Actor)
  actor!: Entity | undefined;

  @Field(() => Position)
  position!: Entity | undefined;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Stances in force per actor × position × bucket.',
})
export class PositionMatrix extends ReportOverScope {}

/**
 * What the query returns and the field resolvers below read: the service's matrix, whose
 * `cells` and `rows` are made only when asked for (a matrix can be large), and its nodes.
 */
interface MatrixSource extends MatrixResult {
  readonly nodes: ScopeNodes;
}

const MatrixArgs = argsOf('PositionMatrixArgs', POSITION_MATRIX.fields);

@Resolver(() => PositionMatrix)
export class PositionMatrixResolver extends scopedReportOf({
  type: PositionMatrix,
  definition: POSITION_MATRIX,
  args: MatrixArgs,
  compute: (reader, request: ComparisonInput, onScope) => positionMatrix(reader, request, onScope),
  source: (matrix: MatrixResult, nodes): MatrixSource => ({ ...matrix, nodes }),
}) {
  @FieldResolver(() => [MatrixCell], { description: 'Ordered by actor, position, then bucket.' })
  cells(@Parent() matrix: MatrixSource): MatrixCell[] {
    return matrix.cells.map((cell) => cellOf(cell, matrix.nodes));
  }

  @FieldResolver(() => [MatrixRow], { description: 'Ordered by actor, then position.' })
  rows(@Parent() matrix: MatrixSource): MatrixRow[] {
    const size = matrix.buckets.length;
    const rows: MatrixRow[] = [];
    for (let start = 0; start < matrix.cells.length; start += size) {
      rows.push(rowOf(matrix.cells.slice(start, start + size), matrix.nodes));
    }
    return rows;
  }
}

/** One actor's cells on one position, bucket by bucket, as parallel lists. */
function rowOf(cells: readonly BucketCell[], nodes: ScopeNodes): MatrixRow {
  const pick = <T>(value: (cell: BucketCell) => T): T[] => cells.map(value);
  return {
    actor: nodes.actors.get(cells[0]!.actorId),
    position: nodes.positions.get(cells[0]!.positionId),
    stances: pick((cell) => cell.stance),
    mixed: pick((cell) => cell.mixed),
    carried: pick((cell) => cell.carried),
    statedOn: pick((cell) => cell.statedOn),
    supports: pick((cell) => cell.supports),
    opposes: pick((cell) => cell.opposes),
    neutral: pick((cell) => cell.neutral),
    statementIds: pick((cell) => [...new Set(cell.evidence.map((e) => e.statementId))]),
    quoteIds: pick((cell) => [...new Set(cell.evidence.map((e) => e.quoteId))]),
  };
}
