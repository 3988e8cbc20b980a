#!/usr/bin/python3
"""Time and peak memory of `parley convert` on adversarial text, from 1 MB to 64 MB: one endless
sentence, capitalized words in runs of ten thousand, a page of nothing but quotation marks, the
development articles joined into one article (a live blog, a document dump: every name, meeting
and quote many times over), many persons each named once, a meeting sentence over and over, many
quotes, many dates, and the development articles as one enormous paragraph. Linear time shows as a flat
seconds-per-MB column. Not a test: it measures.

usage: bench/scaling.py PARLEY [--max-mb 64 | --sizes 0.1,1,4] [--shape NAME]...
"""
import glob
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def joined_articles(n):
    text = "".join(read(p) + "\n\n"
                   for p in sorted(glob.glob(os.path.join(ROOT, "tests/data/dev/articles/*.txt"))))
    return (text * (n // len(text) + 1))[:n]


def many_persons(n):
    rng = random.Random(1)
    syllables = ["ka", "lo", "mi", "ra", "ve", "tu", "no", "shi", "da", "re", "po", "zi", "ga", "mo", "le", "fa"]
    name = lambda: "".join(rng.choice(syllables) for _ in range(3)).capitalize()
    out, size = ["Talks"], 0
    while size < n:
        s = "Foreign Minister %s %s met Ambassador %s %s, and %s said the talks were useful." % (
            name(), name(), name(), name(), name())
        out.append(s)
        size += len(s) + 2
    return "\n\n".join(out)[:n]


def meeting_sentences(n):
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    countries = ["Oman", "Qatar", "Kuwait", "Bahrain", "Jordan", "Egypt", "Iraq", "Yemen"]
    out, size, i = ["Talks", "2 October 2023"], 0, 0
    while size < n:
        s = "Foreign Minister Jana Lind of %s met her %s counterpart in Muscat on %s, and they held talks on trade." % (
            countries[i % 8], countries[(i + 3) % 8], days[i % 5])
        out.append(s)
        size += len(s) + 2
        i += 1
    return "\n\n".join(out)[:n]


def many_quotes(n):
    out, size, i = ["Talks", "2 October 2023"], 0, 0
    while size < n:
        s = "\u201cWe agreed on point %d,\u201d Foreign Minister Jana Lind said, adding that \u201cmore work is needed\u201d." % i
        out.append(s)
        size += len(s) + 2
        i += 1
    return "\n\n".join(out)[:n]


def many_dates(n):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
    out, size, i = ["Talks", "2 October 2023"], 0, 0
    while size < n:
        s = "The envoys met on %d %s %d, on %s %d and again last %s." % (
            1 + i % 28, months[i % 10], 1990 + i % 30, months[(i + 3) % 10], 1 + (i * 7) % 28, months[(i + 5) % 10])
        out.append(s)
        size += len(s) + 2
        i += 1
    return "\n\n".join(out)[:n]


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def one_paragraph(n):
    text = "".join(read(p).replace("\n", " ") + " "
                   for p in sorted(glob.glob(os.path.join(ROOT, "tests/data/dev/articles/*.txt"))))
    return "Talks\n\n" + (text * (n // len(text) + 1))[:n]


SHAPES = {
    "endless sentence": lambda n: "Talks\n\n" + ("the envoy met the minister in Geneva and said that " * (n // 50 + 1))[:n],
    "capitalized words": lambda n: "Talks\n\n" + "\n\n".join(
        " ".join("Envoy%s%s" % (chr(65 + i % 26), chr(65 + (i // 26) % 26)) for i in range(10000))
        for _ in range(n // 90000 + 1))[:n],
    "quotation marks": lambda n: "\u201c\"" * (n // 4),
    "joined articles": joined_articles,
    "many persons": many_persons,
    "meeting sentences": meeting_sentences,
    "many quotes": many_quotes,
    "many dates": many_dates,
    "one paragraph": one_paragraph,
}


def measure(parley, path, size):
    cmd = ["/usr/bin/time", "-f", "%e %M", parley, "convert", path, "-f", "ntriples",
           "--max-size", str(size + 1024), "-o", os.devnull, "-q"]
    p = subprocess.run(cmd, capture_output=True, text=True)
    seconds, kb = p.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kb) / 1024, p.returncode


def main():
    parley = sys.argv[1]
    max_mb = int(sys.argv[sys.argv.index("--max-mb") + 1]) if "--max-mb" in sys.argv else 64
    shapes = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--shape"] or list(SHAPES)
    # --sizes 0.1,1,4: those sizes in MB; else 1, 2, 4, ... up to --max-mb.
    if "--sizes" in sys.argv:
        sizes = [float(x) for x in sys.argv[sys.argv.index("--sizes") + 1].split(",")]
    else:
        sizes, mb = [], 1
        while mb <= max_mb:
            sizes.append(mb)
            mb *= 2
    print("%-18s %6s %9s %9s %10s %5s" % ("input", "MB", "seconds", "s per MB", "peak MB", "exit"))
    with tempfile.TemporaryDirectory() as tmp:
        for name in shapes:
            make = SHAPES[name]
            for mb in sizes:
                path = os.path.join(tmp, "input.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(make(int(mb * 1024 * 1024)))
                size = os.path.getsize(path)
                seconds, peak, rc = measure(parley, path, size)
                print("%-18s %6g %9.2f %9.3f %10.0f %5d" % (name, mb, seconds, seconds / (size / 2**20), peak, rc), flush=True)


if __name__ == "__main__":
    main()
