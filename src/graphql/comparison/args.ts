import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import type { ClassType } from 'type-graphql';
import { describeField } from '../../comparison';
import type { FieldType, RequestField, RequestFields, RequestOf } from '../../comparison';
import { PositionTypeRef } from '../types/position-type-ref';
import { REQUEST_ENUM_TYPES } from './enums';

@InputType({ description: 'How much a position counts in a weighted S score.' })
export class PositionWeight {
  @Field(() => ID, { description: 'The position: its id or label.' })
  position!: string;

  @Field(() => Float, { description: '≥ 0; positions not listed weigh 1.' })
  weight!: number;
}

/** The GraphQL type of a request field's value. */
function graphqlType(type: FieldType): Parameters<typeof Field>[0] {
  switch (type.kind) {
    case 'id':
      return () => ID;
    case 'ids':
      return () => [ID];
    case 'positionTypes':
      return () => [PositionTypeRef];
    case 'date':
      return () => String;
    case 'instant':
      return () => GraphQLDateTime;
    case 'count':
      return () => Int;
    case 'flag':
      return () => Boolean;
    case 'weights':
      return () => [PositionWeight];
    case 'enum':
      return () => REQUEST_ENUM_TYPES[type.enum];
    case 'enums':
      return () => [REQUEST_ENUM_TYPES[type.enum]];
  }
}

function declareField(target: object, name: string, field: RequestField): void {
  const given = field.required === true || field.default !== undefined;
  Field(graphqlType(field.type), {
    description: describeField(field),
    nullable: !given,
    ...(field.default === undefined ? {} : { defaultValue: field.default }),
  })(target, name);
}

/**
 * The arguments of a comparison query, one per field of its request definition
 * (src/comparison/request.ts), with the field's doc, default and nullability: the class
 * type-graphql reads for `@Args`, made rather than written so that it cannot drift.
 */
export function argsOf<F extends RequestFields>(name: string, fields: F): ClassType<RequestOf<F>> {
  const Args = { [name]: class {} }[name]!;
  for (const [field, definition] of Object.entries(fields)) {
    declareField(Args.prototype, field, definition);
  }
  ArgsType()(Args);
  return Args as ClassType<RequestOf<F>>;
}
