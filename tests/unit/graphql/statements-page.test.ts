import { listsAsked, pageShape } from '../../../src/graphql/resolvers/statement-page';
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
  it('are 32, each with its own name and text, none with a mark left', () => {
    expect(PAGE_SHAPES).toHaveLength(32);
    expect(new Set(PAGE_SHAPES.map(shapeName)).size).toBe(32);
    const texts = PAGE_SHAPES.map((shape) => statementsPage.form(shape).text());
    expect(new Set(texts).size).toBe(32);
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

  it('refuses a line marked with a condition it does not know', () => {
    const shape = PAGE_SHAPES[0]!;
    expect(() => pageText('MATCH (n) // only if whatever\nRETURN n', shape)).toThrow(/whatever/);
  });
});

describe('the form a request needs', () => {
  it('starts from the actor when one is given and carries the filters set, no others', () => {
    expect(pageShape({ actor: 'IRN', act: 'CALLS_FOR' }, 'OLDEST_FIRST')).toEqual({
      actor: true,
      speaker: false,
      topic: false,
      stance: true,
      order: 'OLDEST_FIRST',
    });
    expect(shapeName(pageShape({ topic: 't', from: new Date(0) }, 'NEWEST_FIRST'))).toBe(
      'all actors, topic, newest first',
    );
  });

  it('asks for every list when there is no operation to look ahead into', () => {
    expect(Object.values(listsAsked(undefined))).toEqual(PAGE_LISTS.map(() => true));
  });
});
