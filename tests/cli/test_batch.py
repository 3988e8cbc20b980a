#!/usr/bin/python3
"""Batch conversion: --jobs (the same bytes for any number of threads, messages in input
order), --shard (a stable partition), each entity described once per single-graph stream,
--skip-existing (a run killed with SIGKILL and resumed equals one clean run), progress on a
terminal and the summary line, gzip-compressed inputs and WARC archives (the hand-made
fixtures of tests/data/warc/).

usage: test_batch.py PARLEY   (run from the repository root)
"""
import gzip
import os
import pty
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

import rdflib
from rdflib.compare import isomorphic

PARLEY = None
CORPUS = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles", "tests/data/html"]
WARC = "tests/data/warc"
SYNTAXES = ["nquads", "ntriples", "turtle", "trig", "rdfxml", "jsonld"]
RDFLIB = {"nquads": "nquads", "ntriples": "nt", "turtle": "turtle", "trig": "trig", "rdfxml": "xml", "jsonld": "json-ld"}
SCHEMA = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SUMMARY = re.compile(r"parley: [\d,]+ converted.*, [\d,]+ triples, [\d.]+ s\n$")


def run(args, **kw):
    return subprocess.run([PARLEY] + args, capture_output=True, **kw)


def without_timing(stderr):
    return re.sub(rb"[\d.]+ s\n$", b"", stderr)


def names_under(root):
    return [os.path.relpath(os.path.join(d, n), root) for d, _, names in os.walk(root) for n in names]


