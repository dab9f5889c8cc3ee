import type { AgreementData } from '../charts/types';
import { gql } from './api';
import type { AgreementOptionValues } from './agreement-options';
import type { Scope } from './scope-form';

/** `agreement` for a scope, as chart data: the agreement heat map's and the stance map's source. */

export interface Bucket {
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

interface AgreementResult {
  agreement: {
    measure: string;
    buckets: Bucket[];
    actors: { id: string; name: string }[];
    pairs: {
      actorA: { id: string };
      actorB: { id: string };
      bucket: { key: string };
      score: number | null;
      n: number;
      reason: string | null;
    }[];
  };
}

const AGREEMENT = `query Agreement($actors: [ID!]!, $topic: ID, $positions: [ID!], $from: String!, $to: String!, $interval: Interval!,
    $measure: AgreementMeasure!, $missing: MissingStance!, $basis: StanceBasis!, $minOverlap: Int!) {
  agreement(actors: $actors, topic: $topic, positions: $positions, from: $from, to: $to, interval: $interval,
    measure: $measure, missing: $missing, basis: $basis, minOverlap: $minOverlap) {
    measure buckets { key from to } actors { id name }
    pairs { actorA { id } actorB { id } bucket { key } score n reason }
  }
}`;

export async function fetchAgreement(
  scope: Scope & AgreementOptionValues,
): Promise<{ data: AgreementData; buckets: Bucket[] }> {
  const { agreement: r } = await gql<AgreementResult>(AGREEMENT, { ...scope });
  const data: AgreementData = {
    measure: r.measure,
    actors: r.actors.map((a) => ({ id: a.id, label: a.name })),
    buckets: r.buckets.map((b) => b.key),
    pairs: r.pairs.map((p) => ({
      actorA: p.actorA.id,
      actorB: p.actorB.id,
      bucket: p.bucket.key,
      score: p.score,
      n: p.n,
      reason: p.reason,
    })),
  };
  return { data, buckets: r.buckets };
}
