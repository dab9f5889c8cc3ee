import type { Bucket, BucketCell, StanceEvidence } from '../../../src/analysis';
import type { Stance } from '../../../src/model/vocabulary';

/** Hand-built pieces of comparison results for the formatter tests. */

export const BUCKETS: Bucket[] = [
  { key: '2020-09', from: '2020-09-15', to: '2020-09-30' },
  { key: '2020-10', from: '2020-10-01', to: '2020-10-31' },
  { key: '2020-11', from: '2020-11-01', to: '2020-11-30' },
];

export function evidence(statement: string, date: string, stance: Stance): StanceEvidence {
  return {
    statementId: `statement:${statement}`,
    quoteId: `quote:${statement}`,
    date,
    stance,
    act: 'AFFIRMS',
    modality: 'ASSERTED',
  };
}

export function cell(
  actorId: string,
  positionId: string,
  bucket: Bucket,
  fields: Partial<BucketCell> = {},
): BucketCell {
  return {
    actorId,
    positionId,
    bucket,
    stance: null,
    mixed: false,
    carried: false,
    statedOn: null,
    evidence: [],
    supports: 0,
    opposes: 0,
    neutral: 0,
    ...fields,
  };
}
