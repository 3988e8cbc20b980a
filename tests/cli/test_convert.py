#!/usr/bin/python3
"""End-to-end tests of `parley convert`: every row of the exit-status table in DESIGN.md,
output files, directory walking, standard input, and the RDF checked by independent parsers
(serdi, rapper, xmllint; rdflib's JSON-LD parser) and compared as graphs with rdflib.

usage: test_convert.py PARLEY   (run from the repository root)
"""
import json
import re
import resource
import stat
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
FORMATS = ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"]
RDFLIB_FORMAT = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "rdfxml": "xml",
                 "jsonld": "json-ld"}
TEST_ARTICLES = [ARTICLES, "tests/data/unseen/articles", "tests/data/dev/articles"]
SERDI_SYNTAX = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig"}
GOOD_TEXT = "Envoys meet in Geneva\n\nThe envoys of two states met in Geneva on Monday, officials said.\n"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


SUMMARY = re.compile(r"^parley: (stopped at a failed write: )?[\d,]+ converted(, [\d,]+ skipped \([^)]*\))?, [\d,]+ triples, [\d.]+ s$")


def messages(p):
    """stderr without the summary line every run ends with (which must be there)."""
    lines = p.stderr.decode().strip().splitlines()
    assert lines and SUMMARY.match(lines[-1]), "no summary line at the end of: %r" % p.stderr
    return "\n".join(lines[:-1])


def run(args, stdin=None, stdout=subprocess.PIPE):
    return subprocess.run([PARLEY] + args, input=stdin, stdout=stdout, stderr=subprocess.PIPE)


def independent_parse(fmt, data):
    """Parses with serdi (Turtle family) and rapper (all but JSON-LD, which rapper does not read:
    rdflib's JSON-LD parser reads it), returns an rdflib graph of all triples."""
    if fmt == "jsonld":
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=data.decode("utf-8"), format="json-ld")
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
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

    def test_jsonld_is_one_object_per_article_and_the_same_quads_for_every_test_article(self):
        """Every test article in JSON-LD, read by rdflib, is the dataset the N-Quads give, graph by
        graph; each element of the array is one article: @context, @id (its graph), @graph."""
        args = ["convert"] + TEST_ARTICLES + ["-q", "--source-base", "https://corpus.example.org/"]
        jsonld = run(args + ["-f", "jsonld"])
        self.assertEqual(jsonld.returncode, 0, jsonld.stderr)
        nquads = run(args + ["-f", "nquads"])
        objects = json.loads(jsonld.stdout)
        quads = rdflib.ConjunctiveGraph()
        quads.parse(data=nquads.stdout.decode(), format="nquads")
        articles = {str(a) for a in quads.subjects(rdflib.RDF.type, SCHEMA.NewsArticle)}
        self.assertEqual(len(objects), len(articles))
        self.assertGreaterEqual(len(objects), 34)
        for obj in objects:
            self.assertEqual(list(obj), ["@context", "@id", "@graph"])
            self.assertEqual(obj["@context"]["schema"], "http://schema.org/")
        self.assertEqual({o["@id"] for o in objects}, articles)
        read = rdflib.ConjunctiveGraph()
        read.parse(data=jsonld.stdout.decode(), format="json-ld")
        for graph in articles:
            self.assertTrue(isomorphic(read.get_context(rdflib.URIRef(graph)),
                                       quads.get_context(rdflib.URIRef(graph))), graph)

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
            self.assertEqual(str(g.value(article, PROV.hadPrimarySource)),
                             "file://" + os.path.abspath(os.path.join(ARTICLES, name)))


