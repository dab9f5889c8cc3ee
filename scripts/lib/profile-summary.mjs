// A PROFILE plan in a few lines for a benchmark's output: db hits summed over the plan, the
// rows it returned, and its operators top-down with their rows and db hits, so that where a
// query starts (which index, in which order) and where its work goes can be read at a glance.

/** Flattens a driver's profile tree into operators, top-down. */
function operators(plan, depth = 0, out = []) {
  const detail = plan.arguments?.Details ?? '';
  out.push({
    depth,
    operator: plan.operatorType.replace(/@neo4j$/, ''),
    rows: plan.rows,
    dbHits: plan.dbHits,
    detail: String(detail).slice(0, 90),
  });
  for (const child of plan.children) operators(child, depth + 1, out);
  return out;
}

/** Runs `PROFILE text` and returns {dbHits, rows, lines}. */
export async function profileOf(driver, text, params) {
  const result = await driver.executeQuery(`PROFILE ${text}`, params, { database: 'neo4j' });
  const ops = operators(result.summary.profile);
  const dbHits = ops.reduce((sum, op) => sum + op.dbHits, 0);
  const lines = ops.map(
    (op) =>
      `${'  '.repeat(op.depth)}${op.operator} rows=${op.rows} dbHits=${op.dbHits}${op.detail ? `  ${op.detail}` : ''}`,
  );
  return { dbHits, rows: result.records.length, lines };
}
