import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver } from 'type-graphql';
import { Parent } from './parent';
import type {
  BucketCell,
  DayStance as DayStanceResult,
  Measure,
  MissingMode,
  StanceBasis,
  StanceEvidence,
} from '../../analysis';
import {
  agreement,
  divergences,
  peacePlans,
  positionHistory,
  positionMatrix,
  redLines,
} from '../../comparison';
import type { QueryReader } from '../../comparison';
import type { Modality, PositionType } from '../../model/vocabulary';
import type { ApiContext } from '../context';
import { selectsAnyField } from '../look-ahead';
import { Actor } from '../types/actor';
import {
  ActorStances,
  AgreementReport,
  BasisEnum,
  Divergence,
  DivergenceSide,
  Evidence,
  IntervalEnum,
  MatrixCell,
  MatrixRow,
  MeasureEnum,
  MissingEnum,
  PairAgreement,
  PeacePlanReport,
  PlanStatusReport,
  PositionComparison,
  PositionHistory,
  PositionMatrix,
  PositionWeight,
  RedLineReport,
  RedLineStatement,
} from '../types/comparison';
import type { DayStance, ScopeNodes } from '../types/comparison';
import { Event, Position, Quote, Statement } from '../types/entities';
import { ModalityEnum, PositionTypeEnum } from '../types/enums';

type Interval = 'MONTH' | 'QUARTER' | 'YEAR' | 'NONE';

/** The request's batched, counted reader: comparisons count as round-trips like the rest. */
function readerOf(context: ApiContext): QueryReader {
  return (query, params) => {
    context.loaders.roundTrips += 1;
    return context.db.rows(query, params);
  };
}

const evidenceOf = (items: readonly StanceEvidence[]): Evidence[] => items.map((e) => ({ ...e }));

function cellOf(cell: BucketCell, nodes: ScopeNodes): MatrixCell {
  // Every field named, no spread: one object shape for all cells, which is what keeps the
  // compiled GraphQL execution fast over 12,000 of them (a spread with two fields added took
  // this function from about 2 to 22 ms per matrix).
  return {
    actor: nodes.actors.get(cell.actorId),
    position: nodes.positions.get(cell.positionId),
    bucket: cell.bucket.key,
    stance: cell.stance,
    mixed: cell.mixed,
    carried: cell.carried,
    statedOn: cell.statedOn,
    // Handed on as they are: Evidence reads plain fields.
    evidence: cell.evidence as Evidence[],
    supports: cell.supports,
    opposes: cell.opposes,
    neutral: cell.neutral,
  };
}

/**
 * A matrix or agreement report names the same few actors and positions in thousands of fields.
 * Loaded before the answer is resolved (one round-trip, which those fields would make anyway),
 * each field gets its node at once; loaded on demand, every field waits on a promise (with the
 * synchronous resolveType of schema.ts, this took an agreement report's GraphQL overhead at 1M
 * from about 120 to 80 ms). A cell's actor and position are then plain fields of the cell.
 */
async function scopeNodes(
  context: ApiContext,
  info: GraphQLResolveInfo,
  scope: { actors: readonly string[]; positions: readonly string[] },
): Promise<ScopeNodes> {
  const byId = async (kind: 'actor' | 'position', ids: readonly string[], fields: string[]) =>
    new Map(
      selectsAnyField(info, fields)
        ? (await context.loaders.entities(kind, ids)).map((node) => [node.id, node])
        : [],
    );
  const [actors, positions] = await Promise.all([
    byId('actor', scope.actors, ['actor', 'actorA', 'actorB', 'actors']),
    byId('position', scope.positions, ['position', 'positions', 'mixedPositions']),
  ]);
  return { actors, positions };
}

function dayOf(day: DayStanceResult): DayStance {
  return { ...day, evidence: evidenceOf(day.evidence) };
}

