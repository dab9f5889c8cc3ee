import type { PositionTypeRow } from '../../comparison/comparison.queries';
import { csvText } from './csv';
import { textOf } from './text';

/** A type with its depth in the tree, in tree order: each parent, then its children by id. */
export interface PositionTypeLine extends PositionTypeRow {
  depth: number;
}

/** The rows in tree order (roots by id, each followed by its subtree); orphans as roots. */
export function treeOrder(rows: readonly PositionTypeRow[]): PositionTypeLine[] {
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, PositionTypeRow[]>();
  for (const row of rows) {
    const parent = row.parent !== null && ids.has(row.parent) ? row.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), row]);
  }
  const lines: PositionTypeLine[] = [];
  const visit = (parent: string | null, depth: number, seen: Set<string>) => {
    const below = [...(children.get(parent) ?? [])].sort((a, b) => a.id.localeCompare(b.id));
    for (const row of below) {
      if (seen.has(row.id)) continue; // a loop edited into the graph by hand: shown once
      seen.add(row.id);
      lines.push({ ...row, depth });
      visit(row.id, depth + 1, seen);
    }
  };
  visit(null, 0, new Set());
  return lines;
}

/** The tree as a table: ids indented under their parents, with label and description. */
export function positionTypesTable(rows: readonly PositionTypeRow[]): string {
  const lines = treeOrder(rows);
  const idCells = lines.map((l) => `${'  '.repeat(l.depth)}${l.id}`);
  const idWidth = Math.max('type'.length, ...idCells.map((c) => c.length));
  const labelWidth = Math.max('label'.length, ...lines.map((l) => l.label.length));
  return textOf([
    `${'type'.padEnd(idWidth)}  ${'label'.padEnd(labelWidth)}  description`,
    ...lines.map(
      (l, i) =>
        `${idCells[i]!.padEnd(idWidth)}  ${l.label.padEnd(labelWidth)}  ${l.description ?? ''}`,
    ),
  ]);
}

export function positionTypesCsv(rows: readonly PositionTypeRow[]): string {
  return csvText(
    ['id', 'label', 'parent', 'depth', 'description'],
    treeOrder(rows).map((l) => [l.id, l.label, l.parent, l.depth, l.description]),
  );
}

/** JSON: the tree as nested objects, each with its children. */
export function positionTypesJson(rows: readonly PositionTypeRow[]): unknown[] {
  const lines = treeOrder(rows);
  type Node = PositionTypeRow & { children: Node[] };
  const nodes = new Map<string, Node>(
    lines.map((l) => [l.id, { ...withoutDepth(l), children: [] }]),
  );
  const roots: Node[] = [];
  for (const line of lines) {
    const node = nodes.get(line.id)!;
    const parent = line.depth > 0 && line.parent !== null ? nodes.get(line.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

function withoutDepth({ depth: _depth, ...row }: PositionTypeLine): PositionTypeRow {
  return row;
}
