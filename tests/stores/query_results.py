"""SPARQL results in the form the expected results of examples/queries/ are stored in, so that
stores that answer in different but equal ways compare equal: the variables as a header line,
then one line per row of lexical values (IRIs and literals alike, unbound as empty), tab
separated, with backslash, tab, newline and carriage return escaped, rows sorted by their
UTF-8 bytes. tests/js/run_stores.mjs does the same for Oxigraph.
"""
import glob
import os

QUERIES = "examples/queries"


def escape(value):
    return (value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
            .replace("\r", "\\r"))


def normalized(variables, rows):
    """[variables, sorted row lines]; rows are dicts of variable -> lexical value."""
    lines = ["\t".join(escape(row.get(v, "")) for v in variables) for row in rows]
    return [list(variables)] + sorted(lines, key=lambda line: line.encode("utf-8"))


def read_expected(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [lines[0].split("\t")] + lines[1:]


def example_queries():
    """(name, query text, expected) for each query that has an expected result beside it."""
    out = []
    for rq in sorted(glob.glob(os.path.join(QUERIES, "*.rq"))):
        expected = rq[:-3] + ".tsv"
        if os.path.exists(expected):
            with open(rq, encoding="utf-8") as f:
                out.append((os.path.basename(rq), f.read(), read_expected(expected)))
    return out
