import { valueText } from './graph-format';
import type { Attribute, GraphEdge, GraphNode, GraphSchema, GraphWriter } from './graph-format';
import { attributes, xmlText } from './xml';

/**
 * GraphML (http://graphml.graphdrawing.org/), as Gephi, yEd, Cytoscape and networkx read it: a
 * `<key>` per attribute, then the nodes and the directed edges, each attribute a `<data>`.
 */

const keyId = (kind: 'n' | 'e', index: number) => `${kind}${index}`;

function dataOf(
  declared: readonly Attribute[],
  kind: 'n' | 'e',
  values: Readonly<Record<string, unknown>>,
): string {
  let text = '';
  declared.forEach((attribute, index) => {
    const value = valueText(values[attribute.name]);
    if (value !== null) text += `<data key="${keyId(kind, index)}">${xmlText(value)}</data>`;
  });
  return text;
}

export function graphmlWriter(): GraphWriter {
  let schema: GraphSchema = { node: [], edge: [] };
  return {
    begin(declared) {
      schema = declared;
      const keys = (kind: 'n' | 'e', of: 'node' | 'edge', list: readonly Attribute[]) =>
        list.map(
          (attribute, index) =>
            `  <key${attributes({
              id: keyId(kind, index),
              for: of,
              'attr.name': attribute.name,
              'attr.type': attribute.type,
            })}/>\n`,
        );
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
        ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
        keys('n', 'node', declared.node).join('') +
        keys('e', 'edge', declared.edge).join('') +
        '  <graph id="diplograph" edgedefault="directed">\n'
      );
    },
    node(node: GraphNode) {
      return `    <node${attributes({ id: node.id })}>${dataOf(schema.node, 'n', node.values)}</node>\n`;
    },
    between: () => '',
    edge(edge: GraphEdge, index: number) {
      const ends = attributes({ id: `e${index}`, source: edge.source, target: edge.target });
      return `    <edge${ends}>${dataOf(schema.edge, 'e', edge.values)}</edge>\n`;
    },
    end: () => '  </graph>\n</graphml>\n',
  };
}
