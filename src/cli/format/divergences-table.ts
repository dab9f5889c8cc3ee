import type { DivergenceResult } from '../../comparison';
import { statementIds, textOf, windowText } from './text';

/**
 * `diplograph divergences`: under each position, a span per pair of actors holding opposite
 * stances, on two lines: the supporter (+) and the opposer (-), each with its statements.
 */
export function formatDivergencesTable(result: DivergenceResult): string {
  const lines = [
    `divergences ${windowText(result.from, result.to)}; modalities ${result.modalities.join(', ')}`,
  ];
  if (result.divergences.length === 0) {
    lines.push('', 'no divergences');
    return textOf(lines);
  }
  const actorWidth = Math.max(
    ...result.divergences.flatMap((d) => [d.supporter.actorId.length, d.opposer.actorId.length]),
  );
  const spanOf = (d: { from: string; to: string }) => windowText(d.from, d.to);
  const spanWidth = Math.max(...result.divergences.map((d) => spanOf(d).length));
  let position: string | null = null;
  for (const divergence of result.divergences) {
    if (divergence.positionId !== position) {
      position = divergence.positionId;
      lines.push('', position);
    }
    const span = spanOf(divergence).padEnd(spanWidth);
    const side = (sign: string, actor: string, ids: string[]) =>
      `${sign} ${actor.padEnd(actorWidth)}  ${ids.join(', ')}`;
    lines.push(
      `  ${span}  ${side('+', divergence.supporter.actorId, statementIds(divergence.supporter.evidence))}`,
      `  ${' '.repeat(span.length)}  ${side('-', divergence.opposer.actorId, statementIds(divergence.opposer.evidence))}`,
    );
  }
  lines.push('', `${result.divergences.length} divergence(s)`);
  return textOf(lines);
}