def files_under(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                out[os.path.relpath(p, root)] = f.read()
    return out


class Workdir(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="parley-batch-")

    def tearDown(self):
        shutil.rmtree(self.dir)

    def path(self, *parts):
        return os.path.join(self.dir, *parts)


class Jobs(Workdir):
    def test_output_is_byte_identical_for_any_number_of_jobs(self):
        for syntax in SYNTAXES:
            outputs = set()
            for jobs in ("1", "2", "3", "8"):
                p = run(["convert"] + CORPUS + ["-q", "-f", syntax, "-j", jobs, "--provenance", "mentions",
                                                "--source-base", "https://corpus.example.org/"])
                self.assertEqual(p.returncode, 0, p.stderr)
                outputs.add(p.stdout)
            self.assertEqual(len(outputs), 1, syntax)

    def test_warnings_and_errors_stay_whole_lines_in_input_order(self):
        names = []
        for i in range(40):
            name = self.path("in", "%02d.txt" % i)
            os.makedirs(os.path.dirname(name), exist_ok=True)
            with open(name, "wb") as f:
                # Every third is empty (a warning), every seventh invalid UTF-8 (an error).
                f.write(b"" if i % 3 == 0 else b"Talks\n\n\xff bad" if i % 7 == 0 else
                        b"Envoys meet\n\nThe envoys of Iran and Iraq met in Baghdad on Monday.\n")
            names.append(name)
        results = [run(["convert", self.path("in"), "-f", "ntriples", "-j", j]) for j in ("1", "4")]
        self.assertEqual(results[0].stdout, results[1].stdout)
        self.assertEqual(without_timing(results[0].stderr), without_timing(results[1].stderr))
        lines = results[1].stderr.decode().splitlines()
        mentioned = [re.search(r"(\d\d)\.txt", l).group(1) for l in lines[:-1]]
        self.assertEqual(mentioned, sorted(mentioned))
        self.assertEqual(len(lines) - 1, len([i for i in range(40) if i % 3 == 0 or i % 7 == 0]))
        for line in lines[:-1]:
            self.assertRegex(line, r"^parley: (warning: )?\S+\d\d\.txt(:\d+:\d+)?: ")

    def test_jobs_must_be_a_positive_number(self):
        for bad in ("0", "-1", "x"):
            self.assertEqual(run(["convert", "examples/articles", "-j", bad]).returncode, 64, bad)


class Walking(Workdir):
    def test_directories_stream_in_the_order_of_their_sorted_paths(self):
        # "a-b/" sorts before "a.txt" and "a/" ('-' < '.' < '/'): per-directory listings must
        # give the order of sorting whole paths.
        names = ["a/x.txt", "a-b/x.txt", "a/c/y.txt", "a.txt", "b.txt", "a/c.txt", "a/c/z.html.gz"]
        for n in names:
            os.makedirs(os.path.dirname(self.path("in", n)), exist_ok=True)
            data = b"Envoys meet\n\nThe envoys met in Geneva on Monday.\n"
            with open(self.path("in", n), "wb") as f:
                f.write(gzip.compress(data) if n.endswith(".gz") else data)
        p = run(["convert", self.path("in"), "-q", "-f", "ntriples", "--source-base", "https://x.example/"])
        sources = re.findall(rb"<(file://[^>]*)>", p.stdout)
        order = [s.decode().split("/in/", 1)[1] for s in dict.fromkeys(sources)]
        self.assertEqual(order, sorted(names))


class Shards(Workdir):
    def quads(self, args, cwd=None):
        p = subprocess.run([PARLEY, "convert"] + args + ["-q", "-f", "nquads", "--source-base",
                                                         "https://corpus.example.org/"],
                           capture_output=True, cwd=cwd)
        self.assertEqual(p.returncode, 0, p.stderr)
        return p.stdout.decode().splitlines()

    def test_shards_partition_the_inputs_and_together_are_the_whole(self):
        whole = self.quads(CORPUS)
        shards = [self.quads(CORPUS + ["--shard", "%d/4" % k]) for k in range(1, 5)]
        graphs = [{l.rsplit(" ", 2)[1] for l in s} for s in shards]
        for a in range(4):
            self.assertGreater(len(graphs[a]), 0)
            for b in range(a + 1, 4):
                self.assertFalse(graphs[a] & graphs[b], "shards %d and %d share articles" % (a + 1, b + 1))
        self.assertEqual(sorted(l for s in shards for l in s), sorted(whole))

    def test_a_shard_is_the_same_wherever_the_corpus_is_mounted(self):
        for where in ("a", "b/c"):
            shutil.copytree("tests/data/dev/articles", self.path(where, "dev"))
        one = self.quads(["dev", "--shard", "2/3"], cwd=self.path("a"))
        two = self.quads([self.path("b/c/dev"), "--shard", "2/3"], cwd=self.path("b"))
        self.assertEqual(len(one), len(two))
        self.assertGreater(len(one), 0)
        strip = lambda lines: sorted(l for l in lines if "hadPrimarySource" not in l)
        self.assertEqual(strip(one), strip(two))

    def test_bad_shards_are_usage_errors(self):
        for bad in ("0/4", "5/4", "1/0", "a/b", "2", "1/2/3"):
            p = run(["convert", "examples/articles", "--shard", bad])
            self.assertEqual(p.returncode, 64, bad)
            self.assertEqual(p.stdout, b"")


class Descriptions(Workdir):
    def test_single_graph_streams_describe_each_entity_once_and_keep_the_graph(self):
        args = ["convert"] + CORPUS + ["-q", "--source-base", "https://corpus.example.org/"]
        nt = run(args + ["-f", "ntriples"]).stdout.decode().splitlines()
        self.assertEqual(len(nt), len(set(nt)), "a statement written twice")
        quads = rdflib.ConjunctiveGraph()
        quads.parse(data=run(args + ["-f", "nquads"]).stdout.decode(), format="nquads")
        distinct = {(s, p, o) for s, p, o, _ in quads.quads((None, None, None, None))}
        self.assertEqual(len(nt), len(distinct))
        for syntax in ("turtle", "rdfxml"):
            g = rdflib.Graph()
            g.parse(data=run(args + ["-f", syntax]).stdout.decode(), format=RDFLIB[syntax])
            self.assertEqual(set(g), distinct, syntax)
        # The label of the United States comes once, though many articles name it.
        us = [l for l in nt if l.startswith("<https://w3id.org/parley/id/country/us> "
                                            "<http://www.w3.org/2000/01/rdf-schema#label>")]
        self.assertEqual(len(us), 1)

    def test_each_file_of_a_directory_output_stays_complete(self):
        p = run(["convert", "examples/articles", "-q", "-f", "turtle", "-o", self.path("out") + "/"])
        self.assertEqual(p.returncode, 0, p.stderr)
        labelled = 0
        for name in os.listdir(self.path("out")):
            g = rdflib.Graph()
            g.parse(self.path("out", name), format="turtle")
            labelled += (rdflib.URIRef("https://w3id.org/parley/id/country/us"), rdflib.RDFS.label,
                         rdflib.Literal("United States")) in g
        self.assertGreaterEqual(labelled, 4)


class Resume(Workdir):
    def corpus(self, copies):
        for i in range(copies):
            shutil.copytree("tests/data/dev/articles", self.path("in", "c%02d" % i))
        return self.path("in")

    def test_a_killed_run_resumed_with_skip_existing_equals_one_clean_run(self):
        src = self.corpus(12)
        args = ["convert", src, "-q", "-f", "nquads", "-j", "2", "--source-base", "https://corpus.example.org/"]
        clean = run(args + ["-o", self.path("clean") + "/"])
        self.assertEqual(clean.returncode, 0, clean.stderr)
        total = len(files_under(self.path("clean")))
        out = self.path("resumed") + "/"
        proc = subprocess.Popen([PARLEY] + args + ["-o", out], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.time() + 60
            while time.time() < deadline:
                if len([n for n in names_under(out) if ".tmp-" not in n]) >= total // 3:
                    break
                time.sleep(0.002)
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        partial = [n for n in files_under(out) if ".tmp-" not in n]
        self.assertGreater(len(partial), 0)
        self.assertLess(len(partial), total, "the run finished before it was killed")
        resumed = run(args + ["-o", out, "--skip-existing"])
        self.assertEqual(resumed.returncode, 0, resumed.stderr)
        self.assertEqual(files_under(out), files_under(self.path("clean")))
        again = run(["convert", src, "-f", "nquads", "-o", out, "--skip-existing"])
        self.assertIn(b"(%d output exists)" % total, again.stderr)

    def test_skip_existing_needs_a_directory_output(self):
        p = run(["convert", "examples/articles", "--skip-existing"])
        self.assertEqual(p.returncode, 64)
        self.assertIn(b"needs -o DIR/", p.stderr)


class Progress(Workdir):
    def test_a_terminal_gets_a_live_line_and_the_summary(self):
        pid, fd = pty.fork()
        if pid == 0:
            os.execv(PARLEY, [PARLEY, "convert"] + CORPUS * 4 + ["-j", "1", "-o", os.devnull])
        text = b""
        while True:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            text += chunk
        os.waitpid(pid, 0)
        self.assertIn(b"\r\x1b[K", text)
        self.assertRegex(text.decode(), r"parley: [\d,]+/[\d,]+ inputs, [\d,]+ articles, [\d.]+ MB")
        self.assertRegex(text.decode().replace("\r\n", "\n"), SUMMARY)

    def test_no_terminal_gets_the_summary_alone_and_quiet_gets_nothing(self):
        p = run(["convert"] + CORPUS + ["-o", os.devnull])
        self.assertNotIn(b"\r", p.stderr)
        self.assertRegex(p.stderr.decode().splitlines()[-1], r"^parley: \d+ converted, [\d,]+ triples, [\d.]+ s$")
        self.assertEqual(run(["convert"] + CORPUS + ["-q", "-o", os.devnull]).stderr, b"")


class Compressed(Workdir):
    def test_gzip_inputs_give_the_articles_they_hold(self):
        os.makedirs(self.path("gz"))
        for src in ("examples/articles/000_ce07aa4c5adbbfdd.txt", "tests/data/html/jsonld_article.html"):
            with open(src, "rb") as f, gzip.open(self.path("gz", os.path.basename(src) + ".gz"), "wb") as g:
                g.write(f.read())
        plain = run(["convert", "examples/articles/000_ce07aa4c5adbbfdd.txt", "tests/data/html/jsonld_article.html",
                     "-q", "-f", "nquads", "--provenance", "none"])
        packed = run(["convert", self.path("gz"), "-q", "-f", "nquads", "--provenance", "none"])
        self.assertEqual(packed.returncode, 0, packed.stderr)
        self.assertEqual(sorted(packed.stdout.splitlines()), sorted(plain.stdout.splitlines()))

    def test_corrupt_gzip_is_a_clear_error_and_the_rest_converted(self):
        with open(self.path("bad.txt.gz"), "wb") as f:
            f.write(gzip.compress(b"Envoys meet\n\nThe envoys met in Geneva on Monday.\n")[:-12] + b"\x00" * 4)
        p = run(["convert", self.path("bad.txt.gz"), "examples/articles/000_ce07aa4c5adbbfdd.txt", "-f", "ntriples"])
        self.assertEqual(p.returncode, 65)
        self.assertIn(b"bad.txt.gz: ", p.stderr)
        self.assertEqual(p.stdout.count(b"<http://schema.org/NewsArticle>"), 1)


class Warc(Workdir):
    def convert(self, paths, *extra):
        return run(["convert"] + paths + ["-f", "nquads"] + list(extra))

    def test_each_html_response_is_an_article_named_by_its_target_uri(self):
        p = self.convert([os.path.join(WARC, "news-1.0.warc")])
        self.assertEqual(p.returncode, 65, p.stderr)  # the two bad records
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=p.stdout.decode(), format="nquads")
        sources = sorted(str(o) for o in ds.objects(None, PROV.hadPrimarySource))
        self.assertEqual(sources, ["https://news.example.org/2024/05/06/doha",
                                   "https://news.example.org/2024/05/06/nairobi",
                                   "https://news.example.org/2024/05/06/vienna"])
        headlines = sorted(str(o) for o in ds.objects(None, SCHEMA.headline))
        self.assertEqual(headlines, ["Envoys hold talks in Doha", "Foreign ministers meet in Vienna",
                                     "Leaders to meet in Nairobi"])
        err = p.stderr.decode().splitlines()
        self.assertEqual(err[:2], [
            "parley: tests/data/warc/news-1.0.warc: record 6 (https://news.example.org/broken): no valid Content-Length",
            "parley: tests/data/warc/news-1.0.warc: record 9 (https://news.example.org/2024/05/06/cut): "
            "cut short: the file ends inside it"])
        self.assertIn("3 converted, 4 skipped (2 archive records not HTML, 2 bad archive records)", err[2])

    def test_warc_1_1_chunked_and_a_charset_in_the_http_header(self):
        p = self.convert([os.path.join(WARC, "news-1.1.warc")])
        self.assertEqual(p.returncode, 0, p.stderr)
        ds = rdflib.ConjunctiveGraph()
        ds.parse(data=p.stdout.decode(), format="nquads")
        headlines = sorted(str(o) for o in ds.objects(None, SCHEMA.headline))
        self.assertEqual(headlines, ["Ministers meet in Geneva", "Réunion des ministres à Genève"])
        self.assertIn(rdflib.Literal("Réunion des ministres à Genève", lang="fr"), set(ds.objects(None, SCHEMA.headline)))

    def test_compressed_archives_per_record_and_whole_give_the_same(self):
        with open(os.path.join(WARC, "news-1.1.warc"), "rb") as f:
            data = f.read()
        records = [r for r in re.split(rb"(?=WARC/1\.1\r\n)", data) if r]
        with open(self.path("per-record.warc.gz"), "wb") as f:
            for r in records:
                f.write(gzip.compress(r))
        with open(self.path("whole.warc.gz"), "wb") as f:
            f.write(gzip.compress(data))
        outputs = [self.convert([self.path(n)], "--provenance", "none", "-q").stdout
                   for n in ("per-record.warc.gz", "whole.warc.gz")]
        plain = self.convert([os.path.join(WARC, "news-1.1.warc")], "--provenance", "none", "-q").stdout
        self.assertEqual(outputs[0], plain)
        self.assertEqual(outputs[1], plain)

    def test_records_get_files_of_their_own_and_shards_split_records(self):
        p = self.convert([os.path.join(WARC, "news-1.0.warc"), "-q", "-o", self.path("out") + "/"])
        self.assertEqual(sorted(os.listdir(self.path("out"))),
                         ["news-1.0.warc-2.nq", "news-1.0.warc-5.nq", "news-1.0.warc-7.nq"])
        parts = [self.convert([os.path.join(WARC, "news-1.0.warc")], "-q", "--shard", "%d/2" % k).stdout
                 for k in (1, 2)]
        whole = self.convert([os.path.join(WARC, "news-1.0.warc")], "-q").stdout
        self.assertEqual(sorted((parts[0] + parts[1]).splitlines()), sorted(whole.splitlines()))


if __name__ == "__main__":
    PARLEY = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(exit=False, verbosity=1).result
    failed = len(result.failures) + len(result.errors)
    print("batch: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(1 if failed or not result.wasSuccessful() else 0)
