// Deterministic synthetic statements for the benchmarks that read a realistic graph
// (scripts/bench-compare.mjs, bench-peer.mjs, bench-api.mjs): statements over ten years by the
// reference states and the officials who speak for them, on 100 topics of 20 positions each, with
// stances that persist per actor and position so that the stance in force means something and
// shifts exist. The same count gives the same files on every run and machine (a seeded PRNG, no
// Date, no Math.random); GENERATOR_VERSION names the distribution, so a data set loaded by an
// older generator is never measured as if it were this one.
//
// The distribution (docs/benchmarks.md repeats it):
// - Dates: 2015-01-01 .. 2024-12-31 (3,653 days), spread evenly: statement i of N falls on day
//   floor(i · 3653 / N), so the file is in date order, as a feed would be; every actor speaks
//   in every year, the busy ones on most days.
// - Actors: the 194 states world-countries 5.1.0 marks as UN members (ids = ISO alpha-3), ranked
//   by a fixed list of the usual speakers first (USA, RUS, CHN, …) and the rest by alpha-3;
//   rank r speaks with weight 1/(r+1)^0.8 (Zipf): the busiest state makes about 10% of the
//   statements, the 10 busiest about 36%.
// - Speakers (scripts/lib/synthetic-people.mjs): per state a spokesperson, foreign minister,
//   head of state and UN envoy, each office held by one person 2015–2019 and another 2020–2024
//   (1,552 persons, with their roles). A communiqué or social-media post names no speaker; any
//   other statement by one state is spoken by the official in office, drawn 45/30/15/10%, who
//   speaks in the role of the office. Half the joint statements are joint press conferences of
//   the first 2–3 states' foreign ministers (2–3 speakers with roles); the rest name none.
// - Topics: 100 (topic-00 .. topic-99), Zipf 0.8 again: topic-00, the benchmark's topic, is the
//   busiest (about 12% of the stances). Each topic has 20 positions of assorted types
//   (TYPE:topic-NN:pMM), drawn within the topic with weight 1/(m+1)^0.5.
// - A statement: 1–3 quotes (scripts/lib/synthetic-quotes.mjs: 1–4 sentences, 15–80 words from
//   a vocabulary of some hundreds of words and the topic's own place name) and 3 stances on 3
//   distinct positions of its topic, citing the quotes in turn; one in five takes its third
//   stance on a second topic. 3% are joint statements of 2–4 states (JOINT_STATEMENT).
// - Stances: each (actor, position) has a leaning (SUPPORTS 50%, OPPOSES 30%, NEUTRAL 20%, from a
//   hash of the pair); the first stance follows it, later ones keep the stance in force with
//   probability 0.92 and otherwise switch to one of the other two (a shift). A joint statement
//   states its first actor's stance and sets it for every co-signer. 5% of stances are
//   CONDITIONAL (act WARNS; a red line, not counted by default, and not changing what is in
//   force); the rest ASSERTED. Acts fit the stance (SUPPORTS: AFFIRMS, CALLS_FOR, WELCOMES …).
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import path from 'node:path';
import { OFFICES, drawOffice, official, officialRecords, termOf } from './synthetic-people.mjs';
import { quoteText } from './synthetic-quotes.mjs';
import { SEED, pairHash, prng, zipf } from './synthetic-random.mjs';

export const GENERATOR_VERSION = 2;
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2024-12-31';
export const TOPIC_COUNT = 100;
export const POSITIONS_PER_TOPIC = 20;
/** The busiest topic: the benchmark compares its 20 positions. */
export const BENCH_TOPIC = 'topic-00';

const ACTOR_SKEW = 0.8;
const TOPIC_SKEW = 0.8;
const POSITION_SKEW = 0.5;
const JOINT_SHARE = 0.03;
const SECOND_TOPIC_SHARE = 0.2;
const CONDITIONAL_SHARE = 0.05;
const KEEP_STANCE = 0.92;

