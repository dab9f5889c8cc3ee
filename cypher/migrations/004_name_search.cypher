// Analysts look actors and places up by any of their names: "Iran", "Islamic Republic of
// Iran", "Saeid Khatibzadeh". Full-text indexes take lists of strings as well as strings.
CREATE FULLTEXT INDEX actor_and_place_names IF NOT EXISTS
FOR (n:Actor|Place) ON EACH [n.name, n.aliases];
CREATE INDEX position_type IF NOT EXISTS FOR (p:Position) ON (p.type);
