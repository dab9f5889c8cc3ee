import { readFileSync } from 'node:fs';
import { fromRoot } from '../../../src/config/paths';
import { directoryOf } from '../../../src/draft/directory';
import { draftText } from '../../../src/draft/draft';
import { evaluate, locate } from '../../../src/draft/evaluation/evaluate';
import { readCoding } from '../../../src/draft/evaluation/gold';

/**
 * The article Diplograph was born from (../shared/seed, coded by hand in data/seed): the draft
 * must get its speaker, date, state and every direct quote exactly, at least 7 of the 9 coded
 * stances with the right position and stance, and nothing from the outlet's framing. The graph
 * it drafts against knows the seed's actors and places, as a graph loaded with data/seed does.
 */
describe('drafting the seed article', () => {
  const text = readFileSync(fromRoot('tests', 'fixtures', 'draft-seed', 'presstv.txt'), 'utf8');
  const coding = readCoding(fromRoot('data', 'seed', 'presstv-2020-10-05-iran-karabakh-plan.yaml'));
  const directory = directoryOf([coding]);
  const draft = draftText(text, directory);
  const coded = coding.statements[0]!;

  it('finds one statement: the spokesman, on 5 October 2020, for Iran', () => {
    expect(draft.statements).toHaveLength(1);
    const [statement] = draft.statements;
    expect(statement!.speaker.id).toBe(coded.speaker);
    expect(statement!.date).toBe(coded.date);
    expect(statement!.speaker.onBehalfOf).toEqual(coded.onBehalfOf);
    expect(draft.head.publishedAt).toBe(coding.documents[0]!.publishedAt);
    expect(draft.head.title).toBe(coding.documents[0]!.title);
  });

  it('gives every direct quote with its exact offsets', () => {
    const direct = draft.statements[0]!.spans.filter((s) => s.kind === 'direct');
    const spans = direct.map((s) => [s.start, s.end]);
    const expected = coded.quotes.map((q) => locate(text, q.text)).map((s) => [s.start, s.end]);
    expect(spans).toEqual(expected);
    for (const span of direct) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('finds at least 7 of the 9 coded stances with the right position and stance', () => {
    const scores = evaluate(draft, coding);
    expect(scores.perStance.coded).toBe(9);
    expect(scores.perStance.right).toBeGreaterThanOrEqual(7);
    expect(scores.perStance.drafted - scores.perStance.right).toBeLessThanOrEqual(1);
  });

  it("draws no stance from the outlet's framing", () => {
    const framing = coding.documents[0]!.framing.map((f) => locate(text, f));
    expect(framing.length).toBeGreaterThan(0);
    for (const stance of draft.statements.flatMap((s) => s.stances)) {
      for (const passage of framing) {
        expect(stance.evidence.end <= passage.start || stance.evidence.start >= passage.end).toBe(
          true,
        );
      }
    }
  });
});