/** The usual speakers, busiest first; every other UN member follows by alpha-3. */
const PROMINENT = [
  'USA', 'RUS', 'CHN', 'FRA', 'GBR', 'DEU', 'TUR', 'IRN', 'UKR', 'ISR',
  'IND', 'SAU', 'QAT', 'EGY', 'JPN', 'AZE', 'ARM', 'PAK', 'BRA', 'ZAF',
  'ITA', 'POL', 'ARE', 'KOR', 'CAN', 'ESP', 'AUS', 'NGA', 'MEX', 'IDN',
]; // prettier-ignore

const POSITION_TYPES = [
  'CEASEFIRE',
  'TERRITORIAL_INTEGRITY',
  'WITHDRAWAL',
  'NEGOTIATED_SETTLEMENT',
  'MEDIATION',
  'SANCTIONS',
  'HUMANITARIAN_ACCESS',
  'SELF_DETERMINATION',
  'OTHER',
];
const STANCES = ['SUPPORTS', 'OPPOSES', 'NEUTRAL'];
const ACTS_FOR = {
  SUPPORTS: ['AFFIRMS', 'CALLS_FOR', 'WELCOMES', 'PROPOSES', 'DEMANDS'],
  OPPOSES: ['REJECTS', 'CONDEMNS', 'DENIES', 'WARNS'],
  NEUTRAL: ['AFFIRMS', 'CALLS_FOR', 'OFFERS'],
};
const KINDS = [
  ['PRESS_CONFERENCE', 0.4],
  ['COMMUNIQUE', 0.25],
  ['SPEECH', 0.15],
  ['INTERVIEW', 0.1],
  ['SOCIAL_MEDIA', 0.1],
];

/** The 194 actors, busiest first. */
export const ACTORS = (() => {
  const require = createRequire(import.meta.url);
  const members = require('world-countries')
    .filter((c) => c.unMember === true)
    .map((c) => c.cca3)
    .sort();
  const missing = PROMINENT.filter((id) => !members.includes(id));
  if (missing.length > 0) throw new Error(`not UN members in world-countries: ${missing}`);
  return [...PROMINENT, ...members.filter((id) => !PROMINENT.includes(id))];
})();

/**
 * The benchmark's groups of 10 actors, rotated between runs so that no single answer is cached:
 * the 10 busiest (the worst case), ranks 10–19 and 20–29, and three interleavings of the top 30.
 */
/**
 * Full-text searches that find hits in the generated quotes (place names and words of
 * synthetic-quotes.mjs), from one word to a phrase with a term: bench:peer and bench:load ask them.
 */
export const SEARCH_TEXTS = [
  'Kelava AND ceasefire',
  '"humanitarian access" AND Tamgrad',
  'Mirkent',
  'detainees AND Varnesh',
];

export const ACTOR_GROUPS = [
  ACTORS.slice(0, 10),
  ACTORS.slice(10, 20),
  ACTORS.slice(20, 30),
  ...[0, 1, 2].map((k) => ACTORS.slice(0, 30).filter((_, r) => r % 3 === k)),
];

export const topicId = (t) => `topic-${String(t).padStart(2, '0')}`;
const positionType = (t, m) => POSITION_TYPES[(t * 7 + m) % POSITION_TYPES.length];
export const positionId = (t, m) =>
  `${positionType(t, m)}:${topicId(t)}:p${String(m).padStart(2, '0')}`;
/** The benchmark's 20 positions, in order. */
export const BENCH_POSITIONS = Array.from({ length: POSITIONS_PER_TOPIC }, (_, m) =>
  positionId(0, m),
);

function dayOf(index) {
  const date = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000);
  return date.toISOString().slice(0, 10);
}
const DAYS = (Date.UTC(2024, 11, 31) - Date.UTC(2015, 0, 1)) / 86_400_000 + 1;
/** Kinds of statement that name no speaker. */
const UNSPOKEN = new Set(['COMMUNIQUE', 'SOCIAL_MEDIA']);

