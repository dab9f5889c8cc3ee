import { show } from '../../catalog/catalog';
import type { CommandContext } from '../context';
import { shownJson } from '../format/show-json';
import { shownText } from '../format/show-text';
import { withDatabase } from '../with-database';

/** How `show` prints: a table (ids with their labels beside them) or the same data as JSON. */
export const SHOW_FORMATS = ['table', 'json'] as const;
export type ShowFormat = (typeof SHOW_FORMATS)[number];

export async function showCommand(
  context: CommandContext,
  text: string,
  options: { recent: number; format: ShowFormat },
): Promise<void> {
  const shown = await withDatabase(context, (db) => show(db, text, options.recent));
  process.stdout.write(options.format === 'json' ? shownJson(shown) : shownText(shown));
}
