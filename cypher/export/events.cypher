// Export: events, their dates at their precision, places and topics. No parameters.
MATCH (e:Event)
RETURN e.id AS id, toString(e.date) AS date, e.datePrecision AS datePrecision, e.description AS description,
       [(e)-[:AT]->(p:Place) | p.id] AS places,
       [(e)-[:CONCERNS]->(t:Topic) | t.id] AS topics
ORDER BY id
