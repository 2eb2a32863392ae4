#!/usr/bin/env python3
"""Convert the raw tagger corpora into kg's training format.

    prepare_training_data.py RAW_DIR OUT_DIR

RAW_DIR is the tree scripts/fetch-training-data.sh extracts (raw/ewt, raw/uner,
raw/uner-pud, raw/gum, raw/wikigold, raw/btc).  OUT_DIR receives

    pos-train.tsv  EWT train (per-document sources, file-list order) + GUM academic/court/voyage
    pos-dev.tsv    EWT dev, NER from UNER dev where the sentence's tokens align
    ner-train.tsv  UNER dev + wikigold + GUM academic/court/voyage + UNER PUD (POS "_")
    ner-test.tsv   UNER test, POS from EWT test where the sentence's tokens align
    ner-extra-btc.tsv   Broad Twitter Corpus, sections a b e f g h (POS "_")
    dep-train.tsv  dependency trees: EWT train + GUM academic/court/voyage train and test
    dep-dev.tsv    dependency trees: EWT dev
    dep-dev-gum.tsv  dependency trees: GUM academic/court/voyage dev (GUM's splits.md)

Format: one token a line, "word<TAB>POS<TAB>NER"; a blank line after each
sentence; "# doc <id>" before a document's first sentence.  POS is the PTB tag
(conllu XPOS), "_" where the corpus has none.  NER is BIO over PER, ORG, LOC
only ("_" where the sentence has no NER annotation); every other type is O.

The dep-*.tsv files have the same layout with four columns,
"word<TAB>POS<TAB>HEAD<TAB>DEPREL": HEAD is the 1-based index of the word's
head in its sentence (0 for the root), DEPREL the basic UD relation with only
the subtypes in KEPT_SUBTYPES ("nsubj:pass", "obl:agent", "acl:relcl", ...).

Python 3 standard library only.
"""

import os
import re
import sys
from collections import Counter

NER_TYPES = ("PER", "ORG", "LOC")

# ---------------------------------------------------------------- conllu


def read_conllu(path):
    """Yield documents (doc_id, [sentence]) from a conllu file.

    A sentence is a dict: id (sent_id or None), toks: list of dicts with
    form, xpos, head (int), deprel, misc.  Multiword-token ranges (1-2) and empty
    nodes (8.1) are skipped.  Documents split at '# newdoc id'; the first
    document of a file without one gets the file's base name.
    """
    fallback = os.path.basename(path)
    for suf in (".conllu", ".xml"):
        if fallback.endswith(suf):
            fallback = fallback[: -len(suf)]
    docs = [(fallback, [])]
    sent = None

    def flush():
        nonlocal sent
        if sent is not None and sent["toks"]:
            docs[-1][1].append(sent)
        sent = None

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                flush()
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*newdoc id\s*=\s*(\S+)", line)
                if m:
                    flush()
                    docs.append((m.group(1), []))
                    continue
                m = re.match(r"#\s*sent_id\s*=\s*(\S+)", line)
                if m:
                    if sent is None:
                        sent = {"id": None, "toks": []}
                    sent["id"] = m.group(1)
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError("%s: bad conllu line: %r" % (path, line))
            if not cols[0].isdigit():
                continue  # 1-2 multiword range or 8.1 empty node
            if sent is None:
                sent = {"id": None, "toks": []}
            sent["toks"].append({
                "form": cols[1],
                "xpos": cols[4],
                "head": int(cols[6]) if cols[6].isdigit() else -1,
                "deprel": cols[7],
                "misc": cols[9],
            })
    flush()
    return [d for d in docs if d[1]]


# ---------------------------------------------------------------- iob / bio


def norm_tag(tag):
    """Map a source NER tag to (prefix, type) with type in NER_TYPES or None."""
    if tag in ("O", "_", "-", ""):
        return None
    if "-" in tag:
        pre, typ = tag.split("-", 1)
    else:
        pre, typ = "I", tag
    typ = {"PERSON": "PER", "GPE": "LOC", "LOCATION": "LOC",
           "ORGANIZATION": "ORG"}.get(typ, typ)
    if typ not in NER_TYPES:
        return None
    return (pre.upper(), typ)


