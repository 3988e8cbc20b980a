// A published parley site in headless Chromium (Debian's, driven by puppeteer-core), served by
// the nginx tests/publish/test_publish.py starts: what the pages show, not what the files hold.
// - index.html shows the dataset's triple and entity counts (as VoID gives them), the picture
//   (an inline SVG with meeting and actor nodes), and a search box that finds a label;
// - an entity page and a meeting page show their label as the heading;
// - on each page every same-origin link answers 200, and every link out is a well-formed
//   http(s) URL (tests reach nothing but 127.0.0.1, so those are not fetched);
// - a country's page draws its meetings per year as bars whose rendered heights are in
//   proportion to the counts the test took from the dumps (YEARS, a JSON object year -> count),
//   and the index lists the pair of countries that met most (PAIR_MOST meetings) first;
// - map.html draws one mark per place the test found placed meetings at (PLACES), on the land,
//   and every mark's link answers 200;
// - the picture's filter: picking a country shows its meetings only (as many as the test counts
//   in network.dot), each beside that country, and crops the picture to them; labels are drawn
//   10 px high or more; a range of one year shows that year's meetings only (FILTERS: [country,
//   meetings, year, meetings]);
// - screenshots go to SCREENSHOT_DIR.
//
// usage: node check_site.mjs SITE_IRI SCREENSHOT_DIR TRIPLES ENTITIES LABEL PERSON_IRI MEETING_IRI
//        COUNTRY_IRI YEARS PAIR_MOST PLACES FILTERS
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const [site, shots, triples, entities, label, person, meeting, country, years, pairMost, places, filters] = process.argv.slice(2);
let failed = 0;
let passed = 0;
function check(ok, what) {
  if (ok) {
    passed += 1;
  } else {
    failed += 1;
    console.log(`FAIL ${what}`);
  }
}

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
const checkedLinks = new Map();

async function checkLinks(page, name) {
  // HTML anchors here; an SVG <a> (the picture's, the map's) has no string href and comes next.
  const hrefs = await page.$$eval('a[href]', (as) => as.filter((a) => !(a instanceof SVGElement)).map((a) => a.href));
  const svgHrefs = await page.$$eval('svg a', (as) =>
    as.map((a) => new URL(a.getAttribute('href') || a.getAttribute('xlink:href'), document.baseURI).href));
  const origin = new URL(site).origin;
  let local = 0;
  for (const href of [...hrefs, ...svgHrefs]) {
    let url;
    try {
      url = new URL(href);
    } catch {
      check(false, `${name}: malformed link ${href}`);
      continue;
    }
    if (url.origin === origin) {
      local += 1;
      const target = url.href.split('#')[0];
      if (!checkedLinks.has(target)) {
        const r = await fetch(target, { headers: { Accept: 'text/html' } });
        checkedLinks.set(target, r.status);
      }
      check(checkedLinks.get(target) === 200, `${name}: ${target} answers ${checkedLinks.get(target)}`);
    } else {
      check(['http:', 'https:'].includes(url.protocol) && url.hostname.includes('.'), `${name}: link out ${href}`);
    }
  }
  check(local > 0, `${name}: has same-origin links`);
  return local;
}

