import path from 'node:path';
import { fromRoot } from '../../config/paths';
import { directoryOf } from '../directory';
import type { Directory } from '../directory';
import { draftText } from '../draft';
import { evaluate, f1, FIELDS, precision, recall, sumScores, unmatched } from './evaluate';
import type { Scores } from './evaluate';
import { readCoding, readGoldSet } from './gold';

export const GOLD_DIR = fromRoot('tests', 'fixtures', 'draft-gold');
/**
 * The subset the cues were written against; the one kept aside to see if they generalise (its
 * misses were then studied, so it is held out no longer in the strict sense); and the articles
 * written after that work, coded by hand and never drafted before their coding was final.
 */
export const GOLD_SUBSETS = ['tune', 'held-out', 'held-out-new'] as const;

/** The graph the gold set's drafts see: the seed and the gold set's known actors and places. */
export function goldDirectory(): Directory {
  return directoryOf([
    readCoding(fromRoot('data', 'seed', 'presstv-2020-10-05-iran-karabakh-plan.yaml')),
    readCoding(path.join(GOLD_DIR, 'known.yaml')),
  ]);
}

export interface SubsetResult {
  subset: string;
  articles: { name: string; scores: Scores; missed: string[]; extra: string[] }[];
  total: Scores;
}

export function runGoldSubset(subset: string, directory = goldDirectory()): SubsetResult {
  const articles = readGoldSet(path.join(GOLD_DIR, subset)).map((article) => {
    const draft = draftText(article.input, directory);
    return {
      name: article.name,
      scores: evaluate(draft, article.coding),
      ...unmatched(draft, article.coding),
    };
  });
  return { subset, articles, total: sumScores(articles.map((a) => a.scores)) };
}

const pct = (x: number) => x.toFixed(2).padStart(5);

/** The table `npm run bench:draft` prints: P, R, F1 and counts per field. */
export function scoreTable(title: string, scores: Scores): string {
  const rows = FIELDS.map((field) => {
    const t = scores[field];
    return `  ${field.padEnd(13)} P ${pct(precision(t))}  R ${pct(recall(t))}  F1 ${pct(f1(t))}   (${t.right} right, ${t.drafted} drafted, ${t.coded} coded)`;
  });
  return [title, ...rows].join('\n');
}
