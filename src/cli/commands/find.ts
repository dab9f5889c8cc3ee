import { listActors, listPositions, listTopics, search } from '../../catalog/catalog';
import type { ActorListOptions, PositionListOptions } from '../../catalog/catalog';
import type {
  ActorListRow,
  PositionListRow,
  SearchHitRow,
  TopicListRow,
} from '../../catalog/catalog.queries';
import type { CommandContext } from '../context';
import { recordsText } from '../format/records';
import type { Column, RecordFormat } from '../format/records';
import { withDatabase } from '../with-database';

const ACTOR_COLUMNS: readonly Column<ActorListRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'kind', value: (r) => r.kind },
  { header: 'statements', value: (r) => r.statements },
  { header: 'name', value: (r) => r.name },
];

export async function actorsCommand(
  context: CommandContext,
  options: ActorListOptions,
  format: RecordFormat,
): Promise<void> {
  const rows = await withDatabase(context, (db) => listActors(db, options));
  process.stdout.write(recordsText(format, ACTOR_COLUMNS, rows, 'no actors'));
}

const TOPIC_COLUMNS: readonly Column<TopicListRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'positions', value: (r) => r.positions },
  { header: 'statements', value: (r) => r.statements },
  { header: 'name', value: (r) => r.name },
];

export async function topicsCommand(
  context: CommandContext,
  options: { name?: string; limit: number },
  format: RecordFormat,
): Promise<void> {
  const rows = await withDatabase(context, (db) => listTopics(db, options));
  process.stdout.write(recordsText(format, TOPIC_COLUMNS, rows, 'no topics'));
}

const POSITION_COLUMNS: readonly Column<PositionListRow>[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'type', value: (r) => r.type },
  { header: 'stances', value: (r) => r.stances },
  { header: 'about', value: (r) => r.about },
  { header: 'label', value: (r) => r.label },
];

export async function positionsCommand(
  context: CommandContext,
  options: PositionListOptions,
  format: RecordFormat,
): Promise<void> {
  const rows = await withDatabase(context, (db) => listPositions(db, options));
  process.stdout.write(recordsText(format, POSITION_COLUMNS, rows, 'no positions'));
}

const SEARCH_COLUMNS: readonly Column<SearchHitRow>[] = [
  { header: 'date', value: (r) => r.date },
  { header: 'statement', value: (r) => r.statement },
  { header: 'speaker', value: (r) => (r.speakers.length > 0 ? r.speakers : r.onBehalfOf) },
  { header: 'in', value: (r) => r.kind },
  { header: 'text', value: (r) => r.text },
];

export async function searchCommand(
  context: CommandContext,
  text: string,
  options: { limit: number; includeRetracted: boolean; asOf?: Date },
  format: RecordFormat,
): Promise<void> {
  const rows = await withDatabase(context, (db) => search(db, text, options));
  process.stdout.write(recordsText(format, SEARCH_COLUMNS, rows, `nothing matches "${text}"`));
}
