import { gql } from './api';
import { h, statementHref } from './dom';

/** The evidence panel: the statements behind a cell, with speakers, quotes and sources. */

/** A counted stance as the comparison queries give it (kept shallow: the API limits depth). */
export interface EvidenceRef {
  readonly statementId: string;
  readonly quoteId: string;
  readonly date: string;
  readonly stance: string;
  /** null: the source does not say (shown as unspecified). */
  readonly act: string | null;
  readonly modality: string;
}

export const EVIDENCE_FIELDS = 'statementId quoteId date stance act modality';

interface StatementDetails {
  readonly kind: string | null;
  readonly speakers: readonly {
    readonly actor: { readonly name: string };
    readonly role: string | null;
  }[];
  readonly onBehalfOf: readonly { readonly name: string }[];
  readonly documents: readonly {
    /** null: a document made from a url alone. */
    readonly title: string | null;
    readonly url: string | null;
    readonly source: { readonly name: string } | null;
  }[];
}

export interface EvidenceItem extends EvidenceRef {
  readonly quote: { readonly text: string };
  readonly statement: StatementDetails;
}

/** The statements and quotes behind some evidence, in one request (aliases s0…, q0…). */
export async function withDetails(refs: readonly EvidenceRef[]): Promise<EvidenceItem[]> {
  if (refs.length === 0) return [];
  const statements = [...new Set(refs.map((r) => r.statementId))];
  const quotes = [...new Set(refs.map((r) => r.quoteId))];
  const variables: Record<string, string> = {};
  const declared: string[] = [];
  const fields: string[] = [];
  statements.forEach((id, i) => {
    variables[`s${i}`] = id;
    declared.push(`$s${i}: ID!`);
    fields.push(
      `s${i}: statement(id: $s${i}) { kind speakers { actor { name } role } onBehalfOf { name } documents { title url source { name } } }`,
    );
  });
  quotes.forEach((id, i) => {
    variables[`q${i}`] = id;
    declared.push(`$q${i}: ID!`);
    fields.push(`q${i}: node(id: $q${i}) { ... on Quote { text } }`);
  });
  const data = await gql<Record<string, unknown>>(
    `query Evidence(${declared.join(', ')}) { ${fields.join(' ')} }`,
    variables,
  );
  return refs.map((ref) => ({
    ...ref,
    statement: data[`s${statements.indexOf(ref.statementId)}`] as StatementDetails,
    quote: (data[`q${quotes.indexOf(ref.quoteId)}`] as { text: string } | null) ?? { text: '' },
  }));
}

export function documentLink(doc: {
  readonly title: string | null;
  readonly url: string | null;
  readonly source: { readonly name: string } | null;
}): HTMLElement {
  const name = doc.title ?? doc.url ?? 'untitled';
  const title = doc.source ? `${name} — ${doc.source.name}` : name;
  // Only web links: a source URL is data, and data never gets to choose a javascript: scheme.
  return doc.url !== null && /^https?:\/\//i.test(doc.url)
    ? h('a', { href: doc.url, rel: 'noopener noreferrer', target: '_blank' }, title)
    : h('span', {}, title);
}

/** Who spoke, each with their role: "A (spokesman), B". */
function speakersText(speakers: StatementDetails['speakers']): string {
  if (speakers.length === 0) return 'no named speaker';
  return speakers
    .map((sp) => (sp.role === null ? sp.actor.name : `${sp.actor.name} (${sp.role})`))
    .join(', ');
}

export function evidenceList(items: readonly EvidenceItem[]): HTMLElement {
  if (items.length === 0) return h('p', {}, 'No statement: nothing said yet.');
  return h(
    'ol',
    { class: 'evidence' },
    ...items.map((item) =>
      h(
        'li',
        { 'data-statement': item.statementId },
        h(
          'p',
          { class: 'meta' },
          `${item.date} · ${item.stance.toLowerCase()} (${(item.act ?? 'act unspecified').toLowerCase()}, ${item.modality.toLowerCase()}) · `,
          speakersText(item.statement.speakers),
          item.statement.onBehalfOf.length > 0
            ? ` for ${item.statement.onBehalfOf.map((a) => a.name).join(', ')}`
            : '',
        ),
        h('blockquote', {}, item.quote.text),
        h(
          'p',
          { class: 'sources' },
          h('a', { href: statementHref(item.statementId) }, h('code', {}, item.statementId)),
          ...item.statement.documents.flatMap((doc) => [' · ', documentLink(doc)]),
        ),
      ),
    ),
  );
}

export function showEvidence(panel: HTMLElement, heading: string, body: HTMLElement): void {
  panel.replaceChildren(h('h2', { tabindex: '-1' }, heading), body);
  panel.hidden = false;
  (panel.firstElementChild as HTMLElement).focus();
}
