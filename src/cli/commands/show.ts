import { show } from '../../catalog/catalog';
import type { CommandContext } from '../context';
import { shownText } from '../format/show-text';
import { jsonText } from '../format/text';
import { withDatabase } from '../with-database';

export async function showCommand(
  context: CommandContext,
  text: string,
  options: { recent: number; json: boolean },
): Promise<void> {
  const shown = await withDatabase(context, (db) => show(db, text, options.recent));
  process.stdout.write(options.json ? jsonText(shown) : shownText(shown));
}
