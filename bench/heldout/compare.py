#!/usr/bin/env python3
"""Score corpus's output on a held-out set against the set's expected files.

A set is a folder DIR with raw/NAME.(txt|html) (the scraped pages, as scraped) and
expected/NAME.txt (the clean body) plus expected/NAME.json (title, subtitle, authors, published,
publisher). Clean it with `corpus clean DIR/raw -o OUT.jsonl`, then:

    python3 bench/heldout/compare.py DIR OUT.jsonl [--cases] [--only NAME]

Per page it reports: exact (the body equals the expected body), loose (equal once every run of
white space is one space: only line breaks differ), each of the five metadata fields, the words
of the expected body the output lost and the words the output has that the expected body lacks
(chrome left in), both by a word-level diff.
"""
import argparse
import difflib
import json
import os
import re
import sys
import unicodedata

FIELDS = ("title", "subtitle", "authors", "published", "publisher")


def norm_text(s):
    s = (s or "").replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in s.split("\n")]
    s = "\n".join(lines)
    s = re.sub(r"\n{3,}", "\n\n", s)
    return s.strip()


def norm_field(name, v):
    if name == "authors":
        if v is None:
            return []
        if isinstance(v, str):
            v = [v]
        return [unicodedata.normalize("NFC", re.sub(r"\s+", " ", a).strip()) for a in v if a and a.strip()]
    if v is None:
        return None
    v = unicodedata.normalize("NFC", re.sub(r"\s+", " ", str(v).replace("\u00a0", " ")).strip())
    if name == "published":
        v = v[:10]
    return v or None


def word_diff(expected, actual):
    a, b = expected.split(), actual.split()
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    lost, extra = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op in ("delete", "replace"):
            lost.append(" ".join(a[i1:i2]))
        if op in ("insert", "replace"):
            extra.append(" ".join(b[j1:j2]))
    return lost, extra


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("output")
    ap.add_argument("--cases", action="store_true", help="print every page, not only the misses")
    ap.add_argument("--only")
    args = ap.parse_args()

    out = {}
    with open(args.output, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out[os.path.splitext(os.path.basename(d["source"].split("#")[0]))[0]] = d
    exp_dir = os.path.join(args.dir, "expected")
    names = sorted(os.path.splitext(n)[0] for n in os.listdir(exp_dir) if n.endswith(".txt"))
    if args.only:
        names = [n for n in names if args.only in n]
    exact = loose = fields_ok = 0
    per_field = {f: 0 for f in FIELDS}
    lost_words = extra_words = 0
    lost_pages = 0
    for name in names:
        with open(os.path.join(exp_dir, name + ".txt"), encoding="utf-8") as f:
            etext = norm_text(f.read())
        with open(os.path.join(exp_dir, name + ".json"), encoding="utf-8") as f:
            emeta = json.load(f)
        d = out.get(name)
        if d is None:
            print(f"{name}: MISSING from the output")
            continue
        atext = norm_text(d.get("text"))
        is_exact = etext == atext
        is_loose = " ".join(etext.split()) == " ".join(atext.split())
        exact += is_exact
        loose += is_loose
        misses = []
        for fld in FIELDS:
            e, a = norm_field(fld, emeta.get(fld)), norm_field(fld, d.get(fld))
            if e == a:
                per_field[fld] += 1
                fields_ok += 1
            else:
                misses.append(f"{fld}: expected {e!r} got {a!r}")
        lost, extra = word_diff(etext, atext)
        nl = sum(len(x.split()) for x in lost)
        ne = sum(len(x.split()) for x in extra)
        lost_words += nl
        extra_words += ne
        lost_pages += nl > 0
        if args.cases or not is_exact or misses:
            mark = "EXACT" if is_exact else ("loose" if is_loose else "diff")
            print(f"{name}: {mark}  lost {nl}  extra {ne}")
            for m in misses:
                print(f"    {m}")
            for x in lost[:6]:
                print(f"    - {x[:160]}")
            for x in extra[:6]:
                print(f"    + {x[:160]}")
    n = len(names)
    print(f"\n{os.path.basename(os.path.normpath(args.dir))}: exact {exact}/{n}, loose {loose}/{n}, "
          f"metadata {fields_ok}/{n * len(FIELDS)} "
          f"({', '.join(f'{k} {v}' for k, v in per_field.items())}), "
          f"words lost {lost_words} in {lost_pages} pages, extra words {extra_words}")


if __name__ == "__main__":
    sys.exit(main())
