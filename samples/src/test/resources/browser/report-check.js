// Opens execution reports in Chromium (no network), reads what each state shows, clicks states and keeps
// screenshots. Usage: node report-check.js SHOTS_DIR REPORT.html:STATE[,STATE...] ... ; prints one JSON document.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

(async () => {
  const [shots, ...reports] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, headless: true, args: JSON.parse(process.env.CHROMIUM_FLAGS),
    viewport: {width: 1400, height: 1000},
  });
  const requests = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith('file:')) { return route.continue(); }
    requests.push(url);
    return route.abort();
  });
  const results = {};
  try {
    for (const spec of reports) {
      const [file, clicks] = spec.split(':');
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', error => errors.push(String(error)));
      await page.goto('file://' + path.resolve(file));
      await page.waitForSelector('.sw-graph g.state[data-status]');
      const states = await page.$$eval('.sw-graph g.state', groups => groups.map(g => ({
        name: g.getAttribute('data-state'), status: g.getAttribute('data-status'),
        fill: getComputedStyle(g.querySelector('rect.frame')).fill,
        badge: g.querySelector('.badge') ? g.querySelector('.badge').textContent : null})));
      const lanes = await page.$$eval('.timeline .lane', lanes => lanes.map(l => ({
        label: l.getAttribute('data-lane'), indent: parseInt(l.querySelector('.lane-label').style.paddingLeft, 10),
        bars: Array.from(l.querySelectorAll('.bar')).map(b => b.textContent)})));
      const rows = await page.$$eval('table.history tbody tr', rows => rows.length);
      const base = path.basename(file, '.html');
      await page.screenshot({path: path.join(shots, base + '.png'), fullPage: true});
      const details = {};
      for (const name of (clicks || '').split(',').filter(Boolean)) {
        await page.click(`.sw-graph g.state[data-state="${name}"] > text.name`);
        await page.waitForFunction(n => document.querySelector('.details h2')
          && document.querySelector('.details h2').textContent === n, name);
        details[name] = await page.$eval('.details', panel => ({
          status: panel.querySelector('p.status').getAttribute('data-status'),
          text: panel.innerText}));
        await page.screenshot({path: path.join(shots, base + '-' + name.replace(/\W+/g, '_') + '.png')});
      }
      results[base] = {states, lanes, rows, details, errors};
      await page.close();
    }
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  console.log(JSON.stringify({reports: results, requests}));
})().catch(error => { console.error(error); process.exit(1); });