def to_bio(tags):
    """Normalise a sentence's tags to BIO over PER/ORG/LOC.

    Unknown types become O; an I-X that does not continue an X becomes B-X
    (this also converts IOB1, where B- only separates adjacent same-type
    entities, to BIO).
    """
    out = []
    prev = None
    for t in tags:
        n = norm_tag(t)
        if n is None:
            out.append("O")
            prev = None
            continue
        pre, typ = n
        if pre == "B" or prev != typ:
            out.append("B-" + typ)
        else:
            out.append("I-" + typ)
        prev = typ
    return out


def read_uner(path):
    """UNER .iob2: documents (doc_id, [ {id, words, tags} ])."""
    docs = [(os.path.basename(path), [])]
    sent = None

    def flush():
        nonlocal sent
        if sent is not None and sent["words"]:
            docs[-1][1].append(sent)
        sent = None

    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line:
                flush()
                continue
            if line.startswith("#"):
                m = re.match(r"#\s*newdoc id\s*=\s*(\S+)", line)
                if m:
                    flush()
                    docs.append((m.group(1), []))
                    continue
                m = re.match(r"#\s*sent_id\s*=\s*(\S+)", line)
                if m:
                    if sent is None:
                        sent = {"id": None, "words": [], "tags": []}
                    sent["id"] = m.group(1)
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                raise ValueError("%s: bad iob2 line: %r" % (path, line))
            if not cols[0].isdigit():
                continue
            if sent is None:
                sent = {"id": None, "words": [], "tags": []}
            sent["words"].append(cols[1])
            sent["tags"].append(cols[2])
    flush()
    return [d for d in docs if d[1]]


def read_uner_pud(path):
    """UNER English-PUD .iob2, documents from its '# newdoc id' comments.

    Sentences before any '# newdoc id' (none at the pinned commit) are grouped
    by sent_id prefix: each run of consecutive sentences whose sent_id shares
    the part before the last '-' ("n01001" of "n01001-0003") is one document.
    Raises if a sentence's sent_id prefix disagrees with its document id.
    """
    out = []
    for doc_id, sents in read_uner(path):
        if doc_id != os.path.basename(path):
            out.append((doc_id, sents))
            continue
        for s in sents:
            if not s["id"] or "-" not in s["id"]:
                raise ValueError("%s: sentence without a doc-prefixed sent_id" % path)
            pre = s["id"].rsplit("-", 1)[0]
            if not out or out[-1][0] != pre:
                out.append((pre, []))
            out[-1][1].append(s)
    seen = set()
    for doc_id, sents in out:
        if doc_id in seen:
            raise ValueError("%s: document %s is not contiguous" % (path, doc_id))
        seen.add(doc_id)
        for s in sents:
            if s["id"] is None or s["id"].rsplit("-", 1)[0] != doc_id:
                raise ValueError("%s: sentence %s in document %s" % (path, s["id"], doc_id))
    return out


def read_wikigold(path):
    """wikigold CoNLL: 'word TAG' lines, -DOCSTART- separates documents."""
    docs = [[]]
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent:
                    docs[-1].append(sent)
                sent = []
                continue
            parts = line.split(" ")
            if parts[0] == "-DOCSTART-":
                if sent:
                    docs[-1].append(sent)
                sent = []
                docs.append([])
                continue
            if len(parts) != 2:
                raise ValueError("%s: bad wikigold line: %r" % (path, line))
            sent.append((parts[0], parts[1]))
    if sent:
        docs[-1].append(sent)
    out = []
    n = 0
    for d in docs:
        if not d:
            continue
        n += 1
        sents = []
        for s in d:
            words = [w for w, _ in s]
            sents.append((words, ["_"] * len(words), to_bio([t for _, t in s])))
        out.append(("wikigold-%03d" % n, sents))
    return out


def read_tab_conll(path):
    """'word<TAB>TAG' lines, blank line between sentences: [[(word, tag)]]."""
    sents = []
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent:
                    sents.append(sent)
                sent = []
                continue
            parts = line.split("\t")
            if len(parts) != 2 or parts[0].startswith("-DOCSTART-"):
                raise ValueError("%s: bad line: %r" % (path, line))
            sent.append((parts[0], parts[1]))
    if sent:
        sents.append(sent)
    return sents


BTC_SECTIONS = ("a", "b", "e", "f", "g", "h")


