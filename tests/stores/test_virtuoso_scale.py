#!/usr/bin/python3
"""Nothing lost in a store at scale: bench's generated 20 MB corpus (bench/generate_corpus.py,
seed 1) converted to N-Quads, bulk-loaded into Virtuoso by scripts/load-virtuoso.sh (virtuoso-t
on 127.0.0.1, a throwaway database), and counted back over SPARQL: the store holds one graph per
article and exactly as many quads as the N-Quads has distinct lines (a store keeps a set). The
server is shut down and its directory removed, on failure too.

usage: test_virtuoso_scale.py PARLEY   (run from the repository root)
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_virtuoso import LOADER, free_port, stop_virtuoso  # noqa: E402

PARLEY = None
ARTICLE_GRAPHS = "https://w3id.org/parley/id/article/"


class VirtuosoAtScale(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-virtuoso-scale-")
        cls.db = os.path.join(cls.tmp, "db")
        cls.addClassCleanup(cls.stop_server)
        corpus = os.path.join(cls.tmp, "corpus")
        subprocess.run([sys.executable, "bench/generate_corpus.py", corpus, "20", "--seed", "1"], check=True,
                       stdout=subprocess.DEVNULL)
        cls.articles = sum(len(files) for _, _, files in os.walk(corpus))
        cls.nquads = os.path.join(cls.tmp, "corpus.nq")
        subprocess.run([PARLEY, "convert", corpus, "-q", "-f", "nquads", "--jobs", "2", "-o", cls.nquads], check=True)
        with open(cls.nquads, "rb") as f:
            cls.distinct_lines = len(set(line for line in f if line.strip()))
        p = subprocess.run([LOADER, "--dir", cls.db, "--sql-port", str(free_port()), "--http-port", str(free_port()),
                            cls.nquads], capture_output=True, text=True)
        if p.returncode != 0:
            raise AssertionError("load-virtuoso.sh: %s %s" % (p.stdout, p.stderr))
        cls.endpoint = p.stdout.strip().split()[-1]

    @classmethod
    def stop_server(cls):
        stop_virtuoso(cls.db, cls.tmp)

    def count(self, what):
        query = "SELECT (%s AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), \"%s\")) }" % (
            what, ARTICLE_GRAPHS)
        p = subprocess.run(["curl", "-sS", "--fail", "-H", "Accept: application/sparql-results+json",
                            "--data-urlencode", "query=" + query, self.endpoint], capture_output=True, check=True)
        return int(json.loads(p.stdout)["results"]["bindings"][0]["n"]["value"])

    def test_the_store_holds_every_distinct_quad(self):
        self.assertGreater(self.distinct_lines, 1000000)
        self.assertEqual(self.count("COUNT(*)"), self.distinct_lines)

    def test_the_store_holds_a_graph_per_article(self):
        self.assertEqual(self.count("COUNT(DISTINCT ?g)"), self.articles)


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("virtuoso at scale: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
