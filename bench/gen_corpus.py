#!/usr/bin/env python3
"""Builds a large, realistic JSONL corpus for the throughput benchmark, deterministically from a seed.

The documents imitate what corpus meets in real scrapes: news articles with The Hill's inline name
tooltips, US-government transcripts with the site banner, no-break spaces and speaker labels,
news-API items cut off with "[+1234 chars]", plain articles with bylines and author bios, and a
share of HTML pages. Each document is assembled from a pool of sentence templates with random
names, places and numbers, so no two documents are alike and the mix does not compress to nothing.

Usage:
  gen_corpus.py corpus --out FILE --size-mb 1024 [--seed 42] [--html-share 0.03]
  gen_corpus.py news --out FILE --size-mb 64 [--seed 7]          # ordinary news text only
  gen_corpus.py adversarial --out FILE --size-mb 64 --kind KIND  # 1 MB documents built to hurt
      KIND: spaces | nbsp | no-newlines | tooltips | speakers | banners | markers | mixed

Only the Python 3 standard library is used.
"""

import argparse
import json
import os
import random
import sys

FIRST = ["Antony", "Joe", "Vladimir", "Nancy", "Kevin", "Janet", "Lloyd", "Jake", "Kamala", "Mitch",
         "Chuck", "Olena", "Emmanuel", "Olaf", "Rishi", "Xi", "Narendra", "Fumio", "Ursula", "Jens"]
LAST = ["Blinken", "Biden", "Putin", "Pelosi", "McCarthy", "Yellen", "Austin", "Sullivan", "Harris",
        "McConnell", "Schumer", "Zelenska", "Macron", "Scholz", "Sunak", "Jinping", "Modi", "Kishida",
        "von der Leyen", "Stoltenberg"]
PLACES = ["Ukraine", "Geneva", "Brussels", "Kyiv", "Moscow", "Beijing", "Taiwan", "the Black Sea",
          "Warsaw", "Berlin", "Paris", "the Pentagon", "Capitol Hill", "the White House", "Tokyo",
          "New Delhi", "the Baltic states", "Minsk", "Vienna", "the United Nations"]
ORGS = ["NATO", "the European Union", "the State Department", "the Treasury", "Congress",
        "the Senate Foreign Relations Committee", "the OSCE", "the G7", "the IMF", "the World Bank"]
TOPICS = ["sanctions", "troop movements", "energy prices", "the grain corridor", "arms deliveries",
          "cyberattacks", "inflation", "the debt ceiling", "supply chains", "election security"]
SOURCES = ["Reuters", "The Associated Press", "NBC News", "The Hill", "Politico", "Bloomberg",
           "The Washington Post", "CNN", "Axios", "Foreign Policy"]

