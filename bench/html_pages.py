#!/usr/bin/python3
"""Speed of reading web pages: `parley convert` on each of Mozilla Readability's 130 test pages
(tests/data/readability), one process per page as a crawler's pipeline would run it, and on
all of them in one process. Prints MB/s of HTML both ways and the slowest pages, best of
--runs (default 3) per page. Not a test: it measures.

usage: bench/html_pages.py PARLEY [--runs 3] [--slowest 5]
"""
import argparse
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGES = os.path.join(ROOT, "tests/data/readability")


def convert(parley, paths, out):
    start = time.perf_counter()
    subprocess.run([parley, "convert", "-q", "-f", "ntriples", "-o", out] + paths, check=True)
    return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parley")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--slowest", type=int, default=5)
    args = parser.parse_args()
    pages = sorted(os.path.join(PAGES, d, "source.html") for d in os.listdir(PAGES)
                   if os.path.isfile(os.path.join(PAGES, d, "source.html")))
    size = sum(os.path.getsize(p) for p in pages)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.nt")
        per_page = {p: min(convert(args.parley, [p], out) for _ in range(args.runs)) for p in pages}
        together = min(convert(args.parley, pages, out) for _ in range(args.runs))
    total = sum(per_page.values())
    mb = size / 2**20
    print(f"{len(pages)} pages, {mb:.1f} MB of HTML")
    print(f"one process per page: {total:.2f} s, {mb / total:.1f} MB/s")
    print(f"one process for all:  {together:.2f} s, {mb / together:.1f} MB/s")
    print("slowest pages (one process each):")
    for path, seconds in sorted(per_page.items(), key=lambda kv: -kv[1])[:args.slowest]:
        name = os.path.basename(os.path.dirname(path))
        print(f"  {name:40} {os.path.getsize(path) / 1024:7.0f} KB  {seconds * 1000:6.0f} ms")


if __name__ == "__main__":
    main()
