import { OverlappingParts } from '../../../src/ingest/write/overlapping-parts';
import { emptyPlan } from '../../../src/ingest/plan/write-plan';
import type { WritePlan } from '../../../src/ingest/plan/write-plan';

/** A part whose queries and commit the test finishes by hand, with a log of what happened. */
class FakePart {
  started = false;
  private finishWrite = () => {};
  private settle: { resolve: () => void; reject: (error: Error) => void } | undefined;

  constructor(
    readonly name: string,
    private readonly log: string[],
  ) {}

  readonly write = (written: () => void): Promise<void> => {
    this.started = true;
    this.log.push(`start ${this.name}`);
    this.finishWrite = written;
    return new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
  };

  queriesDone(): void {
    this.finishWrite();
  }

  commit(): void {
    this.log.push(`commit ${this.name}`);
    this.settle?.resolve();
  }

  fail(error: Error): void {
    this.settle?.reject(error);
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

/** Parts a, b and c, and the log of what they did in turn. */
function setUp() {
  const log: string[] = [];
  const part = (name: string) => new FakePart(name, log);
  return { log, parts: new OverlappingParts(), a: part('a'), b: part('b'), c: part('c') };
}

function creating(actorId: string): WritePlan[] {
  const plan = emptyPlan();
  plan.actors.push({
    id: actorId,
    kind: 'PERSON',
    name: actorId,
    aliases: [],
    wikidataId: null,
    orgKind: null,
    partOf: null,
    contentHash: 'h',
  });
  return [plan];
}

function referring(actorId: string): WritePlan[] {
  const plan = emptyPlan();
  plan.roles.push({ personId: actorId, actorId: 'UKR', title: 'Envoy', from: null, to: null });
  return [plan];
}

describe('--commit-every parts in flight', () => {
  it('starts a part once the part before has run its queries, not once it has committed', async () => {
    const { log, parts, a, b } = setUp();
    await parts.add([emptyPlan()], a.write);
    const adding = parts.add([emptyPlan()], b.write);
    await turn();
    expect(b.started).toBe(false);
    a.queriesDone();
    await adding;
    expect(b.started).toBe(true);
    a.commit();
    b.queriesDone();
    b.commit();
    await parts.finish();
    expect(log).toEqual(['start a', 'start b', 'commit a', 'commit b']);
  });

  it('holds a part that refers to a node the part before creates until that commit', async () => {
    const { log, parts, a, b } = setUp();
    await parts.add(creating('person:envoy'), a.write);
    const adding = parts.add(referring('person:envoy'), b.write);
    a.queriesDone();
    await turn();
    expect(b.started).toBe(false);
    a.commit();
    await adding;
    b.queriesDone();
    b.commit();
    await parts.finish();
    expect(log).toEqual(['start a', 'commit a', 'start b', 'commit b']);
  });

  it('keeps at most two parts in flight', async () => {
    const { log, parts, a, b, c } = setUp();
    await parts.add([emptyPlan()], a.write);
    a.queriesDone();
    await parts.add([emptyPlan()], b.write);
    b.queriesDone();
    const adding = parts.add([emptyPlan()], c.write);
    await turn();
    expect(c.started).toBe(false);
    a.commit();
    await adding;
    expect(c.started).toBe(true);
    b.commit();
    c.queriesDone();
    c.commit();
    await parts.finish();
    expect(log).toEqual(['start a', 'start b', 'commit a', 'start c', 'commit b', 'commit c']);
  });

  it('stops at a failed part, once the part in flight beside it has settled', async () => {
    const { log, parts, a, b, c } = setUp();
    await parts.add([emptyPlan()], a.write);
    a.queriesDone();
    await parts.add([emptyPlan()], b.write);
    let settled = false;
    const adding = parts.add([emptyPlan()], c.write).finally(() => {
      settled = true;
    });
    a.fail(new Error('a failed'));
    await turn();
    expect(settled).toBe(false);
    b.queriesDone();
    b.commit();
    await expect(adding).rejects.toThrow('a failed');
    expect(c.started).toBe(false);
    expect(log).toEqual(['start a', 'start b', 'commit b']);
  });

  it('releases the next part with the error of one that fails before its queries are done', async () => {
    const { parts, a, b } = setUp();
    await parts.add([emptyPlan()], a.write);
    const adding = parts.add([emptyPlan()], b.write);
    a.fail(new Error('a failed early'));
    await expect(adding).rejects.toThrow('a failed early');
    expect(b.started).toBe(false);
  });

  it('starts parts added at once in the order they were added', async () => {
    const { log, parts, a, b, c } = setUp();
    const adding = [a, b, c].map((part) => parts.add([emptyPlan()], part.write));
    await adding[0];
    a.queriesDone();
    await adding[1];
    b.queriesDone();
    a.commit();
    await adding[2];
    b.commit();
    c.queriesDone();
    c.commit();
    await parts.finish();
    expect(log).toEqual(['start a', 'start b', 'commit a', 'start c', 'commit b', 'commit c']);
  });

  it('starts nothing after a failure, and finishing reports it', async () => {
    const { parts, a, b } = setUp();
    await parts.add([emptyPlan()], a.write);
    a.fail(new Error('a failed'));
    await expect(parts.add([emptyPlan()], b.write)).rejects.toThrow('a failed');
    await expect(parts.add([emptyPlan()], b.write)).rejects.toThrow('a failed');
    await expect(parts.finish()).rejects.toThrow('a failed');
    expect(b.started).toBe(false);
  });

  it('once settling, waits for the parts in flight and starts none waiting to', async () => {
    const { parts, a, b } = setUp();
    await parts.add([emptyPlan()], a.write);
    const adding = parts.add(creating('person:x'), b.write);
    let settled = false;
    const settling = parts.settled().then(() => {
      settled = true;
    });
    await turn();
    expect(settled).toBe(false);
    a.queriesDone();
    a.fail(new Error('rolled back'));
    await settling;
    await expect(adding).rejects.toThrow('the run has stopped');
    expect(b.started).toBe(false);
  });

  it('reports the first failure when finishing', async () => {
    const { parts, a } = setUp();
    await parts.add([emptyPlan()], a.write);
    a.queriesDone();
    a.fail(new Error('commit refused'));
    await expect(parts.finish()).rejects.toThrow('commit refused');
  });
});