TEMPLATES = [
    "{name} said on {day} that it was \u201cpretty unlikely\u201d that talks on {topic} would resume before {month}.",
    "Officials in {place} told {source} that {org} was weighing new measures on {topic}.",
    "\u201cWe are not going to negotiate in public,\u201d {name} told reporters in {place}, adding that {org} remained united.",
    "The decision follows weeks of pressure from {org}, which has warned that {topic} could cost as much as ${num} billion.",
    "According to figures released on {day}, {num},000 people have left {place} since the start of the year.",
    "{name} is expected to meet {name2} in {place} next week, a spokesperson said.",
    "Critics argue that the plan does little to address {topic}, a concern raised repeatedly by {org}.",
    "Markets fell {pct} percent on {day} as investors reacted to news about {topic}.",
    "In a statement, {org} said it would \u201ccontinue to monitor the situation closely\u201d in {place}.",
    "The move was first reported by {source}, which cited three people familiar with the matter.",
    "{name} has repeatedly denied any plan to escalate, calling reports about {topic} \u201cfake news.\u201d",
    "Lawmakers from both parties have called for hearings on {topic} before the {month} recess.",
    "It is the {ord} time this year that {org} has convened an emergency session on {place}.",
    "Analysts at {source} said the numbers pointed to a slowdown in {topic} through {month}.",
    "Asked whether {org} would respond, {name} said only that \u201call options remain on the table.\u201d",
    "The agreement, signed in {place} in {year}, expires at the end of {month}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ORDS = ["second", "third", "fourth", "fifth", "sixth"]

GOV_BANNER = ("An official website of the United States Government Here's how you know\n\n"
              "Official websites use .gov\n\n"
              "A .gov website belongs to an official government organization in the United States.\n\n"
              "Secure .gov websites use HTTPS\n\n"
              "A lock ( ) or https:// means you\u2019ve safely connected to the .gov website. Share sensitive "
              "information only on official, secure websites.\n\n")
GOV_FOOTER = "\n\nU.S. Department of State\n\nThe Lessons of 1989: Freedom and Our Future"


def person(r):
    return r.choice(FIRST) + " " + r.choice(LAST)


def sentence(r):
    return r.choice(TEMPLATES).format(
        name=person(r), name2=person(r), place=r.choice(PLACES), org=r.choice(ORGS),
        topic=r.choice(TOPICS), source=r.choice(SOURCES), day=r.choice(DAYS),
        month=r.choice(MONTHS), num=r.randint(2, 950), pct=round(r.uniform(0.2, 4.8), 1),
        ord=r.choice(ORDS), year=r.randint(1994, 2022))


def paragraph(r, n=None):
    return " ".join(sentence(r) for _ in range(n or r.randint(2, 5)))


def tooltip(r, name):
    """The Hill's flattened tooltip: the name, the name again, three headlines, MORE."""
    heads = " ".join(sentence(r).rstrip(".") for _ in range(r.randint(1, 3)))
    return name + name + heads + " MORE"


def news_with_tooltips(r):
    paras = []
    for _ in range(r.randint(4, 12)):
        p = paragraph(r)
        if r.random() < 0.4:
            name = person(r)
            p = p.replace(p.split(" ")[0], tooltip(r, name) + " said", 1)
        paras.append(p)
    return {"title": sentence(r).rstrip("."), "text": "\n\n".join(paras), "publisher": "The Hill"}


def transcript(r):
    turns = []
    speakers = ["QUESTION", "SECRETARY BLINKEN", "MS. PSAKI", "MR. PRICE"]
    for _ in range(r.randint(6, 24)):
        sp = r.choice(speakers)
        sep = r.choice([":\u00a0 ", ":  ", ": "])
        lead = r.choice(["", " ", "\u00a0"])
        turns.append(lead + sp + sep + paragraph(r, r.randint(1, 4)))
    return {"title": "Secretary " + person(r) + " With " + r.choice(SOURCES),
            "text": GOV_BANNER + "\n\n".join(turns) + GOV_FOOTER,
            "url": "https://www.state.gov/secretary-blinken-" + str(r.randint(1, 10**6))}


def truncated_api_item(r):
    body = paragraph(r, r.randint(2, 4))
    return {"title": sentence(r).rstrip("."), "content": body + "\u2026 [+" + str(r.randint(800, 9000)) + " chars]",
            "source_name": r.choice(SOURCES), "publishedAt": "20%02d-%02d-%02dT%02d:00:00Z" % (
                r.randint(15, 23), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23))}


def plain_article(r):
    author = person(r)
    paras = [paragraph(r) for _ in range(r.randint(3, 15))]
    bio = author + " is a senior correspondent covering " + r.choice(TOPICS) + "."
    return {"title": sentence(r).rstrip("."), "author": author,
            "text": "Author: " + author + "\n\n" + "\n\n".join(paras) + "\n\n" + bio,
            "url": "https://news.example.com/" + str(r.randint(1, 10**7))}


def html_page(r):
    paras = "".join("<p>" + paragraph(r) + "</p>\n" for _ in range(r.randint(3, 10)))
    title = sentence(r).rstrip(".")
    return {"url": "https://www.example.org/" + str(r.randint(1, 10**7)),
            "html": "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title></head>"
                    "<body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav><article><h1>"
                    + title + "</h1>\n" + paras + "</article><footer>\u00a9 2022 Example News</footer></body></html>"}


KINDS = [(news_with_tooltips, 0.30), (transcript, 0.20), (truncated_api_item, 0.17), (plain_article, 0.33)]


