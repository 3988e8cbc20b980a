#!/usr/bin/env node
// Projects the land of Natural Earth's 1:110m countries (the world-atlas npm package, public
// domain data) once into an SVG path, in the equirectangular projection `parley publish` places
// meetings with: x = (longitude + 180) * 960 / 360, y = (90 - latitude) * 480 / 180, a 960 x 480
// view box. Run once; the output is committed and embedded in the binary, so a published site
// needs no network and no tile server.
//
//   npm ci --prefix scripts/world-map && node scripts/world-map/project_world_outline.mjs > publish/world-land-110m.svgpath
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { geoEquirectangular, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const world = JSON.parse(fs.readFileSync(require.resolve('world-atlas/land-110m.json'), 'utf8'));
const land = feature(world, world.objects.land);
const projection = geoEquirectangular().scale(960 / (2 * Math.PI)).translate([480, 240]);
const d = geoPath(projection).digits(1)(land);
process.stdout.write('# The land of the world: Natural Earth 1:110m (public domain), by way of the world-atlas npm\n');
process.stdout.write('# package 2.0.2 (ISC); projected by scripts/world-map/project_world_outline.mjs, equirectangular,\n');
process.stdout.write('# 960 x 480. The last line is the path\'s d attribute.\n');
process.stdout.write(d + '\n');
