import type { CommandContext } from '../context';
import { withDatabase } from '../with-database';
import { graphStats } from './stats.queries';

export async function statsCommand(context: CommandContext, json: boolean): Promise<void> {
  const rows = await withDatabase(context, (db) => db.rows(graphStats));
  const labels = Object.fromEntries(
    rows.filter((r) => r.kind === 'label').map((r) => [r.name, r.count]),
  );
  const relationships = Object.fromEntries(
    rows.filter((r) => r.kind === 'relationship').map((r) => [r.name, r.count]),
  );
  if (json) {
    process.stdout.write(`${JSON.stringify({ labels, relationships }, null, 2)}\n`);
    return;
  }
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  const table = (entries: Record<string, number>) =>
    Object.entries(entries)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, count]) => `  ${name.padEnd(width)} ${count}`)
      .join('\n');
  process.stdout.write(`nodes\n${table(labels)}\nrelationships\n${table(relationships)}\n`);
}
