import { hash } from 'node:crypto';

/**
 * Deterministic ids (docs/model.md#ids). The same content gives the same id in every file and
 * every run, which is what makes ingestion idempotent.
 */

/** Unicode NFC, one space for any run of white space, trimmed: formatting is not content. */
export function normalizeText(text: string): string {
  // Most text (every quote, twice a statement) is printable ASCII with single spaces already:
  // NFC and the rest would give it back unchanged, after copying it.
  if (NORMAL_ASCII.test(text)) return text;
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** Printable ASCII words, one space between them, none at either end (or nothing at all). */
const NORMAL_ASCII = /^(?:[\x21-\x7e]+(?: [\x21-\x7e]+)*)?$/;

/** Lower-case ASCII slug; letters of other scripts are kept rather than dropped. */
export function slugify(text: string): string {
  return normalizeText(text)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** SHA-256 of the parts, each ended by NUL, in hex; one-shot, as it runs several times a record. */
function digest(parts: readonly string[], length = 16): string {
  let text = '';
  for (const part of parts) text += `${part}\u0000`;
  return hash('sha256', text, 'hex').slice(0, length);
}

export function quoteId(text: string): string {
  return `quote:${digest([normalizeText(text)])}`;
}

export interface StatementIdentity {
  /** Actor ids; their order does not matter (none for, e.g., a communiqué). */
  speakers: readonly string[];
  date: string;
  onBehalfOf: readonly string[];
  quotes: readonly string[];
  summary: string | undefined;
}

/**
 * Who (every speaker, in any order), when, for whom, and the words (the summary when there are none): what makes two records
 * the same statement. A statement's derived id is made of it, and every statement keeps it as
 * `fingerprint`, so that the same statement under another id is found (DUPLICATE_STATEMENT).
 */
export function statementFingerprint(identity: StatementIdentity): string {
  return digest([
    // One speaker gives the part it gave before statements had several: their ids stay.
    [...identity.speakers].sort().join(','),
    identity.date,
    [...identity.onBehalfOf].sort().join(','),
    identity.quotes.map(normalizeText).sort().join('\u0001'),
    identity.quotes.length === 0 ? normalizeText(identity.summary ?? '') : '',
  ]);
}

/** The same statement from two files is one node. */
export function statementId(identity: StatementIdentity): string {
  return `statement:${statementFingerprint(identity)}`;
}

/** TYPE:subject+subject[:qualifier], e.g. TERRITORIAL_INTEGRITY:AZE, CEASEFIRE:nagorno-karabakh. */
export function positionId(type: string, subjects: readonly string[], qualifier?: string): string {
  const base = `${type}:${subjects.join('+')}`;
  return qualifier ? `${base}:${slugify(qualifier)}` : base;
}

export function documentId(url: string | undefined, title: string, source: string): string {
  return `document:${digest(url ? [url] : [source, normalizeText(title)])}`;
}

/** A stable hash of a record's content, to tell a re-ingest from a conflicting edit. */
export function contentHash(value: unknown): string {
  return digest([stableJson(value)], 32);
}

/**
 * contentHash of a value whose objects have their keys in sorted order already, as stableJson
 * would write them: plain JSON.stringify then gives the same text, two to three times faster
 * (V8's own serialiser). For the record hashed once per statement of every ingest.
 */
export function contentHashOfSorted(value: unknown): string {
  return digest([JSON.stringify(value)], 32);
}

/**
 * JSON with object keys sorted (UTF-16 order) and undefined members left out: the same value
 * always gives the same text. Written as loops: it runs for every record of every ingest.
 */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i ? ',' : '') + stableJson(value[i]);
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  let first = true;
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${stableJson(member)}`;
    first = false;
  }
  return `${out}}`;
}
