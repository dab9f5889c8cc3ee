import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/neo4j/plain-values';

describe('toPlain', () => {
  it('turns driver integers and temporals into numbers and ISO text, deep inside lists and maps', () => {
    const value = {
      count: neo4j.int(42),
      day: new neo4j.types.Date(2020, 10, 5),
      months: [['2020-10', 3, [neo4j.int(7)]]],
      nested: { at: new neo4j.types.LocalDateTime(2020, 10, 5, 11, 35, 0, 0), none: null },
      text: 'MATCH (n) DETACH DELETE n',
      flag: false,
    };
    expect(toPlain(value)).toEqual({
      count: 42,
      day: '2020-10-05',
      months: [['2020-10', 3, [7]]],
      nested: { at: '2020-10-05T11:35:00', none: null },
      text: 'MATCH (n) DETACH DELETE n',
      flag: false,
    });
    expect(toPlain(undefined)).toBeNull();
  });
});
