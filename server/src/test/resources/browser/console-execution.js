// Opens one finished execution in the console (its address in the hash), clicks every state's name and prints what
// each state shows, the timeline's lanes, and the errors the page threw or logged and any dialog a script opened.
// Usage: node console-execution.js BASE_URL HASH ; prints one JSON document.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

(async () => {
  const [base, hash] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, headless: true, args: JSON.parse(process.env.CHROMIUM_FLAGS),
  });
  await context.route('**/*', route => route.request().url().startsWith(base) ? route.continue() : route.abort());
  const errors = [];
  const dialogs = [];
  const states = Object.create(null);
  let lanes = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', error => errors.push(String(error)));
    page.on('console', message => { if (message.type() === 'error') { errors.push(message.text()); } });
    page.on('dialog', dialog => { dialogs.push(dialog.message()); dialog.dismiss(); });
    await page.goto(base + '/#' + hash);
    await page.waitForSelector('#execution .report[data-events] .sw-graph g.state[data-status]', {timeout: 30000});
    for (const group of await page.$$('#execution .sw-graph g.state')) {
      const name = await group.getAttribute('data-state');
      await (await group.$(':scope > text.name')).click({force: true});
      states[name] = {status: await group.getAttribute('data-status'),
        details: await page.$eval('#execution .details', panel => panel.innerText)};
    }
    lanes = await page.$$eval('#execution .timeline .lane', all => all.map(lane => lane.getAttribute('data-lane')));
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  console.log(JSON.stringify({states, lanes, errors, dialogs}));
})().catch(error => { console.error(error); process.exit(1); });
