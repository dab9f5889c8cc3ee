import * as chrono from 'chrono-node';
import type { PlainText } from './text';

/** What the head of an article says about it. */
export interface ArticleHead {
  title: string | undefined;
  outlet: string | undefined;
  /** YYYY-MM-DD, from the dateline. */
  date: string | undefined;
  /** YYYY-MM-DDTHH:MM:SS (zone unknown) when the dateline gives the time, else 'unknown'. */
  publishedAt: string;
}

const HEAD_LINES = 12;
const pad = (n: number) => String(n).padStart(2, '0');

/** A full date (day, month and year all written) in the line, with its time when written. */
export function datelineDate(line: string): { date: string; time?: string } | undefined {
  for (const result of chrono.parse(line)) {
    const { start } = result;
    if (!start.isCertain('day') || !start.isCertain('month') || !start.isCertain('year')) continue;
    const date = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
    if (!start.isCertain('hour')) return { date };
    return { date, time: `${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}:00` };
  }
  return undefined;
}

const isShortName = (line: string) =>
  line.split(/\s+/).length <= 8 && !/[.!?:]$/.test(line) && !/\d/.test(line);

/**
 * Title, outlet and date from the head of the article: the dateline is the first line with a
 * full date; the outlet a short line next to it (or "(Reuters)" in a wire dateline, or the HTML's
 * site name); the title the line before them.
 */
export function articleHead(plain: PlainText): ArticleHead {
  const lines = plain.text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, HEAD_LINES);
  const at = lines.findIndex((line) => datelineDate(line) !== undefined);
  const found = at >= 0 ? datelineDate(lines[at]!) : undefined;
  let outlet = plain.htmlSiteName;
  let titleAt = at - 1;
  // A name line between the title and the dateline is the outlet; alone before it, the title.
  if (!outlet && at > 1 && isShortName(lines[at - 1]!)) {
    outlet = lines[at - 1];
    titleAt = at - 2;
  } else if (!outlet && lines[at + 1] && isShortName(lines[at + 1]!)) outlet = lines[at + 1];
  outlet ??= /\(([A-Z][\w .]{1,30})\)\s*[-\u2013\u2014]/.exec(plain.text.slice(0, 2000))?.[1];
  const title = plain.htmlTitle ?? (titleAt >= 0 ? lines[titleAt] : lines[0]);
  return {
    title,
    outlet,
    date: found?.date,
    publishedAt: found?.time ? `${found.date}T${found.time}` : 'unknown',
  };
}

/**
 * The date a sentence gives for what it reports ("on Monday", "on 3 October"), read against the
 * article's date and never after it; else the article's date.
 */
export function statementDate(
  sentence: string,
  articleDate: string | undefined,
): string | undefined {
  if (!articleDate) return undefined;
  const reference = new Date(`${articleDate}T12:00:00Z`);
  for (const result of chrono.parse(sentence, reference, { forwardDate: false })) {
    const { start } = result;
    if (!start.isCertain('day') && !start.isCertain('weekday')) continue;
    const date = `${start.get('year')}-${pad(start.get('month')!)}-${pad(start.get('day')!)}`;
    if (date <= articleDate) return date;
  }
  return articleDate;
}
