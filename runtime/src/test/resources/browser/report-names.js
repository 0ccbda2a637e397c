// Opens one execution report in Chromium with the network cut off, clicks every state's name, and prints what each state
// shows, the errors the page threw and any dialog a script opened. Usage: node report-names.js REPORT.html
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

(async () => {
  const file = path.resolve(process.argv[2]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, headless: true, args: JSON.parse(process.env.CHROMIUM_FLAGS),
  });
  await context.route('**/*', route => route.request().url().startsWith('file:') ? route.continue() : route.abort());
  const errors = [];
  const dialogs = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', error => errors.push(String(error)));
    page.on('dialog', dialog => { dialogs.push(dialog.message()); dialog.dismiss(); });
    await page.goto('file://' + file);
    await page.waitForTimeout(300);
    const states = Object.create(null); // a state may be named __proto__
    for (const group of await page.$$('.sw-graph g.state')) {
      const name = await group.getAttribute('data-state');
      // its name, as a person clicks it: a Map's or Parallel's middle is one of the states inside it
      await (await group.$(':scope > text.name')).click({force: true});
      states[name] = {status: await group.getAttribute('data-status'),
        details: await page.$eval('.details', panel => panel.innerText)};
    }
    const rows = await page.$$eval('table.history tbody tr', rows => rows.length);
    const tallestRow = await page.$$eval('table.history tbody tr',
      rows => Math.max(...rows.map(row => row.getBoundingClientRect().height)));
    const historyText = await page.$eval('table.history', table => table.textContent.length);
    const lanes = await page.$$eval('.timeline .lane', lanes => lanes.map(lane => ({label: lane.getAttribute('data-lane'),
      bars: Array.from(lane.querySelectorAll('.bar'), bar => bar.getAttribute('data-state') + ' ' + bar.className)})));
    console.log(JSON.stringify({states, rows, tallestRow, historyText, lanes, errors, dialogs}));
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
})().catch(error => { console.error(error); process.exit(1); });
