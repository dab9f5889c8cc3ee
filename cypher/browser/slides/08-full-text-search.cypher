// Full-text search
// Quotes and statement summaries matching words (Lucene syntax: "exact phrase", AND, OR, fuzzy~).
//   :param text => 'territorial integrity'
CALL db.index.fulltext.queryNodes('quote_and_summary_text', $text) YIELD node, score
RETURN labels(node) AS kind, coalesce(node.text, node.summary) AS text, score
ORDER BY score DESC
LIMIT 10