class ExitStatus(Workdir):
    def test_page_instants_authors_and_modification_date_reach_the_graph_exactly(self):
        """Every syntax carries the page's instants as given (seconds, fraction, offset)."""
        page = "tests/data/html/jsonld_cdata_array.html"
        # Compare lexical forms: rdflib would otherwise rewrite them as Python datetimes.
        self.addCleanup(setattr, rdflib, "NORMALIZE_LITERALS", rdflib.NORMALIZE_LITERALS)
        rdflib.NORMALIZE_LITERALS = False
        for fmt in ("turtle", "ntriples", "nquads", "trig", "rdfxml"):
            p = run(["convert", "-q", "-f", fmt, page])
            self.assertEqual(p.returncode, 0, p.stderr)
            g = independent_parse(fmt, p.stdout)
            (article,) = list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))
            published = g.value(article, SCHEMA.datePublished)
            modified = g.value(article, SCHEMA.dateModified)
            self.assertEqual((str(published), published.datatype),
                             ("2023-11-02T06:05:09.125Z", rdflib.XSD.dateTime), fmt)
            self.assertEqual((str(modified), modified.datatype),
                             ("2023-11-02T11:30:00+05:30", rdflib.XSD.dateTime), fmt)
            self.assertEqual(sorted(str(a) for a in g.objects(article, SCHEMA.author)),
                             ["Asha Writer", "Li Reporter"], fmt)
            # A byline is metadata, never an entity the article mentions.
            self.assertNotIn("Asha Writer", [str(g.value(m, rdflib.RDFS.label))
                                             for m in g.objects(article, SCHEMA.mentions)])

    def test_all_converted_is_0(self):
        good = self.write("good.txt", GOOD_TEXT)
        p = run(["convert", good])
        self.assertEqual(p.returncode, 0)
        # 14: the article node (4), Switzerland (5) and Geneva (5, with its GeoNames feature).
        self.assertRegex(p.stderr.decode(), r"^parley: 1 converted, 14 triples, [\d.]+ s\n$")
        self.assertEqual(run(["convert", good, "-q"]).stderr, b"")

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
        self.assertEqual(messages(p), f"parley: {bad}:2:8: invalid UTF-8 at byte offset 16")
        self.assertIn("1 converted, 1 skipped (1 invalid text)", p.stderr.decode())
        g = independent_parse("ntriples", p.stdout)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)

    def test_binary_file_is_65(self):
        binary = self.write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        p = run(["convert", binary])
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"binary content", p.stderr)

    def test_utf16_with_a_byte_order_mark_reads_as_its_utf8_twin(self):
        text = GOOD_TEXT.replace("envoys of two states", "President Jana Lind of Oman and the envoy of Qatar")
        labels = {}
        for name, data in [("utf8", text.encode("utf-8")), ("le", b"\xff\xfe" + text.encode("utf-16-le")),
                           ("be", b"\xfe\xff" + text.encode("utf-16-be"))]:
            p = run(["convert", self.write(name + ".txt", data), "-f", "ntriples"])
            self.assertEqual(p.returncode, 0, p.stderr)
            g = independent_parse("ntriples", p.stdout)
            labels[name] = sorted(str(o) for o in g.objects(None, rdflib.RDFS.label))
        self.assertIn("Jana Lind", labels["utf8"])
        self.assertEqual(labels["le"], labels["utf8"])
        self.assertEqual(labels["be"], labels["utf8"])
        # Without its mark, UTF-16 is NUL-bearing bytes: binary, as before.
        p = run(["convert", self.write("nomark.txt", text.encode("utf-16-le"))])
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
        self.assertEqual(messages(p), f"parley: {self.path('nope.txt')}: no such file or directory")
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

    def test_write_failing_part_way_is_74_naming_the_output_and_the_reason(self):
        good = self.write("good.txt", GOOD_TEXT)
        with open("/dev/full", "wb") as full:
            p = run(["convert", good], stdout=full)
        self.assertEqual(p.returncode, 74)
        self.assertEqual(messages(p), "parley: <stdout>: write failed: No space left on device")

    def test_file_size_limit_is_74_file_too_large_with_no_temporary_left(self):
        good = self.write("in/good.txt", GOOD_TEXT)
        out = self.path("out", "all.ttl")
        os.makedirs(self.path("out"))

        def limit():
            resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))
        p = subprocess.run([PARLEY, "convert", good, "-o", out], capture_output=True, preexec_fn=limit)
        self.assertEqual(p.returncode, 74, p.stderr)
        self.assertEqual(messages(p), "parley: %s: write failed: File too large" % out)
        self.assertEqual(os.listdir(self.path("out")), [])

    def test_highest_status_wins(self):
        bad = self.write("bad.txt", b"\xff")
        p = run(["convert", bad, self.path("missing.txt")])
        self.assertEqual(p.returncode, 66)
        self.assertEqual(len(messages(p).splitlines()), 2)


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


    def test_a_lexicon_file_adds_month_names_and_takes_one_file_per_flag(self):
        # "--lexicon FILE article" reads article as an article, not as a second lexicon, and
        # the months of the file date the meeting (the grammars read the run's lexicon).
        article = self.write("article.txt", "Envoys meet\n\n2 October 2023\n\n"
                             "President Jana Lind of Oman met President Karel Novak of Qatar in Muscat "
                             "on 14 enero 2023.\n")
        months = self.write("months.tsv", "# parley-lexicon: months\nword\tnumber\tform\nenero\t1\tname\n")
        plain = run(["convert", article, "-f", "ntriples"])
        self.assertEqual(plain.returncode, 0, plain.stderr)
        self.assertIn(b'/event/2023-10-02-qa>', plain.stdout)  # "enero" unknown: the publication's day
        p = run(["convert", "--lexicon", months, article, "-f", "ntriples"])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b'/event/2023-01-14-qa> <http://schema.org/startDate> "2023-01-14"', p.stdout)
        self.assertNotIn(b"2023-10-02-qa", p.stdout)

