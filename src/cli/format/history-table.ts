import type { DayStance } from '../../analysis';
import type { PositionHistory } from '../../comparison';
import { statementIds, textOf } from './text';

/** A day's stance as printed: SUPPORTS, OPPOSES, NEUTRAL, or MIXED when its statements disagree. */
export function dayStanceText(day: DayStance): string {
  return day.mixed || day.stance === null ? 'MIXED' : day.stance;
}

const STANCE_WIDTH = 'SUPPORTS'.length;
const DATE_WIDTH = 'YYYY-MM-DD'.length;

/** The statements of the day; on a mixed day each with the stance it takes. */
function evidenceText(day: DayStance): string {
  if (!day.mixed) return statementIds(day.evidence).join(', ');
  const taken = new Map<string, Set<string>>();
  for (const item of day.evidence) {
    const stances = taken.get(item.statementId) ?? new Set<string>();
    stances.add(item.stance);
    taken.set(item.statementId, stances);
  }
  return [...taken].map(([id, stances]) => `${id} ${[...stances].join('/')}`).join(', ');
}

/**
 * `diplograph history`: a line per day the actor said something on the position, oldest first,
 * each change of stance marked on the line after the day it happened.
 */
export function formatHistoryTable(history: PositionHistory): string {
  const lines = [
    `${history.actor} on ${history.position}; modalities ${history.modalities.join(', ')}`,
  ];
  if (history.stances.length === 0) {
    lines.push('no stance recorded');
    return textOf(lines);
  }
  const shiftTo = new Map(history.shifts.map((shift) => [shift.to.date, shift]));
  for (const day of history.stances) {
    lines.push(`${day.date}  ${dayStanceText(day).padEnd(STANCE_WIDTH)}  (${evidenceText(day)})`);
    const shift = shiftTo.get(day.date);
    if (shift !== undefined) {
      lines.push(
        `${' '.repeat(DATE_WIDTH)}  ↳ shift: ${dayStanceText(shift.from)} → ${dayStanceText(shift.to)}`,
      );
    }
  }
  lines.push(`${history.stances.length} day(s), ${history.shifts.length} shift(s)`);
  return textOf(lines);
}