@Resolver()
export class ComparisonQueryResolver {
  @Query(() => PositionMatrix, {
    description:
      'Per actor × position × bucket: the stance in force, whether stated in the bucket or carried, the evidence, and the counts of supporting, opposing and neutral statements. Positions: those named, of the types named, or of a topic. Retracted and superseded statements never count; only ASSERTED stances unless `modalities` says otherwise.',
  })
  async positionMatrix(
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('actors', () => [ID]) actors: string[],
    @Arg('from', { description: 'A day, month (2020-09) or year: a month or year counts whole.' })
    from: string,
    @Arg('to', { description: 'A day, month or year.' }) to: string,
    @Arg('positions', () => [ID], { nullable: true }) positions?: string[],
    @Arg('positionTypes', () => [PositionTypeEnum], { nullable: true })
    positionTypes?: PositionType[],
    @Arg('topic', () => ID, { nullable: true }) topic?: string,
    @Arg('interval', () => IntervalEnum, { defaultValue: 'MONTH' }) interval: Interval = 'MONTH',
    @Arg('modalities', () => [ModalityEnum], { nullable: true }) modalities?: Modality[],
  ): Promise<PositionMatrix> {
    const matrix = await positionMatrix(readerOf(context), {
      actors,
      from,
      to,
      positions: positions ?? null,
      positionTypes: positionTypes ?? null,
      topic: topic ?? null,
      interval,
      modalities: modalities ?? null,
    });
    const nodes = await scopeNodes(context, info, matrix);
    return {
      ...matrix,
      nodes,
      modalities: [...matrix.modalities],
      buckets: [...matrix.buckets],
      cellResults: matrix.cells,
      actorIds: [...matrix.actors],
      positionIds: [...matrix.positions],
    };
  }

  @Query(() => PositionHistory, {
    description: "An actor's stances on a position in order, each change of stance marked.",
  })
  async positionHistory(
    @Ctx() context: ApiContext,
    @Arg('actor', () => ID) actor: string,
    @Arg('position', () => ID) position: string,
    @Arg('modalities', () => [ModalityEnum], { nullable: true }) modalities?: Modality[],
  ): Promise<PositionHistory> {
    const history = await positionHistory(readerOf(context), {
      actor,
      position,
      modalities: modalities ?? null,
    });
    return {
      actorId: history.actor,
      positionId: history.position,
      modalities: [...history.modalities],
      stances: history.stances.map(dayOf),
      shifts: history.shifts.map((shift) => ({ from: dayOf(shift.from), to: dayOf(shift.to) })),
    };
  }

  @Query(() => AgreementReport, {
    description:
      'Agreement for every pair of actors and bucket, on the positions both addressed: score, n and the positions counted, with evidence. The score is null, with the reason, where the measure is undefined or n < minOverlap.',
  })
  async agreement(
    @Ctx() context: ApiContext,
    @Info() info: GraphQLResolveInfo,
    @Arg('actors', () => [ID]) actors: string[],
    @Arg('from') from: string,
    @Arg('to') to: string,
    @Arg('measure', () => MeasureEnum, { defaultValue: 'S_SCORE' }) measure: Measure = 'S_SCORE',
    @Arg('positions', () => [ID], { nullable: true }) positions?: string[],
    @Arg('positionTypes', () => [PositionTypeEnum], { nullable: true })
    positionTypes?: PositionType[],
    @Arg('topic', () => ID, { nullable: true }) topic?: string,
    @Arg('interval', () => IntervalEnum, { defaultValue: 'NONE' }) interval: Interval = 'NONE',
    @Arg('missing', () => MissingEnum, { defaultValue: 'EXCLUDE' })
    missing: MissingMode = 'EXCLUDE',
    @Arg('minOverlap', () => Int, { defaultValue: 1 }) minOverlap: number = 1,
    @Arg('basis', () => BasisEnum, { defaultValue: 'IN_FORCE' }) basis: StanceBasis = 'IN_FORCE',
    @Arg('modalities', () => [ModalityEnum], { nullable: true }) modalities?: Modality[],
    @Arg('weights', () => [PositionWeight], {
      nullable: true,
      description: 'Weighted S (S_SCORE only): 1 − 2·Σ w·|x−y| / (2·Σ w).',
    })
    weights?: PositionWeight[],
  ): Promise<AgreementReport> {
    const report = await agreement(readerOf(context), {
      actors,
      from,
      to,
      measure,
      positions: positions ?? null,
      positionTypes: positionTypes ?? null,
      topic: topic ?? null,
      interval,
      missing,
      minOverlap,
      basis,
      modalities: modalities ?? null,
      weights: weights ? new Map(weights.map((w) => [w.position, w.weight])) : null,
    });
    const nodes = await scopeNodes(context, info, report);
    return {
      ...report,
      modalities: [...report.modalities],
      buckets: [...report.buckets],
      actorIds: [...report.actors],
      positionIds: [...report.positions],
      pairs: report.pairs.map((pair) => ({
        actorA: nodes.actors.get(pair.actorA),
        actorB: nodes.actors.get(pair.actorB),
        bucket: pair.bucket,
        measure: pair.measure,
        score: pair.result.value,
        n: pair.result.n,
        reason: pair.result.reason ?? null,
        positionIds: [...pair.result.positions],
        mixedPositionIds: [...pair.mixedPositions],
        comparisonResults: pair.comparisons,
        nodes,
      })),
    };
  }

