#!/usr/bin/python3
"""Writes SIZE_MB megabytes of realistic news articles for the benchmarks: each article
recombines sentences of the test articles (samples, unseen, dev) with the persons of their gold
annotations, the cities and countries of the gazetteers, other dates, a dateline and page
furniture (share buttons, newsletter boxes, copyright lines), so the pipeline meets what real
news pages give it, never the same article twice. Deterministic: the same size and seed give the
same files. Not a test: it makes input.

usage: bench/generate_corpus.py OUT_DIR SIZE_MB [--seed N]
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles"]
GOLDS = ["tests/data/gold", "tests/data/unseen/gold", "tests/data/dev/gold"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
FURNITURE = ["Advertisement", "Share this article", "Share on Facebook", "Share on Twitter", "Related Articles",
             "Sign up for our newsletter", "Most Read", "Read more", "Subscribe now", "Comments",
             "Click here to get our daily briefing", "All rights reserved.", "Follow us on Twitter",
             "Cookie Settings", "Photo: Reuters", "Trending now"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def sentences():
    out = []
    for d in SOURCES:
        for path in sorted(glob.glob(os.path.join(ROOT, d, "*.txt"))):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for paragraph in text.split("\n"):
                for s in re.split(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])", paragraph.strip()):
                    if 40 <= len(s) <= 400 and s[-1] in ".!?”\"":
                        out.append(s)
    return out


def persons():
    names = set()
    for d in GOLDS:
        for path in glob.glob(os.path.join(ROOT, d, "*.json")):
            with open(path, encoding="utf-8") as f:
                gold = json.load(f)
            for e in gold.get("entities", []):
                if e.get("type") == "Person" and " " in e.get("name", ""):
                    names.add(e["name"])
    return sorted(names)


def gazetteer(name, column=0):
    values = []
    with open(os.path.join(ROOT, "ontology/gazetteer", name), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            values.append(line.rstrip("\n").split("\t")[column])
    return values


class Generator:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.sentences = sentences()
        self.persons = persons()
        big_cities = []
        with open(os.path.join(ROOT, "ontology/gazetteer/cities.tsv"), encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) > 4 and cols[4].isdigit() and int(cols[4]) >= 500000:
                        big_cities.append(cols[0])
        self.cities = big_cities
        self.countries = gazetteer("countries.tsv", 1)
        # Names in the sentences that can be swapped for others of their kind.
        self.person_re = re.compile("|".join(re.escape(p) for p in sorted(self.persons, key=len, reverse=True)))
        self.city_re = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(set(self.cities), key=len, reverse=True)) + r")\b")
        self.country_re = re.compile(r"\b(" + "|".join(re.escape(c) for c in sorted(set(self.countries), key=len, reverse=True) if len(c) > 3) + r")\b")
        self.year_re = re.compile(r"\b(19[89]\d|20[0-2]\d)\b")
        self.month_re = re.compile(r"\b(" + "|".join(MONTHS) + r")\b")
        self.weekday_re = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b")
        self.templates = [self.template(s) for s in self.sentences]

    def template(self, sentence):
        """The sentence as text pieces and slots (kind, original): found once, filled each time."""
        spans = []
        for kind, pattern in (("person", self.person_re), ("city", self.city_re), ("country", self.country_re),
                              ("year", self.year_re), ("month", self.month_re), ("weekday", self.weekday_re)):
            for m in pattern.finditer(sentence):
                if all(m.end() <= a or m.start() >= b for a, b, _ in spans):
                    spans.append((m.start(), m.end(), kind))
        pieces, at = [], 0
        for a, b, kind in sorted(spans):
            pieces.append(sentence[at:a])
            pieces.append((kind, sentence[a:b]))
            at = b
        pieces.append(sentence[at:])
        return pieces

    def vary(self, template):
        r = self.rng
        out = []
        for piece in template:
            if isinstance(piece, str):
                out.append(piece)
                continue
            kind, original = piece
            if kind == "person":
                out.append(r.choice(self.persons) if r.random() < 0.7 else original)
            elif kind == "city":
                out.append(r.choice(self.cities) if r.random() < 0.6 else original)
            elif kind == "country":
                out.append(r.choice(self.countries) if r.random() < 0.4 else original)
            elif kind == "year":
                out.append(str(r.randint(1995, 2025)))
            elif kind == "month":
                out.append(r.choice(MONTHS))
            else:
                out.append(r.choice(WEEKDAYS))
        return "".join(out)

    def article(self, n):
        r = self.rng
        body = [self.vary(r.choice(self.templates)) for _ in range(r.randint(6, 28))]
        headline_words = self.vary(r.choice(self.templates)).split()[: r.randint(6, 12)]
        headline = " ".join(headline_words).rstrip(",;:")
        city = r.choice(self.cities).upper()
        date = "%s %d, %d" % (r.choice(MONTHS), r.randint(1, 28), r.randint(1995, 2025))
        paragraphs, i = [], 0
        while i < len(body):
            k = r.randint(1, 3)
            paragraphs.append(" ".join(body[i:i + k]))
            i += k
        paragraphs[0] = "%s, %s (Wire %d) - %s" % (city, date, n, paragraphs[0])
        top = r.sample(FURNITURE, r.randint(0, 3))
        bottom = r.sample(FURNITURE, r.randint(1, 4))
        for _ in range(r.randint(0, 2)):
            paragraphs.insert(r.randint(1, len(paragraphs)), r.choice(FURNITURE))
        return "\n\n".join(top + [headline] + paragraphs + bottom) + "\n"


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    out, size_mb = args[0], float(args[1])
    seed = int(args[args.index("--seed") + 1]) if "--seed" in args else 2026
    gen = Generator(seed)
    os.makedirs(out, exist_ok=True)
    total, n = 0, 0
    while total < size_mb * 1e6:
        d = os.path.join(out, "%04d" % (n // 1000))
        if n % 1000 == 0:
            os.makedirs(d, exist_ok=True)
        data = gen.article(n).encode("utf-8")
        with open(os.path.join(d, "%07d.txt" % n), "wb") as f:
            f.write(data)
        total += len(data)
        n += 1
    print("%s: %d articles, %.1f MB" % (out, n, total / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main())
