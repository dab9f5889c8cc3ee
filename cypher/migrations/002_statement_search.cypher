// Time-window queries filter statements by date; analysts search quotes and summaries by words.
CREATE RANGE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.date);
CREATE FULLTEXT INDEX quote_and_summary_text IF NOT EXISTS
FOR (n:Quote|Statement) ON EACH [n.text, n.summary];
