import { stringify } from 'yaml';
import { POSITION_TYPE_LABELS } from './labels';
import type { Draft } from './draft';
import type { Directory } from './directory';
import { slugify as slugOf } from '../model/ids';
import { positionId } from '../model/ids';
import type { ReviewMarker } from './review';
import type { CandidateStance } from './stances';
import type { DraftedStatement } from './statements';
import type { SpeechSpan } from './speech';

type Item = Record<string, unknown> & { review: ReviewMarker };
const at = (span: { start: number; end: number }): [number, number] => [span.start, span.end];

/** The year a peace plan is told apart by (the seed's convention: PEACE_PLAN:IRN+…:2020). */
function qualifierOf(stance: CandidateStance, date: string | undefined): string | undefined {
  return stance.type === 'PEACE_PLAN' && date ? date.slice(0, 4) : undefined;
}

export function draftedPositionId(stance: CandidateStance, date: string | undefined): string {
  return positionId(stance.type, stance.subjects, qualifierOf(stance, date));
}

function quotesOf(spans: SpeechSpan[]): { items: Item[]; refOf: Map<SpeechSpan, string> } {
  const refOf = new Map<SpeechSpan, string>();
  const items = spans.map((span, i) => {
    refOf.set(span, `q${i + 1}`);
    const check =
      span.kind === 'direct'
        ? 'direct quote: are these the words of this speaker?'
        : "reported speech, the outlet's words: keep only as a paraphrase you accept";
    return { ref: `q${i + 1}`, text: span.text, review: { check, span: at(span) } };
  });
  return { items, refOf };
}

function statementItem(
  statement: Draft['statements'][number],
  document: string,
  topic?: string,
): Item {
  const { items, refOf } = quotesOf(statement.spans);
  const stances = statement.stances.map((s) => ({
    position: draftedPositionId(s, statement.date),
    stance: s.stance,
    act: s.act,
    modality: s.modality,
    quote: refOf.get(s.span)!,
    review: {
      check: 'position, stance, act and modality',
      confidence: s.confidence,
      span: at(s.evidence),
      cue: s.cue,
    },
  }));
  const { speaker } = statement;
  return {
    date: statement.date ?? 'unknown',
    ...(statement.kind ? { kind: statement.kind } : {}),
    ...(speaker.id ? { speaker: speaker.id } : {}),
    onBehalfOf: speaker.onBehalfOf,
    ...(topic ? { topics: [topic] } : {}),
    language: 'en',
    reportedIn: [document],
    quotes: items,
    stances,
    review: { check: 'speaker, on behalf of, date and kind', confidence: speaker.confidence },
  };
}

function positionItems(draft: Draft, directory: Directory): Item[] {
  const items = new Map<string, Item>();
  for (const statement of draft.statements) {
    for (const stance of statement.stances) {
      const id = draftedPositionId(stance, statement.date);
      if (directory.positions.has(id) || items.has(id)) continue;
      const qualifier = qualifierOf(stance, statement.date);
      items.set(id, {
        type: stance.type,
        subjects: stance.subjects,
        ...(qualifier ? { qualifier } : {}),
        label: `${POSITION_TYPE_LABELS.get(stance.type) ?? stance.type}: ${stance.subjects.join(', ')}`,
        review: { check: 'a new position: its subjects, a qualifier, a label in words' },
      });
    }
  }
  return [...items.values()];
}

function actorItems(statements: DraftedStatement[]): Item[] {
  const items = new Map<string, Item>();
  for (const { speaker } of statements) {
    const actor = speaker.proposed;
    if (!actor || items.has(actor.id)) continue;
    items.set(actor.id, {
      id: actor.id,
      kind: actor.kind,
      name: actor.name,
      ...(actor.kind === 'ORGANIZATION' && actor.state ? { partOf: actor.state } : {}),
      ...(actor.roleTitle && actor.state
        ? { roles: [{ title: actor.roleTitle, of: actor.state }] }
        : {}),
      review: {
        check: 'not in the graph: a new actor, or a spelling of a known one (then use its id)?',
      },
    });
  }
  return [...items.values()];
}

/** The draft in the ingestion format, every drafted item with its review marker. */
export function draftDocument(draft: Draft, directory: Directory): Record<string, unknown> {
  const { head } = draft;
  const outlet = head.outlet ?? 'unknown outlet';
  const source = `source:${slugOf(outlet)}`;
  const title = head.title ?? 'untitled';
  const document = `document:${slugOf(outlet)}-${head.date ?? 'undated'}-${slugOf(title).split('-').slice(0, 6).join('-')}`;
  return {
    format: 'diplograph/v1',
    actors: actorItems(draft.statements),
    sources: [
      {
        id: source,
        name: outlet,
        review: { check: 'the outlet, or a source already in the graph?' },
      },
    ],
    documents: [
      {
        id: document,
        source,
        title,
        publishedAt: head.publishedAt,
        language: 'en',
        review: { check: 'title and publication date (no time zone is invented)' },
      },
    ],
    positions: positionItems(draft, directory),
    statements: draft.statements.map((s) => statementItem(s, document, draft.topic)),
  };
}

/** The YAML file `diplograph draft` writes. */
export function draftYaml(draft: Draft, directory: Directory, from: string): string {
  const header = [
    `# A draft made by \`diplograph draft\` from ${from}: nothing here is reviewed yet.`,
    '# Every drafted item holds a `review:` key. Read each against the text, correct or delete it,',
    '# then delete its `review:` key; `diplograph ingest` refuses the file while one remains.',
    '# Spans are [start, end) character offsets into the plain text of the input.',
  ].join('\n');
  return `${header}\n${stringify(draftDocument(draft, directory), { lineWidth: 100 })}`;
}
