import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { etaText } from '../../src/cli/progress';
import { reportError } from '../../src/cli/report-error';
import { loadConfig } from '../../src/config/config';
import { DiplographError } from '../../src/errors';
import { limitError } from '../../src/graphql/format-error';
import { MAX_NESTING, tooDeep } from '../../src/ingest/read/nesting';
import { loneSurrogateAt } from '../../src/ingest/read/text-policy';
import { readIngestFile } from '../../src/ingest/read/ingest-file';
import { LocalNeo4j } from '../../src/neo4j/local-neo4j';
import { startService } from '../../src/service/service';
import { testLogger } from '../support/test-logger';

/** A port something already listens on, for as long as the test holds it. */
async function takenPort(): Promise<{ port: number; release: () => Promise<void> }> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    release: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function failure(promise: Promise<unknown>): Promise<DiplographError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof DiplographError))
    throw new Error(`expected a DiplographError: ${String(error)}`);
  return error;
}

describe('ports are checked before anything starts', () => {
  it('a taken Bolt port: PORT_IN_USE naming the port and its variable, within a second, no Java', async () => {
    const taken = await takenPort();
    try {
      const started = Date.now();
      const error = await failure(
        LocalNeo4j.start(
          {
            boltPort: taken.port,
            httpPort: 0,
            heap: '256m',
            pageCache: '16m',
            startTimeoutMs: 60_000,
            lifetime: 'attached',
          },
          testLogger,
        ),
      );
      expect(Date.now() - started).toBeLessThan(1000);
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(String(taken.port));
      expect(error.hint).toContain('DIPLOGRAPH_NEO4J_BOLT_PORT');
    } finally {
      await taken.release();
    }
  });

  it('a taken API port: PORT_IN_USE naming DIPLOGRAPH_PORT before the database is reached', async () => {
    const taken = await takenPort();
    try {
      // Port 1: nothing listens there; were the database asked first, this would fail otherwise.
      const config = loadConfig({
        DIPLOGRAPH_PORT: String(taken.port),
        NEO4J_URI: 'bolt://127.0.0.1:1',
      });
      const started = Date.now();
      const error = await failure(startService(config, testLogger));
      expect(Date.now() - started).toBeLessThan(1000);
      expect(error.code).toBe('PORT_IN_USE');
      expect(error.message).toContain(String(taken.port));
      expect(error.hint).toContain('DIPLOGRAPH_PORT');
    } finally {
      await taken.release();
    }
  });
});

describe('the CLI prints no stack trace', () => {
  const stderrOf = (run: () => number): { code: number; text: string } => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    try {
      return { code: run(), text: written.join('') };
    } finally {
      spy.mockRestore();
    }
  };

  it('a bug: INTERNAL, exit 70, the message and how to get the stack, not the stack', () => {
    const { code, text } = stderrOf(() => reportError(new TypeError('x is undefined'), {}));
    expect(code).toBe(70);
    expect(text).toMatch(/^error INTERNAL: x is undefined\nhint: .*DIPLOGRAPH_DEBUG=1/);
    expect(text).not.toMatch(/\n\s+at /);
    const debug = stderrOf(() => reportError(new TypeError('x'), { DIPLOGRAPH_DEBUG: '1' }));
    expect(debug.text).toMatch(/\n\s+at /);
  });

  it('a Diplograph error: its code, message and hint, exit 1', () => {
    const error = new DiplographError('CONFLICT', 'collided', {
      hint: 'send it again',
      cause: new Error('c'),
    });
    const { code, text } = stderrOf(() => reportError(error, {}));
    expect({ code, text }).toEqual({
      code: 1,
      text: 'error CONFLICT: collided\nhint: send it again\n',
    });
  });
});

