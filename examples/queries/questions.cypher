// The 30 questions of shared/gold/questions.json, asked of the graph built from the seed
// articles (kg build ../shared/seeds). One statement per question, in order; answers come
// from the graph, with their sources.

// q01 Who did Leroy Smith shoot?
MATCH (:Person {name: 'Leroy Smith'})-[r:SHOT]->(v) RETURN v.name AS victim, r.sources AS sources ORDER BY victim;
// q02 When did the shooting of the two officers happen? (every claimed date, with sources)
CALL kg.conflicts() YIELD subject, predicate, object, attribute, values
WHERE predicate = 'SHOT' AND attribute = 'date' RETURN subject, object, values ORDER BY object;
// q03 Where did the shooting take place?
MATCH (:Person {name: 'Leroy Smith'})-[r:SHOT]->() WHERE r.place IS NOT NULL RETURN DISTINCT r.place AS place;
// q04 Which articles mention Simon Carroll by name?
MATCH (a:Article)-[:MENTIONS]->(:Person {name: 'Simon Carroll'}) RETURN a.path AS article ORDER BY article;
// q05 What names and aliases is Leroy Smith referred to by?
MATCH (p:Person {name: 'Leroy Smith'}) RETURN p.name AS name, p.aliases AS aliases, p.nickname AS nickname;
// q06 Which surface forms refer to James Seymour, including misspellings?
MATCH (p:Person {name: 'James Seymour'}) RETURN p.name AS name, p.aliases AS aliases;
// q07 Which names are used for the police force Seymour served in?
MATCH (:Person {name: 'James Seymour'})-[:MEMBER_OF]->(o) RETURN o.name AS name, o.aliases AS aliases;
// q08 What book did Leroy Smith write?
MATCH (:Person {name: 'Leroy Smith'})-[:WROTE]->(w:Work) RETURN w.name AS work;
// q09 Who arrested Leroy Smith, and where and when?
MATCH (a)-[r:ARRESTED]->(:Person {name: 'Leroy Smith'}) RETURN a.name AS arrester, r.place AS place, r.date AS date;
// q10 Where did Leroy Smith flee to after the shooting?
MATCH (:Person {name: 'Leroy Smith'})-[:FLED_TO]->(l) RETURN l.name AS place ORDER BY place;
// q11 Which organisations did James Seymour belong to?
MATCH (:Person {name: 'James Seymour'})-[r:MEMBER_OF]->(o) RETURN o.name AS organisation, r.role AS role;
// q12 How are James Seymour and Simon Carroll connected?
MATCH p = allShortestPaths((a:Person {name: 'James Seymour'})-[*..3]-(b:Person {name: 'Simon Carroll'}))
WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONS')
RETURN [n IN nodes(p) | n.name] AS people, [r IN relationships(p) | type(r)] AS via;
// q13 How is Leroy Smith connected to BAFTA?
// (Facts point away from their subject, so a directed path never passes through an Article.)
MATCH p = (:Person {name: 'Leroy Smith'})-[*1..3]->(b) WHERE b.name CONTAINS 'BAFTA'
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS via ORDER BY size(via);
// q14 What chain of relations leads from the shooting to the friendship between Smith and Seymour?
MATCH (a:Person {name: 'Leroy Smith'})-[r]-(b:Person {name: 'James Seymour'})
RETURN startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object, r.date AS date
UNION
MATCH (a:Person {name: 'Leroy Smith'})-[w:WROTE]->(book:Work)<-[r:READ]-(b:Person {name: 'James Seymour'})
UNWIND [w, r] AS rel
RETURN startNode(rel).name AS subject, type(rel) AS relation, endNode(rel).name AS object, rel.date AS date;
// q15 How is Leroy Smith connected to the Metropolitan Police?
// (He shot two of its officers; the other paths through Seymour are his friendship with one.)
MATCH p = (:Person {name: 'Leroy Smith'})-[:SHOT]->(:Person)-[:MEMBER_OF]->(o:Organization)
WHERE o.name STARTS WITH 'Metropolitan'
RETURN [n IN nodes(p) | n.name] AS chain, [r IN relationships(p) | type(r)] AS via ORDER BY chain, via;
// q16 How many distinct people are named across the articles (story people and bylines)?
MATCH (p:Person) WITH collect(p.name) AS named
MATCH (a:Article) WHERE a.author IS NOT NULL AND NOT a.author IN named
WITH named, collect(DISTINCT a.author) AS bylines
RETURN size(named) + size(bylines) AS people, named + bylines AS names;
// q17 How many distinct organisations are named?
MATCH (o:Organization) RETURN count(o) AS organisations;
// q18 How long did Leroy Smith spend in prison for the shooting?
MATCH (p:Person {name: 'Leroy Smith'}) CALL kg.claims(p) YIELD attribute, value, sources
WHERE attribute = 'years_served' RETURN value AS years, sources ORDER BY years;
// q19 What prison sentence did Leroy Smith receive?
MATCH (p:Person {name: 'Leroy Smith'}) RETURN p.years_sentenced AS years;
// q20 How long after the shooting are Smith and Seymour described as friends?
CALL kg.search('years later') YIELD article, evidence RETURN DISTINCT article, evidence LIMIT 1;
// q21 Was Leroy Smith ever a police officer?
MATCH (p:Person {name: 'Leroy Smith'}) CALL kg.claims(p) YIELD attribute, value
WHERE attribute = 'occupation' RETURN collect(value) AS occupations;
// q22 Which facts are disputed, and which sources support each side?
CALL kg.conflicts() YIELD subject, predicate, object, attribute, values
RETURN subject, predicate, object, attribute, values ORDER BY subject, attribute;
// q23 Which article contradicts itself on the year of the shooting?
CALL kg.conflicts() YIELD predicate, attribute, values WHERE predicate = 'SHOT' AND attribute = 'date'
UNWIND values AS v UNWIND v.sources AS article
WITH article, collect(DISTINCT left(v.value, 4)) AS years WHERE size(years) > 1
RETURN DISTINCT article, years;
// q24 Which documentary did Leroy Smith appear in, and who produced it?
MATCH (:Person {name: 'Leroy Smith'})-[:FEATURED_IN]->(w:Work) OPTIONAL MATCH (o)-[:PRODUCED]->(w)
RETURN w.name AS work, o.name AS producer;
// q25 What award did Leroy Smith receive, from whom, and when?
MATCH (:Person {name: 'Leroy Smith'})-[r:AWARDED]->(a) OPTIONAL MATCH (a)-[:CONFERRED_BY]->(g)
RETURN a.name AS award, g.name AS given_by, r.date AS date;
// q26 Where is James Seymour from, and how old was he?
MATCH (p:Person {name: 'James Seymour'}) OPTIONAL MATCH (p)-[:FROM]->(l)
RETURN l.name AS from, p.age AS age;
// q27 Where did Leroy Smith grow up?
MATCH (:Person {name: 'Leroy Smith'})-[:FROM|LIVED_IN]->(l) RETURN DISTINCT l.name AS place ORDER BY place;
// q28 Which news outlets did Leroy Smith speak to?
MATCH (:Person {name: 'Leroy Smith'})-[r:SPOKE_TO]->(o:Organization)
RETURN o.name AS outlet, r.sources AS articles ORDER BY outlet;
// q29 Which articles mention the Atlantic pub by name?
MATCH (a:Article)-[:MENTIONS]->(l:Location) WHERE toLower(l.name) CONTAINS 'atlantic' RETURN a.path AS article;
// q30 When was Out of the Box published?
MATCH (w:Work {name: 'Out of the Box'}) RETURN w.published AS published;
