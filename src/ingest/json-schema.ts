import { z } from 'zod';
import { ingestDocumentSchema, statementSchema } from './format';

/**
 * The JSON Schemas of the ingestion format, made from its one definition (format.ts): written to
 * schema/*.json by scripts/generate-schemas.mjs and read by the field reference of
 * docs/ingest-format.md, so both see the same schema.
 */
export const INGEST_JSON_SCHEMAS = {
  'ingest.schema.json': {
    title: 'Diplograph ingestion document (YAML or JSON), format diplograph/v1',
    schema: ingestDocumentSchema,
  },
  'statement.schema.json': {
    title: 'Diplograph statement: one line of an NDJSON ingestion file, format diplograph/v1',
    schema: statementSchema,
  },
} as const;

export type IngestJsonSchemaFile = keyof typeof INGEST_JSON_SCHEMAS;

/** The JSON Schema of one file, as the input it accepts (defaults make fields optional). */
export function ingestJsonSchema(file: IngestJsonSchemaFile): Record<string, unknown> {
  const { title, schema } = INGEST_JSON_SCHEMAS[file];
  return { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
}