/** The definitions: topics, and positions in files of at most 500 (the format's list limit). */
export function definitionDocuments() {
  const topics = Array.from({ length: TOPIC_COUNT }, (_, t) => ({
    id: topicId(t),
    name: `Synthetic topic ${t}${t === 0 ? ' (the benchmark topic)' : ''}`,
  }));
  const documents = [{ name: 'definitions-topics.json', body: { topics } }];
  const people = officialRecords(ACTORS);
  for (let first = 0; first < people.length; first += 500) {
    const name = `definitions-people-${String(first / 500).padStart(2, '0')}.json`;
    documents.push({ name, body: { actors: people.slice(first, first + 500) } });
  }
  const topicsPerFile = Math.floor(500 / POSITIONS_PER_TOPIC);
  for (let first = 0; first < TOPIC_COUNT; first += topicsPerFile) {
    const positions = [];
    for (let t = first; t < Math.min(first + topicsPerFile, TOPIC_COUNT); t++) {
      for (let m = 0; m < POSITIONS_PER_TOPIC; m++) {
        positions.push({
          type: positionType(t, m),
          subjects: [topicId(t)],
          qualifier: `p${String(m).padStart(2, '0')}`,
          label: `Position ${m} on topic ${t}`,
        });
      }
    }
    const name = `definitions-positions-${String(first).padStart(2, '0')}.json`;
    documents.push({ name, body: { positions } });
  }
  return documents.map(({ name, body }) => ({ name, body: { format: 'diplograph/v1', ...body } }));
}

/**
 * Who spoke: none for a communiqué or post; the joint press conference of a joint statement
 * (half of them) has its first 2–3 states' foreign ministers; one state's statement, the official
 * in office drawn by the offices' shares.
 */
function speakersOf(actors, kind, date, random) {
  const term = termOf(date);
  const speaking = (state, office) => {
    const person = official(ACTORS[state], office, term);
    return { actor: person.id, role: office.title };
  };
  if (kind === 'JOINT_STATEMENT') {
    if (random() < 0.5) return [];
    return actors.slice(0, 3).map((a) => speaking(a, OFFICES[1]));
  }
  if (UNSPOKEN.has(kind)) return [];
  return [speaking(actors[0], drawOffice(random()))];
}

/**
 * The statements, in date order, with figures on what the benchmark reads: how many statements
 * touch the benchmark's positions and actors, and the observation rows each actor group gets.
 */
export function* syntheticComparisonStatements(count) {
  const random = prng(SEED ^ count);
  const drawActor = zipf(ACTORS.length, ACTOR_SKEW);
  const drawTopic = zipf(TOPIC_COUNT, TOPIC_SKEW);
  const drawPosition = zipf(POSITIONS_PER_TOPIC, POSITION_SKEW);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // The stance in force per (actor, position): 0 none yet, 1 + index into STANCES.
  const inForce = new Uint8Array(ACTORS.length * TOPIC_COUNT * POSITIONS_PER_TOPIC);
  const slot = (actor, t, m) => (actor * TOPIC_COUNT + t) * POSITIONS_PER_TOPIC + m;

  const distinctDraws = (draw, n, exclude = []) => {
    const out = [];
    while (out.length < n) {
      const x = draw(random);
      if (!out.includes(x) && !exclude.includes(x)) out.push(x);
    }
    return out;
  };

  for (let i = 0; i < count; i++) {
    const date = dayOf(Math.floor((i * DAYS) / count));
    const joint = random() < JOINT_SHARE;
    const actors = distinctDraws(drawActor, joint ? 2 + Math.floor(random() * 3) : 1);
    const topic = drawTopic(random);
    const second = random() < SECOND_TOPIC_SHARE ? distinctDraws(drawTopic, 1, [topic])[0] : null;
    const targets = distinctDraws(drawPosition, 3).map((m, k) =>
      k === 2 && second !== null ? [second, m] : [topic, m],
    );
    let kind = 'JOINT_STATEMENT';
    if (!joint) {
      let x = random();
      kind = KINDS.find(([, share]) => (x -= share) < 0)?.[0] ?? 'OTHER';
    }
    const speakers = speakersOf(actors, kind, date, random);
    const quotes = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, k) => ({
      ref: `q${k}`,
      text: quoteText(random, topic, date),
    }));
    const stances = targets.map(([t, m], k) => {
      const lead = slot(actors[0], t, m);
      const conditional = random() < CONDITIONAL_SHARE;
      let value;
      if (inForce[lead] === 0) {
        const leaning = pairHash(actors[0], t * POSITIONS_PER_TOPIC + m);
        value = leaning < 0.5 ? 0 : leaning < 0.8 ? 1 : 2;
      } else if (random() < KEEP_STANCE) {
        value = inForce[lead] - 1;
      } else {
        value = (inForce[lead] - 1 + 1 + Math.floor(random() * 2)) % 3;
      }
      const stance = STANCES[value];
      if (!conditional) for (const a of actors) inForce[slot(a, t, m)] = value + 1;
      return {
        position: positionId(t, m),
        stance,
        act: conditional ? 'WARNS' : pick(ACTS_FOR[stance]),
        ...(conditional ? { modality: 'CONDITIONAL' } : {}),
        quote: `q${k % quotes.length}`,
      };
    });
    const topics = [...new Set(targets.map(([t]) => t))].map(topicId);
    yield {
      id: `statement:compare-${count}-${i}`,
      date,
      kind,
      onBehalfOf: actors.map((a) => ACTORS[a]),
      ...(speakers.length > 0 ? { speakers } : {}),
      topics,
      quotes,
      stances,
    };
  }
}

