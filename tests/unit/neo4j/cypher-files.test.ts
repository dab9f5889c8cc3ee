import { cypher, shaped, turnedAround } from '../../../src/neo4j/cypher-files';

describe('turnedAround', () => {
  it('turns the order and the cursor comparison of the marked lines only', () => {
    const text = [
      'MATCH (a)<-[:ON_BEHALF_OF]-(s) // not marked: arrows stay',
      'WHERE s.date < $d OR (s.date = $d AND s.id < $id) // direction',
      'WITH s WHERE s.n > 2',
      'ORDER BY s.date DESC, s.id DESC // direction',
    ].join('\n');
    expect(turnedAround(text).split('\n')).toEqual([
      'MATCH (a)<-[:ON_BEHALF_OF]-(s) // not marked: arrows stay',
      'WHERE s.date > $d OR (s.date = $d AND s.id > $id) // direction',
      'WITH s WHERE s.n > 2',
      'ORDER BY s.date ASC, s.id ASC // direction',
    ]);
    expect(turnedAround(turnedAround(text))).toBe(text);
  });

  it('refuses a query with no marked line', () => {
    expect(() => turnedAround('MATCH (n) RETURN n ORDER BY n.id DESC')).toThrow(/no line/);
  });

  it('turns the statements page query around on exactly its cursor and its order', () => {
    const newest = cypher('graphql/statements-page.cypher').split('\n');
    const oldest = turnedAround(newest.join('\n')).split('\n');
    const changed = oldest.filter((line, i) => line !== newest[i]);
    expect(changed).toEqual([
      '    OR s.date > date($afterDate) OR (s.date = date($afterDate) AND s.id > $afterId)) // direction',
      'ORDER BY s.date ASC, s.id ASC // direction',
    ]);
  });
});

describe('shaped', () => {
  const text = [
    'MATCH (s:Statement) // when all',
    'MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement) // when actor',
    'WHERE s.status IS NULL',
    '  AND ($topic IS NULL OR EXISTS { (s)-[:CONCERNS]->(:Topic {id: $topic}) }) // when topic',
    'RETURN {',
    '  topics: [(s)-[:CONCERNS]->(t:Topic) | t.id], // when topics',
    '  quotes: [(s)-[:QUOTES]->(q:Quote) | q.id] // when quotes',
    '} AS links',
  ].join('\n');

  it('keeps a marked line, unmarked, only when its condition holds', () => {
    expect(shaped(text, (name) => name === 'actor' || name === 'topics').split('\n')).toEqual([
      'MATCH (:Actor {id: $actor})<-[:ON_BEHALF_OF]-(s:Statement)',
      'WHERE s.status IS NULL',
      'RETURN {',
      '  topics: [(s)-[:CONCERNS]->(t:Topic) | t.id]',
      '} AS links',
    ]);
  });

  it('keeps every line when every condition holds, and none of the marked ones when none does', () => {
    expect(shaped(text, () => true)).toBe(text.replace(/ \/\/ when [a-z]+/g, ''));
    expect(shaped(text, () => false)).not.toMatch(/MATCH \(s|topic|quotes|,/);
  });

  it('shapes the statements page to a plain MATCH from the actor, with the lists asked for', () => {
    const page = shaped(
      cypher('graphql/statements-page.cypher'),
      (name) => name === 'actor' || name === 'stances',
    )
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n');
    expect(page).not.toMatch(/CALL|UNION|\$speaker|\$topic|\$stanceFilter|onBehalfOf|\/\/ when/);
    expect(page).toMatch(
      /^ *MATCH \(:Actor \{id: \$actor\}\)<-\[:ON_BEHALF_OF\]-\(s:Statement\)$/m,
    );
    expect(page).toMatch(/stances: \[\(s\)-\[r:TAKES_STANCE\]->/);
  });
});

describe('the statements page, shaped every way', () => {
  const lists = ['speaker', 'onBehalfOf', 'topics', 'respondsTo', 'documents', 'quotes'].concat([
    'stances',
    'supersededBy',
    'position',
    'quote',
  ]);
  const filters = ['speaker filter', 'topic filter', 'stance filter'];

  /** Brackets balanced and no separator left before a closing one. */
  const wellFormed = (text: string): boolean => {
    const code = text
      .split('\n')
      .filter((line) => !line.startsWith('//'))
      .join('\n')
      .replace(/\/\/.*$/gm, '');
    const open: string[] = [];
    for (const c of code) {
      if ('([{'.includes(c)) open.push(c);
      else if (')]}'.includes(c) && open.pop() !== '([{'[')]}'.indexOf(c)]) return false;
    }
    return open.length === 0 && !/,\s*[}\])]/.test(code);
  };

  it('is well formed for every set of lists, filters and start', () => {
    const page = cypher('graphql/statements-page.cypher');
    for (let mask = 0; mask < 1 << lists.length; mask++) {
      const asked = new Set(lists.filter((_, i) => mask & (1 << i)));
      const start = mask % 2 === 0 ? 'actor' : 'no actor';
      const filter = filters[mask % 4];
      const text = shaped(page, (name) => name === start || name === filter || asked.has(name));
      expect(wellFormed(text)).toBe(true);
    }
    expect(wellFormed('RETURN {a: 1,\n}')).toBe(false);
  });
});
