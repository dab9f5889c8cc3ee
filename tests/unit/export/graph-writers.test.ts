import { gexfWriter } from '../../../src/export/gexf';
import { attributeType, graphSchema, nodeOf, edgeOf } from '../../../src/export/graph-format';
import type { GraphWriter } from '../../../src/export/graph-format';
import { graphmlWriter } from '../../../src/export/graphml';
import { xmlAttribute, xmlText } from '../../../src/export/xml';
import { parseGexf, parseGraphml } from '../../support/graph-xml';

/** Text that needs every escape: markup, both quotes, an ampersand, line breaks, a tab. */
const ODD = 'Say "no" & <mean> it\'s\n\tover\r\nnow';

function written(writer: GraphWriter): string {
  const schema = graphSchema([
    { of: 'node', key: 'id', types: ['STRING NOT NULL'] },
    { of: 'node', key: 'name', types: ['STRING NOT NULL'] },
    { of: 'node', key: 'aliases', types: ['LIST<STRING NOT NULL> NOT NULL'] },
    { of: 'node', key: 'unMember', types: ['BOOLEAN NOT NULL'] },
    { of: 'edge', key: 'stance', types: ['STRING NOT NULL'] },
    { of: 'edge', key: 'ord', types: ['INTEGER NOT NULL'] },
  ]);
  const a = nodeOf({
    id: 'a&1',
    labels: ['Actor', 'State'],
    properties: { id: 'a&1', name: ODD, aliases: ['x', 'y,"z"'], unMember: true },
  });
  const b = nodeOf({
    id: 'b<2>',
    labels: ['Position'],
    properties: { id: 'b<2>', label: 'Ceasefire' },
  });
  const edge = edgeOf({
    source: 'a&1',
    target: 'b<2>',
    type: 'TAKES_STANCE',
    properties: { stance: 'SUPPORTS', ord: 0 },
    date: '2020-10-05',
  });
  return (
    writer.begin(schema) +
    writer.node(a) +
    writer.node(b) +
    writer.between() +
    writer.edge(edge, 0) +
    writer.end()
  );
}

describe('XML escaping', () => {
  it('escapes markup in text and, in attributes, quotes, line breaks and tabs too', () => {
    expect(xmlText('a < b & c > d\r')).toBe('a &lt; b &amp; c &gt; d&#13;');
    expect(xmlAttribute(ODD)).toBe(
      'Say &quot;no&quot; &amp; &lt;mean&gt; it&apos;s&#10;&#9;over&#13;&#10;now',
    );
  });

  it('replaces what XML 1.0 cannot hold (controls, lone surrogates) and keeps astral characters', () => {
    expect(xmlText('a\u0000b\u0007c\uD800d')).toBe('a\uFFFDb\uFFFDc\uFFFDd');
    expect(xmlAttribute('🕊️')).toBe('🕊️');
  });
});

describe('attribute types', () => {
  it('keeps integers long, mixed numbers double, booleans boolean, everything else string', () => {
    expect(attributeType(['INTEGER NOT NULL'])).toBe('long');
    expect(attributeType(['INTEGER NOT NULL', 'FLOAT NOT NULL'])).toBe('double');
    expect(attributeType(['BOOLEAN NOT NULL'])).toBe('boolean');
    expect(attributeType(['DATE NOT NULL'])).toBe('string');
    expect(attributeType(['INTEGER NOT NULL', 'STRING NOT NULL'])).toBe('string');
  });
});

const NODE_A = {
  labels: 'Actor:State',
  id: 'a&1',
  name: ODD,
  aliases: '["x","y,\\"z\\""]',
  unMember: 'true',
};
const EDGE = { type: 'TAKES_STANCE', date: '2020-10-05', stance: 'SUPPORTS', ord: '0' };

describe('GraphML', () => {
  it('parses back to the nodes, edges and values written, odd text intact', () => {
    const text = written(graphmlWriter());
    expect(text).toContain('for="node" attr.name="unMember" attr.type="boolean"');
    expect(text).toContain('for="edge" attr.name="ord" attr.type="long"');
    const graph = parseGraphml(text);
    expect(graph.nodes).toEqual([
      { id: 'a&1', values: { ...NODE_A, label: ODD } },
      { id: 'b<2>', values: { labels: 'Position', label: 'Ceasefire', id: 'b<2>' } },
    ]);
    expect(graph.edges).toEqual([{ id: 'e0', source: 'a&1', target: 'b<2>', values: EDGE }]);
  });
});

describe('GEXF', () => {
  it('parses back to the nodes with their labels, the edges with their type and values', () => {
    const text = written(gexfWriter());
    expect(text).toMatch(/<attribute id="\d+" title="unMember" type="boolean"\/>/);
    expect(text).toContain('kind="TAKES_STANCE" label="TAKES_STANCE"');
    const graph = parseGexf(text);
    expect(graph.nodes).toEqual([
      { id: 'a&1', values: { ...NODE_A, label: ODD } },
      { id: 'b<2>', values: { labels: 'Position', label: 'Ceasefire', id: 'b<2>' } },
    ]);
    expect(graph.edges).toEqual([{ id: '0', source: 'a&1', target: 'b<2>', values: EDGE }]);
  });
});