def read_btc(d, stats):
    """Broad Twitter Corpus CoNLL (IOB2 over PER/ORG/LOC): one document per
    tweet, "btc-<section>-<n>".  Surrounding whitespace is stripped from a
    word ("😘 "); a word left empty is dropped, one with inner
    whitespace ("ke s") split, both only when tagged O.  The CoNLL files split
    "@user" into "@" and "user" and mostly tag the "@" as an entity of its
    own ("@ B-PER, Louis_Tomlinson B-PER"); a "@" or "#" token is made O, so
    the name after it carries the entity."""
    out = []
    for sec in BTC_SECTIONS:
        for n, s in enumerate(read_tab_conll(os.path.join(d, sec + ".conll")), 1):
            words, tags = [], []
            for w, t in s:
                parts = w.split()
                if len(parts) != 1 or parts[0] != w:
                    if t != "O" and len(parts) != 1:
                        raise ValueError("btc %s tweet %d: tagged word %r" % (sec, n, w))
                    stats["btc_words_whitespace_fixed"] += 1
                if w in ("@", "#") and t != "O":
                    stats["btc_marker_tokens_untagged"] += 1
                    t = "O"
                for p in parts:
                    words.append(p)
                    tags.append(t)
            if not words:
                stats["btc_empty_tweets_dropped"] += 1
                continue
            out.append(("btc-%s-%04d" % (sec, n), [(words, ["_"] * len(words), to_bio(tags))]))
    return out


# ---------------------------------------------------------------- GUM entities

GUM_TYPES = {"person": "PER", "organization": "ORG", "place": "LOC"}
PROPN = ("NNP", "NNPS")
# lower-case words an organisation or place name may contain between two NNPs
NAME_JOINERS = {"of", "for", "and", "the", "de", "&"}
# honorifics and titles dropped from the front of a person's name
TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "messrs", "dr", "doctor", "prof", "professor",
    "sir", "dame", "lord", "lady", "madam", "madame", "mister",
    "president", "vice", "justice", "chief", "judge", "magistrate",
    "general", "gen", "colonel", "col", "major", "maj", "captain", "capt",
    "lieutenant", "lt", "sergeant", "sgt", "admiral", "adm", "commander",
    "corporal", "cpl", "private", "marshal", "officer", "detective", "inspector",
    "secretary", "senator", "sen", "representative", "rep", "congressman",
    "congresswoman", "governor", "gov", "mayor", "minister", "chancellor",
    "prime", "ambassador", "commissioner", "councilman", "councilwoman", "councillor",
    "attorney", "solicitor", "prosecutor", "dean", "provost",
    "st", "saint", "king", "queen", "prince", "princess", "emperor", "empress",
    "duke", "duchess", "earl", "count", "countess", "baron", "baroness",
    "sultan", "shah", "tsar", "czar", "pharaoh", "sheikh", "emir", "caliph",
    "pope", "cardinal", "archbishop", "bishop", "rev", "reverend", "father",
    "brother", "sister", "rabbi", "imam", "pastor", "deacon", "elder",
    # forms of address: dropped before a name, no name on their own ("Your Honor")
    "honor", "honour", "majesty", "highness", "excellency", "lordship",
    "ladyship", "holiness", "eminence",
}
# a one-word "name" that is a capitalised role noun of legal text, not a name
# ("the Court", "Petitioner argues")
ROLE_WORDS = {
    "court", "petitioner", "petitioners", "respondent", "respondents",
    "appellant", "appellants", "appellee", "appellees", "defendant",
    "defendants", "plaintiff", "plaintiffs", "claimant", "claimants",
}
NAME_SUFFIXES = {"jr", "sr"}


def parse_entity_field(misc):
    """Return the Entity= value of a MISC column as a list of events:
    ('open', gid, etype) and ('close', gid), in order."""
    val = None
    for part in misc.split("|"):
        if part.startswith("Entity="):
            val = part[len("Entity="):]
    if not val:
        return []
    events = []
    i = 0
    n = len(val)
    while i < n:
        c = val[i]
        if c == "(":
            j = i + 1
            while j < n and val[j] not in "()":
                j += 1
            spec = val[i + 1:j]
            fields = spec.split("-")
            gid = fields[0]
            etype = fields[1] if len(fields) > 1 else ""
            events.append(("open", gid, etype))
            if j < n and val[j] == ")":
                events.append(("close", gid))
                j += 1
            i = j
        else:
            m = re.match(r"([^()]+)\)", val[i:])
            if not m:
                raise ValueError("unparsable Entity value: %r" % val)
            events.append(("close", m.group(1)))
            i += m.end()
    return events


