/**
 * The kinds of node an ingestion defines by id, shared by every stage: validation looks them up
 * in the graph and resolves references to them, the plan has one list of rows per kind (its field
 * is the kind's plural), and writing in parts knows from them which ids a part creates.
 */
export const ENTITY_KINDS = [
  'actor',
  'topic',
  'place',
  'event',
  'source',
  'document',
  'positionType',
  'position',
  'statement',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * An id the graph holds already, with the content hash it was written with; or, of kind
 * `fingerprint`, a statement fingerprint (id) and the standing statement that has it (hash).
 */
export interface Found {
  kind: EntityKind | 'fingerprint';
  id: string;
  hash: string | null;
}
