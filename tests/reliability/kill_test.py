#!/usr/bin/env python3
"""Crash safety: kills kg with SIGKILL at random moments and checks what it leaves.

usage: kill_test.py KG_BINARY [--kills N] [--seed S] [--articles N] [--work DIR]

1. `kg build` of an invented corpus (make_corpus.py), killed at least N times, each run
   continuing the same database. After every kill the database is reopened and checked:
   it opens; every Article present is whole (its MENTIONS, the facts and claims citing it,
   exactly as in a clean build); no fact or claim cites an absent Article; every fact has one
   evidence sentence per source. A last, uninterrupted build completes the rest, and its
   export equals a clean build's (node ids aside).
2. `kg remove` of every article, killed until 3 kills land mid-way: the same checks, then a
   build brings back exactly the clean graph.
3. A long Cypher write statement, killed mid-way a few times: all of it or none of it.

Prints one line per kill, reopening and check; exits 1 on the first broken promise.
A failing run prints its seed: `--seed S` replays its delays.
"""
import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import make_corpus  # noqa: E402

KG = None
TALLY = {"kills": 0, "reopenings": 0, "checks": 0}


def fail(message):
    print(f"FAIL: {message}", flush=True)
    sys.exit(1)


def check(ok, message):
    TALLY["checks"] += 1
    if not ok:
        fail(message)


