#!/usr/bin/python3
"""The ontology as users read it: `parley ontology` in every syntax parses with serdi/rapper and
gives the graph of the source file; every dip: class and property is documented; the CAMEO
scheme holds exactly the codes of ontology/CAMEO.md; and nothing parley writes (or the shapes
use) drifts from the terms diplomacy.ttl declares.

usage: test_ontology.py PARLEY   (run from the repository root)
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

import rdflib
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, RDF, RDFS, SKOS, DCTERMS

PARLEY = None
DIP = "https://w3id.org/parley/diplomacy#"
CAMEO = "https://w3id.org/parley/cameo/"
FILES = {"diplomacy": "ontology/diplomacy.ttl", "cameo": "ontology/cameo.ttl", "shapes": "ontology/shapes.ttl"}
FORMATS = {"turtle": "turtle", "ntriples": "ntriples", "nquads": "nquads", "trig": "trig", "rdfxml": "rdfxml"}


def read_text(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def parley(*args):
    p = subprocess.run([PARLEY] + list(args), capture_output=True)
    assert p.returncode == 0, p.stderr.decode()
    return p.stdout


def parse_independently(fmt, data):
    with tempfile.NamedTemporaryFile() as f:
        f.write(data)
        f.flush()
        if fmt != "rdfxml":
            p = subprocess.run(["serdi", "-i", fmt, "-o", "ntriples", f.name], capture_output=True)
            assert p.returncode == 0 and not p.stderr.strip(), p.stderr.decode()
        p = subprocess.run(["rapper", "-q", "-i", fmt, "-o", "ntriples", f.name, "http://example.org/"],
                           capture_output=True)
        assert p.returncode == 0 and not p.stderr.strip(), p.stderr.decode()
    g = rdflib.Graph()
    g.parse(data=p.stdout.decode(), format="nt")
    return g


def load(path):
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    return g


def dip_terms_used(graph):
    return {str(t) for triple in graph for t in triple if isinstance(t, rdflib.URIRef) and str(t).startswith(DIP)}


class OntologyOutput(unittest.TestCase):
    def test_every_file_in_every_syntax_parses_and_is_the_source_graph(self):
        for name, path in FILES.items():
            source = load(path)
            for fmt in FORMATS:
                got = parse_independently(fmt, parley("ontology", "--file", name, "-f", fmt))
                self.assertTrue(isomorphic(got, source), "%s as %s" % (name, fmt))


class OntologyContent(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.g = load(FILES["diplomacy"])

    def test_header(self):
        (onto,) = list(self.g.subjects(RDF.type, OWL.Ontology))
        for p in (OWL.versionIRI, DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created):
            self.assertIsNotNone(self.g.value(onto, p), p)

    def test_every_term_has_label_and_comment_and_properties_have_domain_and_range(self):
        kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual)
        terms = {s for k in kinds for s in self.g.subjects(RDF.type, k) if str(s).startswith(DIP)}
        self.assertGreaterEqual(len(terms), 25)
        for t in terms:
            self.assertIsNotNone(self.g.value(t, RDFS.label), t)
            self.assertIsNotNone(self.g.value(t, RDFS.comment), t)
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            for p in self.g.subjects(RDF.type, kind):
                self.assertIsNotNone(self.g.value(p, RDFS.domain), p)
                self.assertIsNotNone(self.g.value(p, RDFS.range), p)

    def test_the_contract_classes_and_alignments_are_stated(self):
        schema = rdflib.Namespace("http://schema.org/")
        sem = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
        dip = rdflib.Namespace(DIP)
        expected = {dip.Person: schema.Person, dip.Organization: schema.Organization, dip.Country: schema.Country,
                    dip.Place: schema.Place, dip.Event: sem.Event, dip.Quote: schema.Quotation}
        for cls, parent in expected.items():
            self.assertIn((cls, RDFS.subClassOf, parent), self.g)
        self.assertIn((dip.Meeting, RDFS.subClassOf, dip.Event), self.g)
        self.assertIn((dip.participant, RDFS.subPropertyOf, sem.hasActor), self.g)

    def test_cameo_scheme_is_exactly_the_codebook_table(self):
        table = re.findall(r"^\| (\d+) \| (.+?) \|$", read_text("ontology/CAMEO.md"), re.M)
        self.assertGreaterEqual(len(table), 18)
        cameo = load(FILES["cameo"])
        concepts = {str(c): str(cameo.value(c, SKOS.prefLabel)) for c in cameo.subjects(RDF.type, SKOS.Concept)}
        self.assertEqual(concepts, {CAMEO + code: name for code, name in table})
        for cls, code in self.g.subject_objects(rdflib.URIRef(DIP + "typicalCameoCode")):
            self.assertIn(str(code), concepts, cls)


class Drift(unittest.TestCase):
    def test_output_and_shapes_use_only_declared_dip_terms(self):
        declared = {str(s) for s in load(FILES["diplomacy"]).subjects() if str(s).startswith(DIP)}
        out = rdflib.Graph()
        out.parse(data=parley("convert", "examples/articles", "-f", "ntriples").decode(), format="nt")
        used = dip_terms_used(out)
        self.assertTrue(used, "the examples use dip: terms")
        self.assertLessEqual(used, declared, used - declared)
        shapes_used = dip_terms_used(load(FILES["shapes"]))
        self.assertLessEqual(shapes_used, declared, shapes_used - declared)

    def test_mapping_code_spells_no_dip_iri_by_hand(self):
        # dip: terms must come from the generated constants, never from a string literal.
        for folder in ("mapping", "cli", "resolve", "parsers", "exporters"):
            for root, _, files in os.walk(folder):
                for f in files:
                    text = read_text(os.path.join(root, f))
                    self.assertNotIn("parley/diplomacy#", text, os.path.join(root, f))


class ContractDocument(unittest.TestCase):
    """docs/contract.md, which users query against, says what ontology/shapes.ttl says."""

    def test_every_shape_has_its_section_and_every_property_shape_its_cardinality(self):
        SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")
        shapes = rdflib.Graph()
        shapes.parse(FILES["shapes"], format="turtle")
        shapes.namespace_manager.bind("schema", "http://schema.org/", override=True, replace=True)
        doc = read_text("docs/contract.md")
        sections = {}
        for part in re.split(r"^### ", doc, flags=re.M)[1:]:
            heading, _, body = part.partition("\n")
            sections[heading.strip()] = body
        checked = 0
        for node_shape, target in shapes.subject_objects(SH.targetClass):
            name = shapes.namespace_manager.normalizeUri(target)
            self.assertIn(name, sections, "docs/contract.md has no section for " + name)
            rows = {}
            for line in sections[name].splitlines():
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) >= 2 and cells[0].startswith("`"):
                    rows[cells[0].strip("`")] = cells[1]
            documented = set()
            for prop in shapes.objects(node_shape, SH.property):
                path = shapes.namespace_manager.normalizeUri(shapes.value(prop, SH.path))
                low, high = shapes.value(prop, SH.minCount), shapes.value(prop, SH.maxCount)
                low, high = int(low) if low is not None else 0, int(high) if high is not None else None
                expected = {(1, 1): "exactly one", (0, 1): "at most one", (1, None): "at least one",
                            (0, None): "any number"}[(low, high)]
                self.assertIn(path, rows, "%s: %s is not in docs/contract.md" % (name, path))
                self.assertEqual(rows[path], expected, "%s %s" % (name, path))
                documented.add(path)
                checked += 1
            self.assertEqual(set(rows), documented, name + ": rows the shapes do not have")
        self.assertGreater(checked, 25)

    def test_the_readme_links_the_contract(self):
        self.assertIn("docs/contract.md", read_text("README.md"))


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("ontology: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
