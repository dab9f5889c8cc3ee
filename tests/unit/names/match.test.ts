import { indexWords, matchName, nameKey, nameWords } from '../../../src/names/match';
import type { NamedNode } from '../../../src/names/match';

const node = (id: string, name: string, ...aliases: string[]): NamedNode => ({ id, name, aliases });

const STATES = [
  node('TUR', 'Türkiye', 'Turkey', 'Republic of Türkiye'),
  node('COD', 'DR Congo', 'Congo', 'Democratic Republic of the Congo'),
  node('COG', 'Republic of the Congo', 'Congo'),
  node('CIV', 'Ivory Coast', "Côte d'Ivoire"),
  node('PRK', 'North Korea'),
  node('KOR', 'South Korea'),
  node('GIN', 'Guinea'),
  node('GNB', 'Guinea-Bissau'),
  node('person:saeed-khatibzadeh', 'Saeed Khatibzadeh', 'Saeid Khatibzadeh'),
];

describe('nameKey', () => {
  it('drops accents, case, typographic apostrophes and extra spaces', () => {
    expect(nameKey('  Côte   d’Ivoire ')).toBe("cote d'ivoire");
    expect(nameKey('TÜRKİYE')).toBe('turkiye');
    expect(nameKey('Турция')).toBe('турция');
  });
  it('keeps an apostrophe inside a word, as the full-text index does', () => {
    expect(nameWords("Côte d'Ivoire")).toEqual(['cote', "d'ivoire"]);
    expect(nameWords("'Guinea-Bissau'")).toEqual(['guinea', 'bissau']);
    // For the index, marks stay: it folds Latin accents itself, and other scripts need them.
    expect(indexWords('Côte d’Ivoire')).toEqual(['côte', "d'ivoire"]);
    expect(indexWords('ألمانيا')).toEqual(['ألمانيا']);
  });
});

describe('matchName', () => {
  it('takes an id as written, or in any case', () => {
    expect(matchName('TUR', STATES)).toEqual({ ok: true, id: 'TUR' });
    expect(matchName('tur', STATES)).toEqual({ ok: true, id: 'TUR' });
  });
  it('takes a name or an alias, case and accents aside', () => {
    expect(matchName('turkey', STATES)).toEqual({ ok: true, id: 'TUR' });
    expect(matchName('TURKIYE', STATES)).toEqual({ ok: true, id: 'TUR' });
    expect(matchName('cote d’ivoire', STATES)).toEqual({ ok: true, id: 'CIV' });
  });
  it('prefers a name equal to the reference over names that contain it', () => {
    expect(matchName('Guinea', STATES)).toEqual({ ok: true, id: 'GIN' });
  });
  it('takes a name that holds the reference as whole words when it is the only one', () => {
    expect(matchName('Khatibzadeh', STATES)).toEqual({
      ok: true,
      id: 'person:saeed-khatibzadeh',
    });
    expect(matchName('Khatib', STATES)).toMatchObject({ ok: false, reason: 'unknown' });
  });
  it('says a name of several nodes is ambiguous and lists them', () => {
    expect(matchName('Congo', STATES)).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['COD', 'COG'],
    });
    expect(matchName('korea', STATES)).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['KOR', 'PRK'],
    });
  });
  it('suggests the nearest ids for an unknown name', () => {
    const turky = matchName('Turky', STATES);
    expect(turky.ok === false && turky.reason === 'unknown' && turky.closest[0]).toBe('TUR');
    expect(matchName('Atlantis', STATES)).toEqual({ ok: false, reason: 'unknown', closest: [] });
  });
});