def gum_mentions(sent):
    """Mentions (start, end_inclusive, etype) of one sentence, from MISC."""
    stacks = {}
    mentions = []
    for i, t in enumerate(sent["toks"]):
        for ev in parse_entity_field(t["misc"]):
            if ev[0] == "open":
                stacks.setdefault(ev[1], []).append((i, ev[2]))
            else:
                st = stacks.get(ev[1])
                if not st:
                    raise ValueError("close without open in %s" % sent["id"])
                start, etype = st.pop()
                mentions.append((start, i, etype))
    return mentions, stacks


def mention_head(toks, s, e):
    """The token of [s,e] whose HEAD lies outside the span (the first such)."""
    cands = [i for i in range(s, e + 1)
             if not (s <= toks[i]["head"] - 1 <= e)]
    return cands[0] if cands else None


def name_span(toks, s, e, head, typ, others=()):
    """The proper-name part of a named mention, or None."""
    xp = [t["xpos"] for t in toks]
    wd = [t["form"] for t in toks]
    joins = typ in ("ORG", "LOC")

    def coordination(a, b, joined):
        # "Brin and Djibonker": an "and" between two separately annotated
        # mentions (one ending at a, one starting at b) coordinates two names
        # -- unless a smaller mention inside this one spans both sides
        # ("the [Newfoundland and Labrador] Court of Appeal")
        if not ({"and", "&"} & set(joined)):
            return False
        inner = [(os_, oe) for os_, oe in others
                 if os_ >= s and oe <= e and (os_, oe) != (s, e)]
        if any(os_ <= a and oe >= b for os_, oe in inner):
            return False
        return any(oe == a or os_ == b for os_, oe in inner)

    def joiner_run_left(k):
        # k: index left of the current left edge; return new left edge or None
        j = k
        while j >= s and wd[j] in NAME_JOINERS and xp[j] not in PROPN and j > k - 2:
            j -= 1
        if j < k and j >= s and xp[j] in PROPN \
                and not coordination(j, k + 1, wd[j + 1:k + 1]):
            return j
        return None

    def joiner_run_right(k):
        j = k
        while j <= e and wd[j] in NAME_JOINERS and xp[j] not in PROPN and j < k + 2:
            j += 1
        if j > k and j <= e and xp[j] in PROPN \
                and not coordination(k - 1, j, wd[k:j]):
            return j
        return None

    def suffix_at(k):
        # ", Jr." continues a name
        return (k + 1 <= e and wd[k] == "," and xp[k + 1] in PROPN
                and wd[k + 1].rstrip(".").lower() in NAME_SUFFIXES)

    left = right = head
    while True:
        if left - 1 >= s and xp[left - 1] in PROPN:
            left -= 1
            continue
        if left - 2 >= s and xp[left - 2] in PROPN and suffix_at(left - 1):
            left -= 2
            continue
        if joins and left - 1 >= s:
            j = joiner_run_left(left - 1)
            if j is not None:
                left = j
                continue
        break
    while True:
        if right + 1 <= e and xp[right + 1] in PROPN:
            right += 1
            continue
        if right + 1 <= e and suffix_at(right + 1):
            right += 2
            continue
        if joins and right + 1 <= e:
            j = joiner_run_right(right + 1)
            if j is not None:
                right = j
                continue
        break
    # a number right after the name: "Terminal 4", "US 169", "Route 66"
    if joins and right + 1 <= e and xp[right + 1] == "CD":
        right += 1
    # never a leading "the" (some names tag it NNP: "The Hague")
    while left <= right and wd[left].lower() == "the":
        left += 1
    if typ == "PER":
        while left < right and xp[left] in PROPN \
                and wd[left].rstrip(".").lower() in TITLES:
            left += 1
            if left < right and wd[left] == ".":
                left += 1
        if left == right and wd[left].rstrip(".").lower() in TITLES:
            return None  # a bare title ("the King") is not a name
    # never a trailing possessive
    while right >= left and xp[right] == "POS":
        right -= 1
    if left > right:
        return None
    if left == right and wd[left].lower() in ROLE_WORDS:
        return None
    return (left, right)


