import { execute, parse } from 'graphql';
import type { ExecutionResult, GraphQLSchema } from 'graphql';
import { tinySchema } from './tiny-schema';
import { compiledExecution } from '../../../src/graphql/compiled-execution';
import { DiplographError, ErrorCode } from '../../../src/errors';

/** Runs an operation through the executor Apollo is given, as Apollo calls it. */
async function runCompiled(schema: GraphQLSchema, source: string): Promise<ExecutionResult> {
  const gateway = compiledExecution(schema);
  let loaded: GraphQLSchema | undefined;
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => (loaded = apiSchema));
  const { executor } = await gateway.load({ apollo: {} });
  expect(loaded).toBe(schema);
  const request = {
    request: { query: source, variables: {} },
    document: parse(source),
    source,
    operationName: null,
    context: {},
  };
  return executor!(request as unknown as Parameters<NonNullable<typeof executor>>[0]);
}

describe('compiledExecution', () => {
  const schema = tinySchema(() => {
    throw new DiplographError(ErrorCode.NOT_FOUND, 'no such actor', { details: { id: 'X' } });
  });
  const source = `query {
  ok
  list { id
    broken }
}`;

  it('answers as graphql-js does, data and errors alike', async () => {
    const interpreted = await execute({ schema, document: parse(source), contextValue: {} });
    const compiled = await runCompiled(schema, source);
    expect(compiled.data).toEqual(interpreted.data);
    expect(compiled.errors?.map((e) => e.toJSON())).toEqual(
      interpreted.errors?.map((e) => e.toJSON()),
    );
  });

  it('keeps the cause of an error, and gives it the extensions Apollo reads', async () => {
    const [error] = (await runCompiled(schema, source)).errors ?? [];
    expect(error?.extensions).toEqual({});
    expect(error?.originalError).toBeInstanceOf(DiplographError);
    expect((error?.originalError as DiplographError).code).toBe(ErrorCode.NOT_FOUND);
    expect(error?.locations).toEqual([{ line: 4, column: 5 }]);
    expect(error?.path).toEqual(['list', 0, 'broken']);
  });
});