def query(db, statement):
    """Runs a read statement; the database must open and answer."""
    done = subprocess.run([KG, "query", "--db", db, "--format", "json", statement],
                          capture_output=True, text=True)
    check(done.returncode == 0, f"query failed on {db} (exit {done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout.splitlines()[0])["rows"]


ARTICLES = ("MATCH (a:Article) OPTIONAL MATCH (a)-[m:MENTIONS]->() "
            "RETURN a.id, count(m), sum(m.count)")
FACTS = ("MATCH ()-[r]->() WHERE r.sources IS NOT NULL "
         "RETURN r.sources, size(r.evidence)")
CLAIMS = "MATCH (n) CALL kg.claims(n) YIELD sources UNWIND sources AS s RETURN s, count(*)"


def article_shapes(db):
    """{article id: (MENTIONS, sum of their counts, facts citing it, claims citing it)},
    and the ids that facts or claims cite."""
    shapes = {row[0]: [row[1], row[2] or 0, 0, 0] for row in query(db, ARTICLES)}
    cited = set()
    for sources, evidence in query(db, FACTS):
        check(len(sources) == evidence, f"a fact has {len(sources)} sources and {evidence} evidence")
        for source in sources:
            cited.add(source)
            if source in shapes:
                shapes[source][2] += 1
    for source, count in query(db, CLAIMS):
        cited.add(source)
        if source in shapes:
            shapes[source][3] += count
    return {k: tuple(v) for k, v in shapes.items()}, cited


def check_consistent(db, reference, label):
    """The per-kill check: opens, whole articles, no orphan sources. Returns the article count."""
    TALLY["reopenings"] += 1
    shapes, cited = article_shapes(db)
    orphans = cited - set(shapes)
    check(not orphans, f"{label}: facts or claims cite absent articles {sorted(orphans)[:5]}")
    for article, shape in shapes.items():
        check(article in reference, f"{label}: an Article {article} that no clean build has")
        check(shape == reference[article],
              f"{label}: article {article} is not whole: (mentions, mention count, facts, claims) "
              f"{shape}, clean build {reference[article]}")
    return len(shapes)


SYMMETRIC = {"MET", "FRIENDS_WITH", "COLLEAGUE_OF", "RELATIVE_OF"}


def canonical_export(db):
    """The jsonl export with node ids replaced by the node's own line, plus every claim and
    dispute, sorted: two graphs that hold the same compare equal."""
    done = subprocess.run([KG, "export", "--db", db, "--format", "jsonl"], capture_output=True, text=True)
    check(done.returncode == 0, f"export failed: {done.stderr.strip()}")
    nodes, lines, rels = {}, [], []
    for line in done.stdout.splitlines():
        item = json.loads(line)
        if item["~kind"] == "relationship":
            rels.append(item)
            continue
        node_id = item.pop("id")
        nodes[node_id] = json.dumps(item, sort_keys=True)
        lines.append(nodes[node_id])
    for rel in rels:
        rel.pop("id")
        rel["start"], rel["end"] = nodes[rel["start"]], nodes[rel["end"]]
        if rel["type"] in SYMMETRIC:  # one relationship, either direction (SPEC.md)
            rel["start"], rel["end"] = sorted([rel["start"], rel["end"]])
        lines.append(json.dumps(rel, sort_keys=True))
    claims = ("MATCH (n) CALL kg.claims(n) YIELD attribute, value, as_of, sources, evidence "
              "RETURN n.name, attribute, value, as_of, sources, evidence")
    lines += ["claim " + json.dumps(r) for r in query(db, claims)]
    lines += ["conflict " + json.dumps(r) for r in query(db, "CALL kg.conflicts()")]
    return sorted(lines)


def kill_after(command, delay):
    """Starts command, SIGKILLs it after delay seconds. True when the kill landed (it was
    still running), False when it had already exited (then it must have succeeded)."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        process.wait(timeout=delay)
        check(process.returncode == 0, f"{command[1]} exited {process.returncode}: {process.stderr.read()}")
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        TALLY["kills"] += 1
        return True


def build_kills(work, corpus, reference, timing, kills, rng):
    """Kills builds of one database until `kills` kills have landed between two articles'
    writes. The delay is the startup time (loading the models) plus a random share of what
    is left to compile, a sixth on average; the startup estimate adapts to the machine's
    load. When a build finishes first, a random third of the articles is removed to make work."""
    db = os.path.join(work, "crash.db")
    startup, per_article = timing
    total, present, landed, mid = len(reference), 0, 0, 0
    while mid < kills:
        check(landed < kills * 4, f"only {mid} of {landed} kills landed mid-compile")
        delay = startup + rng.uniform(0.0, (total - present) * per_article / 3)
        killed = kill_after([KG, "build", "--db", db, "--quiet", corpus], delay)
        before, present = present, check_consistent(db, reference, f"after build kill {landed + 1}")
        if killed:
            landed += 1
            mid += before < present < total
            if present == before:
                startup *= 1.1
            print(f"kill {landed:2d}: build killed after {delay * 1000:4.0f} ms; reopened; "
                  f"{before:3d} -> {present:3d} of {total} articles, each whole; no orphan sources",
                  flush=True)
        else:
            startup *= 0.85
            print(f"         build finished within {delay * 1000:4.0f} ms; reopened; {present} articles", flush=True)
        if present == total:
            files = sorted(os.listdir(corpus))
            gone = [os.path.join(corpus, f) for f in rng.sample(files, len(files) // 3)]
            subprocess.run([KG, "remove", "--db", db] + gone, check=True, capture_output=True)
            present = check_consistent(db, reference, "after removing a third")
            print(f"         removed a third of the articles to make work: {present} left", flush=True)
    print(f"{landed} build kills, {mid} of them mid-compile (some articles written, not all)", flush=True)
    return db


def remove_kills(db, corpus, reference, kills, rng):
    """Kills `kg remove` of every article until `kills` kills have landed mid-way (some
    articles retracted, not all), checking after each; when a removal finishes first, an
    uninterrupted build brings the articles back. The delay adapts like build_kills'."""
    total, landed, attempts, delay_max = len(reference), 0, 0, 0.3
    while landed < kills:
        attempts += 1
        check(attempts <= kills * 6, f"only {landed} of {attempts} remove kills landed mid-way")
        delay = rng.uniform(0.02, delay_max)
        killed = kill_after([KG, "remove", "--db", db, corpus], delay)
        present = check_consistent(db, reference, f"after remove kill {attempts}")
        landed += killed and 0 < present < total
        delay_max *= 1.2 if present == total else 0.8 if present == 0 else 1.0
        state = f"killed after {delay * 1000:3.0f} ms" if killed else "finished first"
        print(f"remove {attempts}: {state}; reopened; {present} of {total} articles left, each whole", flush=True)
        if present == 0:
            subprocess.run([KG, "build", "--db", db, "--quiet", corpus], check=True, capture_output=True)
    print(f"{attempts} removals, {landed} killed mid-way", flush=True)


def statement_kills(work, kills, rng):
    """A write statement of 200,000 nodes, killed mid-way: none or all of it. The first,
    uninterrupted run times it; the kills land within that time."""
    db = os.path.join(work, "write.db")
    size = 200000
    statement = f"UNWIND range(1, {size}) AS i CREATE (:T {{i: i}})"
    started = time.monotonic()
    subprocess.run([KG, "query", "--db", db, statement], check=True, capture_output=True)
    duration = time.monotonic() - started
    count = size
    for n in range(1, kills + 1):
        delay = rng.uniform(0.05, duration)
        killed = kill_after([KG, "query", "--db", db, statement], delay)
        TALLY["reopenings"] += 1
        before, count = count, query(db, "MATCH (t:T) RETURN count(t)")[0][0]
        distinct = query(db, "MATCH (t:T) RETURN count(DISTINCT t.i)")[0][0]
        check(count - before in (0, size) and distinct == size,
              f"a killed write statement left {count - before} of its {size} nodes")
        state = f"killed after {delay * 1000:3.0f} ms" if killed else "finished first"
        print(f"write {n}: {state} (a whole run takes {duration * 1000:.0f} ms); reopened; "
              f"{'all' if count > before else 'none'} of its {size} nodes", flush=True)


def main():
    global KG
    parser = argparse.ArgumentParser()
    parser.add_argument("kg")
    parser.add_argument("--kills", type=int, default=20, help="kills that must land mid-compile")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--work")
    args = parser.parse_args()
    KG = os.path.abspath(args.kg)
    rng = random.Random(args.seed)
    print(f"seed {args.seed} (replay with --seed {args.seed})", flush=True)
    work = args.work or tempfile.mkdtemp(prefix="kg_kill_test_")
    try:
        corpus = os.path.join(work, "corpus")
        make_corpus.write(corpus, args.articles, 15)
        clean = os.path.join(work, "clean.db")
        started = time.monotonic()
        subprocess.run([KG, "build", "--db", os.path.join(work, "one.db"), "--quiet",
                        os.path.join(corpus, "story_000.txt")], check=True, capture_output=True)
        startup = time.monotonic() - started
        subprocess.run([KG, "build", "--db", clean, "--quiet", corpus], check=True, capture_output=True)
        per_article = max(time.monotonic() - started - 2 * startup, 0.1) / args.articles
        reference, _ = article_shapes(clean)
        check(len(reference) == args.articles, f"a clean build has {len(reference)} articles")
        expected = canonical_export(clean)
        print(f"clean build: {args.articles} articles, {len(expected)} export lines, "
              f"startup {startup * 1000:.0f} ms, then {per_article * 1000:.1f} ms per article", flush=True)

        db = build_kills(work, corpus, reference, (startup, per_article), args.kills, rng)
        subprocess.run([KG, "build", "--db", db, "--quiet", corpus], check=True, capture_output=True)
        check(canonical_export(db) == expected, "after the kills, a full build differs from a clean build")
        print("an uninterrupted build completed the rest: the export equals a clean build's", flush=True)

        remove_kills(db, corpus, reference, 3, rng)
        subprocess.run([KG, "build", "--db", db, "--quiet", corpus], check=True, capture_output=True)
        check(canonical_export(db) == expected, "after killed removals, a build differs from a clean build")
        print("a build after the killed removals: the export equals a clean build's", flush=True)

        statement_kills(work, 4, rng)
        print(f"PASS: {TALLY['kills']} kills, {TALLY['reopenings']} reopenings, {TALLY['checks']} checks",
              flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
