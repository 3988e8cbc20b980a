#!/usr/bin/python3
"""Throughput of `parley convert` on a corpus of real-shaped news: the samples, the unseen set
and the dev set, copied until the corpus holds --mb megabytes (default 20), each copy made
distinct by a numbered first line so no two articles share a content hash. Prints the corpus
size, wall seconds, MB per second and peak memory, best of --runs (default 3). Not a test: it
measures.

usage: bench/corpus.py PARLEY [--mb 20] [--runs 3] [--jobs N]
"""
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["examples/articles", "tests/data/unseen/articles", "tests/data/dev/articles"]


def texts():
    out = []
    for d in SOURCES:
        full = os.path.join(ROOT, d)
        for name in sorted(os.listdir(full)):
            if name.endswith(".txt"):
                with open(os.path.join(full, name), encoding="utf-8") as f:
                    out.append(f.read())
    return out


def build(tmp, mb):
    articles = texts()
    total, n = 0, 0
    while total < mb * 2**20:
        body = articles[n % len(articles)]
        path = os.path.join(tmp, "%06d.txt" % n)
        with open(path, "w", encoding="utf-8") as f:
            f.write("Copy %d\n\n%s" % (n, body))
        total += os.path.getsize(path)
        n += 1
    return total, n


def main():
    args = sys.argv[1:]
    parley = args[0]
    opt = lambda k, d: args[args.index(k) + 1] if k in args else d
    mb, runs, jobs = int(opt("--mb", 20)), int(opt("--runs", 3)), opt("--jobs", None)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus")
        os.mkdir(corpus)
        size, n = build(corpus, mb)
        cmd = ["/usr/bin/time", "-f", "%e %M", parley, "convert", corpus, "-f", "ntriples",
               "-o", os.path.join(tmp, "out.nt"), "-q"]
        if jobs:
            cmd += ["--jobs", jobs]
        best = None
        for _ in range(runs):
            p = subprocess.run(cmd, capture_output=True, text=True)
            seconds, kb = p.stderr.strip().splitlines()[-1].split()
            result = (float(seconds), int(kb) / 1024, p.returncode)
            best = result if best is None or result[0] < best[0] else best
        seconds, peak, rc = best
        print("articles %d, %.1f MB, %.2f s, %.2f MB/s, peak %.0f MB, exit %d"
              % (n, size / 2**20, seconds, size / 2**20 / seconds, peak, rc))


if __name__ == "__main__":
    main()