  @Query(() => [Divergence], {
    description:
      'Pairs of actors holding opposite stances (SUPPORTS against OPPOSES) on the same position within the window, with the evidence of both sides.',
  })
  async divergences(
    @Ctx() context: ApiContext,
    @Arg('topic', () => ID, { nullable: true }) topic?: string,
    @Arg('positions', () => [ID], { nullable: true }) positions?: string[],
    @Arg('actors', () => [ID], { nullable: true, description: 'Default: everyone who spoke.' })
    actors?: string[],
    @Arg('from', () => String, { nullable: true }) from?: string,
    @Arg('to', () => String, { nullable: true }) to?: string,
    @Arg('expressedInWindow', {
      defaultValue: false,
      description: 'Each side must have stated its stance within the window.',
    })
    expressedInWindow: boolean = false,
    @Arg('modalities', () => [ModalityEnum], { nullable: true }) modalities?: Modality[],
  ): Promise<Divergence[]> {
    const result = await divergences(readerOf(context), {
      topic: topic ?? null,
      positions: positions ?? null,
      actors: actors ?? null,
      from: from ?? null,
      to: to ?? null,
      modalities: modalities ?? null,
      expressedInWindow,
    });
    return result.divergences.map((d) => ({
      positionId: d.positionId,
      from: d.from,
      to: d.to,
      supporter: { actorId: d.supporter.actorId, evidence: evidenceOf(d.supporter.evidence) },
      opposer: { actorId: d.opposer.actorId, evidence: evidenceOf(d.opposer.evidence) },
    }));
  }

  @Query(() => [RedLineReport], {
    description:
      'Declared red lines with their conditions, threatened responses and trigger events, and the statements of the window that declare, restate or invoke them (every modality).',
  })
  async redLines(
    @Ctx() context: ApiContext,
    @Arg('actor', () => ID, { nullable: true }) actor?: string,
    @Arg('topic', () => ID, { nullable: true }) topic?: string,
    @Arg('from', () => String, { nullable: true }) from?: string,
    @Arg('to', () => String, { nullable: true }) to?: string,
  ): Promise<RedLineReport[]> {
    const result = await redLines(readerOf(context), {
      actor: actor ?? null,
      topic: topic ?? null,
      from: from ?? null,
      to: to ?? null,
    });
    return result.redLines.map((r) => ({
      ...r,
      declaredBy: [...r.declaredBy],
      statements: r.statements.map((s) => ({ ...s, onBehalfOf: [...s.onBehalfOf] })),
    }));
  }

  @Query(() => [PeacePlanReport], {
    description:
      'Peace plans (of a topic) with proposers, principles, consultation partners, status, and every actor’s stances on each over time.',
  })
  async peacePlans(
    @Ctx() context: ApiContext,
    @Arg('topic', () => ID, { nullable: true }) topic?: string,
    @Arg('modalities', () => [ModalityEnum], { nullable: true }) modalities?: Modality[],
  ): Promise<PeacePlanReport[]> {
    const plans = await peacePlans(readerOf(context), {
      topic: topic ?? null,
      modalities: modalities ?? null,
    });
    return plans.map((plan) => ({
      ...plan,
      proposedBy: [...plan.proposedBy],
      principles: [...plan.principles],
      partners: [...plan.partners],
      partnerDescriptions: [...plan.partnerDescriptions],
      statusHistory: plan.statusHistory.map((report) => ({ ...report })),
      stances: plan.stances.map((t) => ({ actorId: t.actorId, stances: t.stances.map(dayOf) })),
    }));
  }
}

@Resolver(() => PlanStatusReport)
export class PlanStatusReportResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() report: PlanStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', report.statementId);
  }

  @FieldResolver(() => Quote, { description: 'The words that report it.' })
  quote(@Parent() report: PlanStatusReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', report.quoteId);
  }
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

@Resolver(() => PositionMatrix)
export class PositionMatrixResolver {
  @FieldResolver(() => [Actor], { description: 'In the order asked for.' })
  actors(@Parent() matrix: PositionMatrix, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', matrix.actorIds);
  }

  @FieldResolver(() => [Position], { description: 'Sorted by id.' })
  positions(@Parent() matrix: PositionMatrix, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', matrix.positionIds);
  }

  @FieldResolver(() => [MatrixCell], { description: 'Ordered by actor, position, then bucket.' })
  cells(@Parent() matrix: PositionMatrix): MatrixCell[] {
    return matrix.cellResults.map((cell) => cellOf(cell, matrix.nodes));
  }

