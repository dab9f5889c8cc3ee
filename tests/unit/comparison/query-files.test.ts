import { readdirSync, readFileSync } from 'node:fs';
import { fromRoot } from '../../../src/config/paths';

/**
 * cypher/queries is for analysts as much as for the code: each file must say what it answers
 * and which parameters it takes, and give a `:param` line for each, so that pasting the lines
 * into Neo4j Browser runs it as is.
 */
const DIR = fromRoot('cypher', 'queries');
const files = readdirSync(DIR).filter((name) => name.endsWith('.cypher'));

function parts(text: string) {
  const lines = text.split('\n');
  const firstCode = lines.findIndex((line) => !line.startsWith('//'));
  const header = lines.slice(0, firstCode === -1 ? lines.length : firstCode);
  const body = lines.slice(header.length).join('\n');
  const used = new Set([...body.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!));
  const declared = new Set(
    [...header.join('\n').matchAll(/^\/\/\s+:param (\w+) =>/gm)].map((m) => m[1]!),
  );
  return { header, body, used, declared };
}

describe('cypher/queries', () => {
  it('holds the comparison queries', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'stance-observations.cypher',
        'comparison-positions.cypher',
        'red-lines.cypher',
        'red-line-declarations.cypher',
        'peace-plans.cypher',
      ]),
    );
  });

  it.each(files)('%s starts with what it answers and its parameters', (file) => {
    const { header, used, declared } = parts(readFileSync(`${DIR}/${file}`, 'utf8'));
    expect(header.length).toBeGreaterThan(0);
    expect(header[0]).toMatch(/^\/\/ [A-Z].*/);
    const text = header.join('\n');
    if (used.size === 0) {
      expect(text).toMatch(/No parameters\./);
      return;
    }
    expect(text).toMatch(/Params:/);
    for (const name of used) expect(text).toContain(`$${name}`);
    // Every parameter has a :param line to paste, and no :param line is left over.
    expect([...declared].sort()).toEqual([...used].sort());
  });
});
