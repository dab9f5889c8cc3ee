import { XMLParser } from 'fast-xml-parser';

/** GraphML and GEXF read back by an XML parser that knows neither, for the export tests. */
export const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (&#10;) decoded, as any XML parser does.
  htmlEntities: true,
  // Elements that may repeat, always as lists; never the attributes (GraphML's data has a `key`).
  isArray: (name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) =>
    !isAttribute &&
    ['key', 'node', 'edge', 'data', 'attribute', 'attvalue', 'attributes'].includes(name),
});

/** A node or edge with its attributes by name, whichever format it came from. */
export interface ParsedElement {
  id: string;
  source?: string;
  target?: string;
  values: Record<string, string>;
}

export interface ParsedGraph {
  nodes: ParsedElement[];
  edges: ParsedElement[];
}

interface RawGraphml {
  graphml: {
    key?: { id: string; 'attr.name': string }[];
    graph: {
      node?: (Omit<ParsedElement, 'values'> & { data?: { key: string; '#text'?: string }[] })[];
      edge?: (Omit<ParsedElement, 'values'> & { data?: { key: string; '#text'?: string }[] })[];
    };
  };
}

export function parseGraphml(text: string): ParsedGraph {
  const doc: RawGraphml = xmlParser.parse(text);
  const names = new Map((doc.graphml.key ?? []).map((key) => [key.id, key['attr.name']]));
  const element = ({
    data,
    ...rest
  }: Omit<ParsedElement, 'values'> & { data?: { key: string; '#text'?: string }[] }) => ({
    ...rest,
    values: Object.fromEntries(
      (data ?? []).map((d) => [names.get(d.key) ?? d.key, d['#text'] ?? '']),
    ),
  });
  return {
    nodes: (doc.graphml.graph.node ?? []).map(element),
    edges: (doc.graphml.graph.edge ?? []).map(element),
  };
}

type RawGexfElement = Omit<ParsedElement, 'values'> & {
  label?: string;
  kind?: string;
  attvalues?: { attvalue: { for: string; value: string }[] };
};

interface RawGexf {
  gexf: {
    graph: {
      attributes: { class: string; attribute?: { id: string; title: string }[] }[];
      nodes: '' | { node: RawGexfElement[] };
      edges: '' | { edge: RawGexfElement[] };
    };
  };
}

export function parseGexf(text: string): ParsedGraph {
  const { graph } = (xmlParser.parse(text) as RawGexf).gexf;
  const titles = (of: string) =>
    new Map(
      (graph.attributes.find((a) => a.class === of)?.attribute ?? []).map((a) => [a.id, a.title]),
    );
  const element =
    (of: string) =>
    ({ attvalues, label, kind: _kind, ...rest }: RawGexfElement): ParsedElement => {
      const names = titles(of);
      const values = Object.fromEntries(
        (attvalues?.attvalue ?? []).map((v) => [names.get(v.for) ?? v.for, v.value]),
      );
      if (label !== undefined && of === 'node') values.label = label;
      return { ...rest, values };
    };
  return {
    nodes: graph.nodes === '' ? [] : graph.nodes.node.map(element('node')),
    edges: graph.edges === '' ? [] : graph.edges.edge.map(element('edge')),
  };
}

/** How many of each: node labels (a node counts under each of its labels), edge types. */
export function countsOf(graph: ParsedGraph): {
  labels: Record<string, number>;
  types: Record<string, number>;
} {
  const labels: Record<string, number> = {};
  for (const node of graph.nodes) {
    for (const label of (node.values.labels ?? '').split(':'))
      labels[label] = (labels[label] ?? 0) + 1;
  }
  const types: Record<string, number> = {};
  for (const edge of graph.edges) {
    const type = edge.values.type ?? '';
    types[type] = (types[type] ?? 0) + 1;
  }
  return { labels, types };
}
