#!/usr/bin/python3
"""W3C round trip: every Turtle evaluation test's expected graph is written by each parley
writer, parsed back by an independent parser (serdi for the Turtle family; xmllint and rapper
for RDF/XML; rdflib's JSON-LD parser for JSON-LD) and compared with the expected graph (blank nodes up to isomorphism with rdflib,
language tags case-insensitively).

usage: roundtrip.py TOOL SUITE_DIR [BAD_DIR]
"""
import os
import subprocess
import sys
import tempfile

import rdflib
from rdflib.compare import isomorphic

RDFT = rdflib.Namespace("http://www.w3.org/ns/rdftest#")
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
GRAPH = "http://example.org/graph"

# Known faults of the independent parsers, each with its reason. A listed test that passes
# is reported, so the list cannot silently go stale. rapper cuts literals at U+0000, but every
# such graph is one RDF/XML cannot carry and parley refuses it before rapper sees it, so no
# entry is needed for it. rdflib 6's JSON-LD parser resolves every @id with urljoin, which
# rewrites absolute IRIs that JSON-LD 1.1 (IRI Expansion, step 6) returns as they are.
ALLOW_TO_FAIL = {
    ("jsonld", "IRI-resolution-07"): "rdflib reads the absolute IRI <http:g> as <http:///g>",
    ("jsonld", "IRI_with_all_punctuation"): "rdflib drops the empty query '?' of an absolute IRI",
}


def has_non_xml_char(graph):
    """True when a term holds a code point XML 1.0 cannot carry: RDF/XML must refuse it."""
    def bad(c):
        o = ord(c)
        return not (o in (9, 10, 13) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD or o >= 0x10000)
    return any(bad(c) for triple in graph for term in triple for c in str(term))


SERDI_SYNTAX = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig"}


def normalized(graph):
    out = rdflib.Graph()
    for s, p, o in graph:
        if isinstance(o, rdflib.Literal) and o.language:
            o = rdflib.Literal(str(o), lang=o.language.lower())
        out.add((s, p, o))
    return out


def graph_of_quads(ds):
    """The triples of a dataset whose quads must all be in GRAPH; returns (graph, error)."""
    graphs = {str(c.identifier) for c in ds.contexts() if len(c) > 0}
    if graphs and graphs != {GRAPH}:
        return None, "quads landed in graphs %s" % sorted(graphs)
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g, None


def parse_back(fmt, path):
    """Returns (graph, error)."""
    if fmt == "jsonld":
        ds = rdflib.ConjunctiveGraph()
        try:
            ds.parse(path, format="json-ld")
        except Exception as e:  # rdflib raises many kinds; any is a failed round trip
            return None, "rdflib json-ld: %s" % str(e)[:300]
        return graph_of_quads(ds)
    if fmt == "rdfxml":
        lint = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if lint.returncode != 0:
            return None, "xmllint: " + lint.stderr.strip()[:300]
        cmd = ["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", path, "http://example.org/base/"]
    else:
        cmd = ["serdi", "-i", SERDI_SYNTAX[fmt], "-o", "nquads" if fmt in ("nquads", "trig") else "ntriples", path]
    proc = subprocess.run(cmd, capture_output=True)
    if proc.returncode != 0 or proc.stderr.strip():
        return None, cmd[0] + ": " + proc.stderr.decode("utf-8", "replace").strip()[:300]
    if fmt in ("nquads", "trig"):
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=proc.stdout.decode("utf-8"), format="nquads")
        return graph_of_quads(ds)
    g = rdflib.Graph()
    g.parse(data=proc.stdout.decode("utf-8"), format="nt")
    return g, None


def check_bad_files(tool, bad_dir):
    """Each file in bad/ holds one graph RDF/XML cannot express; its first line names the
    words the refusal must contain."""
    passed = failed = 0
    for name in sorted(os.listdir(bad_dir)):
        path = os.path.join(bad_dir, name)
        with open(path, encoding="utf-8") as f:
            expect = f.readline().lstrip("# ").strip()
        proc = subprocess.run([tool, "rdfxml", path], capture_output=True)
        err = proc.stderr.decode("utf-8", "replace")
        if proc.returncode == 2 and expect in err:
            passed += 1
        else:
            failed += 1
            print("FAIL bad/%s: expected refusal containing %r, got exit %d %s" % (name, expect, proc.returncode, err.strip()))
    return passed, failed


def main():
    tool, suite = sys.argv[1], sys.argv[2]
    bad_passed, bad_failed = check_bad_files(tool, sys.argv[3]) if len(sys.argv) > 3 else (0, 0)
    manifest = rdflib.Graph()
    manifest.parse(os.path.join(suite, "manifest.ttl"), format="turtle",
                   publicID="https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-turtle/manifest.ttl")
    tests = []
    for test in manifest.subjects(rdflib.RDF.type, RDFT.TestTurtleEval):
        result = manifest.value(test, MF.result)
        name = str(test).split("#")[-1]
        tests.append((name, os.path.join(suite, str(result).rsplit("/", 1)[-1])))
    tests.sort()
    passed = failed = allowed = 0
    formats = ["turtle", "ntriples", "nquads", "trig", "rdfxml", "jsonld"]
    with tempfile.TemporaryDirectory() as tmp:
        for name, nt in tests:
            expected = rdflib.Graph()
            expected.parse(nt, format="nt")
            expected = normalized(expected)
            for fmt in formats:
                out = os.path.join(tmp, "out")
                with open(out, "wb") as f:
                    proc = subprocess.run([tool, fmt, nt], stdout=f, stderr=subprocess.PIPE)
                err = proc.stderr.decode("utf-8", "replace").strip()
                key = (fmt, name)
                if fmt == "rdfxml" and has_non_xml_char(expected):
                    if proc.returncode == 2 and "XML 1.0 forbids" in err:
                        passed += 1
                    else:
                        failed += 1
                        print("FAIL %s %s: expected a clear refusal, got exit %d %s" % (fmt, name, proc.returncode, err))
                    continue
                if proc.returncode != 0:
                    ok, why = False, "writer refused: " + err
                else:
                    got, why = parse_back(fmt, out)
                    ok = got is not None and isomorphic(normalized(got), expected)
                    if got is not None and not ok:
                        why = "graph differs after round trip"
                if ok:
                    passed += 1
                    if key in ALLOW_TO_FAIL:
                        print("NOTE %s %s passes but is on the allow-to-fail list" % (fmt, name))
                elif key in ALLOW_TO_FAIL:
                    allowed += 1
                    print("ALLOWED %s %s: %s" % (fmt, name, ALLOW_TO_FAIL[key]))
                else:
                    failed += 1
                    print("FAIL %s %s: %s" % (fmt, name, why))
    print("W3C Turtle evaluation tests x %d writers: %d round trips" % (len(formats), len(tests) * len(formats)))
    print("bad/ refusals: %d passed, %d failed" % (bad_passed, bad_failed))
    passed += bad_passed
    failed += bad_failed
    print("w3c: %d passed, %d failed, %d skipped" % (passed, failed, allowed))
    return 1 if failed or not tests else 0


if __name__ == "__main__":
    sys.exit(main())
