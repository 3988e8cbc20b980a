// parley's output in Oxigraph, in process: the light path beside the Virtuoso test
// (tests/stores/test_virtuoso.py), with the same queries and the same expected results.
// - examples/queries/*.rq run over the committed snapshot tests/data/stores/samples.nq (the
//   union of its article graphs) and each result, normalized as tests/stores/query_results.py
//   says, equals the hand-checked .tsv beside the query;
// - the test articles (samples, unseen, dev) load in every syntax parley writes, and all agree:
//   N-Quads, TriG and JSON-LD give the same article graphs of the same sizes, and Turtle,
//   N-Triples and RDF/XML one graph of the distinct triples of all of them.
//
// usage: node run_stores.mjs PARLEY REPO_ROOT
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import oxigraph from 'oxigraph';

const [parley, root] = process.argv.slice(2);
let passed = 0;
let failed = 0;

function check(ok, what, detail = '') {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAIL ${what}${detail ? ': ' + detail : ''}`);
  }
}

const escape = (v) => v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const byUtf8 = (a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));

function normalized(variables, bindings) {
  const lines = bindings.map((b) => variables.map((v) => escape(b.get(v)?.value ?? '')).join('\t'));
  return [variables.join('\t'), ...lines.sort(byUtf8)];
}

// The snapshot and the example queries.
const snapshot = new oxigraph.Store();
snapshot.load(fs.readFileSync(path.join(root, 'tests/data/stores/samples.nq'), 'utf8'),
              { format: 'application/n-quads' });
const queries = path.join(root, 'examples/queries');
const names = fs.readdirSync(queries).filter((f) => f.endsWith('.rq')).sort();
check(names.length >= 7, 'at least seven example queries', names.join(' '));
for (const name of names) {
  const expectedFile = path.join(queries, name.replace(/\.rq$/, '.tsv'));
  check(fs.existsSync(expectedFile), `${name} has its expected result beside it`);
  if (!fs.existsSync(expectedFile)) continue;
  const expected = fs.readFileSync(expectedFile, 'utf8').replace(/\n$/, '').split('\n');
  const variables = expected[0].split('\t');
  const result = snapshot.query(fs.readFileSync(path.join(queries, name), 'utf8'),
                                { use_default_graph_as_union: true });
  const got = normalized(variables, result);
  const differing = got.filter((l, i) => l !== expected[i]).concat(expected.filter((l, i) => l !== got[i]));
  check(got.length === expected.length && differing.length === 0, `${name} gives its checked result`,
        `${got.length - 1} rows for ${expected.length - 1}; first difference: ${differing[0]}`);
}

// Every syntax of the test articles.
const articles = ['examples/articles', 'tests/data/unseen/articles', 'tests/data/dev/articles']
  .map((d) => path.join(root, d));
const mediaTypes = {
  nquads: 'application/n-quads', trig: 'application/trig', jsonld: 'application/ld+json',
  turtle: 'text/turtle', ntriples: 'application/n-triples', rdfxml: 'application/rdf+xml',
};
const stores = {};
for (const [syntax, format] of Object.entries(mediaTypes)) {
  const text = execFileSync(parley, ['convert', ...articles, '-q', '-f', syntax,
                                     '--source-base', 'https://corpus.example.org/'],
                            { maxBuffer: 1 << 28 }).toString();
  stores[syntax] = new oxigraph.Store();
  stores[syntax].load(text, { format, base_iri: 'https://corpus.example.org/' });
}

function graphSizes(store) {
  const sizes = {};
  for (const b of store.query('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g')) {
    sizes[b.get('g').value] = Number(b.get('n').value);
  }
  return sizes;
}
const sameSizes = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

const perArticle = graphSizes(stores.nquads);
check(Object.keys(perArticle).length >= 34, 'N-Quads: one graph per test article', Object.keys(perArticle).length);
for (const syntax of ['trig', 'jsonld']) {
  check(sameSizes(graphSizes(stores[syntax]), perArticle), `${syntax}: the article graphs of the N-Quads, each the same size`);
}
const distinct = Number(stores.nquads.query(
  'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }')[0].get('n').value);
for (const syntax of ['turtle', 'ntriples', 'rdfxml']) {
  const store = stores[syntax];
  const inDefault = Number(store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')[0].get('n').value);
  check(inDefault === distinct && Object.keys(graphSizes(store)).length === 0,
        `${syntax}: one graph of the ${distinct} distinct triples of the article graphs`, inDefault);
}

console.log(`oxigraph: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
