// NIF provenance read back by a real SPARQL engine (oxigraph): for every mention, meeting
// report and quote of an article full of non-ASCII text (curly quotes, accented and
// Arabic-script names, an emoji outside the Basic Multilingual Plane),
// SUBSTR(?isString, ?begin + 1, ?end - ?begin) is exactly its nif:anchorOf, and an entity's
// anchor is one of that entity's labels.
//
// usage: node run_provenance.mjs PARLEY REPO_ROOT
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import oxigraph from 'oxigraph';

const [parley, root] = process.argv.slice(2);
let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.log(`FAIL ${what}${detail ? ': ' + detail : ''}`);
  }
}

const file = path.join(root, 'tests/data/provenance/non_ascii.txt');
const store = new oxigraph.Store();
store.load(execFileSync(parley, ['convert', file, '-f', 'nquads', '--provenance', 'mentions']).toString(),
           { format: 'application/n-quads' });
const prefixes = `PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <http://schema.org/>`;
const rows = store.query(`${prefixes}
SELECT ?m ?anchor ?sub ?begin WHERE {
  ?m nif:referenceContext ?context ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?anchor .
  ?context nif:isString ?text .
  BIND(SUBSTR(?text, ?begin + 1, ?end - ?begin) AS ?sub)
}`, { use_default_graph_as_union: true }).map((b) => Object.fromEntries([...b.entries()].map(([k, v]) => [k, v.value])));

check(rows.length >= 10, 'the article has its mentions, reports and quotes as NIF strings', `${rows.length}`);
for (const r of rows) check(r.sub === r.anchor, `SUBSTR gives the anchor of ${r.m}`, `${JSON.stringify(r.sub)} vs ${JSON.stringify(r.anchor)}`);
const emoji = '\u{1F1F6}\u{1F1E6}';
const text = store.query(`${prefixes} SELECT ?t WHERE { ?c a nif:Context ; nif:isString ?t }`,
                         { use_default_graph_as_union: true })[0].get('t').value;
const emojiAt = [...text].indexOf([...emoji][0]);
check(emojiAt > 0, 'the text holds a character outside the BMP');
check(rows.some((r) => Number(r.begin) > emojiAt && /[^\x00-\x7F]/.test(r.anchor)),
      'a non-ASCII mention after it is found where SUBSTR says');
check(rows.some((r) => r.anchor === 'Mūsā al-Ṭāhir'), 'an accented name is a mention');

const entityAnchors = store.query(`${prefixes}
SELECT ?anchor ?entity (GROUP_CONCAT(?label; separator="|") AS ?labels) WHERE {
  ?m nif:anchorOf ?anchor ; itsrdf:taIdentRef ?entity .
  ?entity a ?type .
  FILTER(?type IN (schema:Person, schema:Organization, schema:Country, schema:Place))
  { ?entity rdfs:label ?label } UNION { ?entity skos:altLabel ?label }
} GROUP BY ?anchor ?entity`, { use_default_graph_as_union: true });
check(entityAnchors.length >= 8, 'entity mentions point at their entities', `${entityAnchors.length}`);
for (const b of entityAnchors) {
  const labels = b.get('labels').value.split('|');
  check(labels.includes(b.get('anchor').value), `the anchor "${b.get('anchor').value}" is a label of ${b.get('entity').value}`,
        labels.join(', '));
}
const quotes = store.query(`${prefixes}
SELECT ?anchor ?words WHERE { ?m nif:anchorOf ?anchor ; itsrdf:taIdentRef ?q . ?q schema:text ?words }`,
                           { use_default_graph_as_union: true });
check(quotes.length === 1 && quotes[0].get('anchor').value.startsWith(quotes[0].get('words').value),
      'the quote points back at its words');

console.log(`provenance: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
