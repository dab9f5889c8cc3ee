import type { Database } from '../neo4j/database';
import { CsvTable } from './csv-table';
import type { Column, ColumnType } from './csv-table';
import { nodeKey } from './import-state';
import type { ImportState } from './import-state';
import { snapshotNodes, snapshotRelationships } from './import.queries';
import type { TypedProperty } from './import.queries';

/** valueType() names of the property types reference data uses, as the importer's types. */
const IMPORT_TYPES: Record<string, ColumnType> = {
  'STRING NOT NULL': 'string',
  'INTEGER NOT NULL': 'long',
  'FLOAT NOT NULL': 'double',
  'BOOLEAN NOT NULL': 'boolean',
  'DATE NOT NULL': 'date',
  'ZONED DATETIME NOT NULL': 'datetime',
  'LOCAL DATETIME NOT NULL': 'localdatetime',
  'LIST<STRING NOT NULL> NOT NULL': 'string[]',
  // An empty list: written as no property, set to [] after the import (empty-lists.cypher).
  'LIST<NOTHING> NOT NULL': 'string[]',
};

/** Labels whose nodes the import files key by id (nodeKey), in the order a key is chosen. */
export const KEY_LABELS = [
  'Actor',
  'Place',
  'Topic',
  'Event',
  'Source',
  'Document',
  'PositionType',
  'Position',
  'Statement',
  'Quote',
];

/**
 * Writes the graph as it stands (what migrations wrote into the empty database: reference
 * states, core position types, the migration records) into import tables, so that the new store
 * holds it as before; one table per shape of node or relationship. Returns its tables.
 */
export async function snapshotGraph(
  db: Database,
  state: ImportState,
  dir: string,
): Promise<CsvTable[]> {
  const tables = new Map<string, CsvTable>();
  const tableFor = (kind: 'nodes' | 'relationships', properties: TypedProperty[]) => {
    const columns: Column[] = properties.map((p) => ({ name: p.key, type: importType(p) }));
    const signature = `${kind} ${columns.map((c) => `${c.name}:${c.type}`).join(',')}`;
    let table = tables.get(signature);
    if (table === undefined) {
      const fixed: Column[] =
        kind === 'nodes'
          ? [{ name: ':ID' }, ...columns, { name: ':LABEL' }]
          : [{ name: ':START_ID' }, { name: ':END_ID' }, { name: ':TYPE' }, ...columns];
      table = new CsvTable(dir, `reference-${tables.size + 1}`, kind, fixed);
      tables.set(signature, table);
    }
    return table;
  };
  const keys = new Map<string, string>();
  for (const node of await db.rows(snapshotNodes)) {
    const properties = sortedByKey(node.properties);
    const key = snapshotKey(node.elementId, node.labels, properties, state);
    keys.set(node.elementId, key);
    state.nodes.add(key);
    const values = properties.map((p) => p.value);
    tableFor('nodes', properties).add([key, ...values, node.labels]);
  }
  for (const rel of await db.rows(snapshotRelationships)) {
    const properties = sortedByKey(rel.properties);
    const row = [keys.get(rel.startId), keys.get(rel.endId), rel.type];
    tableFor('relationships', properties).add([...row, ...properties.map((p) => p.value)]);
  }
  return [...tables.values()];
}

function sortedByKey(properties: TypedProperty[]): TypedProperty[] {
  return [...properties].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function importType(property: TypedProperty): ColumnType {
  const type = IMPORT_TYPES[property.type];
  if (type === undefined) {
    throw new Error(`the import cannot carry property ${property.key} of type ${property.type}`);
  }
  return type;
}

/** A reference node's key; its empty lists are noted to be set again after the import. */
function snapshotKey(
  elementId: string,
  labels: string[],
  properties: TypedProperty[],
  state: ImportState,
): string {
  const id = properties.find((p) => p.key === 'id')?.value;
  const label = KEY_LABELS.find((l) => labels.includes(l));
  const empty = properties.filter((p) => Array.isArray(p.value) && p.value.length === 0);
  if (label === undefined || typeof id !== 'string') {
    if (empty.length) throw new Error(`node ${elementId} has an empty list and no id to set it by`);
    return `node|${elementId}`;
  }
  for (const p of empty) state.emptyLists.push({ label, id, property: p.key });
  return nodeKey(label, id);
}
