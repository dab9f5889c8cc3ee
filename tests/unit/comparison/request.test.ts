import { getNamedType, getNullableType, isNonNullType } from 'graphql';
import type { GraphQLArgument } from 'graphql';
import { COMPARISON_OPERATIONS, describeField, REQUEST_ENUMS } from '../../../src/comparison';
import { flagOf } from '../../../src/cli/comparison-commands';
import { buildProgram } from '../../../src/cli/program';
import { diplographSchema } from '../../../src/graphql/schema';

/** One definition of each comparison request; its GraphQL and command-line faces follow it. */
const fieldsOf = (operation: (typeof COMPARISON_OPERATIONS)[number]) =>
  Object.entries(operation.fields);

describe('the comparison request definition', () => {
  it.each(COMPARISON_OPERATIONS.map((op) => [op.query, op] as const))(
    '%s: each default is a value its field takes',
    (_query, operation) => {
      for (const [, field] of fieldsOf(operation)) {
        if (field.default === undefined) continue;
        const { type } = field;
        if (type.kind === 'enum') {
          expect(REQUEST_ENUMS[type.enum] as readonly unknown[]).toContain(field.default);
        } else {
          expect(typeof field.default).toBe(type.kind === 'flag' ? 'boolean' : 'number');
        }
        expect(field.required).toBeUndefined();
      }
    },
  );

  it.each(COMPARISON_OPERATIONS.map((op) => [op.query, op] as const))(
    '%s: the GraphQL arguments are its fields, with their docs, defaults and nullability',
    (query, operation) => {
      const field = diplographSchema().getQueryType()!.getFields()[query]!;
      expect(field.description).toBe(operation.doc);
      const args = new Map<string, GraphQLArgument>(field.args.map((arg) => [arg.name, arg]));
      expect([...args.keys()].sort()).toEqual(Object.keys(operation.fields).sort());
      for (const [name, definition] of fieldsOf(operation)) {
        const arg = args.get(name)!;
        expect(arg.description).toBe(describeField(definition));
        expect(arg.defaultValue).toEqual(definition.default);
        expect(isNonNullType(arg.type)).toBe(
          definition.required === true || definition.default !== undefined,
        );
        if (definition.type.kind === 'enum' || definition.type.kind === 'enums') {
          expect(getNamedType(getNullableType(arg.type)).name).toBe(definition.type.enum);
        }
      }
    },
  );

  it.each(
    COMPARISON_OPERATIONS.filter((op) => op.command).map((op) => [op.command!.name, op] as const),
  )('%s: an option per field, with its default and whether it is required', (name, operation) => {
    const command = buildProgram().commands.find((c) => c.name() === name)!;
    expect(command.description()).toBe(operation.command!.summary);
    const options = new Map(command.options.map((option) => [option.long, option]));
    const offered = fieldsOf(operation).filter(([, field]) => !field.apiOnly);
    expect([...options.keys()].sort()).toEqual(
      [...offered.map(([field]) => flagOf(field)), '--format', '--out'].sort(),
    );
    for (const [field, definition] of offered) {
      const option = options.get(flagOf(field))!;
      expect(option.attributeName()).toBe(field);
      expect(option.mandatory).toBe(definition.required === true);
      expect(option.defaultValue).toEqual(
        definition.type.kind === 'flag' ? undefined : definition.default,
      );
      expect(option.description).toContain(describeField(definition));
    }
  });
});
