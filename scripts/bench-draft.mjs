#!/usr/bin/env node
// Drafting quality: `diplograph draft` over the gold set (tests/fixtures/draft-gold), each
// article's draft against its hand coding. Prints precision, recall and F1 per field (speaker,
// date, on behalf of, quote spans, position type, stance, act, modality) and per stance
// (position — type and subjects — and stance together, same speaker, overlapping quote), for the
// subset the cues were written against (tune) and the one kept aside (held-out), then both.
//
//   npm run bench:draft            (builds first)
//   npm run bench:draft -- -v      every article too
//   npm run bench:draft -- --misses  the stances each article's draft misses or adds
//
// tests/unit/draft/gold-set.test.ts holds the same figures to thresholds, so a regression fails.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { GOLD_SUBSETS, runGoldSubset, scoreTable } = require('../dist/src/draft/evaluation/run.js');
const { sumScores } = require('../dist/src/draft/evaluation/evaluate.js');

const verbose = process.argv.includes('-v');
const misses = process.argv.includes('--misses');
const results = GOLD_SUBSETS.map((subset) => runGoldSubset(subset));
for (const result of results) {
  if (verbose) {
    for (const article of result.articles) {
      console.log(scoreTable(`${result.subset}/${article.name}`, article.scores));
    }
  }
  if (misses) {
    for (const article of result.articles) {
      if (!article.missed.length && !article.extra.length) continue;
      console.log(`${result.subset}/${article.name}`);
      for (const m of article.missed) console.log(`  missed ${m}`);
      for (const e of article.extra) console.log(`  extra  ${e}`);
    }
  }
  console.log(scoreTable(`${result.subset} (${result.articles.length} articles)`, result.total));
  console.log('');
}
const count = results.reduce((n, r) => n + r.articles.length, 0);
console.log(scoreTable(`all (${count} articles)`, sumScores(results.map((r) => r.total))));
