#!/usr/bin/env python3
"""Writes the fuzzers' seed corpora from the project's own tests, one file per input:
   OUT/query:   every statement of tests/golden/cases/*.test and tests/parser/cases.txt
   OUT/article: every tests/compiler/cases/*/article.txt and examples/articles/*.txt
usage: make_seeds.py SOURCE_DIR OUT_DIR"""
import glob
import os
import sys

HEADERS = ("statement", "query", "error")


def golden_statements(path):
    """The statement of each `statement ok`, `query ...` and `error` block."""
    blocks = open(path, encoding="utf-8").read().split("\n\n")
    for block in blocks:
        lines = block.strip("\n").splitlines()
        if lines and lines[0].split(" ")[0] in HEADERS:
            body = []
            for line in lines[1:]:
                if line == "----":
                    break
                body.append(line)
            if body:
                yield "\n".join(body)


def parser_cases(path):
    query = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("=> "):
            yield "\n".join(query)
            query = []
        elif not line.startswith("#") and line:
            query.append(line)


def write_all(folder, texts):
    os.makedirs(folder, exist_ok=True)
    for i, text in enumerate(texts):
        with open(os.path.join(folder, f"seed_{i:04d}"), "w", encoding="utf-8") as f:
            f.write(text)
    return len(texts)


def main():
    source, out = sys.argv[1], sys.argv[2]
    queries = []
    for path in sorted(glob.glob(os.path.join(source, "tests/golden/cases/**/*.test"), recursive=True)):
        queries += golden_statements(path)
    queries += parser_cases(os.path.join(source, "tests/parser/cases.txt"))
    articles = [open(p, encoding="utf-8").read() for p in
                sorted(glob.glob(os.path.join(source, "tests/compiler/cases/*/article.txt")) +
                       glob.glob(os.path.join(source, "examples/articles/*.txt")))]
    print(f"seeds: {write_all(os.path.join(out, 'query'), sorted(set(queries)))} queries, "
          f"{write_all(os.path.join(out, 'article'), articles)} articles")


if __name__ == "__main__":
    main()
