#!/usr/bin/python3
"""`parley publish` for real: the test articles (samples, unseen, dev) published with
--base http://127.0.0.1:PORT/id/, then
- the VoID/DCAT parses (serdi) and every figure in it equals what this test counts itself in
  the N-Triples dump (rdflib), and every byte size the file's;
- the dumps parse with independent parsers (serdi, rapper, rdflib), hold the same triples,
  and are the bytes `parley convert` writes for the same inputs;
- publishing is deterministic (another run, another --jobs, SOURCE_DATE_EPOCH for --date:
  the same folder, byte for byte), and never replaces what it did not publish;
- nginx (started here, in the foreground, on 127.0.0.1, with its own prefix directory and
  the folder's own nginx/*.conf) answers entity IRIs by content negotiation: Turtle,
  JSON-LD or HTML as asked, each parsing;
- headless Chromium (tests/js/check_site.mjs, puppeteer-core) loads the index page and two
  entity pages and checks what they show; screenshots go to the build directory.
nginx is stopped and the directories removed, on failure too.

usage: test_publish.py PARLEY SCREENSHOT_DIR   (run from the repository root)
"""
import gzip
import html.parser
import json
import re
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.error
import urllib.request

import rdflib
from rdflib.namespace import RDF

PARLEY = None
SCREENSHOTS = None
ARTICLES = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles"]
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCAT = rdflib.Namespace("http://www.w3.org/ns/dcat#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
DIP = rdflib.Namespace("https://w3id.org/parley/diplomacy#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
SCHEMA = rdflib.Namespace("http://schema.org/")
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
DATE = "2026-01-15"
DATE_EPOCH = "1768435200"  # 2026-01-15T00:00:00Z


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def publish(target, base, *extra, env=None):
    return subprocess.run([PARLEY, "publish", target, *ARTICLES, "--base", base, "--source-base",
                           "https://example.org/news/", "--title", "Diplomacy in the news", "--license",
                           LICENSE, "--creator", "The parley test suite", "-q", *extra],
                          capture_output=True, env=env)


def stop_server(process, sig, seconds=10):
    """Stops a server started in the foreground: sig, then a kill if it is not gone in time."""
    if process and process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    if process:
        process.stderr.close()


def http_get(iri, accept):
    """(status, Content-Type, Vary, body) of a GET with that Accept header."""
    req = urllib.request.Request(iri, headers={"Accept": accept})
    with urllib.request.urlopen(req, timeout=10) as r:
        return r.status, r.headers.get("Content-Type", ""), r.headers.get("Vary", ""), r.read()


def tree(root):
    """{relative path: bytes} of every file under root."""
    files = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, root)] = f.read()
    return files


def parse(data, fmt, public_id=None):
    rdflib.NORMALIZE_LITERALS = False
    g = rdflib.ConjunctiveGraph() if fmt in ("nquads", "json-ld") else rdflib.Graph()
    g.parse(data=data, format=fmt, publicID=public_id)
    return g


def triples_of(g):
    return {(s, p, o) for s, p, o, *_ in (g.quads((None, None, None, None))
                                          if isinstance(g, rdflib.ConjunctiveGraph) else
                                          ((s, p, o) for s, p, o in g))}


class TitleParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.h1 = ""
        self.in_h1 = False

    def handle_starttag(self, tag, attrs):
        self.in_h1 = self.in_h1 or tag == "h1"

    def handle_endtag(self, tag):
        if tag == "h1":
            self.in_h1 = False

    def handle_data(self, data):
        if self.in_h1:
            self.h1 += data


