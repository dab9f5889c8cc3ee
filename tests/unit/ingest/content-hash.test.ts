import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { WritePlan } from '../../../src/ingest/plan/write-plan';
import { asSet, asSetOf, asSetOfSortedKeys } from '../../../src/ingest/plan/content-hash';
import { planFile } from '../../support/plan-file';

const ROOT = path.resolve(__dirname, '../../..');
const SEED = path.join(ROOT, 'data/seed/presstv-2020-10-05-iran-karabakh-plan.yaml');
const COMPARISON = path.join(ROOT, 'tests/fixtures/comparison/comparison.yaml');

type Doc = Record<string, Record<string, unknown>[] | undefined>;

/** The lists whose order carries no meaning, by section (subjects are not among them). */
const SET_LISTS: Record<string, string[]> = {
  actors: ['aliases', 'roles'],
  places: ['aliases'],
  events: ['places', 'topics'],
  documents: ['republishedBy', 'framing'],
  positions: ['peacePlan.proposedBy', 'peacePlan.principles', 'peacePlan.consultationPartners'],
  statements: ['onBehalfOf', 'topics', 'respondsTo', 'reportedIn', 'quotes', 'stances'],
};

/** The document with every list of SET_LISTS reversed; how many lists of 2+ items it turned. */
function reversed(doc: Doc): { doc: Doc; turned: number } {
  let turned = 0;
  for (const [section, fields] of Object.entries(SET_LISTS)) {
    for (const record of doc[section] ?? []) {
      for (const field of fields) {
        const [outer, inner] = field.split('.') as [string, string | undefined];
        const holder = inner ? (record[outer] as Record<string, unknown> | undefined) : record;
        const key = inner ?? outer;
        const list = holder?.[key];
        if (holder && Array.isArray(list) && list.length > 1) {
          holder[key] = [...(list as unknown[])].reverse();
          turned += 1;
        }
      }
    }
  }
  return { doc, turned };
}

function planOf(file: string, existing: Parameters<typeof planFile>[1] = []) {
  const { resolver, plan } = planFile(file, existing);
  expect(resolver.issues).toEqual([]);
  return plan!;
}

type Kind = 'actors' | 'places' | 'events' | 'documents' | 'positions' | 'statements';

/** Every planned record's id and content hash, by kind. */
function hashesOf(plan: WritePlan): Record<Kind, [string, string][]> {
  const of = (kind: Kind) => plan[kind].map((r): [string, string] => [r.id, r.contentHash]).sort();
  return {
    actors: of('actors'),
    places: of('places'),
    events: of('events'),
    documents: of('documents'),
    positions: of('positions'),
    statements: of('statements'),
  };
}

