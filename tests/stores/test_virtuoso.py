#!/usr/bin/python3
"""parley's output in a real Virtuoso: scripts/load-virtuoso.sh starts virtuoso-t on 127.0.0.1
with a throwaway database, bulk-loads the test articles (samples, unseen, dev) in every syntax,
each syntax into graphs of its own, and the committed snapshot tests/data/stores/samples.nq.
The test then checks every load_list row, compares the distinct triples of each graph with
what parley wrote (counted by rdflib, not by Virtuoso), and runs examples/queries/*.rq over
the SPARQL HTTP endpoint with curl, each result against the hand-checked expected result
beside the query. The server is shut down and its directory removed, on failure too.

usage: test_virtuoso.py PARLEY   (run from the repository root)
"""
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import unittest

import rdflib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_results  # noqa: E402

PARLEY = None
LOADER = "scripts/load-virtuoso.sh"
SNAPSHOT = "tests/data/stores/samples.nq"
ARTICLES = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles"]
# One graph per article: the files of those folders.
ARTICLE_COUNT = sum(len([f for f in os.listdir(d) if f.endswith((".txt", ".html"))]) for d in ARTICLES)
# Syntax, extension, whether parley writes one graph per article in it.
SYNTAXES = [("nquads", "nq", True), ("trig", "trig", True), ("jsonld", "jsonld", True),
            ("turtle", "ttl", False), ("ntriples", "nt", False), ("rdfxml", "rdf", False)]
RDFLIB_FORMAT = {"nquads": "nquads", "trig": "trig", "jsonld": "json-ld", "turtle": "turtle",
                 "ntriples": "nt", "rdfxml": "xml"}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop_virtuoso(db, tmp):
    """Shuts down the server of database folder db, kills it if it outlives that, removes tmp."""
    pid_file = os.path.join(db, "virtuoso.pid")
    pid = None
    if os.path.exists(pid_file):
        with open(pid_file) as f:
            pid = f.read().strip()
    subprocess.run([LOADER, "--stop", "--dir", db], capture_output=True)
    if pid:  # still there after shutdown: it must not outlive the test
        subprocess.run(["kill", "-9", pid], capture_output=True)
    shutil.rmtree(tmp, ignore_errors=True)


def single_graph(syntax):
    return "urn:parley:test:" + syntax


def distinct_triples_per_graph(path, syntax):
    """{graph IRI: distinct triples}, counted by rdflib on the lexical forms parley wrote."""
    rdflib.NORMALIZE_LITERALS = False
    ds = rdflib.ConjunctiveGraph()
    ds.parse(path, format=RDFLIB_FORMAT[syntax], publicID=single_graph(syntax))
    counts = {}
    for ctx in ds.contexts():
        if len(ctx):
            name = str(ctx.identifier)
            counts[single_graph(syntax) if name.startswith("file:") else name] = len(ctx)
    return counts


class Virtuoso(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-virtuoso-")
        cls.db = os.path.join(cls.tmp, "db")
        cls.sql_port, cls.http_port = free_port(), free_port()
        cls.addClassCleanup(cls.stop_server)
        cls.outputs = {}
        for syntax, ext, _ in SYNTAXES:
            out = os.path.join(cls.tmp, "all." + ext)
            # A base of its own per syntax: its articles' graphs (and entities) stay apart.
            subprocess.run([PARLEY, "convert"] + ARTICLES +
                           ["-q", "-f", syntax, "-o", out, "--base", "https://w3id.org/parley/test/%s/" % syntax,
                            "--source-base", "https://corpus.example.org/"], check=True)
            cls.outputs[syntax] = out
        cls.load([SNAPSHOT])
        for syntax, _, per_article in SYNTAXES:
            cls.load([cls.outputs[syntax]], None if per_article else single_graph(syntax))

    @classmethod
    def load(cls, files, graph=None):
        args = [LOADER, "--dir", cls.db, "--sql-port", str(cls.sql_port), "--http-port", str(cls.http_port)]
        if graph:
            args += ["--graph", graph]
        p = subprocess.run(args + files, capture_output=True, text=True)
        if p.returncode != 0:
            raise AssertionError("load-virtuoso.sh %s: %s %s" % (files, p.stdout, p.stderr))
        cls.endpoint = p.stdout.strip().split()[-1]

    @classmethod
    def stop_server(cls):
        stop_virtuoso(cls.db, cls.tmp)

    def sql(self, statement):
        p = subprocess.run(["isql-vt", "127.0.0.1:%d" % self.sql_port, "dba", "dba", "VERBOSE=OFF",
                            "BANNER=OFF", "PROMPT=OFF", "ECHO=OFF", "ERRORS=stdout", "exec=" + statement],
                           capture_output=True, text=True, check=True)
        self.assertNotIn("*** Error", p.stdout)
        return p.stdout.split()

    def sparql(self, query, default_graphs=()):
        args = ["curl", "-sS", "--fail", "-H", "Accept: application/sparql-results+json",
                "--data-urlencode", "query=" + query]
        for g in default_graphs:
            args += ["--data-urlencode", "default-graph-uri=" + g]
        p = subprocess.run(args + [self.endpoint], capture_output=True, check=True)
        return json.loads(p.stdout)

    def test_server_listens_on_loopback_only(self):
        self.assertTrue(self.endpoint.startswith("http://127.0.0.1:%d/" % self.http_port))
        with open(os.path.join(self.db, "virtuoso.ini")) as f:
            ini = f.read()
        self.assertIn("ServerPort        = 127.0.0.1:%d" % self.sql_port, ini)
        self.assertIn("ServerPort    = 127.0.0.1:%d" % self.http_port, ini)

    def test_every_load_list_row_is_loaded_without_error(self):
        rows = self.sql("select ll_state || ':' || coalesce(ll_error, 'none') from DB.DBA.load_list;")
        self.assertEqual(len(rows), 1 + len(SYNTAXES))
        self.assertEqual(set(rows), {"2:none"})

    def test_each_graph_holds_the_distinct_triples_parley_wrote(self):
        result = self.sparql("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        in_store = {b["g"]["value"]: int(b["n"]["value"]) for b in result["results"]["bindings"]}
        for syntax, _, per_article in SYNTAXES:
            with self.subTest(syntax=syntax):
                expected = distinct_triples_per_graph(self.outputs[syntax], syntax)
                self.assertEqual(len(expected), ARTICLE_COUNT if per_article else 1)
                self.assertEqual({g: in_store.get(g) for g in expected}, expected)
        snapshot = distinct_triples_per_graph(SNAPSHOT, "nquads")
        self.assertEqual({g: in_store.get(g) for g in snapshot}, snapshot)

    def test_every_example_query_gives_its_checked_result(self):
        graphs = sorted(distinct_triples_per_graph(SNAPSHOT, "nquads"))
        queries = query_results.example_queries()
        self.assertGreaterEqual(len(queries), 7)
        for name, query, expected in queries:
            with self.subTest(query=name):
                result = self.sparql(query, graphs)
                self.assertEqual(result["head"]["vars"], expected[0])
                got = query_results.normalized(expected[0], [
                    {k: v["value"] for k, v in b.items()} for b in result["results"]["bindings"]])
                self.maxDiff = None
                self.assertEqual(got, expected)


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    if not shutil.which("virtuoso-t"):
        print("virtuoso: virtuoso-t not installed (apt-get install virtuoso-opensource)")
        sys.exit(1)
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("virtuoso: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or not result.wasSuccessful() else 0)