class Publish(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-publish-")
        cls.port = free_port()
        cls.site_iri = "http://127.0.0.1:%d/" % cls.port
        cls.base = cls.site_iri + "id/"
        cls.site = os.path.join(cls.tmp, "site")
        p = publish(cls.site, cls.base, "--date", DATE, "-j", "2")
        if p.returncode != 0:
            shutil.rmtree(cls.tmp)
            raise AssertionError("publish failed: %d %s" % (p.returncode, p.stderr.decode()))
        with gzip.open(os.path.join(cls.site, "dumps", "parley.nt.gz"), "rb") as f:
            cls.nt_bytes = f.read()
        cls.nt = parse(cls.nt_bytes.decode("utf-8"), "nt")
        cls.nginx = None

    @classmethod
    def tearDownClass(cls):
        cls.stop_nginx()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    # --- the server ----------------------------------------------------------------------
    @classmethod
    def start_nginx(cls):
        if cls.nginx:
            return
        prefix = os.path.join(cls.tmp, "nginx")
        os.makedirs(os.path.join(prefix, "logs"))
        conf = os.path.join(prefix, "nginx.conf")
        with open(conf, "w") as f:
            f.write("""daemon off;
pid %(prefix)s/nginx.pid;
error_log %(prefix)s/logs/error.log;
worker_processes 1;
%(user)s
events { worker_connections 64; }
http {
  access_log %(prefix)s/logs/access.log;
  client_body_temp_path %(prefix)s/client_body;
  proxy_temp_path %(prefix)s/proxy;
  fastcgi_temp_path %(prefix)s/fastcgi;
  uwsgi_temp_path %(prefix)s/uwsgi;
  scgi_temp_path %(prefix)s/scgi;
  include %(site)s/nginx/parley-http.conf;
  server {
    listen 127.0.0.1:%(port)d;
    root %(site)s;
    include %(site)s/nginx/parley-server.conf;
  }
}
""" % {"prefix": prefix, "site": cls.site, "port": cls.port,
       # Workers run as nobody unless told: the throwaway folder is root's, so they run as root.
       "user": "user root;" if os.geteuid() == 0 else ""})
        cls.nginx = subprocess.Popen(["nginx", "-p", prefix, "-c", conf], stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=0.2).close()
                return
            except OSError:
                if cls.nginx.poll() is not None:
                    raise AssertionError("nginx did not start: " + cls.nginx.stderr.read().decode())
                time.sleep(0.1)
        raise AssertionError("nginx did not listen on port %d" % cls.port)

    @classmethod
    def stop_nginx(cls):
        stop_server(cls.nginx, signal.SIGQUIT)  # graceful: workers finish their requests
        cls.nginx = None

    def get(self, iri, accept):
        return http_get(iri, accept)

    # --- helpers over the dump -------------------------------------------------------------
    def first_of(self, cls_iri):
        return sorted(str(s) for s in self.nt.subjects(RDF.type, cls_iri))[0]

    def void(self):
        with open(os.path.join(self.site, "void.ttl"), "rb") as f:
            data = f.read()
        p = subprocess.run(["serdi", "-i", "turtle", "-o", "ntriples", "-"], input=data, capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        return parse(data.decode("utf-8"), "turtle")

    # --- the folder ------------------------------------------------------------------------
    def test_void_figures_equal_the_dumps_counted_here(self):
        v = self.void()
        ds = rdflib.URIRef(self.site_iri + "void.ttl#dataset")
        self.assertIn((ds, RDF.type, VOID.Dataset), v)
        self.assertIn((ds, RDF.type, DCAT.Dataset), v)
        value = lambda s, p: v.value(s, p).toPython()
        g = self.nt
        lines = self.nt_bytes.decode("utf-8").splitlines()
        self.assertEqual(len(lines), len(set(lines)))
        self.assertEqual(value(ds, VOID.triples), len(g))
        self.assertEqual(value(ds, VOID.triples), len(lines))
        subjects = set(g.subjects())
        self.assertEqual(value(ds, VOID.distinctSubjects), len(subjects))
        self.assertEqual(value(ds, VOID.entities), len([s for s in subjects if str(s).startswith(self.base)]))
        self.assertEqual(value(ds, VOID.distinctObjects), len(set(g.objects())))
        self.assertEqual(str(value(ds, VOID.uriSpace)), self.base)
        classes = {}
        for s, o in g.subject_objects(RDF.type):
            classes.setdefault(o, set()).add(s)
        partitions = {v.value(part, VOID["class"]): value(part, VOID.entities)
                      for part in v.objects(ds, VOID.classPartition)}
        self.assertEqual(partitions, {c: len(s) for c, s in classes.items()})
        self.assertEqual(value(ds, VOID.classes), len(classes))
        properties = {}
        for p in g.predicates():
            properties[p] = properties.get(p, 0) + 1
        partitions = {v.value(part, VOID.property): value(part, VOID.triples)
                      for part in v.objects(ds, VOID.propertyPartition)}
        self.assertEqual(partitions, properties)
        self.assertIn(DIP.Meeting, classes)
        self.assertEqual(str(value(ds, DCT.title)), "Diplomacy in the news")
        self.assertEqual(str(v.value(ds, DCT.license)), LICENSE)
        self.assertEqual(str(v.value(v.value(ds, DCT.creator), FOAF.name)), "The parley test suite")
        self.assertEqual(str(v.value(ds, DCT.created)), DATE)
        self.assertEqual(str(v.value(ds, DCT.modified)), DATE)
        dumps = {str(d) for d in v.objects(ds, VOID.dataDump)}
        self.assertEqual(dumps, {self.site_iri + "dumps/parley." + e for e in ("ttl", "nt.gz", "rdf", "jsonld", "nq")})
        media = {"ttl": "text/turtle", "nt.gz": "application/n-triples", "rdf": "application/rdf+xml",
                 "jsonld": "application/ld+json", "nq": "application/n-quads"}
        distributions = list(v.objects(ds, DCAT.distribution))
        self.assertEqual(len(distributions), 5)
        for d in distributions:
            url = str(v.value(d, DCAT.downloadURL))
            ext = url.split("/dumps/parley.")[1]
            self.assertEqual(str(v.value(d, DCAT.mediaType)), "http://www.iana.org/assignments/media-types/" + media[ext])
            self.assertEqual(value(d, DCAT.byteSize), os.path.getsize(os.path.join(self.site, url[len(self.site_iri):])))
            self.assertEqual((d, DCAT.compressFormat, None) in v, ext == "nt.gz")

    def test_dumps_parse_independently_and_hold_the_same_triples(self):
        d = os.path.join(self.site, "dumps")
        for name, serdi_syntax in (("parley.ttl", "turtle"), ("parley.nq", "nquads")):
            p = subprocess.run(["serdi", "-i", serdi_syntax, "-o", "ntriples", os.path.join(d, name)],
                               capture_output=True)
            self.assertEqual(p.returncode, 0, p.stderr)
        p = subprocess.run(["rapper", "-q", "-i", "rdfxml", "-o", "ntriples", os.path.join(d, "parley.rdf"),
                            "http://example.org/"], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr)
        expected = triples_of(self.nt)
        for name, fmt in (("parley.ttl", "turtle"), ("parley.rdf", "xml"), ("parley.nq", "nquads"),
                          ("parley.jsonld", "json-ld")):
            with open(os.path.join(d, name), encoding="utf-8") as f:
                self.assertEqual(triples_of(parse(f.read(), fmt)), expected, name)
        # One graph per article in N-Quads and JSON-LD.
        with open(os.path.join(d, "parley.nq"), encoding="utf-8") as f:
            graphs = {c.identifier for c in parse(f.read(), "nquads").contexts() if len(c)}
        self.assertEqual(len(graphs), len(set(self.nt.subjects(RDF.type, rdflib.URIRef("http://schema.org/NewsArticle")))))

    def test_dumps_are_the_bytes_convert_writes(self):
        for fmt, name in (("turtle", "parley.ttl"), ("nquads", "parley.nq"), ("rdfxml", "parley.rdf"),
                          ("jsonld", "parley.jsonld")):
            p = subprocess.run([PARLEY, "convert", *ARTICLES, "--base", self.base, "--source-base",
                                "https://example.org/news/", "-q", "-f", fmt], capture_output=True)
            with open(os.path.join(self.site, "dumps", name), "rb") as f:
                self.assertEqual(p.stdout, f.read(), name)
        p = subprocess.run([PARLEY, "convert", *ARTICLES, "--base", self.base, "--source-base",
                            "https://example.org/news/", "-q", "-f", "ntriples"], capture_output=True)
        self.assertEqual(p.stdout, self.nt_bytes)

    def test_every_entity_meeting_and_article_has_its_three_files(self):
        docs = {str(s).split("#")[0] for s in self.nt.subjects() if str(s).startswith(self.base)}
        for doc in docs:
            path = os.path.join(self.site, doc[len(self.site_iri):])
            for ext in (".html", ".ttl", ".jsonld"):
                self.assertTrue(os.path.isfile(path + ext), path + ext)
        # A person's Turtle holds every statement about it in the dump, and parses.
        person = rdflib.URIRef(self.first_of(DIP.Person))
        with open(os.path.join(self.site, str(person)[len(self.site_iri):] + ".ttl"), encoding="utf-8") as f:
            page = parse(f.read(), "turtle")
        self.assertEqual(set(page.triples((person, None, None))), set(self.nt.triples((person, None, None))))
        self.assertEqual(set(page.triples((None, None, person))), set(self.nt.triples((None, None, person))))

    def test_the_picture_is_rendered_from_the_network(self):
        with open(os.path.join(self.site, "network.dot"), encoding="utf-8") as f:
            dot = f.read()
        self.assertIn("graph parley {", dot)
        self.assertIn('class="meeting"', dot)
        with open(os.path.join(self.site, "network.svg"), encoding="utf-8") as f:
            svg = f.read()
        self.assertIn("<svg", svg)
        self.assertIn('class="node meeting"', svg)
        with open(os.path.join(self.site, "index.html"), encoding="utf-8") as f:
            self.assertIn('<figure id="network">\n<svg', f.read())

    def test_publishing_is_deterministic(self):
        again = os.path.join(self.tmp, "again")
        env = dict(os.environ, SOURCE_DATE_EPOCH=DATE_EPOCH)
        p = publish(again, self.base, "-j", "1", env=env)
        self.assertEqual(p.returncode, 0, p.stderr)
        a, b = tree(self.site), tree(again)
        self.assertEqual(sorted(a), sorted(b))
        for name in a:
            self.assertEqual(a[name], b[name], name)
        shutil.rmtree(again)

    def test_never_replaces_what_it_did_not_publish(self):
        d = os.path.join(self.tmp, "guard")
        os.makedirs(os.path.join(d, "theirs"))
        with open(os.path.join(d, "theirs", "keep.txt"), "w") as f:
            f.write("mine")
        os.symlink(os.path.join(d, "theirs"), os.path.join(d, "link"))
        with open(os.path.join(d, "file"), "w") as f:
            f.write("a file")
        for target in ("theirs", "link", "file"):
            p = publish(os.path.join(d, target), self.base, "--date", DATE)
            self.assertEqual(p.returncode, 73, target)
            self.assertIn("not replacing it", p.stderr.decode())
        self.assertEqual(os.listdir(os.path.join(d, "theirs")), ["keep.txt"])
        self.assertTrue(os.path.islink(os.path.join(d, "link")))
        self.assertEqual(sorted(os.listdir(d)), ["file", "link", "theirs"])
        # Its own site it replaces whole, leaving nothing beside it.
        mine = os.path.join(d, "mine")
        for _ in range(2):
            self.assertEqual(publish(mine, self.base, "--date", DATE).returncode, 0)
        self.assertEqual(sorted(os.listdir(d)), ["file", "link", "mine", "theirs"])
        self.assertTrue(os.path.isfile(os.path.join(mine, "void.ttl")))
        shutil.rmtree(d)

    def publish_from(self, target, paths, *extra):
        return subprocess.run([PARLEY, "publish", target, *paths, "--base", self.base, "--source-base",
                               "https://example.org/news/", "--title", "Diplomacy in the news", "--license",
                               LICENSE, "--creator", "The parley test suite", "-q", *extra], capture_output=True)

    def same_tree(self, a, b):
        p = subprocess.run(["diff", "-r", a, b], capture_output=True)
        return p.returncode == 0, p.stdout.decode()[:2000]

    def test_an_update_gives_the_folder_a_publish_of_all_the_inputs_gives(self):
        d = os.path.join(self.tmp, "update")
        first, second = ARTICLES[0], ARTICLES[1]
        site, whole = os.path.join(d, "site"), os.path.join(d, "whole")
        self.assertEqual(self.publish_from(site, [first], "--date", DATE).returncode, 0)
        p = subprocess.run([PARLEY, "publish", site, "--update", second, "--date", DATE], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertIn("added 5 inputs", p.stderr.decode())
        # Pages the new articles do not touch are the old ones, linked, not written again.
        reused = int(re.search(r"\(([\d,]+) pages unchanged\)", p.stderr.decode()).group(1).replace(",", ""))
        self.assertGreater(reused, 0)
        self.assertEqual(self.publish_from(whole, [first, second], "--date", DATE).returncode, 0)
        same, diff = self.same_tree(site, whole)
        self.assertTrue(same, diff)
        # Inputs published already (same path and bytes) are not added twice: nothing changes.
        p = subprocess.run([PARLEY, "publish", site, "--update", first, second, "--date", "2026-02-01"], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        self.assertIn("nothing new", p.stderr.decode())
        same, diff = self.same_tree(site, whole)
        self.assertTrue(same, diff)
        # A later update keeps the creation date and says when it was modified.
        later = os.path.join(d, "later")
        os.makedirs(later)
        shutil.copy(os.path.join("tests/data/dev/articles", sorted(os.listdir("tests/data/dev/articles"))[0]), later)
        p = subprocess.run([PARLEY, "publish", site, "--update", later, "--date", "2026-02-01"], capture_output=True)
        self.assertEqual(p.returncode, 0, p.stderr.decode())
        with open(os.path.join(site, "void.ttl"), encoding="utf-8") as f:
            g = parse(f.read(), "turtle", self.site_iri + "void.ttl")
        ds = rdflib.URIRef(self.site_iri + "void.ttl#dataset")
        self.assertEqual(str(g.value(ds, DCT.created)), DATE)
        self.assertEqual(str(g.value(ds, DCT.modified)), "2026-02-01")
        shutil.rmtree(d)

    def test_an_update_of_a_read_only_site_leaves_it_as_it_was(self):
        # The folder the site stands in is not writable to the process that updates it: as root
        # (whom permissions do not stop), the update runs as nobody (setpriv, util-linux).
        d = os.path.join(self.tmp, "read-only")
        site, kept, new = os.path.join(d, "site"), os.path.join(d, "kept"), os.path.join(d, "new")
        self.assertEqual(self.publish_from(site, [ARTICLES[0]], "--date", DATE).returncode, 0)
        shutil.copytree(site, kept, symlinks=True)
        os.makedirs(new)
        shutil.copy(os.path.join(ARTICLES[1], sorted(os.listdir(ARTICLES[1]))[0]), new)
        command = [PARLEY, "publish", site, "--update", new, "--date", DATE]
        modes = {path: os.stat(path).st_mode for path in (self.tmp, d)}
        try:
            if os.geteuid() == 0:
                self.assertIsNotNone(shutil.which("setpriv"), "setpriv (util-linux) is needed to drop root")
                for root, dirs, files in os.walk(d):
                    for name in dirs + files:
                        os.chmod(os.path.join(root, name), 0o755 if name in dirs else 0o644)
                os.chmod(self.tmp, 0o755)
                os.chmod(d, 0o755)
                command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + command
            else:
                os.chmod(d, 0o555)
            p = subprocess.run(command, capture_output=True)
        finally:
            for path, mode in modes.items():
                os.chmod(path, mode)
        self.assertEqual(p.returncode, 73, p.stderr.decode())
        self.assertIn("left as it was", p.stderr.decode())
        same, diff = self.same_tree(site, kept)
        self.assertTrue(same, diff)
        self.assertEqual(sorted(os.listdir(d)), ["kept", "new", "site"])  # nothing made beside it
        shutil.rmtree(d)

    def test_a_failed_update_leaves_the_site_as_it_was(self):
        d = os.path.join(self.tmp, "failed-update")
        site, kept = os.path.join(d, "site"), os.path.join(d, "kept")
        self.assertEqual(self.publish_from(site, [ARTICLES[0]], "--date", DATE).returncode, 0)
        shutil.copytree(site, kept, symlinks=True)
        bad = os.path.join(d, "bad")
        os.makedirs(bad)
        shutil.copy(os.path.join(ARTICLES[1], sorted(os.listdir(ARTICLES[1]))[0]), bad)
        with open(os.path.join(bad, "z.txt"), "wb") as f:
            f.write(b"Envoys meet\n\n\x00\x00 not text")
        p = subprocess.run([PARLEY, "publish", site, "--update", bad, "--date", DATE], capture_output=True)
        self.assertEqual(p.returncode, 65, p.stderr.decode())
        self.assertIn("left as it was", p.stderr.decode())
        same, diff = self.same_tree(site, kept)
        self.assertTrue(same, diff)
        self.assertEqual(sorted(os.listdir(d)), ["bad", "kept", "site"])  # nothing left beside it
        # A folder parley did not publish is not updated; nor is one that is not there.
        theirs = os.path.join(d, "theirs")
        os.makedirs(theirs)
        with open(os.path.join(theirs, "keep.txt"), "w") as f:
            f.write("mine")
        p = subprocess.run([PARLEY, "publish", theirs, "--update", bad], capture_output=True)
        self.assertEqual(p.returncode, 73)
        self.assertEqual(os.listdir(theirs), ["keep.txt"])
        p = subprocess.run([PARLEY, "publish", os.path.join(d, "none"), "--update", ARTICLES[0]], capture_output=True)
        self.assertEqual(p.returncode, 64)
        self.assertFalse(os.path.exists(os.path.join(d, "none")))
        shutil.rmtree(d)

    def test_bad_options_are_refused(self):
        for extra in (["--date", "2026-13-01"], ["--site", "http://elsewhere.example/"]):
            p = publish(os.path.join(self.tmp, "bad"), self.base, *extra)
            self.assertEqual(p.returncode, 64, extra)
        p = publish(os.path.join(self.tmp, "bad"), "http://127.0.0.1/id#")
        self.assertEqual(p.returncode, 64)
        self.assertFalse(os.path.exists(os.path.join(self.tmp, "bad")))

    # --- served ----------------------------------------------------------------------------
    def test_nginx_negotiates_each_entity_iri(self):
        self.start_nginx()
        for iri in (self.first_of(DIP.Person), self.first_of(DIP.Country), self.first_of(DIP.Meeting)):
            subject = rdflib.URIRef(iri)
            status, ctype, vary, body = self.get(iri, "text/turtle")
            self.assertEqual((status, ctype.split(";")[0]), (200, "text/turtle"), iri)
            self.assertEqual(vary, "Accept")
            self.assertIn((subject, RDF.type, None), parse(body.decode("utf-8"), "turtle", iri))
            status, ctype, _, body = self.get(iri, "application/ld+json")
            self.assertEqual((status, ctype.split(";")[0]), (200, "application/ld+json"), iri)
            self.assertIn((subject, RDF.type, None), parse(body.decode("utf-8"), "json-ld", iri))
            status, ctype, _, body = self.get(iri, "text/html,application/xhtml+xml,*/*;q=0.8")
            self.assertEqual((status, ctype.split(";")[0]), (200, "text/html"), iri)
            title = TitleParser()
            title.feed(body.decode("utf-8"))
            label = self.nt.value(subject, rdflib.RDFS.label)
            self.assertEqual(title.h1, str(label))
        status, ctype, _, body = self.get(self.site_iri, "text/html")
        self.assertEqual((status, ctype.split(";")[0]), (200, "text/html"))
        status, ctype, _, _ = self.get(self.site_iri + "void.ttl", "*/*")
        self.assertEqual(ctype.split(";")[0], "text/turtle")
        # The folder's records (input paths of the machine that published) are not served.
        self.assertTrue(os.path.exists(os.path.join(self.site, ".parley-inputs")))
        for name in (".parley-site", ".parley-inputs"):
            with self.assertRaises(urllib.error.HTTPError) as e:
                self.get(self.site_iri + name, "*/*")
            self.assertEqual(e.exception.code, 404, name)

    def meetings_per_year_and_pairs(self):
        """Counted here from the N-Triples dump: the dated meetings of each country per year
        (every year from its first to its last) and the meetings each pair of countries shares."""
        countries = set(self.nt.subjects(RDF.type, DIP.Country))
        years, pairs = {}, {}
        for m in set(self.nt.subjects(RDF.type, DIP.Meeting)):
            actors = sorted(str(a) for a in self.nt.objects(m, SEM.hasActor) if a in countries)
            for i, a in enumerate(actors):
                for b in actors[i + 1:]:
                    pairs[(a, b)] = pairs.get((a, b), 0) + 1
            date = self.nt.value(m, SCHEMA.startDate)
            if date is None:
                continue
            for a in actors:
                per = years.setdefault(a, {})
                per[int(str(date)[:4])] = per.get(int(str(date)[:4]), 0) + 1
        return years, pairs

    def test_timelines_and_busiest_pairs_count_the_meetings_in_the_dumps(self):
        years, pairs = self.meetings_per_year_and_pairs()
        busiest = max(years, key=lambda c: (sum(years[c].values()), c))
        with open(os.path.join(self.site, self.path_of(busiest) + ".html"), encoding="utf-8") as f:
            page = f.read()
        per = years[busiest]
        for year in range(min(per), max(per) + 1):
            self.assertIn('data-period="%d" data-count="%d"' % (year, per.get(year, 0)), page)
        with open(os.path.join(self.site, "index.html"), encoding="utf-8") as f:
            index = f.read()
        most = max(pairs.values())
        self.assertIn('<li data-meetings="%d">' % most, index)
        self.assertNotIn('<li data-meetings="%d">' % (most + 1), index)

    def placed_meetings(self):
        """Counted here: the meetings held at each place whose owl:sameAs GeoNames feature the
        gazetteer files give coordinates for (a city's own; a country's, its capital's), with
        where the map must draw it (equirectangular, 960 x 480)."""
        located, capital = {}, {}
        with open("ontology/gazetteer/cities.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                name, _, iso2, gid, population, code, lat, lon = line.rstrip("\n").split("\t")
                located[gid] = (float(lat), float(lon))
                if code == "PPLC" and int(population) > capital.get(iso2, (0, None))[0]:
                    capital[iso2] = (int(population), gid)
        with open("ontology/gazetteer/countries.tsv", encoding="utf-8") as f:
            for line in f:
                if line.startswith("#"):
                    continue
                cols = line.rstrip("\n").split("\t")
                if cols[0] in capital and cols[6]:
                    located.setdefault(cols[6], located[capital[cols[0]][1]])
        counts, where = {}, {}
        for m, place in self.nt.subject_objects(SCHEMA.location):
            for same in self.nt.objects(place, rdflib.OWL.sameAs):
                gid = str(same).rstrip("/").rsplit("/", 1)[-1]
                if str(same).startswith("https://sws.geonames.org/") and gid in located:
                    counts[str(place)] = counts.get(str(place), 0) + 1
                    lat, lon = located[gid]
                    where[str(place)] = ((lon + 180) * 960 / 360, (90 - lat) * 480 / 180)
                    break
        return counts, where

    def test_the_map_draws_each_placed_meeting_where_geonames_puts_it(self):
        counts, where = self.placed_meetings()
        self.assertGreater(len(counts), 5)
        with open(os.path.join(self.site, "map.html"), encoding="utf-8") as f:
            page = f.read()
        marks = re.findall(r'<circle class="mark" data-place="([^"]+)" data-meetings="(\d+)" cx="([\d.]+)" cy="([\d.]+)"', page)
        self.assertEqual({p: int(n) for p, n, _, _ in marks}, counts)
        for place, _, cx, cy in marks:
            self.assertAlmostEqual(float(cx), where[place][0], delta=0.06)
            self.assertAlmostEqual(float(cy), where[place][1], delta=0.06)
        with open(os.path.join(self.site, "index.html"), encoding="utf-8") as f:
            self.assertIn('<a href="map.html">', f.read())

    def path_of(self, iri):
        return iri[len(self.site_iri):]

    def picture_filters(self):
        """Counted here from network.dot and the dumps: the country drawn in most of the picture's
        meetings with how many, and the year most of them are dated with how many."""
        edges = re.findall(r'^  "([^"]+)" -- "([^"]+)";$', open(os.path.join(self.site, "network.dot"), encoding="utf-8").read(), re.M)
        per_country, per_year = {}, {}
        meetings = {m for m, _ in edges}
        for m, a in edges:
            if "/country/" in a:
                per_country[a] = per_country.get(a, 0) + 1
        for m in meetings:
            date = self.nt.value(rdflib.URIRef(m), SCHEMA.startDate)
            if date is not None:
                per_year[str(date)[:4]] = per_year.get(str(date)[:4], 0) + 1
        country = max(per_country, key=lambda c: (per_country[c], c))
        year = max(per_year, key=lambda y: (per_year[y], y))
        return country, per_country[country], year, per_year[year]

    def test_chromium_shows_the_index_and_entity_pages(self):
        self.start_nginx()
        v = self.void()
        ds = rdflib.URIRef(self.site_iri + "void.ttl#dataset")
        person = self.first_of(DIP.Person)
        label = str(self.nt.value(rdflib.URIRef(person), rdflib.RDFS.label))
        years, pairs = self.meetings_per_year_and_pairs()
        country = max(years, key=lambda c: (sum(years[c].values()), c))
        per = years[country]
        expected = {str(y): per.get(y, 0) for y in range(min(per), max(per) + 1)}
        os.makedirs(SCREENSHOTS, exist_ok=True)
        p = subprocess.run(["node", "tests/js/check_site.mjs", self.site_iri, SCREENSHOTS,
                            str(v.value(ds, VOID.triples)), str(v.value(ds, VOID.entities)), label,
                            person, self.first_of(DIP.Meeting), country, json.dumps(expected),
                            str(max(pairs.values())), str(len(self.placed_meetings()[0])),
                            json.dumps(self.picture_filters())],
                           capture_output=True, timeout=300)
        sys.stdout.write(p.stdout.decode())
        self.assertEqual(p.returncode, 0, p.stdout.decode() + p.stderr.decode())


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    SCREENSHOTS = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=2)