try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const response = await page.goto(site, { waitUntil: 'networkidle0' });
  check(response.status() === 200, 'index answers 200');
  const count = (id) => page.$eval(`#count-${id} td`, (td) => td.dataset.count);
  check((await count('triples')) === triples, `index shows ${triples} triples`);
  check((await count('entities')) === entities, `index shows ${entities} entities`);
  const shown = await page.$eval('#count-triples td', (td) => td.innerText);
  check(shown.replace(/,/g, '') === triples, `triples shown as ${shown}`);
  const picture = await page.$eval('#network svg', (svg) => ({
    meetings: svg.querySelectorAll('g.node.meeting').length,
    actors: svg.querySelectorAll('g.node.person, g.node.country, g.node.organization').length,
    width: svg.getBoundingClientRect().width,
  }));
  check(picture.meetings > 0 && picture.actors > 0 && picture.width > 100, `picture shown: ${JSON.stringify(picture)}`);
  await page.screenshot({ path: path.join(shots, 'publish-index.png'), fullPage: false });
  const linksOnIndex = await checkLinks(page, 'index');

  // The search box finds the label, and its result leads to the entity's page.
  await page.waitForSelector('#search[data-ready="true"]');
  await page.type('#search', label.slice(0, Math.max(4, label.length - 2)));
  await page.waitForFunction(
    (l) => [...document.querySelectorAll('#results a')].some((a) => a.textContent === l), { timeout: 10000 }, label);
  await page.screenshot({ path: path.join(shots, 'publish-search.png') });
  const result = await page.$$eval('#results a', (as, l) => as.find((a) => a.textContent === l).href, label);
  check(result.split('#')[0] === person, `search result for "${label}" leads to ${result}`);

  for (const [name, iri] of [['person', person], ['meeting', meeting]]) {
    const r = await page.goto(iri, { waitUntil: 'networkidle0' });
    check(r.status() === 200 && r.headers()['content-type'].startsWith('text/html'), `${name} page served as HTML`);
    const h1 = await page.$eval('h1', (h) => h.textContent);
    check(h1.length > 0, `${name} page heading: ${h1}`);
    if (name === 'person') check(h1 === label, `person page heading is ${label}`);
    const ld = await page.$eval('script[type="application/ld+json"]', (s) => JSON.parse(s.textContent));
    check(Array.isArray(ld) && ld[0]['@graph'].some((n) => n['@id'] === iri || iri.endsWith(n['@id'])),
          `${name} page embeds its JSON-LD`);
    await page.screenshot({ path: path.join(shots, `publish-${name}.png`), fullPage: false });
    await checkLinks(page, name);
  }
  // The busiest pair of countries heads the index's list.
  await page.goto(site, { waitUntil: 'networkidle0' });

  // The picture's filter, by country then by year.
  const [fCountry, fCountryMeetings, fYear, fYearMeetings] = JSON.parse(filters);
  await page.waitForSelector('#network-filter[data-ready="true"]');
  const labelHeight = (iri) => page.$$eval('#network g.node', (gs, i) => {
    const g = gs.find((n) => n.querySelector('title').textContent === i);
    return g.querySelector('text').getBoundingClientRect().height;
  }, iri);
  const before = await labelHeight(fCountry);
  const fullWidth = await page.$eval('#network svg', (svg) => svg.getBoundingClientRect().width);
  await page.select('#network-country', fCountry);
  const byCountry = await page.$eval('#network svg', (svg, c) => {
    const visible = (g) => g.style.display !== 'none';
    const meetings = [...svg.querySelectorAll('g.node.meeting')].filter(visible).map((g) => g.querySelector('title').textContent);
    const edges = [...svg.querySelectorAll('g.edge')].filter(visible).map((g) => g.querySelector('title').textContent);
    return { shown: svg.dataset.shown, meetings: meetings.length, beside: meetings.every((m) => edges.includes(`${m}--${c}`)) };
  }, fCountry);
  check(byCountry.meetings === fCountryMeetings && byCountry.shown === String(fCountryMeetings) && byCountry.beside,
        `country filter shows ${JSON.stringify(byCountry)}, ${fCountryMeetings} meetings of ${fCountry} in network.dot`);
  const after = await labelHeight(fCountry);
  check(before >= 10 && after >= 10, `labels are readable: ${before} px, filtered ${after} px`);
  const croppedWidth = await page.$eval('#network svg', (svg) => svg.getBoundingClientRect().width);
  check(croppedWidth < fullWidth, `the filtered picture is cropped to what it shows: ${fullWidth} px -> ${croppedWidth} px`);
  await page.$eval('#network-filter', (form) => form.scrollIntoView());
  await page.screenshot({ path: path.join(shots, 'publish-network-filter.png'), fullPage: false });
  await page.select('#network-country', '');
  await page.type('#network-from', fYear);
  await page.type('#network-to', fYear);
  const byYear = await page.$eval('#network svg', (svg) =>
    [...svg.querySelectorAll('g.node.meeting')].filter((g) => g.style.display !== 'none').length);
  check(byYear === fYearMeetings, `year filter shows ${byYear} meetings, ${fYearMeetings} dated ${fYear} in the dumps`);
  const firstPair = await page.$eval('#pairs li', (li) => li.dataset.meetings);
  check(firstPair === pairMost, `busiest pair shown with ${firstPair} meetings, ${pairMost} in the dumps`);

  // A country's timeline: one bar per year, its height in proportion to the dumps' count.
  const r = await page.goto(country, { waitUntil: 'networkidle0' });
  check(r.status() === 200, 'country page answers 200');
  const bars = await page.$$eval('#meetings-per-year rect.bar', (rs) =>
    rs.map((b) => ({ period: b.dataset.period, count: Number(b.dataset.count), height: b.getBoundingClientRect().height })));
  const expected = JSON.parse(years);
  check(JSON.stringify(bars.map((b) => [b.period, b.count])) === JSON.stringify(Object.entries(expected)),
        `country bars ${JSON.stringify(bars.map((b) => [b.period, b.count]))} are the dumps' ${years}`);
  const tallest = bars.reduce((a, b) => (b.count > a.count ? b : a), bars[0]);
  check(tallest && tallest.height > 20, `the tallest bar is drawn (${tallest && tallest.height} px)`);
  for (const b of bars) {
    const want = (tallest.height * b.count) / tallest.count;
    check(Math.abs(b.height - want) < 1, `bar ${b.period}: ${b.height} px for ${b.count}, ${want} expected`);
  }
  await page.screenshot({ path: path.join(shots, 'publish-country-timeline.png'), fullPage: false });
  await checkLinks(page, 'country');
  // The map: a mark per placed place, drawn inside the picture, each linking to a page that answers.
  const m = await page.goto(new URL('map.html', site).href, { waitUntil: 'networkidle0' });
  check(m.status() === 200, 'map answers 200');
  const map = await page.$eval('#map svg', (svg) => {
    const box = svg.getBoundingClientRect();
    const marks = [...svg.querySelectorAll('circle.mark')].map((c) => c.getBoundingClientRect());
    return {
      width: box.width,
      land: svg.querySelector('path.land').getBoundingClientRect().width,
      marks: marks.length,
      inside: marks.every((r) => r.width > 0 && r.left >= box.left - 20 && r.right <= box.right + 20 && r.top >= box.top - 20 && r.bottom <= box.bottom + 20),
    };
  });
  check(map.marks === Number(places), `map draws ${map.marks} marks, ${places} placed places in the dumps`);
  check(map.land > 0.9 * map.width && map.width > 500, `the land is drawn across the map: ${JSON.stringify(map)}`);
  check(map.inside, 'every mark lies within the map');
  await page.screenshot({ path: path.join(shots, 'publish-map.png'), fullPage: false });
  await checkLinks(page, 'map');
  console.log(`${linksOnIndex} same-origin links on the index; ${checkedLinks.size} distinct pages fetched`);
} catch (e) {
  failed += 1;
  console.log(`FAIL ${e.stack || e}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
