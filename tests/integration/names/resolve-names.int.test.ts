import { databaseReader } from '../../../src/comparison/query-reader';
import { DiplographError } from '../../../src/errors';
import { seedIfEmpty } from '../../../src/ingest/seed';
import { resolveName, resolveNames } from '../../../src/names/resolve';
import { indexWords } from '../../../src/names/match';
import type { NameKind } from '../../../src/names/match';
import { nameCandidates } from '../../../src/names/names.queries';
import type { Database } from '../../../src/neo4j/database';
import { openTestDatabase, resetAndMigrate } from '../../support/database';
import { testLogger } from '../../support/test-logger';

/**
 * Names of reference states as analysts and sources write them (common, former, official, in the
 * six UN languages), each with the state it must name, against the migrated graph: migrations
 * 003 (world-countries) and 007 (i18n-iso-countries and the table of former names).
 */
const STATE_NAMES: [string, string][] = [
  ['Turkey', 'TUR'],
  ['Türkiye', 'TUR'],
  ['turkiye', 'TUR'],
  ['Turquie', 'TUR'],
  ['Турция', 'TUR'],
  ['土耳其', 'TUR'],
  ['تركيا', 'TUR'],
  ['Turquía', 'TUR'],
  ['Burma', 'MMR'],
  ['Myanmar', 'MMR'],
  ['Swaziland', 'SWZ'],
  ['Eswatini', 'SWZ'],
  ['Ivory Coast', 'CIV'],
  ["Côte d'Ivoire", 'CIV'],
  ['cote d’ivoire', 'CIV'],
  ['Czech Republic', 'CZE'],
  ['Czechia', 'CZE'],
  ['Macedonia', 'MKD'],
  ['North Macedonia', 'MKD'],
  ['Holland', 'NLD'],
  ['Pays-Bas', 'NLD'],
  ['Cape Verde', 'CPV'],
  ['Cabo Verde', 'CPV'],
  ['East Timor', 'TLS'],
  ['Timor-Leste', 'TLS'],
  ['Persia', 'IRN'],
  ['Iran', 'IRN'],
  ['Islamic Republic of Iran', 'IRN'],
  ['Иран', 'IRN'],
  ['伊朗', 'IRN'],
  ['Zaire', 'COD'],
  ['Ceylon', 'LKA'],
  ['Allemagne', 'DEU'],
  ['Alemania', 'DEU'],
  ['Германия', 'DEU'],
  ['德国', 'DEU'],
  ['ألمانيا', 'DEU'],
  ['Azerbaïdjan', 'AZE'],
  ['Азербайджан', 'AZE'],
  ['Arménie', 'ARM'],
  ['United States', 'USA'],
  ['Estados Unidos', 'USA'],
  ['irn', 'IRN'],
];

describe('resolving names against the graph', () => {
  let db: Database;
  const read = () => databaseReader(db);
  const one = (kind: NameKind, text: string) =>
    resolveName(read(), { kind, text, argument: 'test' });

  /** The error a name must fail with. */
  async function failure(kind: NameKind, text: string): Promise<DiplographError> {
    const error: unknown = await one(kind, text).catch((e: unknown) => e);
    if (!(error instanceof DiplographError))
      throw new Error(`"${text}" did not fail: ${String(error)}`);
    return error;
  }

  beforeAll(async () => {
    db = openTestDatabase();
    await resetAndMigrate(db);
    await seedIfEmpty(db, testLogger);
  });
  afterAll(async () => {
    await db.close();
  });

  it('resolves every listed name of a state to that state, in one request', async () => {
    const ids = await resolveNames(
      read(),
      STATE_NAMES.map(([text]) => ({ kind: 'actor', text, argument: 'actors' })),
    );
    expect(STATE_NAMES.map(([text], i) => [text, ids[i]])).toEqual(STATE_NAMES);
  });

  it('finds people by a part of their name, topics, places and positions by name or id', async () => {
    expect(await one('actor', 'Khatibzadeh')).toBe('person:saeed-khatibzadeh');
    expect(await one('actor', 'saeid khatibzadeh')).toBe('person:saeed-khatibzadeh');
    expect(await one('topic', 'Nagorno-Karabakh conflict')).toBe('nagorno-karabakh');
    expect(await one('topic', 'nagorno-karabakh')).toBe('nagorno-karabakh');
    expect(await one('place', 'the occupied cities')).toBe('place:occupied-cities');
    expect(await one('position', 'territorial integrity of azerbaijan')).toBe(
      'TERRITORIAL_INTEGRITY:AZE',
    );
  });

  it('refuses a name of several states as ambiguous, listing them', async () => {
    const error = await failure('actor', 'Congo');
    expect(error.code).toBe('NAME_AMBIGUOUS');
    expect(error.details.suggestions).toEqual([
      { id: 'COD', name: 'DR Congo' },
      { id: 'COG', name: 'Republic of the Congo' },
    ]);
    expect(error.message).toContain('COD (DR Congo)');
  });

  it('refuses an unknown name with the nearest ones', async () => {
    const error = await failure('actor', 'Azerbaijn');
    expect(error.code).toBe('NAME_UNKNOWN');
    expect(error.details).toMatchObject({ field: 'test', kind: 'actor', name: 'Azerbaijn' });
    expect(error.details.suggestions).toContainEqual({ id: 'AZE', name: 'Azerbaijan' });
    const atlantis = await failure('actor', 'Atlantis');
    expect(atlantis.code).toBe('NAME_UNKNOWN');
    expect(Array.isArray(atlantis.details.suggestions)).toBe(true);
  });

  it('does not take a node of another kind', async () => {
    expect((await failure('topic', 'Iran')).code).toBe('NAME_UNKNOWN');
    expect((await failure('actor', 'nagorno-karabakh conflict')).code).toBe('NAME_UNKNOWN');
  });

  it('gives only the node a name is the id of, the index asked for the other names', async () => {
    // Two topics whose ids and names share the words "ceasefire talks": by its words alone,
    // each id would bring both.
    await db.write(
      `MERGE (a:Topic {id: 'ceasefire-talks'}) SET a.name = 'Ceasefire talks'
       MERGE (b:Topic {id: 'ceasefire-talks-geneva'}) SET b.name = 'Ceasefire talks in Geneva'`,
    );
    const ref = (kind: NameKind, text: string) => ({
      kind,
      text,
      words: `"${indexWords(text).join(' ')}"`,
    });
    const rows = await read()(nameCandidates, {
      refs: [
        ref('topic', 'ceasefire-talks'),
        ref('topic', 'Ceasefire talks'),
        ref('actor', 'IRN'),
        ref('actor', 'Congo'),
      ],
    });
    const idsOf = (text: string) =>
      rows
        .filter((row) => row.text === text)
        .map((row) => row.id)
        .sort();
    expect(idsOf('ceasefire-talks')).toEqual(['ceasefire-talks']);
    expect(idsOf('IRN')).toEqual(['IRN']);
    // Not ids: every node of the kind whose names hold the words, for match.ts to choose from.
    expect(idsOf('Ceasefire talks')).toEqual(['ceasefire-talks', 'ceasefire-talks-geneva']);
    expect(idsOf('Congo')).toEqual(expect.arrayContaining(['COD', 'COG']));
    expect(await one('topic', 'ceasefire-talks')).toBe('ceasefire-talks');
    expect(await one('topic', 'Ceasefire talks')).toBe('ceasefire-talks');
  });

  it('refuses a name with no letters or digits', async () => {
    expect((await failure('actor', '**')).code).toBe('NAME_UNKNOWN');
  });
});
