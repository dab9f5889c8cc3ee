import { precision, recall, sumScores } from '../../../src/draft/evaluation/evaluate';
import { goldDirectory, runGoldSubset } from '../../../src/draft/evaluation/run';

/**
 * The gold set (tests/fixtures/draft-gold, `npm run bench:draft`) as a regression test. The
 * thresholds sit just under what the draft reaches today (docs/drafting.md has the figures): the
 * tune subset is what the cues were written against; the held-out subset was kept aside, then its
 * misses were studied for general fixes; the held-out-new subset was written and coded after that
 * and never used to change anything, so its recall says how far the draft generalises.
 */
describe('the draft against the gold set', () => {
  const directory = goldDirectory();
  const tune = runGoldSubset('tune', directory);
  const heldOut = runGoldSubset('held-out', directory);
  const heldOutNew = runGoldSubset('held-out-new', directory);
  const all = sumScores([tune.total, heldOut.total, heldOutNew.total]);

  it('holds at least 20 articles with their hand coding', () => {
    expect(tune.articles.length + heldOut.articles.length).toBeGreaterThanOrEqual(15);
    expect(heldOut.articles.length).toBeGreaterThanOrEqual(5);
    expect(heldOutNew.articles.length).toBeGreaterThanOrEqual(5);
  });

  it('reaches stance-level precision 0.8 and recall 0.7 over the whole set (issue 23)', () => {
    expect(precision(all.perStance)).toBeGreaterThanOrEqual(0.8);
    expect(recall(all.perStance)).toBeGreaterThanOrEqual(0.75);
  });

  it('keeps precision 0.9 and recall 0.8 on the tune and first held-out subsets', () => {
    for (const subset of [tune, heldOut]) {
      expect(precision(subset.total.perStance)).toBeGreaterThanOrEqual(0.9);
      expect(recall(subset.total.perStance)).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('keeps stance-level precision on the articles written last, its recall above 0.4', () => {
    expect(precision(heldOutNew.total.perStance)).toBeGreaterThanOrEqual(0.8);
    expect(recall(heldOutNew.total.perStance)).toBeGreaterThanOrEqual(0.4);
  });

  it('finds speakers, dates and the states spoken for across the whole set', () => {
    for (const field of ['speaker', 'date', 'onBehalfOf'] as const) {
      expect(precision(all[field])).toBeGreaterThanOrEqual(0.9);
      expect(recall(all[field])).toBeGreaterThanOrEqual(0.9);
    }
    expect(recall(all.quoteSpans)).toBeGreaterThanOrEqual(0.8);
  });
});
