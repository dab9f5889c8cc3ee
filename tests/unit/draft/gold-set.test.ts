import { precision, recall, sumScores } from '../../../src/draft/evaluation/evaluate';
import { goldDirectory, runGoldSubset } from '../../../src/draft/evaluation/run';

/**
 * The gold set (tests/fixtures/draft-gold, `npm run bench:draft`) as a regression test. The
 * thresholds sit just under what the draft reaches today (docs/drafting.md has the figures): the
 * tune subset is what the cues were written against, the held-out subset was written at the same
 * time and never used to change them, so its recall says how far the cues generalise.
 */
describe('the draft against the gold set', () => {
  const directory = goldDirectory();
  const tune = runGoldSubset('tune', directory);
  const heldOut = runGoldSubset('held-out', directory);

  it('holds at least 15 articles with their hand coding', () => {
    expect(tune.articles.length + heldOut.articles.length).toBeGreaterThanOrEqual(15);
    expect(heldOut.articles.length).toBeGreaterThanOrEqual(5);
  });

  it('reaches stance-level precision 0.8 and recall 0.7 on the tune subset', () => {
    expect(precision(tune.total.perStance)).toBeGreaterThanOrEqual(0.8);
    expect(recall(tune.total.perStance)).toBeGreaterThanOrEqual(0.7);
  });

  it('keeps stance-level precision on the held-out subset, its recall above 0.4', () => {
    expect(precision(heldOut.total.perStance)).toBeGreaterThanOrEqual(0.8);
    expect(recall(heldOut.total.perStance)).toBeGreaterThanOrEqual(0.4);
  });

  it('finds speakers, dates and the states spoken for across the whole set', () => {
    const all = sumScores([tune.total, heldOut.total]);
    for (const field of ['speaker', 'date', 'onBehalfOf'] as const) {
      expect(precision(all[field])).toBeGreaterThanOrEqual(0.9);
      expect(recall(all[field])).toBeGreaterThanOrEqual(0.9);
    }
    expect(recall(all.quoteSpans)).toBeGreaterThanOrEqual(0.8);
  });
});
