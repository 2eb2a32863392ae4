// kg.search(text) over the graph of the seed articles (kg build ../shared/seeds): fact and
// claim sentences ranked by BM25, best first. Checked by tests/examples (seed_search).

// The sentence that says it ranks first, though no sentence holds the words in this order.
CALL kg.search('shot in the back') YIELD article, evidence, subject, predicate, object, score
RETURN article, evidence, subject, predicate, object, score LIMIT 5;
// Word forms: "shootings" finds "shooting" and "shoots".
CALL kg.search('shootings') YIELD evidence, score RETURN DISTINCT evidence, score LIMIT 3;
// A claim's sentence: an attribute claim yields its node as item.
CALL kg.search('now 52') YIELD subject, predicate, object, item, score WHERE predicate = 'age'
RETURN subject, predicate, object, labels(item) AS labels, score;
