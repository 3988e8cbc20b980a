#!/usr/bin/python3
"""End-to-end tests of `parley convert`: every row of the exit-status table in DESIGN.md,
output files, directory walking, standard input, and the RDF checked by independent parsers
(serdi, rapper, xmllint) and compared as graphs with rdflib.

usage: test_convert.py PARLEY   (run from the repository root)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import rdflib
from rdflib.compare import isomorphic

PARLEY = None
ARTICLES = "examples/articles"
GOLD = "tests/data/gold"
SCHEMA = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
FORMATS = ["turtle", "ntriples", "nquads", "trig", "rdfxml"]
SERDI_SYNTAX = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig"}
GOOD_TEXT = "Envoys meet in Geneva\n\nThe envoys of two states met in Geneva on Monday, officials said.\n"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def run(args, stdin=None, stdout=subprocess.PIPE):
    return subprocess.run([PARLEY] + args, input=stdin, stdout=stdout, stderr=subprocess.PIPE)


def independent_parse(fmt, data):
    """Parses with serdi (Turtle family) and rapper (all), returns an rdflib graph of all triples."""
    with tempfile.NamedTemporaryFile(suffix="." + fmt) as f:
        f.write(data)
        f.flush()
        if fmt in SERDI_SYNTAX:
            p = subprocess.run(["serdi", "-i", SERDI_SYNTAX[fmt], "-o", "nquads", f.name], capture_output=True)
            assert p.returncode == 0 and not p.stderr.strip(), p.stderr.decode()
        else:
            p = subprocess.run(["xmllint", "--noout", f.name], capture_output=True)
            assert p.returncode == 0, p.stderr.decode()
        rapper_syntax = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads",
                         "trig": "trig", "rdfxml": "rdfxml"}[fmt]
        p = subprocess.run(["rapper", "-q", "-i", rapper_syntax, "-o", "ntriples", f.name, "http://example.org/"],
                           capture_output=True)
        assert p.returncode == 0 and not p.stderr.strip(), "rapper: " + p.stderr.decode()
    g = rdflib.Graph()
    g.parse(data=p.stdout.decode("utf-8"), format="nt")
    return g


class Workdir(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="parley-test-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)

    def write(self, name, data):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return p


class ExamplesInEverySyntax(unittest.TestCase):
    def test_every_syntax_parses_independently_and_gives_the_same_graph(self):
        graphs = {}
        for fmt in FORMATS:
            p = run(["convert", ARTICLES, "-f", fmt])
            self.assertEqual(p.returncode, 0, p.stderr.decode())
            graphs[fmt] = independent_parse(fmt, p.stdout)
            self.assertGreater(len(graphs[fmt]), 20)
        for fmt in FORMATS[1:]:
            self.assertTrue(isomorphic(graphs["turtle"], graphs[fmt]), fmt + " differs from turtle")

    def test_output_is_byte_identical_across_runs(self):
        for fmt in FORMATS:
            a = run(["convert", ARTICLES, "-f", fmt]).stdout
            b = run(["convert", ARTICLES, "-f", fmt]).stdout
            self.assertEqual(a, b, fmt)

    def test_quads_put_each_article_in_its_own_named_graph(self):
        p = run(["convert", ARTICLES, "-f", "nquads"])
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=p.stdout.decode(), format="nquads")
        articles = set(ds.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
        self.assertEqual(len(articles), 5)
        for s, _, _, ctx in ds.quads((None, None, None, None)):
            self.assertIn(rdflib.URIRef(str(ctx.identifier)), articles)

    def test_headline_date_and_publisher_match_gold_never_furniture(self):
        for name in sorted(os.listdir(ARTICLES)):
            gold = json.loads(read_bytes(os.path.join(GOLD, name.replace(".txt", ".json"))).decode("utf-8"))
            p = run(["convert", os.path.join(ARTICLES, name), "-f", "ntriples"])
            g = rdflib.Graph()
            g.parse(data=p.stdout.decode(), format="nt")
            (article,) = list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
            self.assertEqual(str(g.value(article, SCHEMA.headline)), gold["headline"], name)
            date = g.value(article, SCHEMA.datePublished)
            self.assertEqual(str(date)[:10] if date is not None else None, gold["published"], name)
            publisher = g.value(article, SCHEMA.publisher)
            label = str(g.value(publisher, rdflib.RDFS.label)) if publisher is not None else None
            self.assertEqual(label, gold["publisher"], name)
            for line in gold["boilerplate"]:
                self.assertNotEqual(str(g.value(article, SCHEMA.headline)), line)
            self.assertEqual(str(g.value(article, PROV.hadPrimarySource)), "file:" + os.path.join(ARTICLES, name))


class ExitStatus(Workdir):
    def test_all_converted_is_0(self):
        good = self.write("good.txt", GOOD_TEXT)
        p = run(["convert", good])
        self.assertEqual(p.returncode, 0)
        self.assertEqual(p.stderr, b"")

    def test_empty_article_warns_and_writes_the_article_node_alone(self):
        empty = self.write("empty.txt", b"")
        p = run(["convert", empty, "-f", "ntriples"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"warning", p.stderr)
        self.assertIn(b"empty.txt", p.stderr)
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)
        self.assertEqual(list(g.objects(None, SCHEMA.headline)), [])

    def test_furniture_only_article_warns_and_writes_the_article_node_alone(self):
        f = self.write("furniture.txt", "Sign up for our newsletter\n\nCookie Settings\n\nRelated Content\n\nSome teaser headline\n")
        p = run(["convert", f, "-f", "ntriples"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"furniture", p.stderr)
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)

    def test_invalid_utf8_names_file_and_offset_skips_it_and_converts_the_rest(self):
        bad = self.write("bad.txt", b"Line one\nTehran \xc3\x28 talks\n")
        good = self.write("good.txt", GOOD_TEXT)
        p = run(["convert", bad, good, "-f", "ntriples"])
        self.assertEqual(p.returncode, 65)
        lines = p.stderr.decode().strip().splitlines()
        self.assertEqual(lines, [f"parley: {bad}:2:8: invalid UTF-8 at byte offset 16"])
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)

    def test_binary_file_is_65(self):
        binary = self.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        p = run(["convert", binary])
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"binary content", p.stderr)

    def test_over_the_size_limit_is_65(self):
        big = self.write("big.txt", GOOD_TEXT * 10)
        p = run(["convert", big, "--max-size", "100"])
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"size limit", p.stderr)
        self.assertEqual(run(["convert", big, "--max-size", "1KB"]).returncode, 0)

    def test_windows_1252_and_auto_decode_with_a_warning(self):
        f = self.write("latin.txt", b"Envoys meet\n\nThe \x93frank\x94 talks ended, officials said.\n")
        self.assertEqual(run(["convert", f]).returncode, 65)
        for enc in ("windows-1252", "auto"):
            p = run(["convert", f, "--encoding", enc, "-f", "ntriples"])
            self.assertEqual(p.returncode, 0, enc)
            self.assertIn(b"Windows-1252", p.stderr)
            self.assertIn(b"byte offset 17", p.stderr)
            independent_parse("ntriples", p.stdout)

    def test_missing_path_is_66_and_the_rest_converted(self):
        good = self.write("good.txt", GOOD_TEXT)
        p = run(["convert", self.path("nope.txt"), good, "-f", "ntriples"])
        self.assertEqual(p.returncode, 66)
        self.assertEqual(p.stderr.decode().strip(), f"parley: {self.path('nope.txt')}: no such file or directory")
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)

    def test_bad_usage_is_64_and_converts_nothing(self):
        good = self.write("good.txt", GOOD_TEXT)
        out = self.path("out.ttl")
        for args in (["-f", "xml2"], ["--no-such-option"], ["--base", "not an iri"],
                     ["--base", "https://example.org/no-slash"], ["--encoding", "ebcdic"]):
            p = run(["convert", good, "-o", out] + args)
            self.assertEqual(p.returncode, 64, args)
            self.assertNotEqual(p.stderr, b"")
            self.assertFalse(os.path.exists(out))
        self.assertEqual(run([]).returncode, 64)
        self.assertEqual(run(["frobnicate"]).returncode, 64)

    def test_output_that_cannot_be_created_is_73(self):
        good = self.write("good.txt", GOOD_TEXT)
        blocker = self.write("file", "x")
        p = run(["convert", good, "-o", os.path.join(blocker, "out.ttl")])
        self.assertEqual(p.returncode, 73)
        self.assertIn(b"cannot create", p.stderr)
        p = run(["convert", good, "-o", os.path.join(blocker, "dir") + "/"])
        self.assertEqual(p.returncode, 73)

    def test_write_failing_part_way_is_74(self):
        good = self.write("good.txt", GOOD_TEXT)
        with open("/dev/full", "wb") as full:
            p = run(["convert", good], stdout=full)
        self.assertEqual(p.returncode, 74)
        self.assertIn(b"write failed", p.stderr)

    def test_highest_status_wins(self):
        bad = self.write("bad.txt", b"\xff")
        p = run(["convert", bad, self.path("missing.txt")])
        self.assertEqual(p.returncode, 66)
        self.assertEqual(len(p.stderr.decode().strip().splitlines()), 2)


class Outputs(Workdir):
    def test_output_file_is_written_whole_with_no_temporary_left(self):
        good = self.write("in/good.txt", GOOD_TEXT)
        bad = self.write("in/bad.txt", b"\xff")
        out = self.path("out", "all.ttl")
        p = run(["convert", self.path("in"), "-o", out])
        self.assertEqual(p.returncode, 65)
        self.assertEqual(os.listdir(self.path("out")), ["all.ttl"])
        independent_parse("turtle", read_bytes(out))

    def test_directory_output_mirrors_inputs_with_the_syntax_extension(self):
        self.write("in/a.txt", GOOD_TEXT)
        self.write("in/a.html", "<html><body><h1>Envoys meet</h1><p>The envoys met in Oman on Monday.</p></body></html>")
        self.write("in/sub/b.htm", "<p>Talks in Doha.</p><p>They went on.</p>")
        self.write("in/sub/skip.md", "not an article")
        self.write("in/bad.txt", b"\xff")
        p = run(["convert", self.path("in"), "-o", self.path("out") + "/", "-f", "rdfxml"])
        self.assertEqual(p.returncode, 65)
        found = sorted(os.path.relpath(os.path.join(d, f), self.path("out"))
                       for d, _, fs in os.walk(self.path("out")) for f in fs)
        self.assertEqual(found, ["a.html.rdf", "a.txt.rdf", "sub/b.htm.rdf"])
        for f in found:
            independent_parse("rdfxml", read_bytes(self.path("out", f)))

    def test_existing_directory_without_slash_is_a_directory_target(self):
        good = self.write("good.txt", GOOD_TEXT)
        os.makedirs(self.path("out"))
        self.assertEqual(run(["convert", good, "-o", self.path("out"), "-f", "nquads"]).returncode, 0)
        self.assertEqual(os.listdir(self.path("out")), ["good.txt.nq"])

    def test_directories_are_walked_in_sorted_order(self):
        for name in ("b.txt", "a.txt", "c/a.txt"):
            self.write("in/" + name, GOOD_TEXT.replace("Geneva", name))
        p = run(["convert", self.path("in"), "-f", "ntriples"])
        sources = [line.split(" ")[2] for line in p.stdout.decode().splitlines() if "hadPrimarySource" in line]
        self.assertEqual([s.rsplit("/", 2)[-2:] for s in sources], [["in", "a.txt>"], ["in", "b.txt>"], ["c", "a.txt>"]])

    def test_standard_input_is_sniffed(self):
        html = b"<!DOCTYPE html><html><head><title>Envoys meet</title><meta property=\"og:site_name\" content=\"Reuters\"></head><body><p>The envoys met in Oman.</p></body></html>"
        p = run(["convert", "-", "-f", "ntriples"], stdin=html)
        self.assertEqual(p.returncode, 0, p.stderr)
        g = independent_parse("ntriples", p.stdout)
        (article,) = list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
        self.assertEqual(str(g.value(article, SCHEMA.headline)), "Envoys meet")
        self.assertEqual(str(g.value(g.value(article, SCHEMA.publisher), rdflib.RDFS.label)), "Reuters")
        self.assertIsNone(g.value(article, PROV.hadPrimarySource))
        p = run(["convert", "-f", "ntriples"], stdin=GOOD_TEXT.encode())
        g = independent_parse("ntriples", p.stdout)
        (article,) = list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
        self.assertEqual(str(g.value(article, SCHEMA.headline)), "Envoys meet in Geneva")
        p = run(["convert", "--input-format", "text", "-f", "ntriples"],
                stdin=b"<b>Envoys</b> meet\n\nThe envoys met in Oman.\n")
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual([str(o) for o in g.objects(None, SCHEMA.headline)], ["<b>Envoys</b> meet"])

    def test_base_iri_is_used_for_minted_iris(self):
        good = self.write("good.txt", GOOD_TEXT)
        p = run(["convert", good, "-f", "ntriples", "--base", "http://data.example.org/kg/"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"<http://data.example.org/kg/article/", p.stdout)


class Help(unittest.TestCase):
    def test_help_and_version(self):
        p = run(["--help"])
        self.assertEqual(p.returncode, 0)
        self.assertIn(b"convert", p.stdout)
        p = run(["convert", "--help"])
        self.assertEqual(p.returncode, 0)
        for option in (b"--format", b"--output", b"--base", b"--encoding", b"--input-format", b"--max-size"):
            self.assertIn(option, p.stdout)
        p = run(["--version"])
        self.assertEqual(p.returncode, 0)
        self.assertTrue(p.stdout.startswith(b"parley "))


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("cli: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
