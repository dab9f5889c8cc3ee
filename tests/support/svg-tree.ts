/**
 * A strict reader of the SVG that ECharts writes: elements, double-quoted attributes, text,
 * CDATA (its style sheet) and nothing else. Anything it cannot read (an unquoted or badly quoted attribute, a stray `<`, an
 * unclosed or mismatched tag) throws, which is what "parses as SVG" means in the tests: a
 * browser's XML parser refuses the same things.
 */

export interface SvgElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: SvgElement[];
  text: string;
}

const TAG = /^<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/;
const ATTRIBUTE = /([\w:.-]+)="([^"<]*)"/g;

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseSvg(source: string): SvgElement {
  const root: SvgElement = { name: '#document', attributes: {}, children: [], text: '' };
  const stack: SvgElement[] = [root];
  let rest = source.replace(/^<\?xml[^>]*\?>\s*/, '');
  while (rest.length > 0) {
    const at = rest.indexOf('<');
    const text = at === -1 ? rest : rest.slice(0, at);
    if (text.includes('>') && !/^[^<]*$/.test(text)) throw new Error(`stray text: ${text}`);
    stack[stack.length - 1]!.text += decode(text);
    if (at === -1) break;
    rest = rest.slice(at);
    if (rest.startsWith('<![CDATA[')) {
      const end = rest.indexOf(']]>');
      if (end === -1) throw new Error('unclosed CDATA section');
      stack[stack.length - 1]!.text += rest.slice('<![CDATA['.length, end);
      rest = rest.slice(end + 3);
      continue;
    }
    const tag = TAG.exec(rest);
    if (tag === null) throw new Error(`not a well-formed tag at: ${rest.slice(0, 80)}`);
    const [whole, closing, name, attributeText, selfClosing] = tag;
    rest = rest.slice(whole.length);
    if (closing === '/') {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      if (key! in attributes) throw new Error(`attribute ${key} twice on <${name}>`);
      attributes[key!] = decode(value!);
    }
    const element: SvgElement = { name: name!, attributes, children: [], text: '' };
    stack[stack.length - 1]!.children.push(element);
    if (selfClosing !== '/') stack.push(element);
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1]!.name}> is not closed`);
  const [svg, ...others] = root.children;
  if (svg?.name !== 'svg' || others.length > 0) throw new Error('expected one <svg> root');
  return svg;
}

/** Every element below `element` (itself included), depth first. */
export function descendants(element: SvgElement): SvgElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/** The text of every <text> element, trimmed. */
export function texts(element: SvgElement): string[] {
  return descendants(element)
    .filter((e) => e.name === 'text')
    .map((e) => e.text.trim());
}
