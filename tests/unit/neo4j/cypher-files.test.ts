import { cypher, turnedAround } from '../../../src/neo4j/cypher-files';

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
