#!/usr/bin/python3
"""Hostile input: every case gives valid, correctly escaped output in every syntax (serdi for
the Turtle family, xmllint and rapper for RDF/XML) or a clear error, touches no network, and
mints no IRI with a character an IRI may not carry.

usage: test_hostile.py PARLEY
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest

import rdflib

PARLEY = None
FORMATS = ["turtle", "ntriples", "nquads", "trig", "rdfxml"]
SCHEMA = rdflib.Namespace("http://schema.org/")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def parse_back(fmt, data):
    with tempfile.NamedTemporaryFile(suffix="." + fmt) as f:
        f.write(data)
        f.flush()
        if fmt == "rdfxml":
            p = subprocess.run(["xmllint", "--noout", f.name], capture_output=True)
            assert p.returncode == 0, p.stderr.decode()
        else:
            p = subprocess.run(["serdi", "-i", fmt, "-o", "ntriples", f.name], capture_output=True)
            assert p.returncode == 0 and not p.stderr.strip(), p.stderr.decode()
        p = subprocess.run(["rapper", "-q", "-i", fmt, "-o", "ntriples", f.name, "http://example.org/"],
                           capture_output=True)
        assert p.returncode == 0 and not p.stderr.strip(), "rapper: " + p.stderr.decode()[:500]
    g = rdflib.Graph()
    g.parse(data=p.stdout.decode("utf-8"), format="nt")
    return g


class Hostile(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="parley-hostile-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def write(self, name, data):
        path = os.path.join(self.dir, name)
        with open(path, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
        return path

    def convert_all(self, path, *extra, expect=0):
        graphs = {}
        for fmt in FORMATS:
            p = subprocess.run([PARLEY, "convert", path, "-f", fmt, "--provenance", "mentions"] + list(extra),
                               capture_output=True)
            self.assertEqual(p.returncode, expect, p.stderr.decode()[:500])
            graphs[fmt] = parse_back(fmt, p.stdout)
            for s, pr, o in graphs[fmt]:
                for term in (s, pr, o):
                    if isinstance(term, rdflib.URIRef):
                        self.assertIsNone(IRI_FORBIDDEN.search(str(term)), term)
        return graphs

    def test_invalid_and_overlong_utf8_is_a_clear_error(self):
        for name, data in (("overlong.txt", b"Talks\n\nA \xc0\xaf slash"), ("truncated.txt", b"Talks\n\nEnd \xe2\x80"),
                           ("surrogate.txt", b"Talks\n\n\xed\xa0\x80")):
            p = subprocess.run([PARLEY, "convert", self.write(name, data)], capture_output=True)
            self.assertEqual(p.returncode, 65)
            self.assertRegex(p.stderr.decode(),
                             r"^parley: .*%s:\d+:\d+: invalid UTF-8 at byte offset \d+\nparley: 0 converted, 1 skipped"
                             r" \(1 invalid text\), 0 triples, [\d.]+ s\n$" % name)

    def test_nul_bytes(self):
        p = subprocess.run([PARLEY, "convert", self.write("nul.txt", b"Talks\x00\n\nmore")], capture_output=True)
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"binary content", p.stderr)
        late = self.write("late_nul.txt", b"Talks in Doha\n\n" + b"The envoys met. " * 600 + b"\x00 after a NUL.\n")
        graphs = self.convert_all(late)
        text = str(next(graphs["ntriples"].objects(None, NIF.isString)))
        self.assertNotIn("\x00", text)
        self.assertIn(" after a NUL.", text)

    def test_utf16_that_breaks_off_is_a_clear_error(self):
        # A byte-order mark, then a lone low surrogate: no UTF-16 text.
        p = subprocess.run([PARLEY, "convert", self.write("lone.txt", b"\xff\xfeT\x00\x00\xdc")], capture_output=True)
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"invalid UTF-16 at byte offset 4", p.stderr)

    def test_a_long_article_of_many_meetings_names_and_quotes(self):
        # The development articles joined into one article, four times over (a live blog, a
        # document dump): valid output in every syntax, in linear time (bench/scaling.py measures it).
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        folder = os.path.join(root, "tests", "data", "dev", "articles")
        text = "".join(open(os.path.join(folder, n), encoding="utf-8").read() + "\n\n" for n in sorted(os.listdir(folder)))
        graphs = self.convert_all(self.write("joined.txt", "Talks\n\n" + text * 4))
        g = graphs["ntriples"]
        self.assertGreater(len(set(g.subjects(rdflib.RDF.type, SCHEMA.Person))), 100)
        self.assertGreater(len(set(g.subjects(rdflib.RDF.type, SCHEMA.Event))), 20)
        self.assertGreater(len(set(g.subjects(rdflib.RDF.type, SCHEMA.Quotation))), 100)

    def test_the_pathological_shapes_of_the_benchmark(self):
        # bench/scaling.py's shapes (a meeting sentence over and over, many quotes, many dates,
        # one enormous paragraph), 100 KB each: valid output in every syntax. bench/ measures that
        # their cost per MB stays flat up to 4 MB; a test does not time them.
        root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        sys.path.insert(0, os.path.join(root, "bench"))
        import scaling
        for name in ("meeting sentences", "many quotes", "many dates", "one paragraph"):
            with self.subTest(shape=name):
                text = scaling.SHAPES[name](100 * 1024)
                g = self.convert_all(self.write(name.replace(" ", "_") + ".txt", text))["ntriples"]
                self.assertEqual(len(set(g.subjects(rdflib.RDF.type, SCHEMA.NewsArticle))), 1, name)
                if name == "meeting sentences":
                    # The same envoys, five weekdays: one meeting a day, however often reported.
                    self.assertEqual(len(set(g.subjects(rdflib.RDF.type, SCHEMA.Event))), 5)
                if name == "many quotes":
                    self.assertGreater(len(set(g.subjects(rdflib.RDF.type, SCHEMA.Quotation))), 100)

    def test_a_file_of_only_quotation_marks(self):
        self.convert_all(self.write("quotes.txt", '"\u201c\u201d\u2018\u2019\'' * 20000))

    def test_characters_that_break_syntaxes_are_escaped(self):
        headline = 'Envoys say """ and \\ and > and ]]> and </rdf:RDF> and \u202eevil\u202c and \u0646\u0648\u0631\u06cc'
        body = "Text with <p>tags</p>, & ampersands, \x07 a bell and \u200f marks. Nūrī al-Mālikī met Mohammad Reza Pahlavi in Tehran."
        graphs = self.convert_all(self.write("syntax.txt", headline + "\n\n" + body + "\n"))
        for fmt, g in graphs.items():
            self.assertEqual([str(o) for o in g.objects(None, SCHEMA.headline)], [headline], fmt)
            text = str(next(g.objects(None, NIF.isString)))
            self.assertNotIn("\x07", text)  # dropped on ingest, with a warning

    def test_deeply_nested_html_keeps_the_text_after_the_nesting(self):
        depth = 100000
        page = "<html><body><p>Before the nesting.</p>" + "<div>" * depth + "deep" + "</div>" * depth + \
               "<p>After the nesting.</p></body></html>"
        graphs = self.convert_all(self.write("nested.html", page))
        text = str(next(graphs["ntriples"].objects(None, NIF.isString)))
        self.assertIn("Before the nesting.", text)
        self.assertIn("After the nesting.", text)

    def test_entities_scripts_and_references_fetch_nothing(self):
        server = socket.socket()
        server.bind(("127.0.0.1", 0))
        server.listen(5)
        server.settimeout(0.2)
        port = server.getsockname()[1]
        hits = []

        def accept():
            for _ in range(25):
                try:
                    conn, _ = server.accept()
                    hits.append(1)
                    conn.close()
                except OSError:
                    pass
        t = threading.Thread(target=accept)
        t.start()
        url = "http://127.0.0.1:%d/x" % port
        page = ('<!DOCTYPE html [<!ENTITY ext SYSTEM "%s"><!ENTITY a "&b;&b;"><!ENTITY b "&a;&a;">]>'
                '<html><head><script src="%s"></script><link rel="stylesheet" href="%s">'
                '<script>var s = "Foreign Minister Evil Scriptman said";</script></head>'
                '<body><p>&ext; &a; The envoys met in Oman.</p><img src="%s"><iframe src="%s"></iframe></body></html>'
                % (url, url, url, url, url))
        graphs = self.convert_all(self.write("entities.html", page))
        t.join()
        server.close()
        self.assertEqual(hits, [], "parley connected to the network")
        g = graphs["ntriples"]
        labels = " ".join(str(o) for o in g.objects(None, rdflib.RDFS.label))
        self.assertNotIn("Scriptman", labels)
        text = str(next(g.objects(None, NIF.isString)))
        self.assertNotIn("Scriptman", text)
        self.assertIn("The envoys met in Oman.", text)

    def test_names_with_symbols_mint_clean_iris(self):
        body = ("Foreign Minister Jean-Luc d'Arc{1} met the \"Quartet\" <Envoy> in Doha. "
                "The Ministry of |Pipes| and ^Carets^ said Ali O'Brien-Núñez told reporters.")
        self.convert_all(self.write("symbols.txt", "Talks\n\n" + body + "\n"))

    def test_a_50_mb_single_line_is_parsed_when_the_limit_allows(self):
        path = self.write("big.txt", "Talks in Geneva\n\n" + "The envoys of Iran and Oman met in Geneva and said that " * 900000)
        self.assertGreater(os.path.getsize(path), 50 * 1000 * 1000)
        p = subprocess.run([PARLEY, "convert", path, "-f", "ntriples"], capture_output=True)
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"size limit", p.stderr)
        p = subprocess.run([PARLEY, "convert", path, "-f", "ntriples", "--max-size", "64MB"], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr.decode()[:300])
        g = parse_back("ntriples", p.stdout)
        self.assertIn(rdflib.URIRef("https://w3id.org/parley/id/place/geneva"), set(g.objects(None, SCHEMA.mentions)))

    def test_output_names_never_escape_the_output_directory(self):
        os.makedirs(os.path.join(self.dir, "in", "sub"))
        self.write("in/sub/a.txt", "Talks\n\nThe envoys met.\n")
        out = os.path.join(self.dir, "out") + "/"
        cwd = os.path.join(self.dir, "in", "sub")
        p = subprocess.run([PARLEY, "convert", "../sub/a.txt", "-o", out], capture_output=True, cwd=cwd)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(os.listdir(os.path.join(self.dir, "out")), ["a.txt.ttl"])
        p = subprocess.run([PARLEY, "convert", "..", "-o", out], capture_output=True, cwd=cwd)
        self.assertEqual(p.returncode, 0, p.stderr)
        found = sorted(os.path.relpath(os.path.join(d, f), self.dir) for d, _, fs in os.walk(self.dir) for f in fs)
        self.assertEqual(found, ["in/sub/a.txt", "out/a.txt.ttl", "out/sub/a.txt.ttl"])


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("hostile: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
