import type { PairAgreement } from '../../analysis';
import type { AgreementResult } from '../../comparison';
import { cliName, intervalText, textOf, windowText } from './text';

/** Shown instead of a score the measure does not define for the data (the reason follows). */
export const NO_SCORE = '—';

/** Three decimals; `—` when the measure is undefined for the data. */
export function scoreText(value: number | null): string {
  return value === null ? NO_SCORE : value.toFixed(3);
}

/** What a pair's row says after n: the reason when there is no score, the positions counted, the mixed ones. */
function detailText(pair: PairAgreement): string {
  const { result } = pair;
  const parts: string[] = [];
  if (result.reason !== undefined) parts.push(`(${result.reason})`);
  if (result.positions.length > 0) parts.push(result.positions.join(', '));
  const text = parts.join(' ');
  return pair.mixedPositions.length > 0
    ? `${text}; mixed: ${pair.mixedPositions.join(', ')}`
    : text;
}

/**
 * `diplograph agreement` as a table: a block per bucket, a row per pair of actors with the
 * score, n (positions counted) and those positions.
 */
export function formatAgreementTable(result: AgreementResult): string {
  const lines = [
    `${cliName(result.measure)} ${windowText(result.from, result.to)} ${intervalText(result.interval)}; ` +
      `missing: ${cliName(result.missing)}, min overlap ${result.minOverlap}, ` +
      `basis: ${cliName(result.basis)}; modalities ${result.modalities.join(', ')}`,
  ];
  const pairName = (pair: PairAgreement) => `${pair.actorA}–${pair.actorB}`;
  const pairWidth = Math.max('pair'.length, ...result.pairs.map((pair) => pairName(pair).length));
  const scoreWidth = Math.max(
    'score'.length,
    ...result.pairs.map((pair) => scoreText(pair.result.value).length),
  );
  const nWidth = Math.max(1, ...result.pairs.map((pair) => String(pair.result.n).length));
  const row = (pair: string, score: string, n: string, detail: string) =>
    `  ${pair.padEnd(pairWidth)}  ${score.padStart(scoreWidth)}  ${n.padStart(nWidth)}  ${detail}`;
  for (const bucket of result.buckets) {
    lines.push('', `${bucket.key}  ${windowText(bucket.from, bucket.to)}`);
    lines.push(row('pair', 'score', 'n', 'positions'));
    for (const pair of result.pairs.filter((p) => p.bucket.key === bucket.key)) {
      lines.push(
        row(pairName(pair), scoreText(pair.result.value), String(pair.result.n), detailText(pair)),
      );
    }
  }
  return textOf(lines);
}