class OutputTargets(Workdir):
    """What is at an output path and not a regular file stays what it is. Only nodes made here,
    in a temporary directory: never the machine's own /dev/null or /dev/stdout."""

    def good(self):
        return self.write("in/good.txt", GOOD_TEXT)

    def test_fifo_is_written_in_place_to_its_reader(self):
        fifo = self.path("fifo")
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", fifo], stdout=subprocess.PIPE)
        p = run(["convert", self.good(), "-f", "ntriples", "-o", fifo])
        data, _ = reader.communicate(timeout=30)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode))
        g = independent_parse("ntriples", data)
        self.assertEqual(len(list(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1)
        self.assertEqual(sorted(os.listdir(self.dir)), ["fifo", "in"])

    def test_character_device_is_written_in_place(self):
        null = self.path("null")
        try:
            os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            self.skipTest("mknod needs root")
        p = run(["convert", self.good(), "-o", null])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(stat.S_ISCHR(os.lstat(null).st_mode))
        self.assertEqual(os.lstat(null).st_rdev, os.makedev(1, 3))
        self.assertEqual(sorted(os.listdir(self.dir)), ["in", "null"])

    def test_full_device_node_reports_no_space_and_stays_a_device(self):
        full = self.path("full")
        try:
            os.mknod(full, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        except PermissionError:
            self.skipTest("mknod needs root")
        p = run(["convert", self.good(), "-o", full])
        self.assertEqual(p.returncode, 74)
        self.assertEqual(messages(p), "parley: %s: write failed: No space left on device" % full)
        self.assertTrue(stat.S_ISCHR(os.lstat(full).st_mode))

    def test_symlink_is_followed_and_its_target_replaced(self):
        os.makedirs(self.path("data"))
        target = self.write("data/real.nt", "old")
        os.chmod(target, 0o640)
        link = self.path("link.nt")
        os.symlink("data/real.nt", link)
        p = run(["convert", self.good(), "-f", "ntriples", "-o", link])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(os.path.islink(link))
        self.assertEqual(os.readlink(link), "data/real.nt")
        independent_parse("ntriples", read_bytes(target))
        self.assertEqual(stat.S_IMODE(os.stat(target).st_mode), 0o640)
        self.assertEqual(os.listdir(self.path("data")), ["real.nt"])

    def test_dangling_symlink_creates_its_target(self):
        link = self.path("link.ttl")
        os.symlink("made.ttl", link)
        self.assertEqual(run(["convert", self.good(), "-o", link]).returncode, 0)
        self.assertTrue(os.path.islink(link))
        independent_parse("turtle", read_bytes(self.path("made.ttl")))

    def test_descriptor_path_appends_to_what_the_shell_opened(self):
        log = self.write("log", "kept line\n")
        with open(log, "ab") as f:
            p = subprocess.run([PARLEY, "convert", self.good(), "-f", "ntriples", "-o", "/dev/fd/1"],
                               stdout=f, stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 0, p.stderr)
        data = read_bytes(log)
        self.assertTrue(data.startswith(b"kept line\n"))
        independent_parse("ntriples", data[len(b"kept line\n"):])
        self.assertEqual(sorted(os.listdir(self.dir)), ["in", "log"])
        with open(log, "ab") as f:
            p = subprocess.run([PARLEY, "convert", self.good(), "-f", "ntriples", "-o", "/proc/self/fd/1"],
                               stdout=f, stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(read_bytes(log).startswith(b"kept line\n"))
        self.assertGreater(len(read_bytes(log)), len(data))

    def test_closed_descriptor_is_73(self):
        p = run(["convert", self.good(), "-o", "/dev/fd/9"])
        self.assertEqual(p.returncode, 73)
        self.assertIn(b"descriptor 9 is not open", p.stderr)

    def test_other_non_regular_paths_are_refused_with_73(self):
        import socket
        sock_path = self.path("sock")
        sock = socket.socket(socket.AF_UNIX)
        sock.bind(sock_path)
        try:
            p = run(["convert", self.good(), "-o", sock_path])
        finally:
            sock.close()
        self.assertEqual(p.returncode, 73)
        self.assertIn(b"not a regular file, character device or FIFO", p.stderr)
        self.assertTrue(stat.S_ISSOCK(os.lstat(sock_path).st_mode))

    def test_nothing_converted_creates_nothing_and_keeps_an_existing_file(self):
        out = self.path("out.ttl")
        p = run(["convert", self.path("missing.txt"), "-o", out])
        self.assertEqual(p.returncode, 66)
        self.assertFalse(os.path.exists(out))
        bad = self.write("bad.txt", b"\xff")
        p = run(["convert", bad, "-o", out])
        self.assertEqual(p.returncode, 65)
        self.assertFalse(os.path.exists(out))
        self.write("out.ttl", "precious")
        run(["convert", bad, "-o", out])
        self.assertEqual(read_bytes(out), b"precious")
        p = run(["convert", self.path("missing.txt")])
        self.assertEqual(p.stdout, b"")


class SourceIris(Workdir):
    def test_relative_inputs_give_one_graph_in_every_syntax_and_in_rdflib(self):
        self.write("src/a.txt", GOOD_TEXT)
        expected = "file://" + os.path.realpath(self.path("src", "a.txt"))
        graphs = {}
        for fmt in FORMATS:
            p = subprocess.run([PARLEY, "convert", "src/a.txt", "-f", fmt], cwd=os.path.realpath(self.dir),
                               capture_output=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            independent_parse(fmt, p.stdout)
            g = rdflib.ConjunctiveGraph() if fmt in ("nquads", "trig", "jsonld") else rdflib.Graph()
            # A different document base for each: a file: IRI must not depend on it.
            g.parse(data=p.stdout, format=RDFLIB_FORMAT[fmt], publicID="http://elsewhere.example/%s/doc" % fmt)
            sources = [str(o) for o in g.objects(None, PROV.hadPrimarySource)]
            self.assertEqual(sources, [expected], fmt)
            graphs[fmt] = set(g.triples((None, None, None)))
        for fmt in FORMATS:
            self.assertEqual(graphs[fmt], graphs["turtle"], fmt)

    def test_source_base_resolves_relative_paths_the_same_wherever_they_run(self):
        self.write("one/src/a.txt", GOOD_TEXT)
        self.write("two/src/a.txt", GOOD_TEXT)
        outputs = []
        for where in ("one", "two"):
            p = subprocess.run([PARLEY, "convert", "src/a.txt", "-f", "ntriples", "--source-base",
                                "https://corpus.example.org/2026/"], cwd=self.path(where), capture_output=True)
            self.assertEqual(p.returncode, 0, p.stderr)
            outputs.append(p.stdout)
        self.assertEqual(outputs[0], outputs[1])
        self.assertIn(b"<https://corpus.example.org/2026/src/a.txt>", outputs[0])
        p = run(["convert", self.path("one/src/a.txt"), "-f", "ntriples", "--source-base", "https://corpus.example.org/"])
        self.assertIn(("<file://%s>" % self.path("one/src/a.txt")).encode(), p.stdout)
        self.assertEqual(run(["convert", "x.txt", "--source-base", "https://corpus.example.org/x"]).returncode, 64)


class DotOutput(unittest.TestCase):
    def test_dot_is_the_actor_meeting_network_graphviz_reads(self):
        """Every meeting-actor pair of the N-Triples is one edge, every labelled meeting and actor
        one node; Graphviz parses it (nop, its reader with no layout)."""
        dot = run(["convert", "-q", "-f", "dot"] + TEST_ARTICLES)
        self.assertEqual(dot.returncode, 0, dot.stderr)
        canon = subprocess.run(["nop"], input=dot.stdout, capture_output=True)
        self.assertEqual(canon.returncode, 0, canon.stderr)
        nt = run(["convert", "-q", "-f", "ntriples"] + TEST_ARTICLES)
        g = rdflib.Graph()
        g.parse(data=nt.stdout.decode(), format="nt")
        SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
        DIP = rdflib.Namespace("https://w3id.org/parley/diplomacy#")
        edges = set(re.findall(r'^  "([^"]+)" -- "([^"]+)";$', dot.stdout.decode(), re.M))
        self.assertEqual(edges, {(str(m), str(a)) for m, a in g.subject_objects(SEM.hasActor)})
        nodes = re.findall(r'^  "([^"]+)" \[label=', dot.stdout.decode(), re.M)
        expected = set()
        for cls in (DIP.Meeting, DIP.Person, DIP.Organization, DIP.Country):
            expected |= {str(s) for s in g.subjects(rdflib.RDF.type, cls) if g.value(s, rdflib.RDFS.label)}
        self.assertEqual(len(nodes), len(set(nodes)))
        self.assertEqual(set(nodes), expected)


class OntologyOutput(Workdir):
    def test_directory_output_is_named_for_the_file(self):
        p = run(["ontology", "--file", "shapes", "-f", "ntriples", "-o", self.path("out") + "/"])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(self.path("out")), ["shapes.nt"])
        independent_parse("ntriples", read_bytes(self.path("out", "shapes.nt")))
        p = run(["ontology", "-o", self.path("out")])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(sorted(os.listdir(self.path("out"))), ["diplomacy.ttl", "shapes.nt"])


class Help(unittest.TestCase):
    def test_choices_are_shown_and_accepted_by_name_only(self):
        p = run(["convert", "--help"])
        text = p.stdout.decode()
        self.assertIn("{dot|jsonld|nquads|ntriples|rdfxml|trig|turtle}", text)
        self.assertNotIn("->", text)
        self.assertIn("must end in '/' or '#'", text)
        self.assertIn("--source-base", text)
        for args in (["-f", "4"], ["-f", "0"], ["--encoding", "1"], ["--provenance", "2"]):
            p = run(["convert", "-"] + args, stdin=GOOD_TEXT.encode())
            self.assertEqual(p.returncode, 64, args)
            self.assertEqual(p.stdout, b"")
        p = run(["ontology", "-f", "4"])
        self.assertEqual(p.returncode, 64)
        # The ontology has no meetings to draw.
        p = run(["ontology", "-f", "dot"])
        self.assertEqual(p.returncode, 64)
        self.assertIn(b"{jsonld|nquads|ntriples|rdfxml|trig|turtle}", run(["ontology", "--help"]).stdout)

    def test_an_unknown_command_is_named_and_the_commands_listed(self):
        p = run(["bogus"])
        self.assertEqual(p.returncode, 64)
        self.assertEqual(p.stderr.decode().strip(),
                         "parley: 'bogus' is not a command; the commands are convert, publish, ontology, eval (see parley --help)")

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
