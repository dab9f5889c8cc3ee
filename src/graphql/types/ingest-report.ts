import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { registerEnumType } from 'type-graphql';

export const IngestFormatEnum = { YAML: 'YAML', JSON: 'JSON', NDJSON: 'NDJSON' } as const;
registerEnumType(IngestFormatEnum, {
  name: 'IngestFormat',
  description: 'How `text` is written: a YAML or JSON document, or NDJSON (one statement a line).',
});

@InputType({ description: 'Statements in the ingestion format (docs/ingest-format.md).' })
export class IngestInput {
  @Field(() => IngestFormatEnum)
  format!: keyof typeof IngestFormatEnum;

  @Field({ description: 'The file content, format diplograph/v1.' })
  text!: string;

  @Field({ defaultValue: false, description: 'Validate only; write nothing.' })
  dryRun!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'What the graph changed by.' })
export class WriteCounters {
  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  relationshipsCreated!: number;

  @Field(() => Int)
  propertiesSet!: number;

  @Field(() => Int)
  labelsAdded!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The same report as `diplograph ingest --json`.',
})
export class IngestReport {
  @Field(() => Int, { description: 'Statement records read.' })
  statements!: number;

  @Field(() => Int, { description: 'Statements new to the graph.' })
  statementsNew!: number;

  @Field(() => Int)
  stances!: number;

  @Field(() => Int)
  quotes!: number;

  @Field(() => Int)
  actorsDefined!: number;

  @Field(() => Int)
  positions!: number;

  @Field()
  dryRun!: boolean;

  @Field(() => WriteCounters, { nullable: true, description: 'Null on a dry run.' })
  counters!: WriteCounters | null;

  @Field(() => Float)
  seconds!: number;
}
