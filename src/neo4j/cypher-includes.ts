/**
 * `// include <file under cypher/>` on a line of its own: the lines of that query below its line
 * `// ---- included from here…` go in its place. Two texts then run the very same Cypher instead
 * of copies that drift apart: migration 005 counts with the query status changes count with, and
 * that query adds to the month summaries with the query ingestion adds with.
 */
const INCLUDE = /^[ \t]*\/\/ include (\S+\.cypher)[ \t]*$/gm;
const INCLUDED_FROM = /^\/\/ ---- included from here.*$/m;

/**
 * `text` with its include lines replaced; `read` gives an included file's text (itself already
 * expanded), `noMark` the error for an included file without the mark.
 */
export function expandIncludes(
  text: string,
  read: (included: string) => string,
  noMark: (included: string) => Error,
): string {
  return text.replace(INCLUDE, (_line, included: string) => {
    const source = read(included);
    const mark = INCLUDED_FROM.exec(source);
    if (!mark) throw noMark(included);
    return source.slice(mark.index + mark[0].length).trim();
  });
}