def gum_ner(sent, stats):
    toks = sent["toks"]
    mentions, open_left = gum_mentions(sent)
    if any(open_left.values()):
        stats["gum_cross_sentence_mentions"] += sum(len(v) for v in open_left.values())
    spans_all = [(s, e) for s, e, _ in mentions]
    cands = []
    for s, e, etype in mentions:
        typ = GUM_TYPES.get(etype)
        if typ is None:
            continue
        h = mention_head(toks, s, e)
        if h is None or toks[h]["xpos"] not in PROPN:
            continue
        if typ == "PER" and toks[h]["xpos"] == "NNPS":
            # "Thais", "Tulsans", "the Lords": a group named by a plural
            # proper noun is a demonym or body, not a person's name
            continue
        sp = name_span(toks, s, e, h, typ, spans_all)
        if sp is None:
            continue
        cands.append((s, e, sp, typ))
    # outermost first: longer mentions before the ones they contain
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0], -(c[2][1] - c[2][0])))
    tags = ["O"] * len(toks)
    taken = [False] * len(toks)
    for s, e, (l, r), typ in cands:
        if any(taken[l:r + 1]):
            stats["gum_dropped_nested"] += 1
            continue
        for i in range(l, r + 1):
            taken[i] = True
            tags[i] = ("B-" if i == l else "I-") + typ
    return tags


# ---------------------------------------------------------------- dependencies

# Subtypes the facts read (passive subjects, the agent of a passive, relative clauses,
# possessors, particles, bare-noun times); every other "x:y" is written as "x".
KEPT_SUBTYPES = {
    "nsubj:pass", "csubj:pass", "aux:pass", "obl:agent", "obl:tmod", "obl:npmod",
    "nmod:poss", "nmod:tmod", "nmod:npmod", "acl:relcl", "compound:prt",
    "det:predet", "cc:preconj",
}

# GUM's standard development documents of the permitted genres (splits.md of the GUM
# repository at the pinned commit): held out of dep-train.tsv for measuring.
GUM_DEV_DOCS = {
    "GUM_academic_exposure", "GUM_academic_librarians", "GUM_court_loan",
    "GUM_court_negligence", "GUM_voyage_athens", "GUM_voyage_coron",
}


def basic_deprel(rel):
    return rel if rel in KEPT_SUBTYPES else rel.split(":", 1)[0]


def write_dep_docs(path, docs, stats):
    """Trees of docs to path, "word POS HEAD DEPREL" per line; returns sentences written."""
    tmp = path + ".tmp"
    n = 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        for doc_id, sents in docs:
            f.write("# doc %s\n" % doc_id)
            for s in sents:
                toks = s["toks"]
                if any(t["head"] < 0 or t["head"] > len(toks) for t in toks):
                    stats["dep_sentences_without_tree"] += 1
                    continue
                for t in toks:
                    if not t["form"] or any(c in t["form"] for c in "\t\n\r"):
                        raise ValueError("bad word form %r" % t["form"])
                    f.write("%s\t%s\t%d\t%s\n" % (t["form"], t["xpos"] or "_", t["head"],
                                                  basic_deprel(t["deprel"])))
                f.write("\n")
                n += 1
    os.replace(tmp, path)
    return n


# ---------------------------------------------------------------- writing


class Writer:
    def __init__(self, path):
        self.path = path
        self.tmp = path + ".tmp"
        self.f = open(self.tmp, "w", encoding="utf-8", newline="\n")
        self.sents = 0
        self.toks = 0
        self.docs = 0
        self.spans = Counter()
        self.ner_sents = 0

    def doc(self, doc_id):
        self.f.write("# doc %s\n" % doc_id)
        self.docs += 1

    def sent(self, words, pos, ner):
        assert len(words) == len(pos) == len(ner)
        for w, p, n in zip(words, pos, ner):
            if not w or any(c in w for c in "\t\n\r"):
                raise ValueError("bad word form %r" % w)
            self.f.write("%s\t%s\t%s\n" % (w, p, n))
            if n.startswith("B-"):
                self.spans[n[2:]] += 1
        self.f.write("\n")
        self.sents += 1
        self.toks += len(words)
        if ner and ner[0] != "_":
            self.ner_sents += 1

    def close(self):
        self.f.close()
        os.replace(self.tmp, self.path)

    def report(self):
        return "%-18s docs %5d  sentences %6d  tokens %7d  NER-annotated sentences %6d  spans PER %5d ORG %5d LOC %5d" % (
            os.path.basename(self.path), self.docs, self.sents, self.toks,
            self.ner_sents, self.spans["PER"], self.spans["ORG"], self.spans["LOC"])


