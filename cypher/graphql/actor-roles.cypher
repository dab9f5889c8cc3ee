// The roles persons hold, for a list of persons at once. Params: $ids (actor ids).
MATCH (person:Actor)-[r:HOLDS_ROLE]->(of:Actor) WHERE person.id IN $ids
RETURN person.id AS id, collect({title: r.title, of: of.id, from: r.from, to: r.to}) AS roles
