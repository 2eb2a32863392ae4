// Example questions over the graph that scripts/demo.sh builds from examples/articles/.

// Who is in the graph, and under which other names?
MATCH (p:Person) RETURN p.name AS person, p.aliases AS also_written ORDER BY person;

// Who did what to whom, and which articles say so?
MATCH (s)-[r]->(o) WHERE type(r) <> 'MENTIONS'
RETURN s.name AS subject, type(r) AS fact, o.name AS object, size(r.sources) AS articles
ORDER BY subject, fact, object;

// Where do the articles disagree?
CALL kg.conflicts() YIELD subject, predicate, object, attribute, values
RETURN subject, predicate, object, attribute, values;

// Which articles mention each person?
MATCH (a:Article)-[:MENTIONS]->(p:Person)
RETURN p.name AS person, collect(a.title) AS articles ORDER BY person;
