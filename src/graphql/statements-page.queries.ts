import { turnedAround } from '../neo4j/cypher-files';
import { queryForms } from '../neo4j/query-file';
import { LINK_LIST_COLUMNS } from './graphql.queries';
import type { NodeProperties, SpeakerLink, StatementLinks } from './graphql.queries';

/**
 * cypher/graphql/statements-page.cypher and the forms the API sends it in. The file is the
 * general query an analyst pastes; a request sends only the filters it sets (see the file's
 * header for why), so the file's lines marked `// only if X` go only into the forms where X
 * holds, and the oldest-first forms have the lines marked `// direction` turned around. The
 * forms are few (34) and all declared, so a test EXPLAINs every one against Neo4j.
 */

export type PageOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

/** What decides the text of a page query: where it starts, the filters it carries, its order. */
export interface PageShape {
  actor: boolean;
  /** With an actor and no other filter: start from the date index, not from the actor. */
  actorByDate: boolean;
  speaker: boolean;
  topic: boolean;
  stance: boolean;
  order: PageOrder;
}

/** The conditions a line of the file can be marked with, and whether each holds for a shape. */
const CONDITIONS: Record<string, (shape: PageShape) => boolean> = {
  'from the actor': (shape) => shape.actor && !shape.actorByDate,
  'from the speaker': (shape) => shape.speaker && !shape.actor,
  'from the date index': (shape) => (!shape.actor && !shape.speaker) || shape.actorByDate,
  'actor, from the date index': (shape) => shape.actorByDate,
  'speaker and actor': (shape) => shape.speaker && shape.actor,
  topic: (shape) => shape.topic,
  stance: (shape) => shape.stance,
};

/** The mark at the end of a line of code (comment lines, the header, are kept as they are). */
const ONLY_IF = /^(?!\/\/)(.*?) *\/\/ only if (.*)$/;

/** The page query for one shape: the lines whose condition holds, in the shape's order. */
export function pageText(fileText: string, shape: PageShape): string {
  const lines: string[] = [];
  for (const line of fileText.split('\n')) {
    const mark = ONLY_IF.exec(line);
    if (mark === null) {
      lines.push(line);
      continue;
    }
    const [, code = '', condition = ''] = mark;
    const holds = CONDITIONS[condition];
    if (holds === undefined) throw new Error(`statements-page: no condition "${condition}"`);
    if (holds(shape)) lines.push(code);
  }
  const newestFirst = lines.join('\n');
  return shape.order === 'NEWEST_FIRST' ? newestFirst : turnedAround(newestFirst);
}

/**
 * Every shape: from the actor or not, each filter set or not, either order; and an actor
 * alone (no other filter) from the date index, either order.
 */
function everyShape(): PageShape[] {
  const shapes: PageShape[] = [];
  for (const actor of [false, true])
    for (const speaker of [false, true])
      for (const topic of [false, true])
        for (const stance of [false, true])
          for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const)
            shapes.push({ actor, actorByDate: false, speaker, topic, stance, order });
  for (const order of ['NEWEST_FIRST', 'OLDEST_FIRST'] as const)
    shapes.push({
      actor: true,
      actorByDate: true,
      speaker: false,
      topic: false,
      stance: false,
      order,
    });
  return shapes;
}

export const PAGE_SHAPES: readonly PageShape[] = everyShape();

export function shapeName(shape: PageShape): string {
  const filters = (['speaker', 'topic', 'stance'] as const).filter((name) => shape[name]);
  return [
    shape.actorByDate ? 'by actor, from the date index' : shape.actor ? 'by actor' : 'all actors',
    ...filters,
    shape.order === 'NEWEST_FIRST' ? 'newest first' : 'oldest first',
  ].join(', ');
}

/**
 * A stance as the page gives it: position, quote, stance, act, modality, target, and the
 * position's node when the `position` list is asked for (else null).
 */
export type StanceTuple = [
  string,
  string,
  string,
  string | null,
  string,
  string | null,
  NodeProperties | null,
];

/**
 * The lists a page can bring along, each named for the GraphQL field that needs it (the
 * `$lists` parameter): `speaker` brings the speakers (for `speaker` and `speakers`) and their nodes,
 * `onBehalfOf` the actors' ids and nodes, `position` and `quote` the nodes of the positions and
 * quotes the statements link to.
 */
export const PAGE_LISTS = [
  'speaker',
  'onBehalfOf',
  'topics',
  'respondsTo',
  'documents',
  'quotes',
  'stances',
  'supersededBy',
  'supersedes',
  'position',
  'quote',
] as const;
export type PageList = (typeof PAGE_LISTS)[number];

/**
 * A statement of the page with its links (as statement-links gives them, each with the node it
 * links to where a list of linked nodes is asked for: one read of each kind of relationship).
 */
export type StatementsPageRow = Omit<
  StatementLinks,
  'onBehalfOf' | 'speakers' | 'quotes' | 'stances'
> & {
  statement: NodeProperties;
  onBehalfOf: NodeProperties[];
  speakers: (SpeakerLink & { node: NodeProperties })[];
  quotes: (StatementLinks['quotes'][number] & { node: NodeProperties | null })[];
  stances: StanceTuple[];
};

export const statementsPage = queryForms<StatementsPageRow, PageShape>(
  'graphql/statements-page.cypher',
  { statement: true, ...LINK_LIST_COLUMNS, speakers: true },
  { shapes: PAGE_SHAPES, name: shapeName, text: pageText },
);
