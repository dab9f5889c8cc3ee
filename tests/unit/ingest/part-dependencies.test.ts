import { createdIds, refersToAny } from '../../../src/ingest/write/part-dependencies';
import { emptyPlan } from '../../../src/ingest/plan/write-plan';
import type { WritePlan } from '../../../src/ingest/plan/write-plan';
import { planOfStatement } from '../../support/planned-statements';

function definitionsPlan(): WritePlan {
  const plan = emptyPlan();
  plan.actors.push({
    id: 'person:new-envoy',
    kind: 'PERSON',
    name: 'New Envoy',
    aliases: [],
    wikidataId: null,
    orgKind: null,
    partOf: null,
    contentHash: 'a',
  });
  plan.topics.push({ id: 'topic:grain', name: 'Grain', description: null, contentHash: 't' });
  plan.events.push({
    id: 'event:talks',
    date: '2025-02-01',
    datePrecision: 'DAY',
    description: 'Talks',
    places: [],
    topics: [],
    contentHash: 'e',
  });
  plan.sources.push({ id: 'source:outlet', name: 'Outlet', url: null, contentHash: 's' });
  plan.places.push({ id: 'place:city', name: 'City', aliases: [], within: null, contentHash: 'p' });
  plan.documents.push({
    id: 'document:report',
    source: 'source:outlet',
    title: 'Report',
    url: null,
    publishedAt: null,
    publishedAtZoneKnown: false,
    retrievedAt: null,
    republishedBy: [],
    language: null,
    framing: [],
    contentHash: 'd',
  });
  plan.positions.push({
    id: 'CEASEFIRE:topic:grain',
    type: 'CEASEFIRE',
    label: 'Ceasefire',
    qualifier: null,
    subjects: [{ id: 'topic:grain', label: 'Topic', ord: 0 }],
    peacePlan: null,
    redLine: null,
    contentHash: 'x',
  });
  return plan;
}

describe('what a --commit-every part must wait for', () => {
  it('collects the ids of the nodes a part creates, not those of its statements or quotes', () => {
    const ids = createdIds([definitionsPlan(), planOfStatement('statement:1')]);
    expect([...ids].sort()).toEqual([
      'CEASEFIRE:topic:grain',
      'document:report',
      'event:talks',
      'person:new-envoy',
      'place:city',
      'source:outlet',
      'topic:grain',
    ]);
  });

  it.each([
    ['speakers', { speakers: [{ actor: 'person:new-envoy', role: 'envoy' }] }],
    ['onBehalfOf', { onBehalfOf: ['UKR', 'person:new-envoy'] }],
    ['topics', { topics: ['topic:grain'] }],
    ['respondsTo', { respondsTo: ['event:talks'] }],
    ['reportedIn', { reportedIn: ['document:report'] }],
    [
      'a stance',
      {
        stances: [
          {
            statementId: 'statement:2',
            positionId: 'CEASEFIRE:topic:grain',
            quoteId: 'quote-1',
            stance: 'SUPPORTS' as const,
            act: 'DEMANDS' as const,
            modality: 'ASSERTED' as const,
            target: null,
          },
        ],
      },
    ],
  ])('finds a statement referring to a created node through %s', (_field, fields) => {
    const created = createdIds([definitionsPlan()]);
    expect(refersToAny([planOfStatement('statement:2', fields)], created)).toBe(true);
  });

  it('finds a reference from a definition of the later part (a position on a new topic)', () => {
    const later = emptyPlan();
    later.positions.push({ ...definitionsPlan().positions[0]!, id: 'MEDIATION:topic:grain' });
    expect(refersToAny([later], new Set(['topic:grain']))).toBe(true);
  });

  it('lets a part that refers only to what was there before go ahead', () => {
    const created = createdIds([definitionsPlan()]);
    const plans = [
      planOfStatement('statement:3', {
        topics: ['topic:other'],
        speakers: [{ actor: 'UKR', role: null }],
      }),
    ];
    expect(refersToAny(plans, created)).toBe(false);
    expect(refersToAny(plans, new Set())).toBe(false);
  });
});
