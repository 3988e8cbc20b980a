// SHACL validation with a real engine (rdf-validate-shacl): parley's output for every article
// the tests hold (the samples, the unseen set, the development set; each set as one graph, so
// meetings several articles report are checked too) must conform to ontology/shapes.ttl, a hand-written graph using every contract term must
// conform, and each graph in tests/data/shacl/broken/ must be rejected by exactly the shape
// its first line names ("# violates: dsh:Name").
//
// usage: node run_shacl.mjs PARLEY REPO_ROOT
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const [parley, root] = process.argv.slice(2);
const DSH = 'https://w3id.org/parley/shapes#';
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

async function load(file) {
  return rdf.dataset().import(rdf.fromFile(file));
}

function describe(report) {
  return report.results
    .map((r) => `${r.sourceShape?.value} ${r.focusNode?.value} ${r.message.map((m) => m.value).join(' ')}`)
    .join('\n  ');
}

const shapes = await load(path.join(root, 'ontology/shapes.ttl'));
const validator = new SHACLValidator(shapes, { factory: rdf });
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-shacl-'));

// 1. The articles, as parley writes them.
for (const set of ['examples/articles', 'tests/data/unseen/articles', 'tests/data/dev/articles', 'tests/data/dev-check/articles']) {
  const out = path.join(tmp, set.replace(/\//g, '_') + '.nt');
  execFileSync(parley, ['convert', path.join(root, set), '-f', 'ntriples', '--provenance', 'mentions', '-q', '-o', out]);
  const report = await validator.validate(await load(out));
  check(report.conforms, `${set} conforms to shapes.ttl`, describe(report));
}

// 2. A graph using every term of the contract conforms.
const validReport = await validator.validate(await load(path.join(root, 'tests/data/shacl/valid.ttl')));
check(validReport.conforms, 'valid.ttl conforms', describe(validReport));

// 3. Each broken graph is rejected by its own shape, and by no other.
const brokenDir = path.join(root, 'tests/data/shacl/broken');
for (const name of fs.readdirSync(brokenDir).sort()) {
  const file = path.join(brokenDir, name);
  const expected = fs.readFileSync(file, 'utf8').split('\n')[0].replace(/^# violates: dsh:/, DSH).trim();
  const report = await validator.validate(await load(file));
  const shapesHit = new Set(report.results.map((r) => r.sourceShape?.value));
  check(!report.conforms && shapesHit.has(expected) && shapesHit.size === 1,
    `broken/${name} is rejected by ${expected} alone`, `got ${[...shapesHit].join(', ') || 'no violation'}`);
}

fs.rmSync(tmp, { recursive: true });
console.log(`shacl: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
