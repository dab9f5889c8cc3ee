import { Definitions } from '../../../src/ingest/validate/definitions';

const hash = 'a'.repeat(64);

describe('Definitions', () => {
  it('gives back what was set, by kind and id', () => {
    const defined = new Definitions<'statement' | 'actor'>();
    defined.set('statement', 'statement:x', {
      hash,
      file: 'feeds/a b.ndjson',
      record: 'statements[3]',
      inGraph: false,
    });
    defined.set('actor', 'statement:x', {
      hash: 'b'.repeat(64),
      file: 'defs.yaml',
      record: 'actors[0]',
      inGraph: true,
    });
    expect(defined.get('statement', 'statement:x')).toEqual({
      hash,
      file: 'feeds/a b.ndjson',
      record: 'statements[3]',
      inGraph: false,
    });
    expect(defined.get('actor', 'statement:x')).toEqual({
      hash: 'b'.repeat(64),
      file: 'defs.yaml',
      record: 'actors[0]',
      inGraph: true,
    });
  });

  it('keeps records with spaces and an empty record whole', () => {
    const defined = new Definitions<'topic'>();
    defined.set('topic', 't1', {
      hash,
      file: 'x.json',
      record: 'a record  with spaces',
      inGraph: true,
    });
    defined.set('topic', 't2', { hash, file: 'y.json', record: '', inGraph: false });
    expect(defined.get('topic', 't1')).toMatchObject({
      file: 'x.json',
      record: 'a record  with spaces',
    });
    expect(defined.get('topic', 't2')).toMatchObject({
      file: 'y.json',
      record: '',
      inGraph: false,
    });
  });

  it('keeps any characters of a record exactly (emoji, right-to-left, a lone surrogate)', () => {
    const defined = new Definitions<'topic'>();
    const record = 'line 7 \u{1F54A} \u05E9\u05DC\u05D5\u05DD "q" \\ \uD800 end';
    defined.set('topic', 't1', { hash, file: 'ü.json', record, inGraph: false });
    expect(defined.get('topic', 't1')).toEqual({ hash, file: 'ü.json', record, inGraph: false });
  });

  it('knows only what was set', () => {
    const defined = new Definitions<'topic' | 'place'>();
    defined.set('topic', 't1', { hash, file: 'x.json', record: 'topics[0]', inGraph: false });
    expect(defined.has('topic', 't1')).toBe(true);
    expect(defined.has('place', 't1')).toBe(false);
    expect(defined.get('topic', 't2')).toBeUndefined();
  });
});
