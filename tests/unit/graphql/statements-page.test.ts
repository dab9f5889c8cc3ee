import { readsFewerFromDate } from '../../../src/graphql/actor-shares';
import { listsAsked, pageShape } from '../../../src/graphql/resolvers/statement-page';
import type { StatementFilter } from '../../../src/graphql/types/inputs';
import { cypher } from '../../../src/neo4j/cypher-files';
import {
  PAGE_LISTS,
  PAGE_SHAPES,
  pageText,
  shapeName,
  statementsPage,
} from '../../../src/graphql/statements-page.queries';
import type { PageShape } from '../../../src/graphql/statements-page.queries';

const named = (name: string): PageShape => {
  const shape = PAGE_SHAPES.find((s) => shapeName(s) === name);
  if (shape === undefined) throw new Error(`no shape ${name}`);
  return shape;
};

const file = cypher('graphql/statements-page.cypher');
const code = (text: string) =>
  text
    .split('\n')
    .filter((line) => !line.startsWith('//'))
    .join('\n');

describe('the forms of the statements page', () => {
  it('are 34, each with its own name and text, none with a mark left', () => {
    expect(PAGE_SHAPES).toHaveLength(34);
    expect(new Set(PAGE_SHAPES.map(shapeName)).size).toBe(34);
    const texts = PAGE_SHAPES.map((shape) => statementsPage.form(shape).text());
    expect(new Set(texts).size).toBe(34);
    for (const text of texts) expect(code(text)).not.toMatch(/only if/);
  });

  it('start from the actor with a plain MATCH and carry only the filters a request sets', () => {
    const page = code(pageText(file, named('by actor, topic, newest first')));
    expect(page).not.toMatch(/CALL|UNION|\$speaker|\$stanceFilter|MATCH \(s:Statement\)/);
    expect(page).toMatch(/^MATCH \(:Actor \{id: \$actor\}\)<-\[:ON_BEHALF_OF\]-\(s:Statement\)$/m);
    expect(page).toMatch(/\$topic/);
    expect(page).toMatch(/ORDER BY s.date DESC, s.id DESC/);
  });

  it('start from every statement without an actor or speaker, and turn the order around oldest first', () => {
    const page = code(pageText(file, named('all actors, topic, stance, oldest first')));
    expect(page).toMatch(/^MATCH \(s:Statement\)$/m);
    expect(page).not.toMatch(/\$actor|\$speaker/);
    expect(page).toMatch(/\$topic[\s\S]*\$stanceFilter[\s\S]*\$modality/);
    expect(page).toMatch(/ORDER BY s.date ASC, s.id ASC/);
  });

  it('start from the speaker without an actor, and check the speaker when starting from the actor', () => {
    const bySpeaker = code(pageText(file, named('all actors, speaker, stance, newest first')));
    expect(bySpeaker).toMatch(/^MATCH \(:Actor \{id: \$speaker\}\)-\[:MADE\]->\(s:Statement\)$/m);
    expect(bySpeaker).not.toMatch(/\$actor|EXISTS \{ \(:Actor|MATCH \(s:Statement\)/);
    const both = code(pageText(file, named('by actor, speaker, newest first')));
    expect(both).toMatch(/^MATCH \(:Actor \{id: \$actor\}\)<-\[:ON_BEHALF_OF\]-\(s:Statement\)$/m);
    expect(both).toMatch(/EXISTS \{ \(:Actor \{id: \$speaker\}\)-\[:MADE\]->\(s\) \}/);
    expect(both).not.toMatch(/-\[:MADE\]->\(s:Statement\)/);
  });

  it("start a dense actor's page from the date index, checking each statement for the actor", () => {
    const page = code(pageText(file, named('by actor, from the date index, newest first')));
    expect(page).toMatch(/^MATCH \(s:Statement\)$/m);
    expect(page).toMatch(/EXISTS \{ \(s\)-\[:ON_BEHALF_OF\]->\(:Actor \{id: \$actor\}\) \}/);
    expect(page).not.toMatch(
      /\$speaker|\$topic|\$stanceFilter|<-\[:ON_BEHALF_OF\]-\(s:Statement\)/,
    );
    const oldest = code(pageText(file, named('by actor, from the date index, oldest first')));
    expect(oldest).toMatch(/ORDER BY s.date ASC, s.id ASC/);
  });

  it('refuses a line marked with a condition it does not know', () => {
    const shape = PAGE_SHAPES[0]!;
    expect(() => pageText('MATCH (n) // only if whatever\nRETURN n', shape)).toThrow(/whatever/);
  });
});

describe('the form a request needs', () => {
  it('starts from the actor when one is given and carries the filters set, no others', () => {
    expect(pageShape({ actor: 'IRN', act: 'CALLS_FOR' }, 'OLDEST_FIRST')).toEqual({
      actor: true,
      actorByDate: false,
      speaker: false,
      topic: false,
      stance: true,
      order: 'OLDEST_FIRST',
    });
    expect(shapeName(pageShape({ topic: 't', from: new Date(0) }, 'NEWEST_FIRST'))).toBe(
      'all actors, topic, newest first',
    );
  });

  it('starts from the date index for an actor alone who speaks in a large share', () => {
    const asked: string[] = [];
    const counts = (statements: number) => ({
      shareOf: (actor: string) => {
        asked.push(actor);
        return { statements, total: 100_000 };
      },
      limit: 21,
    });
    const byDate = (filter: StatementFilter, statements?: number) =>
      pageShape(filter, 'NEWEST_FIRST', statements === undefined ? undefined : counts(statements))
        .actorByDate;
    expect(byDate({ actor: 'RUS', from: new Date(0) }, 6_000)).toBe(true);
    expect(byDate({ actor: 'IRN' }, 2_000)).toBe(false);
    expect(asked).toEqual(['RUS', 'IRN']);
    // Not counted yet: from the actor, whose cost is bounded by its statements.
    expect(byDate({ actor: 'RUS' })).toBe(false);
    expect(
      pageShape({ actor: 'RUS' }, 'NEWEST_FIRST', { shareOf: () => undefined, limit: 21 })
        .actorByDate,
    ).toBe(false);
    // Another filter makes the actor's statements that match rarer: from the actor, uncounted.
    expect(byDate({ actor: 'RUS', topic: 't' }, 6_000)).toBe(false);
    expect(byDate({ actor: 'RUS', speaker: 'p' }, 6_000)).toBe(false);
    expect(byDate({ actor: 'RUS', stance: 'SUPPORTS' }, 6_000)).toBe(false);
    expect(byDate({ speaker: 'p' }, 6_000)).toBe(false);
    expect(asked).toEqual(['RUS', 'IRN']);
  });

  it('meets the two starts at statements² = 5 × limit × total', () => {
    // √(5 × 21 × 100,000) ≈ 3,240.
    expect(readsFewerFromDate({ statements: 3_200, total: 100_000 }, 21)).toBe(false);
    expect(readsFewerFromDate({ statements: 3_300, total: 100_000 }, 21)).toBe(true);
    expect(readsFewerFromDate({ statements: 3_300, total: 100_000 }, 101)).toBe(false);
  });

  it('asks for every list when there is no operation to look ahead into', () => {
    expect(Object.values(listsAsked(undefined))).toEqual(PAGE_LISTS.map(() => true));
  });
});
