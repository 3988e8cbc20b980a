#!/usr/bin/env node
// Derives ontology/lexicon/given-names.txt from the first names the gender-detection-from-name
// npm package carries (English, French, Spanish, Italian, German and Turkish lists; MIT licence,
// © 2019 Davide Violante): every name of two letters or more, lower case, without marks, with
// its gender (f, m, or - where the lists disagree: "andrea", "jean"), one per line in byte
// order, as knowledge/sorted_words.hpp searches it; less the words that are common
// nouns of English (ontology/lexicon/common-nouns.txt: "will", "grant", "rose") or words of the
// lexicon's closed classes (sentence starters, determiners, minor words of title case: "the",
// "so", "any"), which a capitalized word may be without naming anyone. Run once; the output is
// committed.
//
//   npm ci --prefix scripts/given-names && node scripts/given-names/derive_given_names.js > ontology/lexicon/given-names.txt
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(path.dirname(require.resolve('gender-detection-from-name/package.json')), 'names');
const lexicon = path.join(__dirname, '..', '..', 'ontology', 'lexicon');
const words = new Set();
for (const file of ['common-nouns.txt', 'sentence-starters.tsv', 'determiners.tsv', 'title-case-minor-words.tsv']) {
  const lines = fs.readFileSync(path.join(lexicon, file), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  for (const line of lines.slice(1)) words.add(line.split('\t')[0].toLowerCase());
}
const names = new Map();  // name -> 'f', 'm' or '-'

for (const file of fs.readdirSync(dir).sort()) {
  const text = fs.readFileSync(path.join(dir, file), 'utf8');
  for (const m of text.matchAll(/\['([^']+)', '(female|male)'\]/g)) {
    const name = m[1].normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (!/^[a-z][a-z-]+$/.test(name) || words.has(name)) continue;
    const gender = m[2] === 'female' ? 'f' : 'm';
    names.set(name, names.has(name) && names.get(name) !== gender ? '-' : gender);
  }
}
const lines = [...names].map(([name, gender]) => name + '\t' + gender);
const sorted = lines.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
process.stdout.write('# Given names (first names) from the lists of the gender-detection-from-name npm package\n' +
                     '# 1.11.5 (MIT licence, (c) 2019 Davide Violante), lower case, without marks, in byte order,\n' +
                     '# with their gender: f, m, or - where the lists disagree;\n' +
                     '# derived by scripts/given-names/derive_given_names.js.\n' +
                     'word\tgender\n' + sorted.join('\n') + '\n');
