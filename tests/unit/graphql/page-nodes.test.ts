import { getNamedType, isInterfaceType, isLeafType, isObjectType } from 'graphql';
import { LIGHT_FIELDS, wholeNodes } from '../../../src/graphql/page-nodes';
import type { PageNode } from '../../../src/graphql/page-nodes';
import { diplographSchema } from '../../../src/graphql/schema';

const schema = diplographSchema();
// What bench:peer's statements page names (scripts/lib/peer-operations.mjs).
const listPage = [
  'statements',
  'edges',
  'node',
  'id',
  'date',
  'kind',
  'onBehalfOf',
  'name',
  'speakers',
  'actor',
  'role',
  'topics',
  'stances',
  'stance',
  'act',
  'modality',
  'position',
  'label',
  'quote',
  'quotes',
  'ref',
  'text',
];
const whole = (...more: string[]) => wholeNodes(schema, new Set([...listPage, ...more]));
const none = { statement: false, actor: false, position: false, quote: false };

describe('which nodes a statements page projects whole', () => {
  it('none, for what a list shows', () => {
    expect(whole()).toEqual(none);
    expect(whole('datePrecision', 'status', 'type', 'qualifier', 'positionType')).toEqual(none);
  });

  it('the kind whose other property fields the operation names, anywhere', () => {
    expect(whole('summary')).toEqual({ ...none, statement: true });
    expect(whole('recordedAt', 'language')).toEqual({ ...none, statement: true });
    expect(whole('aliases')).toEqual({ ...none, actor: true });
    // A field of a type implementing Actor, and object fields built from a position's own
    // properties.
    expect(whole('iso2')).toEqual({ ...none, actor: true });
    expect(whole('peacePlan')).toEqual({ ...none, position: true });
    expect(whole('redLine')).toEqual({ ...none, position: true });
  });

  it('every node whole without an operation to look ahead into', () => {
    expect(wholeNodes(schema, undefined)).toEqual({
      statement: true,
      actor: true,
      position: true,
      quote: true,
    });
  });

  it('keeps light only fields that the type has and that read its own properties', () => {
    const typeNames: Record<PageNode, string> = {
      statement: 'Statement',
      actor: 'Actor',
      position: 'Position',
      quote: 'Quote',
    };
    for (const [node, fields] of Object.entries(LIGHT_FIELDS)) {
      const type = schema.getType(typeNames[node as PageNode]);
      expect(isObjectType(type) || isInterfaceType(type)).toBe(true);
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      for (const field of fields) {
        const found = type.getFields()[field];
        expect(found).toBeDefined();
        if (field !== 'positionType') expect(isLeafType(getNamedType(found!.type))).toBe(true);
      }
    }
  });
});
