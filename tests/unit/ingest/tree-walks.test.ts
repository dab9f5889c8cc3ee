import { loneSurrogateAt } from '../../../src/ingest/read/text-policy';
import { reviewMarkers } from '../../../src/ingest/validate/review-markers';

// Both walks run over every record of every ingest and keep one path array as they go; these
// pin the paths they report, and that the caller's starting path is left as it was.
describe('loneSurrogateAt', () => {
  it('finds the first lone surrogate, in a value or a key, with its path from the start given', () => {
    const start = ['statements', 3];
    const record = {
      id: 'statement:a',
      quotes: [
        { ref: 'q0', text: 'fine \u{1F600}' },
        { ref: 'q1', text: 'broken \ud800 half' },
      ],
      stances: [{ note: 'after \udfff too' }],
    };
    expect(loneSurrogateAt(record, start)).toEqual(['statements', 3, 'quotes', 1, 'text']);
    expect(loneSurrogateAt({ ok: 'yes', ['k\udc00']: 1 })).toEqual(['k\udc00']);
    expect(start).toEqual(['statements', 3]);
  });

  it('finds nothing in well-formed text, surrogate pairs included', () => {
    expect(loneSurrogateAt({ a: ['\u{1F600}', { b: 'Türkiye' }], c: null, d: 2 })).toBeUndefined();
    expect(loneSurrogateAt('\ud83d')).toEqual([]);
  });
});

describe('reviewMarkers', () => {
  it('gives the path of every review key in document order, and leaves the start as it was', () => {
    const start = ['statements', 0];
    const draft = {
      review: 'drafted',
      quotes: [{ text: 'a' }, { text: 'b', review: 'check' }],
      stances: [{ review: 'x', inner: { review: 'nested, not walked past the marker' } }],
    };
    expect(reviewMarkers(draft, start)).toEqual([
      ['statements', 0, 'review'],
      ['statements', 0, 'quotes', 1, 'review'],
      ['statements', 0, 'stances', 0, 'review'],
      ['statements', 0, 'stances', 0, 'inner', 'review'],
    ]);
    expect(start).toEqual(['statements', 0]);
    expect(reviewMarkers({ quotes: [{ text: 'review' }] })).toEqual([]);
  });
});
