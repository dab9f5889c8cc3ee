import {
  contentHash,
  stableJson,
  normalizeText,
  positionId,
  quoteId,
  slugify,
  statementId,
} from '../../../src/model/ids';

/** statementId of person:a, 2020-10-05, IRN, "q" as main computed it with a single `speaker`. */
const SINGLE_SPEAKER_ID = 'statement:cd2fa4cb5573434e';

describe('ids', () => {
  it('normalises white space and Unicode composition, nothing else', () => {
    expect(normalizeText('  a\n\tb  ')).toBe('a b');
    expect(normalizeText('e\u0301')).toBe('\u00e9');
    expect(normalizeText('Case Stays')).toBe('Case Stays');
  });

  it('gives plain ASCII text the same answer its shortcut skips computing', () => {
    const full = (text: string) => text.normalize('NFC').replace(/\s+/gu, ' ').trim();
    for (const text of [
      '',
      ' ',
      'a',
      'We state our position.',
      'two  spaces',
      ' leading',
      'trailing ',
      'tab\there',
      'line\nbreak',
      'nbsp\u00a0here',
      'e\u0301',
      'caf\u00e9',
      '~!@#$%^&*()_+{}|:"<>?',
      'del\u007f',
    ])
      expect(normalizeText(text)).toBe(full(text));
  });

  it('slugifies names, keeping letters of other scripts', () => {
    expect(slugify("Iran's Foreign Ministry")).toBe('iran-s-foreign-ministry');
    expect(slugify('Azərbaycan Respublikası')).toBe('azərbaycan-respublikası');
    expect(slugify('وزارة الخارجية')).toBe('وزارة-الخارجية');
  });

  it('gives one quote id to texts that differ only in spacing, another to other words', () => {
    expect(quoteId('we  call\nfor a ceasefire')).toBe(quoteId('we call for a ceasefire'));
    expect(quoteId('we call for a ceasefire')).not.toBe(quoteId('We call for a ceasefire'));
    expect(quoteId('x')).toMatch(/^quote:[0-9a-f]{16}$/);
  });

  it('keeps the ids and hashes already in graphs (SHA-256 of NUL-ended parts)', () => {
    // Values made by the first implementation (createHash, one update per part): a change of
    // hashing code must not change an id, or re-ingesting a feed would duplicate it.
    expect(quoteId('Hello  world')).toBe('quote:27518ba9683011f6');
    expect(
      statementId({
        speakers: [],
        date: '2020-10-05',
        onBehalfOf: ['IRN', 'AZE'],
        quotes: ['b', 'a'],
        summary: undefined,
      }),
    ).toBe('statement:3862f9964599aaf4');
    expect(contentHash({ a: 1 })).toBe('5262ceb474c2a60b289fb487a34645a7');
  });

  it('derives one statement id regardless of actor and quote order', () => {
    const base = { speakers: ['person:a'], date: '2020-10-05', summary: undefined };
    const a = statementId({ ...base, onBehalfOf: ['IRN', 'TUR'], quotes: ['one', 'two'] });
    const b = statementId({ ...base, onBehalfOf: ['TUR', 'IRN'], quotes: ['two', ' one '] });
    expect(a).toBe(b);
    expect(
      statementId({
        ...base,
        date: '2020-10-06',
        onBehalfOf: ['IRN', 'TUR'],
        quotes: ['one', 'two'],
      }),
    ).not.toBe(a);
    expect(
      statementId({
        ...base,
        speakers: ['person:b'],
        onBehalfOf: ['IRN', 'TUR'],
        quotes: ['one', 'two'],
      }),
    ).not.toBe(a);
  });

  it('derives one statement id regardless of speaker order, and the old id for one speaker', () => {
    const base = { date: '2020-10-05', onBehalfOf: ['FRA', 'RUS', 'USA'], quotes: ['q'] };
    const three = ['person:c', 'person:a', 'person:b'];
    const id = statementId({ ...base, speakers: three, summary: undefined });
    expect(statementId({ ...base, speakers: [...three].reverse(), summary: undefined })).toBe(id);
    expect(
      statementId({ ...base, speakers: ['person:a', 'person:b'], summary: undefined }),
    ).not.toBe(id);
    // The id a single speaker gave before speakers were a list (the first implementation).
    expect(
      statementId({
        speakers: ['person:a'],
        date: '2020-10-05',
        onBehalfOf: ['IRN'],
        quotes: ['q'],
        summary: undefined,
      }),
    ).toBe(SINGLE_SPEAKER_ID);
  });

  it('uses the summary only when there is no quote', () => {
    const base = { speakers: [], date: '2020', onBehalfOf: ['IRN'] };
    expect(statementId({ ...base, quotes: [], summary: 'x' })).not.toBe(
      statementId({ ...base, quotes: [], summary: 'y' }),
    );
    expect(statementId({ ...base, quotes: ['q'], summary: 'x' })).toBe(
      statementId({ ...base, quotes: ['q'], summary: 'y' }),
    );
  });

  it('builds canonical position ids', () => {
    expect(positionId('TERRITORIAL_INTEGRITY', ['AZE'])).toBe('TERRITORIAL_INTEGRITY:AZE');
    expect(positionId('MEDIATION', ['IRN', 'nagorno-karabakh'])).toBe(
      'MEDIATION:IRN+nagorno-karabakh',
    );
    expect(positionId('RED_LINE', ['IRN'], 'Borders not attacked')).toBe(
      'RED_LINE:IRN:borders-not-attacked',
    );
  });

  it('hashes content independently of key order, and dependent on values', () => {
    expect(contentHash({ a: 1, b: [1, 2], c: undefined })).toBe(contentHash({ b: [1, 2], a: 1 }));
    expect(contentHash({ a: 1, b: [2, 1] })).not.toBe(contentHash({ a: 1, b: [1, 2] }));
  });

  it('writes stable JSON exactly as stored hashes were made (keys sorted, undefined left out)', () => {
    // Pinned: stored content hashes depend on this text; a change would make re-ingests conflict.
    expect(
      stableJson({ b: [1, { z: null, a: 'é"' }], a: undefined, 'a b': true, B: 2.5, _: [] }),
    ).toBe('{"B":2.5,"_":[],"a b":true,"b":[1,{"a":"é\\"","z":null}]}');
    expect(contentHash({ b: 1, a: [true, 'x'] })).toBe('a160ba489be64484897995ac21dd52b5');
  });
});
