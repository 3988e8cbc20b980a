#!/usr/bin/python3
"""`parley publish` served by Apache: the `.htaccess` the site carries, read for real.

The sample articles are published with --base http://127.0.0.1:PORT/id/; Debian's apache2 is
started here, in the foreground, on 127.0.0.1 only, with a configuration and a server root of
its own in a throwaway directory (no /etc/apache2, no port 80), `AllowOverride All` on the site
so its `.htaccess` does the work; then a person's, a country's and a meeting's IRI are asked for
as Turtle, JSON-LD and HTML, and each answer must be that type, parse, and describe the IRI.
Apache is stopped and the directories removed, on failure too.

usage: test_apache.py PARLEY   (run from the repository root)
"""
import gzip
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

import rdflib
from rdflib.namespace import RDF

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from test_publish import TitleParser, free_port, http_get, stop_server  # noqa: E402

PARLEY = None
APACHE = "/usr/sbin/apache2"
MODULES = "/usr/lib/apache2/modules"
DIP = rdflib.Namespace("https://w3id.org/parley/diplomacy#")


class Apache(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="parley-apache-")
        cls.server = None
        try:
            cls.port = free_port()
            cls.site_iri = "http://127.0.0.1:%d/" % cls.port
            cls.site = os.path.join(cls.tmp, "site")
            p = subprocess.run([PARLEY, "publish", cls.site, "examples/articles", "--base", cls.site_iri + "id/",
                                "--date", "2026-01-15", "-q"], capture_output=True)
            if p.returncode != 0:
                raise AssertionError("publish failed: %d %s" % (p.returncode, p.stderr.decode()))
            with open(os.path.join(cls.site, "dumps", "parley.nt.gz"), "rb") as f:
                cls.nt = rdflib.Graph().parse(data=gzip.decompress(f.read()).decode("utf-8"), format="nt")
            cls.start_apache()
        except BaseException:
            cls.tearDownClass()
            raise

    @classmethod
    def tearDownClass(cls):
        cls.stop_apache()
        shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def start_apache(cls):
        root = os.path.join(cls.tmp, "apache")
        os.makedirs(os.path.join(root, "logs"))
        # Run as root, Apache hands its workers to an unprivileged user: that user reads the site.
        user = ""
        if os.geteuid() == 0:
            user = "User nobody\nGroup nogroup\n"
            for d, dirs, files in os.walk(cls.tmp):
                os.chmod(d, 0o755)
                for f in files:
                    os.chmod(os.path.join(d, f), 0o644)
        conf = os.path.join(root, "httpd.conf")
        with open(conf, "w") as f:
            f.write("""ServerRoot %(root)s
ServerName 127.0.0.1
Listen 127.0.0.1:%(port)d
PidFile %(root)s/httpd.pid
ErrorLog %(root)s/logs/error.log
LogLevel warn
TypesConfig /etc/mime.types
%(user)sLoadModule mpm_event_module %(modules)s/mod_mpm_event.so
LoadModule authz_core_module %(modules)s/mod_authz_core.so
LoadModule mime_module %(modules)s/mod_mime.so
LoadModule dir_module %(modules)s/mod_dir.so
LoadModule headers_module %(modules)s/mod_headers.so
LoadModule rewrite_module %(modules)s/mod_rewrite.so
StartServers 1
ServerLimit 1
ThreadsPerChild 8
MaxRequestWorkers 8
DocumentRoot %(site)s
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory %(site)s>
  AllowOverride All
  Require all granted
</Directory>
""" % {"root": root, "port": cls.port, "site": cls.site, "modules": MODULES, "user": user})
        cls.server = subprocess.Popen([APACHE, "-f", conf, "-DFOREGROUND"], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", cls.port), timeout=0.2).close()
                return
            except OSError:
                if cls.server.poll() is not None:
                    with open(os.path.join(root, "logs", "error.log"), errors="replace") as log:
                        raise AssertionError("apache2 did not start: " + cls.server.stderr.read().decode() + log.read())
                time.sleep(0.1)
        raise AssertionError("apache2 did not listen on port %d" % cls.port)

    @classmethod
    def stop_apache(cls):
        stop_server(cls.server, signal.SIGTERM, 15)  # graceful stop of the parent and its workers
        cls.server = None

    def get(self, iri, accept):
        return http_get(iri, accept)

    def first_of(self, cls_iri):
        return sorted(str(s) for s in self.nt.subjects(RDF.type, cls_iri))[0]

    def test_three_iris_answer_turtle_json_ld_or_html_as_asked(self):
        for iri in (self.first_of(DIP.Person), self.first_of(DIP.Country), self.first_of(DIP.Meeting)):
            subject = rdflib.URIRef(iri)
            with self.subTest(iri=iri):
                status, ctype, vary, body = self.get(iri, "text/turtle")
                self.assertEqual((status, ctype.split(";")[0]), (200, "text/turtle"))
                self.assertIn("Accept", vary)
                g = rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle", publicID=iri)
                self.assertIn((subject, RDF.type, None), g)
                status, ctype, _, body = self.get(iri, "application/ld+json")
                self.assertEqual((status, ctype.split(";")[0]), (200, "application/ld+json"))
                g = rdflib.ConjunctiveGraph().parse(data=body.decode("utf-8"), format="json-ld", publicID=iri)
                self.assertIn((subject, RDF.type, None), g)
                status, ctype, _, body = self.get(iri, "text/html,application/xhtml+xml,*/*;q=0.8")
                self.assertEqual((status, ctype.split(";")[0]), (200, "text/html"))
                h1 = TitleParser()
                h1.feed(body.decode("utf-8"))
                self.assertEqual(h1.h1, str(self.nt.value(subject, rdflib.RDFS.label)))

    def test_the_index_and_the_dataset_description(self):
        status, ctype, _, body = self.get(self.site_iri, "text/html")
        self.assertEqual((status, ctype.split(";")[0]), (200, "text/html"))
        status, ctype, _, body = self.get(self.site_iri + "void.ttl", "*/*")
        self.assertEqual((status, ctype.split(";")[0]), (200, "text/turtle"))
        self.assertGreater(len(rdflib.Graph().parse(data=body.decode("utf-8"), format="turtle")), 10)

    def test_an_unknown_iri_is_not_found(self):
        with self.assertRaises(urllib.error.HTTPError) as e:
            self.get(self.site_iri + "id/person/no-such-person", "text/turtle")
        self.assertEqual(e.exception.code, 404)

    def test_the_folders_records_are_not_served(self):
        for name in (".parley-site", ".parley-inputs"):
            with self.assertRaises(urllib.error.HTTPError) as e:
                self.get(self.site_iri + name, "*/*")
            self.assertEqual(e.exception.code, 404, name)


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("apache: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or result.testsRun == 0 else 0)