/**
 * Writes `count` statements into `dir` (definitions-*.json, statements.ndjson: nothing else, as
 * the folder is given to ingestion whole) and returns figures on them.
 */
export async function writeComparisonData(count, dir) {
  mkdirSync(dir, { recursive: true });
  for (const { name, body } of definitionDocuments())
    writeFileSync(path.join(dir, name), JSON.stringify(body));
  const bench = new Set(BENCH_POSITIONS);
  const groups = ACTOR_GROUPS.map((actors) => ({
    actors,
    set: new Set(actors),
    statementsByActors: 0,
    statementsOnBothPositionsAndActors: 0,
    observationRows: 0,
  }));
  const stats = {
    generatorVersion: GENERATOR_VERSION,
    statements: 0,
    stances: 0,
    conditionalStances: 0,
    jointStatements: 0,
    statementsWithSpeakers: 0,
    statementsWithSeveralSpeakers: 0,
    quotes: 0,
    quoteWords: 0,
    statementsOnBenchPositions: 0,
    stancesOnBenchPositions: 0,
  };
  const out = createWriteStream(path.join(dir, 'statements.ndjson'));
  for (const statement of syntheticComparisonStatements(count)) {
    stats.statements += 1;
    stats.stances += statement.stances.length;
    if (statement.onBehalfOf.length > 1) stats.jointStatements += 1;
    const speakers = statement.speakers?.length ?? 0;
    if (speakers > 0) stats.statementsWithSpeakers += 1;
    if (speakers > 1) stats.statementsWithSeveralSpeakers += 1;
    stats.quotes += statement.quotes.length;
    for (const q of statement.quotes) stats.quoteWords += q.text.split(' ').length;
    const onBench = statement.stances.filter((s) => bench.has(s.position));
    const assertedOnBench = onBench.filter((s) => s.modality === undefined).length;
    stats.conditionalStances += statement.stances.filter((s) => s.modality).length;
    stats.stancesOnBenchPositions += onBench.length;
    if (onBench.length > 0) stats.statementsOnBenchPositions += 1;
    for (const group of groups) {
      const members = statement.onBehalfOf.filter((a) => group.set.has(a)).length;
      if (members === 0) continue;
      group.statementsByActors += 1;
      if (onBench.length > 0) group.statementsOnBothPositionsAndActors += 1;
      group.observationRows += members * assertedOnBench;
    }
    if (!out.write(`${JSON.stringify(statement)}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const share = (n) => Math.round((1000 * n) / stats.statements) / 10;
  const figures = {
    ...stats,
    percentOfStatementsOnBenchPositions: share(stats.statementsOnBenchPositions),
    groups: groups.map(({ set: _set, ...group }) => ({
      ...group,
      percentOfStatementsByActors: share(group.statementsByActors),
      percentOfStatementsOnBoth: share(group.statementsOnBothPositionsAndActors),
    })),
  };
  return figures;
}
