/**
 * The plain text a draft works on. Every offset in a draft (quotes, evidence) is a character
 * offset into this text: for plain-text input that is the input itself (line ends made \n), for
 * HTML the text of its body as `plainText` returns it (`draft --text-out` writes it).
 */
export interface PlainText {
  text: string;
  /** The HTML <title> and og:site_name, when the input was HTML. */
  htmlTitle?: string;
  htmlSiteName?: string;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
};

export function looksLikeHtml(input: string): boolean {
  return /^\s*(?:<!doctype html|<html|<body|<article|<p[\s>]|<div[\s>])/i.test(input);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function htmlText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  const text = body
    .replace(/<(script|style|nav|footer|aside|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(
      /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|tr|time)\b[^>]*>/gi,
      '\n\n',
    )
    .replace(/<[^>]+>/g, '');
  return decodeEntities(text)
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The text of the input, plain text as it is, HTML without its markup. */
export function plainText(input: string): PlainText {
  const normalised = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!looksLikeHtml(normalised)) return { text: normalised };
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(normalised)?.[1];
  const site = /<meta[^>]+property=["']og:site_name["'][^>]+content=["']([^"']+)["']/i.exec(
    normalised,
  )?.[1];
  return {
    text: htmlText(normalised),
    ...(title ? { htmlTitle: decodeEntities(title).trim() } : {}),
    ...(site ? { htmlSiteName: decodeEntities(site).trim() } : {}),
  };
}