def write_corpus(out, size_mb, seed, html_share):
    r = random.Random(seed)
    limit = size_mb * 1024 * 1024
    written = 0
    n = 0
    fns = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    while written < limit:
        n += 1
        doc = html_page(r) if r.random() < html_share else r.choices(fns, weights)[0](r)
        doc = {"id": "bench-%08d" % n, **doc}
        line = json.dumps(doc, ensure_ascii=False) + "\n"
        b = line.encode("utf-8")
        out.write(b)
        written += len(b)
    return n


def write_news(out, size_mb, seed):
    """Ordinary news text only: the per-byte baseline for the adversarial comparison."""
    r = random.Random(seed)
    limit = size_mb * 1024 * 1024
    written = 0
    n = 0
    while written < limit:
        n += 1
        doc = {"id": "news-%06d" % n, "text": "\n\n".join(paragraph(r) for _ in range(r.randint(4, 12)))}
        b = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
        out.write(b)
        written += len(b)
    return n


def adversarial_text(kind, r, size):
    """About `size` chars of text built to trip up a cleaner on that front."""
    parts = []
    total = 0

    def add(s):
        nonlocal total
        parts.append(s)
        total += len(s)

    while total < size:
        k = kind if kind != "mixed" else r.choice(["spaces", "nbsp", "no-newlines", "tooltips", "speakers",
                                                     "banners", "markers"])
        if k == "spaces":
            add("word" + " " * r.randint(1, 4000) + "\t" * r.randint(0, 50) + "\n" * r.randint(0, 300))
        elif k == "nbsp":
            add("\u00a0\u200b\u2060\ufeff" * r.randint(1, 500) + "x" + "\r\n" * r.randint(0, 30))
        elif k == "no-newlines":
            add(sentence(r) + " ")
        elif k == "tooltips":
            # Names repeated without the closing MORE, names doubled thousands of times.
            name = person(r)
            add(name * r.randint(2, 200) + " " + sentence(r)[:r.randint(5, 80)] + (" MORE" if r.random() < 0.3 else "") + " ")
        elif k == "speakers":
            add("QUESTION:" * r.randint(1, 30) + " " + "SECRETARY BLINKEN:\u00a0" * r.randint(1, 5) + "\n")
        elif k == "banners":
            cut = GOV_BANNER[:r.randint(10, len(GOV_BANNER))]
            add(cut + ("Official websites use .gov\n" * r.randint(1, 20)))
        elif k == "short-lines":
            # Page furniture one item a line (ranks, ages, menu items, topics, labels): every
            # line-based rule looks at every line, so the cost per byte is the cost per line.
            add(r.choice(["1", "2", "10", "Share", "Storms", "Met Office", "2 hours ago", "Most Read", "News",
                          "Advertisement", "12 Comments", "Home", "Police identify driver in crash", "Video",
                          "Related Topics", "Weather"]) + "\n")
        elif k == "markers":
            add("[+" + "9" * r.randint(1, 20) + " chars]" + ("\u2026" * r.randint(0, 100)) + "[+" * r.randint(0, 50))
    return "".join(parts)[:size]


def write_adversarial(out, size_mb, seed, kind):
    r = random.Random(seed)
    n = 0
    written = 0
    limit = size_mb * 1024 * 1024
    while written < limit:
        n += 1
        doc = {"id": "adv-%s-%04d" % (kind, n), "text": adversarial_text(kind, r, 1024 * 1024)}
        b = (json.dumps(doc, ensure_ascii=False) + "\n").encode("utf-8")
        out.write(b)
        written += len(b)
    return n


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("mode", choices=["corpus", "news", "adversarial"])
    p.add_argument("--out", required=True)
    p.add_argument("--size-mb", type=int, default=1024)
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--html-share", type=float, default=0.03)
    p.add_argument("--kind", default="mixed")
    a = p.parse_args()
    tmp = a.out + ".part"  # renamed at the end, so an interrupted run never leaves a short corpus
    with open(tmp, "wb", buffering=1 << 20) as out:
        if a.mode == "corpus":
            n = write_corpus(out, a.size_mb, a.seed, a.html_share)
        elif a.mode == "news":
            n = write_news(out, a.size_mb, a.seed)
        else:
            n = write_adversarial(out, a.size_mb, a.seed, a.kind)
    os.replace(tmp, a.out)
    print("%s: %d documents" % (a.out, n), file=sys.stderr)


if __name__ == "__main__":
    main()
