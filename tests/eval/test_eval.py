#!/usr/bin/python3
"""Extraction quality and the entity contract, scored by `parley eval` on the RDF that convert
writes: entity F1 >= 0.90, event F1 >= 0.80 and quote F1 >= 0.90 on the samples and on the
articles of other outlets in
tests/data/unseen (gold written by hand before parley ran on them), no entity from page
furniture, one IRI per real-world entity across articles, and no name of a person from the
samples anywhere in the code or the gazetteers.

usage: test_eval.py PARLEY   (run from the repository root)
"""
import json
import os
import re
import subprocess
import sys
import unittest

import rdflib

PARLEY = None
SCHEMA = rdflib.Namespace("http://schema.org/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
BASE = "https://w3id.org/parley/id/"


def parse_scores(report):
    scores = {}
    for line in report.splitlines():
        m = re.match(r"^(\w+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)$", line)
        if m:
            scores[m.group(1)] = {"p": float(m.group(2)), "r": float(m.group(3)), "f1": float(m.group(4))}
    return scores


def evaluate(gold, articles):
    p = subprocess.run([PARLEY, "eval", "--gold", gold, articles], capture_output=True, text=True)
    assert p.returncode == 0, p.stderr
    scores = parse_scores(p.stdout)
    furniture = int(re.search(r"^furniture entities: (\d+)$", p.stdout, re.M).group(1))
    return scores, furniture, p.stdout


def converted(path):
    p = subprocess.run([PARLEY, "convert", path, "-f", "ntriples"], capture_output=True)
    assert p.returncode == 0, p.stderr.decode()
    g = rdflib.Graph()
    g.parse(data=p.stdout.decode(), format="nt")
    return g


class Scores(unittest.TestCase):
    def check(self, gold, articles):
        scores, furniture, report = evaluate(gold, articles)
        for kind in ("Person", "Organization", "Location", "Entities", "Events", "Quotes"):
            self.assertIn(kind, scores, report)
        self.assertGreaterEqual(scores["Entities"]["f1"], 0.90, report)
        self.assertGreaterEqual(scores["Events"]["f1"], 0.80, report)
        self.assertGreaterEqual(scores["Quotes"]["f1"], 0.90, report)
        self.assertEqual(furniture, 0, report)

    def test_samples(self):
        self.check("tests/data/gold", "examples/articles")

    def test_articles_of_other_outlets_and_meetings(self):
        self.check("tests/data/unseen/gold", "tests/data/unseen/articles")

    # tests/data/dev: 42 real pages of 42 outlets (24, then 18 more), gold written before parley
    # ran on them. tests/data/dev-check: 18 more, scored only as a whole, never read, to tell
    # whether a rule generalizes. First runs of the 42 and the 18, before any rule changed for
    # them (2026-12-05): entities 0.898 / 0.838, meetings 0.616 / 0.286, quotes 0.795 / 0.597.
    # The floors are those first runs raised to what the general rules have made of them since.
    DEV_FLOORS = {"Entities": 0.946, "Events": 0.838, "Quotes": 0.937}
    DEV_CHECK_FLOORS = {"Entities": 0.894, "Events": 0.600, "Quotes": 0.740}

    def test_development_set_meets_its_floors(self):
        scores, _, report = evaluate("tests/data/dev/gold", "tests/data/dev/articles")
        for kind, floor in self.DEV_FLOORS.items():
            self.assertGreaterEqual(scores[kind]["f1"], floor, kind + "\n" + report)

    def test_check_set_meets_its_floors(self):
        p = subprocess.run([PARLEY, "eval", "--no-errors", "--gold", "tests/data/dev-check/gold",
                            "tests/data/dev-check/articles"], capture_output=True, text=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        scores = parse_scores(p.stdout)
        for kind, floor in self.DEV_CHECK_FLOORS.items():
            self.assertGreaterEqual(scores[kind]["f1"], floor, kind)
        # --no-errors: the check set's misses are not to be read.
        self.assertNotRegex(p.stdout, r"(?m)^(FP|FN|DATE) ")

    def test_dating_is_scored_apart(self):
        scores, _, report = evaluate("tests/data/dev/gold", "tests/data/dev/articles")
        undated = re.search(r"^Events, dates not compared\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)\s+(\d+)\s+(\d+)$",
                            report, re.M)
        right = re.search(r"^meeting dates right: (\d+) of (\d+)$", report, re.M)
        self.assertIsNotNone(undated, report)
        self.assertIsNotNone(right, report)
        matched, predicted, gold = (int(undated.group(i)) for i in (4, 5, 6))
        # Matching by participants alone finds at least the meetings the dated matching found,
        # out of the same predicted and gold meetings; the dates right are exactly those.
        events = re.search(r"^Events\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+(\d+)\s+(\d+)\s+(\d+)$", report, re.M)
        self.assertEqual((int(events.group(2)), int(events.group(3))), (predicted, gold))
        self.assertGreaterEqual(matched, int(events.group(1)))
        self.assertEqual(int(right.group(2)), matched)
        self.assertEqual(int(right.group(1)), int(events.group(1)))
        # Each matched meeting whose date disagrees is listed.
        self.assertEqual(len(re.findall(r"(?m)^DATE Events ", report)), matched - int(right.group(1)))

    def test_samples_keep_entities_095_meetings_080_quotes_090(self):
        scores, _, report = evaluate("tests/data/gold", "examples/articles")
        self.assertGreaterEqual(scores["Entities"]["f1"], 0.95, report)
        self.assertGreaterEqual(scores["Events"]["f1"], 0.80, report)
        self.assertGreaterEqual(scores["Quotes"]["f1"], 0.90, report)


    def test_publication_dates_are_scored(self):
        # The line counts the articles whose datePublished is the gold day (none where the gold
        # has none), as this test counts them from the RDF itself.
        _, _, report = evaluate("tests/data/dev/gold", "tests/data/dev/articles")
        line = re.search(r"^publication dates right: (\d+) of (\d+)$", report, re.M)
        self.assertIsNotNone(line, report)
        names = sorted(os.listdir("tests/data/dev/gold"))
        right = 0
        for name in names:
            with open(os.path.join("tests/data/dev/gold", name), encoding="utf-8") as f:
                published = json.load(f).get("published") or ""
            g = converted(os.path.join("tests/data/dev/articles", name[:-5] + ".txt"))
            dates = [str(o)[:10] for o in g.objects(None, SCHEMA.datePublished)]
            right += (dates[0] if dates else "") == published
        self.assertEqual((int(line.group(1)), int(line.group(2))), (right, len(names)))
        self.assertEqual(len(re.findall(r"(?m)^PUBLISHED ", report)), len(names) - right)

    def test_every_dev_article_that_prints_a_date_has_its_publication_date(self):
        for name in sorted(os.listdir("tests/data/dev/gold")):
            with open(os.path.join("tests/data/dev/gold", name), encoding="utf-8") as f:
                published = json.load(f).get("published")
            if not published:
                continue
            g = converted(os.path.join("tests/data/dev/articles", name[:-5] + ".txt"))
            dates = [str(o) for o in g.objects(None, SCHEMA.datePublished)]
            self.assertEqual(len(dates), 1, name)
            self.assertTrue(dates[0].startswith(published), (name, dates, published))

    def test_a_wrong_gold_lowers_the_score(self):
        # The scorer can fail: against another article's gold, the score collapses.
        p = subprocess.run([PARLEY, "eval", "--gold", "tests/data/unseen/gold", "examples/articles"],
                           capture_output=True, text=True)
        self.assertNotEqual(p.returncode, 0)  # no gold file for these articles
        self.assertIn("no gold file", p.stderr)


class Identity(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.g = converted("examples/articles")

    def persons_labelled(self, name):
        return {s for s in self.g.subjects(rdflib.RDFS.label, rdflib.Literal(name))} | \
               {s for s in self.g.subjects(SKOS.altLabel, rdflib.Literal(name))}

    def test_a_person_named_in_full_in_four_articles_has_one_iri(self):
        iris = {s for s in self.g.subjects(rdflib.RDFS.label, rdflib.Literal("Ryan Crocker"))}
        self.assertEqual(iris, {rdflib.URIRef(BASE + "person/ryan-crocker")})
        articles = set(self.g.subjects(SCHEMA.mentions, rdflib.URIRef(BASE + "person/ryan-crocker")))
        self.assertEqual(len(articles), 4)

    def test_a_surname_never_given_in_full_stays_in_its_article(self):
        (scoped,) = [s for s in self.persons_labelled("Crocker") if not str(s).endswith("ryan-crocker")]
        (article,) = list(self.g.subjects(SCHEMA.mentions, scoped))
        self.assertTrue(str(scoped).startswith(str(article) + "/person/"), scoped)

    def test_countries_have_one_iri_and_link_out(self):
        iran = rdflib.URIRef(BASE + "country/ir")
        self.assertEqual(len(set(self.g.subjects(SCHEMA.mentions, iran))), 5)
        self.assertIn((iran, rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q794")), self.g)
        self.assertIn((iran, rdflib.OWL.sameAs, rdflib.URIRef("https://sws.geonames.org/130758/")), self.g)
        self.assertEqual(str(self.g.value(iran, rdflib.RDFS.label)), "Iran")

    def test_spelling_variants_join_within_an_article(self):
        tehran = rdflib.URIRef(BASE + "place/tehran")
        alt = {str(o) for o in self.g.objects(tehran, SKOS.altLabel)}
        self.assertIn("Teheran", alt)
        self.assertEqual(str(self.g.value(tehran, SCHEMA.containedInPlace)), BASE + "country/ir")

    def test_every_entity_has_exactly_one_label(self):
        kinds = (SCHEMA.Person, SCHEMA.Organization, SCHEMA.Country, SCHEMA.Place, SCHEMA.Event)
        for s in {s for k in kinds for s in self.g.subjects(rdflib.RDF.type, k)}:
            self.assertEqual(len(list(self.g.objects(s, rdflib.RDFS.label))), 1, s)


class NoSampleNamesInTheProduct(unittest.TestCase):
    PRODUCT = ["rdf", "model", "gazetteer", "parsers", "resolve", "mapping", "exporters", "cli", "ontology"]

    def test_no_person_from_the_samples_appears_in_code_or_gazetteers(self):
        names = set()
        for f in os.listdir("tests/data/gold"):
            if not f.endswith(".json"):
                continue
            with open(os.path.join("tests/data/gold", f), encoding="utf-8") as fh:
                gold = json.load(fh)
            for e in gold["entities"]:
                if e["type"] != "Person":
                    continue
                for form in [e["name"]] + e["aliases"]:
                    names.add(form)
                    # The family name; given names ("Philip") are too common to be a sign.
                    family = re.split(r"[\s-]+", form)[-1]
                    if len(family) >= 5:
                        names.add(family)
        self.assertIn("Crocker", names)
        found = []
        for folder in self.PRODUCT:
            for root, _, files in os.walk(folder):
                for f in files:
                    path = os.path.join(root, f)
                    if "/sources/" in path:
                        continue  # third-party country data, as published
                    with open(path, encoding="utf-8", errors="replace") as fh:
                        text = fh.read()
                    found += ["%s: %s" % (path, n) for n in names if re.search(r"\b%s\b" % re.escape(n), text)]
        self.assertEqual(found, [])


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("eval: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
