// Bulk import: every node of a graph that holds only what migrations wrote (reference data, the
// migration records), with its labels and its properties' values and types, to be written into
// the new store with the imported data.
MATCH (n)
RETURN
  elementId(n) AS elementId,
  labels(n) AS labels,
  [key IN keys(n) | {key: key, value: n[key], type: valueType(n[key])}] AS properties
