/**
 * The field reference of docs/ingest-format.md, read off the JSON Schema of the format
 * (json-schema.ts) so that it lists exactly the fields validation accepts, with the meanings
 * written once in format.ts. scripts/generate-field-reference.mjs writes it.
 */

/** The parts of a JSON Schema (as zod writes it) that the reference reads. */
export interface JsonSchemaNode {
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  examples?: unknown[];
  format?: string;
}

export interface FieldRow {
  /** `actors[].roles[].of`: `[]` stands for any item of a list. */
  path: string;
  type: string;
  required: boolean;
  description: string;
  /** Examples, the values of an enumeration or the constant, and the default; '' when none. */
  values: string;
}

/** Every field under `schema`, depth first in the schema's order; throws on one without meaning. */
export function fieldRows(schema: JsonSchemaNode, prefix = ''): FieldRow[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([key, field]) => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (!field.description?.trim()) {
      throw new Error(`${path} has no description: add one in src/ingest/format.ts`);
    }
    const row: FieldRow = {
      path,
      type: typeName(field),
      required: required.has(key),
      description: field.description.trim(),
      values: valuesOf(field),
    };
    return [row, ...nestedRows(field, path)];
  });
}

/** The fields of the objects a field holds: its own, its list items' (`[]`), its alternatives'. */
function nestedRows(field: JsonSchemaNode, path: string): FieldRow[] {
  if (field.properties) return fieldRows(field, path);
  if (field.items) return nestedRows(field.items, `${path}[]`);
  return (field.anyOf ?? []).flatMap((alternative) => nestedRows(alternative, path));
}

function typeName(field: JsonSchemaNode): string {
  if (field.anyOf) return field.anyOf.map(typeName).join(' or ');
  if (field.const !== undefined) return `\`${JSON.stringify(field.const)}\``;
  if (field.type === 'array' && field.items) return `list of ${typeName(field.items)}`;
  if (field.format) return `${field.type ?? 'any'} (${field.format})`;
  return field.type ?? 'any';
}

const code = (value: unknown): string =>
  `\`${typeof value === 'string' ? value : JSON.stringify(value)}\``;

function valuesOf(field: JsonSchemaNode): string {
  const parts: string[] = [];
  if (field.examples?.length) parts.push(`e.g. ${field.examples.map(code).join(', ')}`);
  if (field.enum?.length) parts.push(`one of ${field.enum.map(code).join(', ')}`);
  if (field.const !== undefined) parts.push(code(field.const));
  if (field.default !== undefined) parts.push(`default ${code(field.default)}`);
  return parts.join('; ');
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** A Markdown table of rows. */
export function fieldTable(rows: FieldRow[]): string {
  return [
    '| field | type | required | meaning | example or values |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| \`${row.path}\` | ${cell(row.type)} | ${row.required ? 'yes' : 'no'} | ${cell(
          row.description,
        )} | ${cell(row.values)} |`,
    ),
  ].join('\n');
}

/**
 * The reference as Markdown: the document's own fields, then one table per record kind (each
 * top-level list), with the fields of the records and of what they nest.
 */
export function fieldReferenceMarkdown(schema: JsonSchemaNode): string {
  const rows = fieldRows(schema);
  const topLevel = rows.filter((row) => !row.path.includes('.') && !row.path.includes('[]'));
  const sections = [`#### The document\n\n${fieldTable(topLevel)}`];
  for (const kind of topLevel) {
    const records = rows.filter((row) => row.path.startsWith(`${kind.path}[].`));
    if (records.length > 0) {
      sections.push(`#### \`${kind.path}[]\`: ${kind.description}\n\n${fieldTable(records)}`);
    }
  }
  return sections.join('\n\n');
}
