#!/usr/bin/env python3
"""Scores what parley reads from real web pages against Mozilla Readability's test pages.

For every folder with source.html, expected.html and expected-metadata.json, parley converts
source.html with --provenance mentions. From its N-Triples this reads back:
  body      the one nif:isString of the article's nif:Context
  title     schema:headline
  published schema:datePublished
  site name the rdfs:label of schema:publisher

and scores them:
  title      right when equal to Readability's after folding case, spaces, dashes and quotes, or
             when one is the other less a site-name part cut at a separator (" | ", " - ", ...):
             Readability keeps such a suffix when a meta tag carries it, parley removes it.
  published  right when it is the same instant, to the fraction of a second, with the same
             offset (or both without one), or the same day when Readability gives only a day.
  site name  right when equal after folding case and spaces.
  body       word-bag precision and recall of parley's text against the text of expected.html.

Body figures are medians over the news-like pages: those with a published time, an og:type of
article or a JSON-LD *Article type. With --check, exits 1 when a figure is below its bar.
"""
import argparse
import collections
import concurrent.futures
import datetime
import html.parser
import json
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import rdflib

SCHEMA = "http://schema.org/"
NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
RDFS_LABEL = rdflib.URIRef("http://www.w3.org/2000/01/rdf-schema#label")

BARS = {"title": 0.95, "published": 0.90, "site_name": 0.90,
        "body_precision": 0.95, "body_recall": 0.95}


class TextOfHtml(html.parser.HTMLParser):
    """The text a reader sees in expected.html."""
    SKIP = {"script", "style", "template"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(markup):
    parser = TextOfHtml()
    parser.feed(markup)
    parser.close()
    return "".join(parser.parts)


def words(text):
    return re.findall(r"\w+", text.casefold())


def precision_recall(ours, expected):
    ours_bag, expected_bag = collections.Counter(words(ours)), collections.Counter(words(expected))
    common = sum((ours_bag & expected_bag).values())
    precision = common / sum(ours_bag.values()) if ours_bag else 0.0
    recall = common / sum(expected_bag.values()) if expected_bag else 1.0
    return precision, recall


def fold(text):
    text = text.casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b\u2032]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u2033]", '"', text)
    return " ".join(text.split())


SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\\/>\u00bb:\u00b7\u2022]\s+")


def without_site_parts(title):
    """The title less a part cut at a separator, at its start or at its end."""
    cuts = set()
    for separator in SEPARATOR.finditer(title):
        cuts.add(fold(title[:separator.start()]))
        cuts.add(fold(title[separator.end():]))
    return cuts


def title_right(ours, expected):
    if not expected:
        return None
    a, b = fold(ours or ""), fold(expected)
    return a == b or a in without_site_parts(expected) or b in without_site_parts(ours or "")


def instant(text):
    """("day", date) or ("time", datetime, fraction digits); None when it is neither."""
    text = text.strip().replace(" ", "T", 1)
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    text = re.sub(r"Z$", "+00:00", text)
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return ("day", datetime.date.fromisoformat(text))
    match = re.fullmatch(r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)(?:\.(\d+))?([+-]\d\d:\d\d)?", text)
    if not match:
        return None
    base, fraction, offset = match.groups()
    return ("time", datetime.datetime.fromisoformat(base + (offset or "")), (fraction or "").rstrip("0"))


def published_right(ours, expected):
    if not expected:
        return None
    want, got = instant(expected), instant(ours) if ours else None
    if want is None or got is None:
        return False
    if want[0] == "day":
        return (got[1] if got[0] == "day" else got[1].date()) == want[1]
    if got[0] != "time":
        return False
    # The same wall-clock time, offset and fraction: the instant exactly as the page gives it.
    return got[1] == want[1] and got[1].utcoffset() == want[1].utcoffset() and got[2] == want[2]


def news_like(source, metadata):
    if metadata.get("publishedTime"):
        return True
    if re.search(r"""og:type["']\s+content=["']article""", source, re.I):
        return True
    return re.search(r'"@type"\s*:\s*"(\w*Article|BlogPosting|ReportageNews)"', source) is not None


