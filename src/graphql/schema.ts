import 'reflect-metadata';
import { isAbstractType } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { resolverClasses } from './resolver-classes';
import { Authority, Organization, Person, State } from './types/actor';
import { resolveByTypeName } from './types/node';
import { Document, Event, Place, Quote, Source, Topic } from './types/entities';

let schema: GraphQLSchema | undefined;

/** The API's schema, built once from the decorated classes (schema/schema.graphql prints it). */
export function diplographSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: resolverClasses(),
    // Types reached only through interfaces and unions.
    orphanedTypes: [
      State,
      Person,
      Organization,
      Authority,
      Document,
      Event,
      Place,
      Quote,
      Source,
      Topic,
    ],
    validate: false,
  });
  resolveTypesAtOnce(schema);
  return schema;
}

/**
 * type-graphql wraps every `resolveType` in an async function, so each actor, node or subject
 * in an answer became a promise for the executor to wait on (5,400 in one agreement report).
 * Every value of the API names its type (`_type`), so the type is known at once.
 */
function resolveTypesAtOnce(built: GraphQLSchema): void {
  for (const type of Object.values(built.getTypeMap())) {
    if (isAbstractType(type)) type.resolveType = resolveByTypeName;
  }
}
