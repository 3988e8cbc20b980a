#!/usr/bin/python3
"""The expected results of examples/queries/ computed a second way, with no SPARQL engine: plain
Python over the triples of the snapshot tests/data/stores/samples.nq (the union of its article
graphs, as the stores are queried), each query's joins written out by hand. Every NAME.tsv must
equal what this gives, so an expected result cannot be a store's answer copied unchecked.

usage: check_expected_results.py   (run from the repository root)
"""
import itertools
import os
import sys

import rdflib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import query_results as qr  # noqa: E402
from rdflib import RDF, RDFS, URIRef as U  # noqa: E402

rdflib.NORMALIZE_LITERALS = False  # lexical forms, as the stores return them
DIP = 'https://w3id.org/parley/diplomacy#'
S = 'http://schema.org/'
SEM = 'http://semanticweb.cs.vu.nl/2009/11/sem/'
NIF = 'http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#'

ds = rdflib.ConjunctiveGraph()
ds.parse('tests/data/stores/samples.nq', format='nquads')
T = set((s, p, o) for s, p, o, _ in ds.quads())  # the union of the article graphs


def objs(s, p):
    return sorted({o for (a, b, o) in T if a == s and b == p})


def subs(p, o):
    return sorted({a for (a, b, c) in T if b == p and c == o})


def opt(xs):
    """An OPTIONAL part: its values, or one unbound."""
    return xs if xs else [None]


def labels(x):
    return [str(label) for label in objs(x, RDFS.label)]


meetings = subs(RDF.type, U(DIP + 'Meeting'))
persons = subs(RDF.type, U(DIP + 'Person'))
out = {}
rows = set()
for m in meetings:
    for d in opt(objs(m, U(S + 'startDate'))):
        for pl in opt([l for loc in objs(m, U(S + 'location')) for l in labels(loc)]):
            for pa in opt([l for a in objs(m, U(SEM + 'hasActor')) for l in labels(a)]):
                rows.add((str(m), d and str(d), pl, pa))
out['meetings'] = (['meeting', 'date', 'place', 'participant'], rows)
rows = set()
for p in persons:
    if 'Hossein Amir Abdollahian' in labels(p):
        for q in subs(U(S + 'creator'), p):
            if U(DIP + 'Quote') in objs(q, RDF.type):
                for t in objs(q, U(S + 'text')):
                    for a in objs(q, U(S + 'isPartOf')):
                        for h in objs(a, U(S + 'headline')): rows.add((str(t), str(h)))
out['quotes-by-person'] = (['text', 'headline'], rows)
pairs = {}
for m in meetings:
    acts = [a for a in objs(m, U(SEM + 'hasActor')) if a in persons]
    for a, b in itertools.product(acts, acts):
        for la in labels(a):
            for lb in labels(b):
                if la < lb: pairs.setdefault((la, lb), set()).add(m)
out['who-met-whom'] = (['person', 'other', 'meetings'], {(a, b, str(len(ms))) for (a, b), ms in pairs.items()})
rows = set()
iraq = [c for c in subs(RDF.type, U(DIP + 'Country')) if 'Iraq' in labels(c)]
for art in subs(RDF.type, U(S + 'NewsArticle')):
    if any(c in objs(art, U(S + 'mentions')) for c in iraq):
        for h in objs(art, U(S + 'headline')):
            for pub in opt([l for p in objs(art, U(S + 'publisher')) for l in labels(p)]):
                for d in opt(objs(art, U(S + 'datePublished'))):
                    rows.add((str(art), str(h), pub, d and str(d)))
out['articles-mentioning-country'] = (['article', 'headline', 'publisher', 'published'], rows)
rows = set()
ir = [c for c in subs(RDF.type, U(DIP + 'Country')) if 'Iran' in labels(c)]
us = [c for c in subs(RDF.type, U(DIP + 'Country')) if 'United States' in labels(c)]
for m in meetings:
    acts = objs(m, U(SEM + 'hasActor'))
    if any(a in acts for a in ir) and any(b in acts for b in us):
        for t in objs(m, RDF.type):
            if str(t).startswith(DIP) and str(t) != DIP + 'Meeting':
                for d in opt(objs(m, U(S + 'startDate'))):
                    for pl in opt([l for loc in objs(m, U(S + 'location')) for l in labels(loc)]):
                        for st in opt(objs(m, U(DIP + 'status'))):
                            rows.add((d and str(d), str(m), str(t).split('#')[1], pl, st and str(st).split('#')[1]))
out['timeline-between-countries'] = (['date', 'meeting', 'kind', 'place', 'status'], rows)
rows = set()
for p in persons:
    for n in labels(p):
        for t in opt(objs(p, U(S + 'jobTitle'))):
            for af in opt([l for a in objs(p, U(S + 'affiliation')) for l in labels(a)]):
                rows.add((str(p), n, t and str(t), af))
out['persons'] = (['person', 'name', 'title', 'affiliation'], rows)
rows = set()
for (r, p, m) in T:
    if p == U('http://www.w3.org/2005/11/its/rdf#taIdentRef') and m in meetings:
        for b in objs(r, U(NIF + 'beginIndex')):
            for s in objs(r, U(NIF + 'anchorOf')):
                for c in objs(r, U(NIF + 'referenceContext')):
                    for a in objs(c, U('http://purl.org/dc/terms/source')):
                        rows.add((str(a), str(b), str(m), str(s)))
out['meeting-reports'] = (['article', 'begin', 'meeting', 'sentence'], rows)
bad = 0
for name, (vars_, rows) in sorted(out.items()):
    got = qr.normalized(vars_, [{v: x for v, x in zip(vars_, r) if x is not None} for r in rows])
    cand = qr.read_expected(os.path.join(qr.QUERIES, name + '.tsv'))
    ok = got == cand
    bad += not ok
    print(name, len(rows), 'rows:', 'agrees' if ok else 'DIFFERS')
    if not ok:
        print(set(got[1:]) ^ set(cand[1:]))
missing = {n[:-3] for n, _, _ in qr.example_queries()} ^ set(out)
if missing:
    print('queries without a check here, or checks without a query:', sorted(missing))
print('expected results: %d agree, %d differ' % (len(out) - bad, bad + len(missing)))
sys.exit(1 if bad or missing else 0)
