// How many topics there are: the topics connection's totalCount, run only when it is asked for.
// No parameters.
MATCH (t:Topic)
RETURN count(t) AS total