def write_conllu_docs(w, docs, ner_of=None):
    for doc_id, sents in docs:
        w.doc(doc_id)
        for s in sents:
            words = [t["form"] for t in s["toks"]]
            pos = [t["xpos"] if t["xpos"] not in ("", None) else "_" for t in s["toks"]]
            ner = ner_of(s) if ner_of else ["_"] * len(words)
            w.sent(words, pos, ner)


def aligned(words_a, words_b):
    return len(words_a) == len(words_b) and all(a == b for a, b in zip(words_a, words_b))


def main(argv):
    if len(argv) != 3:
        sys.stderr.write(__doc__)
        return 2
    raw, out = argv[1], argv[2]
    os.makedirs(out, exist_ok=True)
    stats = Counter()
    ewt = os.path.join(raw, "ewt")
    gum_dir = os.path.join(raw, "gum", "dep")

    # ---- load
    with open(os.path.join(ewt, "file-lists", "files.train"), encoding="utf-8") as f:
        train_files = [l.strip() for l in f if l.strip()]
    ewt_train = []
    for rel in train_files:
        docs = read_conllu(os.path.join(ewt, "sources", rel))
        if len(docs) != 1:
            stats["ewt_source_files_with_%d_docs" % len(docs)] += 1
        ewt_train.extend(docs)
    ewt_dev = read_conllu(os.path.join(ewt, "en_ewt-ud-dev.conllu"))
    ewt_test = read_conllu(os.path.join(ewt, "en_ewt-ud-test.conllu"))
    uner_dev = read_uner(os.path.join(raw, "uner", "en_ewt-ud-dev.iob2"))
    uner_test = read_uner(os.path.join(raw, "uner", "en_ewt-ud-test.iob2"))
    uner_pud = read_uner_pud(os.path.join(raw, "uner-pud", "en_pud-ud-test.iob2"))
    gum_files = sorted(f for f in os.listdir(gum_dir)
                       if re.match(r"GUM_(academic|court|voyage)_.*\.conllu$", f))
    gum = []
    for fn in gum_files:
        gum.extend(read_conllu(os.path.join(gum_dir, fn)))
    for doc_id, _ in gum:
        if not re.match(r"GUM_(academic|court|voyage)_", doc_id):
            raise SystemExit("unexpected GUM document %s" % doc_id)
    wikigold = read_wikigold(os.path.join(raw, "wikigold", "wikigold.conll.txt"))
    btc = read_btc(os.path.join(raw, "btc"), stats)

    gum_tags = {}
    for doc_id, sents in gum:
        for s in sents:
            gum_tags[id(s)] = gum_ner(s, stats)

    def index(docs):
        by_id = {}
        for _, sents in docs:
            for s in sents:
                by_id[s["id"]] = s
        return by_id

    # ---- pos-train
    w = Writer(os.path.join(out, "pos-train.tsv"))
    write_conllu_docs(w, ewt_train)
    write_conllu_docs(w, gum, lambda s: gum_tags[id(s)])
    w.close()
    writers = [w]

    # ---- pos-dev: EWT dev + UNER dev NER where aligned
    uner_dev_by_id = index(uner_dev)
    align = Counter()

    def uner_ner_for(by_id, key):
        def f(s):
            u = by_id.get(s["id"])
            words = [t["form"] for t in s["toks"]]
            if u is not None and aligned(words, u["words"]):
                align[key + "_ok"] += 1
                return to_bio(u["tags"])
            align[key + "_bad"] += 1
            return ["_"] * len(words)
        return f

    w = Writer(os.path.join(out, "pos-dev.tsv"))
    write_conllu_docs(w, ewt_dev, uner_ner_for(uner_dev_by_id, "dev"))
    w.close()
    writers.append(w)

    # ---- ner files: UNER with POS from EWT where aligned
    def write_uner(w, uner_docs, ewt_docs, key):
        ewt_by_id = index(ewt_docs)
        for doc_id, sents in uner_docs:
            w.doc(doc_id)
            for u in sents:
                e = ewt_by_id.get(u["id"])
                if e is not None and aligned([t["form"] for t in e["toks"]], u["words"]):
                    pos = [t["xpos"] for t in e["toks"]]
                    align[key + "_ok"] += 1
                else:
                    pos = ["_"] * len(u["words"])
                    align[key + "_bad"] += 1
                w.sent(u["words"], pos, to_bio(u["tags"]))

    w = Writer(os.path.join(out, "ner-train.tsv"))
    write_uner(w, uner_dev, ewt_dev, "ner_dev")
    for doc_id, sents in wikigold:
        w.doc(doc_id)
        for words, pos, ner in sents:
            w.sent(words, pos, ner)
    write_conllu_docs(w, gum, lambda s: gum_tags[id(s)])
    # UNER PUD: no aligned PUD conllu is fetched, so no POS
    for doc_id, sents in uner_pud:
        w.doc(doc_id)
        for u in sents:
            w.sent(u["words"], ["_"] * len(u["words"]), to_bio(u["tags"]))
    w.close()
    writers.append(w)

    w = Writer(os.path.join(out, "ner-test.tsv"))
    write_uner(w, uner_test, ewt_test, "ner_test")
    w.close()
    writers.append(w)

    # ---- extra NER corpus, in its own file
    for name, docs in (("ner-extra-btc.tsv", btc),):
        w = Writer(os.path.join(out, name))
        for doc_id, sents in docs:
            w.doc(doc_id)
            for words, pos, ner in sents:
                w.sent(words, pos, ner)
        w.close()
        writers.append(w)

    # ---- dependency trees (the parser's training and development data)
    gum_dev = [d for d in gum if d[0] in GUM_DEV_DOCS]
    if len(gum_dev) != len(GUM_DEV_DOCS):
        raise SystemExit("GUM development documents missing")
    gum_train = [d for d in gum if d[0] not in GUM_DEV_DOCS]
    dep_counts = []
    for name, docs in (("dep-train.tsv", ewt_train + gum_train), ("dep-dev.tsv", ewt_dev),
                       ("dep-dev-gum.tsv", gum_dev)):
        dep_counts.append((name, len(docs), write_dep_docs(os.path.join(out, name), docs, stats)))

    # ---- report
    print("sources: EWT train %d docs (%d files in list), EWT dev %d docs, EWT test %d docs,"
          " UNER dev %d docs, UNER test %d docs, UNER PUD %d docs (%d sentences),"
          " GUM %d docs (%s), wikigold %d docs" % (
              len(ewt_train), len(train_files), len(ewt_dev), len(ewt_test),
              len(uner_dev), len(uner_test), len(uner_pud),
              sum(len(s) for _, s in uner_pud), len(gum),
              "academic/court/voyage", len(wikigold)))
    for key, label in (("dev", "EWT dev <- UNER dev (pos-dev NER)"),
                       ("ner_dev", "UNER dev <- EWT dev (ner-train POS)"),
                       ("ner_test", "UNER test <- EWT test (ner-test POS)")):
        ok, bad = align[key + "_ok"], align[key + "_bad"]
        print("alignment %-40s %5d / %5d sentences (%.2f%%)" % (
            label, ok, ok + bad, 100.0 * ok / max(1, ok + bad)))
    for k in sorted(stats):
        print("note: %s = %d" % (k, stats[k]))
    gum_spans = Counter()
    for doc_id, sents in gum:
        for s in sents:
            for t in gum_tags[id(s)]:
                if t.startswith("B-"):
                    gum_spans[t[2:]] += 1
    print("GUM named spans: PER %d ORG %d LOC %d" % (gum_spans["PER"], gum_spans["ORG"], gum_spans["LOC"]))
    pud_spans = Counter()
    for doc_id, sents in uner_pud:
        for u in sents:
            for t in to_bio(u["tags"]):
                if t.startswith("B-"):
                    pud_spans[t[2:]] += 1
    print("UNER PUD named spans: PER %d ORG %d LOC %d" % (pud_spans["PER"], pud_spans["ORG"], pud_spans["LOC"]))
    for w in writers:
        print(w.report())
    for name, ndocs, nsents in dep_counts:
        print("%-18s docs %5d  sentences %6d" % (name, ndocs, nsents))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
