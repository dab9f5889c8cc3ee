import { CsvTable } from './csv-table';
import type { Column, ColumnType } from './csv-table';

const id: Column = { name: ':ID' };
const labels: Column = { name: ':LABEL' };
const start: Column[] = [{ name: ':START_ID' }, { name: ':END_ID' }, { name: ':TYPE' }];
const prop = (name: string, type: ColumnType = 'string'): Column => ({ name, type });
const nodes = (...props: Column[]): Column[] => [id, ...props, labels];
const links = (...props: Column[]): Column[] => [...start, ...props];

/**
 * Every CSV file of an import, with the properties the online writer (cypher/ingest/write-*.cypher)
 * sets, under the same names and types; columns in the order the *-tables.ts modules give values.
 */
const TABLES = {
  actors: nodes(
    prop('id'),
    prop('name'),
    prop('aliases', 'string[]'),
    prop('kind'),
    prop('wikidataId'),
    prop('orgKind'),
    prop('contentHash'),
    prop('recordedAt', 'datetime'),
  ),
  topics: nodes(prop('id'), prop('name'), prop('description'), prop('contentHash')),
  places: nodes(prop('id'), prop('name'), prop('aliases', 'string[]'), prop('contentHash')),
  events: nodes(
    prop('id'),
    prop('date', 'date'),
    prop('datePrecision'),
    prop('description'),
    prop('contentHash'),
  ),
  sources: nodes(prop('id'), prop('name'), prop('url'), prop('contentHash')),
  // publishedAt is a datetime where the source gave a zone, a localdatetime where it did not: a
  // column has one type, so documents go in two files.
  documentsZoned: documentColumns('datetime'),
  documentsLocal: documentColumns('localdatetime'),
  positionTypes: nodes(
    prop('id'),
    prop('label'),
    prop('description'),
    prop('parent'),
    prop('cues'),
    prop('contentHash'),
  ),
  positions: nodes(
    prop('id'),
    prop('type'),
    prop('label'),
    prop('qualifier'),
    prop('contentHash'),
    prop('name'),
    prop('status'),
    prop('consultationDescriptions', 'string[]'),
    prop('condition'),
    prop('threatenedResponse'),
  ),
  statements: nodes(
    prop('id'),
    prop('date', 'date'),
    prop('datePrecision'),
    prop('kind'),
    prop('summary'),
    prop('language'),
    prop('location'),
    prop('contentHash'),
    prop('fingerprint'),
    prop('distinctFrom', 'string[]'),
    prop('recordedAt', 'datetime'),
  ),
  quotes: nodes(prop('id'), prop('text')),
  stanceMonths: nodes(
    prop('positionId'),
    prop('actorId'),
    prop('modality'),
    prop('month'),
    prop('supports', 'long'),
    prop('opposes', 'long'),
    prop('neutral', 'long'),
    prop('lastDay', 'date'),
    prop('evidence', 'string[]'),
  ),
  /** Relationships without properties, of every type. */
  links: links(),
  roles: links(prop('title'), prop('from'), prop('to')),
  // A float, as ingestion stores it (write-09 sets it from a JavaScript number, which the driver
  // sends as a float); MADE's comes from range() in write-10, an integer.
  about: links(prop('ord', 'double')),
  made: links(prop('role'), prop('ord', 'long')),
  quoted: links(prop('ref'), prop('text')),
  stances: links(prop('quoteId'), prop('act'), prop('stance'), prop('modality'), prop('target')),
  planStatuses: links(prop('status'), prop('quoteId')),
  redLineStatuses: links(prop('status'), prop('quoteId'), prop('by', 'string[]')),
} as const;

function documentColumns(publishedAt: ColumnType): Column[] {
  return nodes(
    prop('id'),
    prop('title'),
    prop('url'),
    prop('publishedAt', publishedAt),
    prop('publishedAtZoneKnown', 'boolean'),
    prop('retrievedAt', 'datetime'),
    prop('language'),
    prop('framing', 'string[]'),
    prop('contentHash'),
  );
}

export type TableName = keyof typeof TABLES;
export type ImportTables = Record<TableName, CsvTable>;

/** Opens every table in `dir` (empty ones are not handed to the importer). */
export function openTables(dir: string): ImportTables {
  const entries = Object.entries(TABLES).map(([name, columns]) => {
    const kind = columns[0] === id ? 'nodes' : 'relationships';
    return [name, new CsvTable(dir, name, kind, columns)] as const;
  });
  return Object.fromEntries(entries) as ImportTables;
}
