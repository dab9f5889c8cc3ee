import { ActorIndex } from '../../../src/ingest/validate/actor-index';
import { closestValues } from '../../../src/ingest/validate/closest';

describe('ActorIndex', () => {
  const index = new ActorIndex();
  index.add({ id: 'AZE', name: 'Azerbaijan', aliases: ['Republic of Azerbaijan'] });
  index.add({ id: 'ARM', name: 'Armenia', aliases: ['Republic of Armenia'] });
  index.add({
    id: 'person:saeed-khatibzadeh',
    name: 'Saeed Khatibzadeh',
    aliases: ['Saeid Khatibzadeh'],
  });
  index.add({ id: 'org:a', name: 'Foreign Ministry', aliases: [] });
  index.add({ id: 'org:b', name: 'Foreign  ministry', aliases: [] });

  it.each([
    ['AZE', 'AZE'],
    ['aze', 'AZE'],
    ['Azerbaijan', 'AZE'],
    ['republic of  armenia', 'ARM'],
    ['Saeid Khatibzadeh', 'person:saeed-khatibzadeh'],
  ])('resolves %s to %s', (reference, id) => {
    expect(index.resolve(reference)).toEqual({ ok: true, id });
  });

  it('never guesses: an unknown name gets the closest known ones', () => {
    expect(index.resolve('Azerbaijn')).toEqual({
      ok: false,
      reason: 'unknown',
      closest: ['Azerbaijan'],
    });
  });

  it('refuses a name that two actors share, listing both', () => {
    expect(index.resolve('foreign ministry')).toEqual({
      ok: false,
      reason: 'ambiguous',
      candidates: ['org:a', 'org:b'],
    });
  });
});

describe('closestValues', () => {
  it('ranks near misses first and drops far ones', () => {
    expect(closestValues('DEMAND', ['DEMANDS', 'DENIES', 'WELCOMES'])).toEqual(['DEMANDS']);
    expect(closestValues('CALLS_FR', ['CALLS_FOR', 'DEMANDS'])).toEqual(['CALLS_FOR']);
    expect(closestValues('zzzz', ['DEMANDS'])).toEqual([]);
  });
});
