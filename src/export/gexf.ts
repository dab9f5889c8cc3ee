import { valueText } from './graph-format';
import type { Attribute, GraphEdge, GraphNode, GraphSchema, GraphWriter } from './graph-format';
import { attributes, xmlText } from './xml';

/**
 * GEXF 1.3 (https://gexf.net), Gephi's own format: attributes declared per class, the nodes with
 * the label Gephi shows, then the edges, each with its relationship type as `kind` and `label`
 * (so that parallel edges of different types stay apart) and its attributes as `<attvalue>`s.
 */

/** `label` is the node's own GEXF label; the rest are attributes. */
const OWN = new Set(['label']);

function attributeDeclarations(of: 'node' | 'edge', list: readonly Attribute[]): string {
  const declared = list
    .map((attribute, index) => ({ attribute, index }))
    .filter(({ attribute }) => !(of === 'node' && OWN.has(attribute.name)))
    .map(
      ({ attribute, index }) =>
        `      <attribute${attributes({ id: String(index), title: attribute.name, type: attribute.type })}/>\n`,
    );
  return `    <attributes class="${of}">\n${declared.join('')}    </attributes>\n`;
}

function attributeValues(
  declared: readonly Attribute[],
  values: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string>,
): string {
  let text = '';
  declared.forEach((attribute, index) => {
    if (skip.has(attribute.name)) return;
    const value = valueText(values[attribute.name]);
    if (value !== null) text += `<attvalue${attributes({ for: String(index), value })}/>`;
  });
  return text === '' ? '' : `<attvalues>${text}</attvalues>`;
}

const NONE: ReadonlySet<string> = new Set();

export function gexfWriter(): GraphWriter {
  let schema: GraphSchema = { node: [], edge: [] };
  return {
    begin(declared) {
      schema = declared;
      return (
        '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n' +
        `  <meta><creator>${xmlText('diplograph')}</creator></meta>\n` +
        '  <graph defaultedgetype="directed" mode="static">\n' +
        attributeDeclarations('node', declared.node) +
        attributeDeclarations('edge', declared.edge) +
        '    <nodes>\n'
      );
    },
    node(node: GraphNode) {
      const label = valueText(node.values.label) ?? node.id;
      const values = attributeValues(schema.node, node.values, OWN);
      return `      <node${attributes({ id: node.id, label })}>${values}</node>\n`;
    },
    between: () => '    </nodes>\n    <edges>\n',
    edge(edge: GraphEdge, index: number) {
      const head = attributes({
        id: String(index),
        source: edge.source,
        target: edge.target,
        kind: edge.type,
        label: edge.type,
      });
      return `      <edge${head}>${attributeValues(schema.edge, edge.values, NONE)}</edge>\n`;
    },
    end: () => '    </edges>\n  </graph>\n</gexf>\n',
  };
}