describe('limits are worded as limits', () => {
  it.each([
    [
      'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
      'Token limit of 2000 exceeded: the document is longer.',
    ],
    [
      'Syntax Error: Query Cost limit of 5000 exceeded, found 12000.',
      'Query Cost limit of 5000 exceeded, found 12000.',
    ],
    [
      'Syntax Error: Aliases limit of 15 exceeded, found 100.',
      'Aliases limit of 15 exceeded, found 100.',
    ],
  ])('%s', (message, worded) => {
    expect(limitError({ message })).toEqual({
      message: worded,
      extensions: { code: 'LIMIT_EXCEEDED' },
    });
  });

  it('leaves other errors alone', () => {
    expect(limitError({ message: 'Syntax Error: Expected Name, found <EOF>.' })).toBeUndefined();
  });
});

describe('nesting and aliases in ingestion documents', () => {
  it('finds where nesting first goes past the limit, not counting brackets in strings', () => {
    expect(tooDeep('[[[]]]', 3)).toBeUndefined();
    expect(tooDeep('[\n [[[\n', 3)).toEqual({ line: 2, column: 4 });
    expect(tooDeep(`{"a": "${'['.repeat(100)}"}`)).toBeUndefined();
    expect(tooDeep('{"a": "\\"[[[["}', 2)).toBeUndefined();
    expect(tooDeep('['.repeat(MAX_NESTING + 1))).toEqual({ line: 1, column: MAX_NESTING + 1 });
  });

  it('a YAML alias bomb is a PARSE_ERROR of the file, not a crash', () => {
    const levels = ['a', 'b', 'c', 'd', 'e', 'f'];
    const bomb = levels
      .map(
        (name, i) =>
          `${name}: &${name} [${Array(9)
            .fill(i === 0 ? 'x' : `*${levels[i - 1]}`)
            .join(', ')}]`,
      )
      .join('\n');
    const read = readIngestFile('bomb.yaml', Buffer.from(bomb));
    expect(read).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'PARSE_ERROR',
          file: 'bomb.yaml',
          message: expect.stringMatching(/aliases expand too far/),
        }),
      ],
    });
  });

  it('deep JSON is a PARSE_ERROR naming the limit and the place', () => {
    const read = readIngestFile('deep.json', Buffer.from('['.repeat(5000) + ']'.repeat(5000)));
    expect(read).toEqual({
      ok: false,
      issues: [
        {
          code: 'PARSE_ERROR',
          file: 'deep.json',
          line: 1,
          column: MAX_NESTING + 1,
          message: expect.stringMatching(/deeper than 64/),
        },
      ],
    });
  });
});

describe('the progress bar', () => {
  it('has no ETA before there is a rate, then seconds or minutes left', () => {
    expect(etaText(100, 0)).toBe('…');
    expect(etaText(100, Number.NaN)).toBe('…');
    expect(etaText(100, 10)).toBe('10s');
    expect(etaText(1000, 10)).toBe('1m40s');
  });
});

describe('text policy: lone surrogates are refused, not replaced', () => {
  it('finds a lone half of a pair in values and keys, not a whole pair', () => {
    expect(loneSurrogateAt({ a: ['fine 🏃', { b: 'x\ud800y' }] })).toEqual(['a', 1, 'b']);
    expect(loneSurrogateAt({ ['k\udc00']: 1 })).toEqual(['k\udc00']);
    expect(loneSurrogateAt({ a: 'Run🏃Swim🏊', b: 'é' })).toBeUndefined();
  });

  it('a JSON document with one: PARSE_ERROR naming line and field', () => {
    const text = '{\n  "format": "diplograph/v1",\n  "statements": [{ "summary": "a\\ud800b" }]\n}';
    const read = readIngestFile('s.json', Buffer.from(text));
    expect(read).toEqual({
      ok: false,
      issues: [
        expect.objectContaining({
          code: 'PARSE_ERROR',
          file: 's.json',
          line: 3,
          field: 'statements[0].summary',
          message: expect.stringMatching(/lone surrogate/),
        }),
      ],
    });
  });
});