  @FieldResolver(() => [MatrixRow], { description: 'Ordered by actor, then position.' })
  rows(@Parent() matrix: PositionMatrix): MatrixRow[] {
    const size = matrix.buckets.length;
    const rows: MatrixRow[] = [];
    for (let start = 0; start < matrix.cellResults.length; start += size) {
      rows.push(rowOf(matrix.cellResults.slice(start, start + size), matrix.nodes));
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

@Resolver(() => PositionHistory)
export class PositionHistoryResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() history: PositionHistory, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', history.actorId);
  }

  @FieldResolver(() => Position)
  position(@Parent() history: PositionHistory, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', history.positionId);
  }
}

@Resolver(() => PositionComparison)
export class PositionComparisonResolver {
  @FieldResolver(() => Position)
  position(@Parent() comparison: PositionComparison, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', comparison.positionId);
  }
}

@Resolver(() => PairAgreement)
export class PairAgreementResolver {
  @FieldResolver(() => [PositionComparison], { description: 'The evidence, per position counted.' })
  comparisons(@Parent() pair: PairAgreement): PositionComparison[] {
    return pair.comparisonResults.map((c) => ({
      positionId: c.positionId,
      a: cellOf(c.a, pair.nodes),
      b: cellOf(c.b, pair.nodes),
    }));
  }

  @FieldResolver(() => [Position], { description: 'The positions counted, sorted by id.' })
  positions(@Parent() pair: PairAgreement, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', pair.positionIds);
  }

  @FieldResolver(() => [Position], {
    description: "Positions left out because an actor's statements of one day conflict.",
  })
  mixedPositions(@Parent() pair: PairAgreement, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', pair.mixedPositionIds);
  }
}

@Resolver(() => AgreementReport)
export class AgreementReportResolver {
  @FieldResolver(() => [Actor])
  actors(@Parent() report: AgreementReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', report.actorIds);
  }

  @FieldResolver(() => [Position])
  positions(@Parent() report: AgreementReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', report.positionIds);
  }
}

@Resolver(() => DivergenceSide)
export class DivergenceSideResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() side: DivergenceSide, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', side.actorId);
  }
}

@Resolver(() => Divergence)
export class DivergenceResolver {
  @FieldResolver(() => Position)
  position(@Parent() divergence: Divergence, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', divergence.positionId);
  }
}

@Resolver(() => RedLineStatement)
export class RedLineStatementResolver {
  @FieldResolver(() => Statement)
  statement(@Parent() s: RedLineStatement, @Ctx() context: ApiContext) {
    return context.loaders.entity('statement', s.statementId);
  }

  @FieldResolver(() => Quote)
  quote(@Parent() s: RedLineStatement, @Ctx() context: ApiContext) {
    return context.loaders.entity('quote', s.quoteId);
  }

  @FieldResolver(() => [Actor])
  onBehalfOf(@Parent() s: RedLineStatement, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', s.onBehalfOf);
  }
}

@Resolver(() => RedLineReport)
export class RedLineReportResolver {
  @FieldResolver(() => Position)
  position(@Parent() r: RedLineReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', r.positionId);
  }

  @FieldResolver(() => [Actor])
  declaredBy(@Parent() r: RedLineReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', r.declaredBy);
  }

  @FieldResolver(() => Event, { nullable: true })
  triggerEvent(@Parent() r: RedLineReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('event', r.triggerEvent);
  }
}

@Resolver(() => ActorStances)
export class ActorStancesResolver {
  @FieldResolver(() => Actor)
  actor(@Parent() t: ActorStances, @Ctx() context: ApiContext) {
    return context.loaders.entity('actor', t.actorId);
  }
}

@Resolver(() => PeacePlanReport)
export class PeacePlanReportResolver {
  @FieldResolver(() => Position)
  position(@Parent() plan: PeacePlanReport, @Ctx() context: ApiContext) {
    return context.loaders.entity('position', plan.positionId);
  }

  @FieldResolver(() => [Actor])
  proposedBy(@Parent() plan: PeacePlanReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', plan.proposedBy);
  }

  @FieldResolver(() => [Position])
  principles(@Parent() plan: PeacePlanReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('position', plan.principles);
  }

  @FieldResolver(() => [Actor], { description: 'Consultation partners named as actors.' })
  partners(@Parent() plan: PeacePlanReport, @Ctx() context: ApiContext) {
    return context.loaders.entities('actor', plan.partners);
  }
}