def convert(parley, page, scratch):
    out = Path(scratch) / (page.name + ".nt")
    run = subprocess.run([parley, "convert", "--provenance", "mentions", "-f", "ntriples", "-q",
                          "-o", str(out), str(page / "source.html")],
                         capture_output=True, text=True)
    if run.returncode != 0:
        return None, f"exit {run.returncode}: {run.stderr.strip()}"
    graph = rdflib.Graph()
    graph.parse(out, format="nt")
    return graph, None


def read_back(graph):
    article = next(graph.subjects(rdflib.RDF.type, rdflib.URIRef(SCHEMA + "NewsArticle")), None)
    def value(p):
        v = graph.value(article, rdflib.URIRef(SCHEMA + p))
        return str(v) if v is not None else ""
    publisher = graph.value(article, rdflib.URIRef(SCHEMA + "publisher"))
    context = next(graph.subjects(rdflib.RDF.type, rdflib.URIRef(NIF + "Context")), None)
    body = graph.value(context, rdflib.URIRef(NIF + "isString")) if context is not None else None
    return {
        "title": value("headline"),
        "published": value("datePublished"),
        "site_name": str(graph.value(publisher, RDFS_LABEL) or "") if publisher is not None else "",
        "body": str(body or ""),
    }


def score_page(parley, page, scratch):
    metadata = json.loads((page / "expected-metadata.json").read_text(encoding="utf-8"))
    source = (page / "source.html").read_text(encoding="utf-8", errors="replace")
    expected_body = html_text((page / "expected.html").read_text(encoding="utf-8"))
    graph, error = convert(parley, page, scratch)
    row = {"page": page.name, "news_like": news_like(source, metadata), "error": error}
    if graph is None:
        return row
    got = read_back(graph)
    row.update({
        "title": title_right(got["title"], metadata.get("title")),
        "title_got": got["title"], "title_want": metadata.get("title"),
        "published": published_right(got["published"], metadata.get("publishedTime")),
        "published_got": got["published"], "published_want": metadata.get("publishedTime"),
        "site_name": (fold(got["site_name"]) == fold(metadata["siteName"])) if metadata.get("siteName") else None,
        "site_name_got": got["site_name"], "site_name_want": metadata.get("siteName"),
    })
    row["body_precision"], row["body_recall"] = precision_recall(got["body"], expected_body)
    return row


def share(rows, key):
    judged = [r[key] for r in rows if r.get(key) is not None]
    return (sum(judged) / len(judged) if judged else 1.0), sum(judged), len(judged)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parley")
    parser.add_argument("pages", type=Path)
    parser.add_argument("--check", action="store_true", help="exit 1 when a figure is below its bar")
    parser.add_argument("--details", action="store_true", help="print every miss")
    parser.add_argument("--jobs", type=int, default=4)
    args = parser.parse_args()

    pages = sorted(p for p in args.pages.iterdir() if (p / "source.html").is_file())
    with tempfile.TemporaryDirectory() as scratch, \
            concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        rows = list(pool.map(lambda p: score_page(args.parley, p, scratch), pages))

    crashed = [r for r in rows if r["error"]]
    read = [r for r in rows if not r["error"]]
    news = [r for r in read if r["news_like"]]
    figures = {}
    for key in ("title", "published", "site_name"):
        figures[key], right, judged = share(read, key)
        print(f"{key:10} {figures[key]:.3f} ({right} of {judged} pages)")
    for key in ("body_precision", "body_recall"):
        figures[key] = statistics.median(r[key] for r in news) if news else 0.0
        every = statistics.median(r[key] for r in read) if read else 0.0
        print(f"{key:15} median {figures[key]:.3f} on {len(news)} news-like pages "
              f"({every:.3f} on all {len(read)})")
    print(f"pages that failed to convert: {len(crashed)} of {len(rows)}")
    for r in crashed:
        print(f"  {r['page']}: {r['error']}")
    if args.details:
        for r in read:
            for key in ("title", "published", "site_name"):
                if r.get(key) is False:
                    print(f"  {r['page']} {key}: got {r[key + '_got']!r}, want {r[key + '_want']!r}")
            if r["news_like"] and (r["body_precision"] < 0.95 or r["body_recall"] < 0.95):
                print(f"  {r['page']} body: P {r['body_precision']:.3f} R {r['body_recall']:.3f}")
    if args.check:
        low = [k for k, bar in BARS.items() if figures[k] < bar]
        if crashed or low:
            print("below the bar: " + ", ".join(low + (["conversions"] if crashed else [])))
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
