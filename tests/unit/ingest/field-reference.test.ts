import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  fieldReferenceMarkdown,
  fieldRows,
  type JsonSchemaNode,
} from '../../../src/ingest/field-reference';
import { ingestJsonSchema } from '../../../src/ingest/json-schema';

/**
 * Every property path of a JSON Schema, collected here independently of the generator: through
 * `properties`, list `items` (`[]`) and `anyOf` alternatives, wherever they nest.
 */
function propertyPaths(node: unknown, prefix: string): string[] {
  if (typeof node !== 'object' || node === null) return [];
  const schema = node as Record<string, unknown>;
  const paths: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  for (const [key, child] of Object.entries(properties)) {
    const own = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(own, ...propertyPaths(child, own));
  }
  paths.push(...propertyPaths(schema.items, `${prefix}[]`));
  for (const alternative of (schema.anyOf ?? []) as unknown[]) {
    paths.push(...propertyPaths(alternative, prefix));
  }
  return paths;
}

const ingest = ingestJsonSchema('ingest.schema.json');
/** Read in each test, so that a field without a description fails the test, naming it. */
const documented = () => fieldRows(ingest);

describe('the field reference of the ingestion format', () => {
  it('has one row for every property path of the JSON Schema, each with a meaning', () => {
    const paths = propertyPaths(ingest, '');
    expect(paths.length).toBeGreaterThan(60);
    expect(
      documented()
        .map((row) => row.path)
        .sort(),
    ).toEqual([...new Set(paths)].sort());
    for (const row of documented()) expect(row.description).not.toBe('');
  });

  it('covers every field of an NDJSON statement line, under statements[]', () => {
    const lines = propertyPaths(ingestJsonSchema('statement.schema.json'), 'statements[]');
    const rows = new Set(documented().map((row) => row.path));
    expect(lines.filter((line) => !rows.has(line))).toEqual([]);
  });

  it('reads required, type and values from the schema', () => {
    const byPath = new Map(documented().map((row) => [row.path, row]));
    expect(byPath.get('statements[].onBehalfOf')).toMatchObject({
      required: true,
      type: 'list of string',
    });
    expect(byPath.get('statements[].stances[].modality')).toMatchObject({ required: false });
    expect(byPath.get('statements[].stances[].modality')?.values).toContain('default `ASSERTED`');
    expect(byPath.get('actors[].kind')?.values).toContain('`AUTHORITY`');
  });

  it('refuses a field without a description, naming its path', () => {
    const schema: JsonSchemaNode = {
      type: 'object',
      properties: {
        items: {
          type: 'array',
          description: 'described',
          items: { type: 'object', properties: { bare: { type: 'string' } } },
        },
      },
    };
    expect(() => fieldRows(schema)).toThrow('items[].bare has no description');
  });

  it('is what docs/ingest-format.md holds between its markers', () => {
    const doc = readFileSync(path.join(__dirname, '../../../docs/ingest-format.md'), 'utf8');
    const section = doc.slice(
      doc.indexOf('<!-- field-reference'),
      doc.indexOf('<!-- /field-reference -->'),
    );
    for (const row of documented()) expect(section).toContain(`| \`${row.path}\``);
    expect(fieldReferenceMarkdown(ingest)).toContain('#### `statements[]`');
  });
});