function writeJson(doc: Doc): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'content-hash-')), 'doc.json');
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('content hashes compare lists as sets where order carries no meaning', () => {
  it.each([
    ['the seed', SEED],
    ['the comparison fixture', COMPARISON],
  ])('%s with those lists reversed has the same ids and hashes', (_name, file) => {
    const { doc, turned } = reversed(parse(readFileSync(file, 'utf8')) as Doc);
    expect(turned).toBeGreaterThan(3);
    expect(hashesOf(planOf(writeJson(doc)))).toEqual(hashesOf(planOf(file)));
  });

  it('a reordered copy planned against a graph holding the original writes nothing', () => {
    const original = hashesOf(planOf(SEED));
    const held = Object.entries(original).flatMap(([kind, rows]) =>
      rows.map(([id, hash]) => ({ kind: kind.slice(0, -1) as 'actor', id, hash })),
    );
    const { doc } = reversed(parse(readFileSync(SEED, 'utf8')) as Doc);
    const plan = planOf(writeJson(doc), held);
    expect(hashesOf(plan)).toEqual(
      Object.fromEntries(Object.keys(original).map((kind) => [kind, []])),
    );
  });

  it('content, not order, still changes the hash: a topic less, an alias less', () => {
    const doc = parse(readFileSync(SEED, 'utf8')) as Doc;
    doc.statements![0]!.topics = [];
    const person = doc.actors!.find((a) => a.id === 'person:saeed-khatibzadeh')!;
    person.aliases = (person.aliases as string[]).slice(1);
    const changed = hashesOf(planOf(writeJson(doc)));
    const original = hashesOf(planOf(SEED));
    expect(changed.statements[0]![1]).not.toBe(original.statements[0]![1]);
    const personHash = (h: typeof changed) => h.actors.find(([id]) => id === person.id)?.[1];
    expect(personHash(changed)).toBeDefined();
    expect(personHash(changed)).not.toBe(personHash(original));
  });

  it('a graph written before (hashes of the file order) takes the same file again', () => {
    // The hash graphs have held for the seed statement since it was first ingested.
    const legacy = '9aaf59aaa628049366ef8cb117a08a64';
    const id = 'statement:irn-mfa-2020-10-05-press-conference';
    const plan = planOf(SEED, [{ kind: 'statement', id, hash: legacy }]);
    expect(plan.statements).toEqual([]);
    const other = planFile(SEED, [{ kind: 'statement', id, hash: 'another' }]);
    expect(other.resolver.issues.map((i) => i.code)).toEqual(['CONFLICTS_WITH_GRAPH']);
  });

  it('sorts by code unit, whatever the locale, and records by their canonical JSON', () => {
    expect(asSet(['b', 'B', 'a', 'É', 'e'])).toEqual(['B', 'a', 'b', 'e', 'É']);
    expect(asSetOf([{ b: 1, a: 2 }, { a: 1 }])).toEqual([{ a: 1 }, { b: 1, a: 2 }]);
  });
});

describe('asSetOfSortedKeys', () => {
  // The planner's fast order must be asSetOf's exactly, or a statement's hash would change.
  // Records with keys in sorted order, made to hit each way byJsonText decides: a field that
  // differs inside both values, one value's text the start of the other's (strings, numbers),
  // characters below the JSON quote mark (space, '!'), escapes, nulls, nested lists, equal
  // records, and a member left undefined (JSON leaves it out).
  const values = ['a', 'ab', 'a ', 'a!', 'a"', 'a\\', 'a\n', 'é', '\u{1F600}', '', 'b'];
  const pick = (seed: number, list: readonly unknown[]) => list[seed % list.length];
  const records = Array.from({ length: 400 }, (_, i) => ({
    act: pick(i, [null, 'AFFIRMS', 'CALLS_FOR', undefined]),
    n: pick(i * 7, [1, 10, 100, -1, 1.5]),
    quoteId: pick(i * 3, values),
    text: pick(i * 11, values),
    tags: pick(i * 5, [[], ['x'], ['x', 'y'], ['xy']]),
  }));

  // A number last: its text ends the record with '}', which sorts after its digits ("1}" > "10}").
  const numbersLast = Array.from({ length: 60 }, (_, i) => ({
    quoteId: pick(i, ['a', 'b']),
    z: pick(i * 7, [1, 10, 100, 1.5, 2]),
  }));

  it('orders records as asSetOf does, whatever their order given', () => {
    for (const list of [records, numbersLast]) {
      for (let start = 0; start < list.length; start += 7) {
        const group: object[] = list.slice(start, start + 9);
        expect(asSetOfSortedKeys(group)).toEqual(asSetOf(group));
        expect(asSetOfSortedKeys([...group].reverse())).toEqual(asSetOf([...group].reverse()));
      }
    }
  });

  it('leaves lists of fewer than two as they are, as new arrays', () => {
    const one = [records[0]!];
    expect(asSetOfSortedKeys(one)).toEqual(one);
    expect(asSetOfSortedKeys(one)).not.toBe(one);
    expect(asSetOfSortedKeys([])).toEqual([]);
  });
});
