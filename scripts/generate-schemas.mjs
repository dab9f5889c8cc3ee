#!/usr/bin/env node
// Writes the JSON Schemas of the ingestion format from its one definition (src/ingest/format.ts,
// built into dist/): schema/ingest.schema.json (YAML/JSON documents) and
// schema/statement.schema.json (one NDJSON line). `--check` fails when the committed files differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const { z } = require('zod');
const format = require(path.join(root, 'dist', 'src', 'ingest', 'format.js'));

const schemas = {
  'ingest.schema.json': {
    title: 'Diplograph ingestion document (YAML or JSON), format diplograph/v1',
    schema: format.ingestDocumentSchema,
  },
  'statement.schema.json': {
    title: 'Diplograph statement: one line of an NDJSON ingestion file, format diplograph/v1',
    schema: format.statementSchema,
  },
};

let stale = false;
for (const [file, { title, schema }] of Object.entries(schemas)) {
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const target = path.join(root, 'schema', file);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) {
      console.error(`schema/${file} is stale; run npm run generate`);
      stale = true;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote schema/${file}`);
  }
}
if (stale) process.exit(1);
if (process.argv.includes('--check')) console.log('JSON Schemas: up to date');
