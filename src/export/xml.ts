/**
 * Text for XML 1.0, escaped by hand because the exports stream: no DOM is ever built.
 * Characters XML 1.0 cannot hold at all (control characters other than tab, line feed and
 * carriage return; lone surrogates; U+FFFE, U+FFFF) become U+FFFD, as no escape can carry them.
 */

const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const TEXT_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

/** Element content. A carriage return is escaped, else parsers normalise it to a line feed. */
export function xmlText(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** An attribute value (in double quotes). Line breaks and tabs are escaped, else they become spaces. */
export function xmlAttribute(value: string): string {
  return value.replace(FORBIDDEN, '\uFFFD').replace(/[&<>"'\r\n\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
}

/** `name="value"` pairs, escaped, in the order given; null values left out. */
export function attributes(pairs: Record<string, string | null>): string {
  return Object.entries(pairs)
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`)
    .join('');
}
