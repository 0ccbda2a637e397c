// Drives the console in Chromium (no network beyond the endpoint on 127.0.0.1): lists executions, follows one to
// its end, stops another. Usage: node console-check.js BASE_URL SHOTS_DIR ; prints one JSON document.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

(async () => {
  const [base, shots] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, headless: true, args: JSON.parse(process.env.CHROMIUM_FLAGS),
    viewport: {width: 1400, height: 1000},
  });
  const elsewhere = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(base)) { return route.continue(); }
    elsewhere.push(url);
    return route.abort();
  });
  const result = {elsewhere};
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', error => errors.push(String(error)));
  // what the browser's console shows a user as an error too: a request the page made that failed (a favicon)
  page.on('console', message => { if (message.type() === 'error') { errors.push(message.text()); } });
  page.on('response', response => { if (response.status() >= 400) { errors.push(response.status() + ' ' + response.url()); } });
  result.errors = errors;
  const statuses = () => page.$$eval('#execution .sw-graph g.state', gs => Object.fromEntries(
    gs.map(g => [g.getAttribute('data-state'), g.getAttribute('data-status')])));
  try {
    await page.goto(base + '/');
    await page.waitForSelector('#machine-list a[data-arn]');
    result.machines = await page.$$eval('#machine-list a', links => links.map(a => a.firstChild.textContent));

    // one execution started now, followed from running to its end
    await page.click('#machine-list a:text-is("Waiting")');
    const machine = await (await page.waitForSelector('#machine-list a.selected')).getAttribute('data-arn');
    await page.evaluate(arn => fetch('/', {method: 'POST', headers: {'X-Amz-Target': 'AWSStepFunctions.StartExecution',
      'Content-Type': 'application/x-amz-json-1.0'}, body: JSON.stringify({stateMachineArn: arn, name: 'followed',
      input: '{"n": 1}'})}), machine);
    await page.waitForSelector('#execution-list tr[data-name="followed"]');
    result.revisions = await page.$eval('#revisions', box => box.textContent);
    result.listed = await page.$$eval('#execution-list tr[data-name]', rows => rows.map(r => r.getAttribute('data-name')));
    await page.screenshot({path: path.join(shots, 'console-executions.png')});
    await page.click('#execution-list tr[data-name="followed"]');
    await page.waitForSelector('#execution .report[data-status="RUNNING"] .sw-graph g.state[data-status="running"]');
    result.whileRunning = await statuses();
    await page.screenshot({path: path.join(shots, 'console-running.png'), fullPage: true});
    await page.waitForSelector('#execution .report[data-status="SUCCEEDED"]', {timeout: 30000});
    await page.waitForFunction(() => !document.querySelector('#execution .sw-graph g.st-running'));
    result.finished = await statuses();
    result.historyRows = await page.$$eval('#execution table.history tbody tr', rows => rows.length);
    result.times = await page.$$eval('#execution table.history tbody tr td:nth-child(3)', cells => cells.map(c => c.textContent));
    result.axis = await page.$eval('#execution .timeline .axis', axis => axis.textContent);
    result.lanes = await page.$$eval('#execution .timeline .lane', lanes => lanes.map(l => l.getAttribute('data-lane')));
    await page.click('#execution .sw-graph g.state[data-state="Pause"] > text.name');
    result.details = await page.$eval('#execution .details', panel => panel.innerText);
    await page.screenshot({path: path.join(shots, 'console-finished.png'), fullPage: true});

    // another one, stopped from the page
    // the machine and the filter picked in one go, before the page has handled the click's change of address
    await page.evaluate(() => {
      Array.from(document.querySelectorAll('#machine-list a')).find(a => a.firstChild.textContent === 'Forever').click();
      const filter = document.getElementById('status-filter');
      filter.value = 'RUNNING';
      filter.dispatchEvent(new Event('change'));
    });
    await page.waitForSelector('#execution-list tr[data-name="stuck"]');
    result.runningFilter = await page.$$eval('#execution-list tr[data-name]', rows => rows.map(r => r.getAttribute('data-name')));
    await page.click('#execution-list tr[data-name="stuck"]');
    await page.waitForSelector('#execution .report[data-status="RUNNING"]');
    await page.waitForFunction(() => !document.getElementById('stop').disabled);
    await page.click('#stop');
    await page.waitForSelector('#execution .report[data-status="ABORTED"]', {timeout: 15000});
    await page.waitForSelector('#execution .sw-graph g.state[data-status="aborted"]');
    result.stopped = await statuses();
    result.detailsAfterSwitch = await page.$eval('#execution .details', panel => panel.innerText);
    result.redriveEnabled = await page.$eval('#redrive', b => !b.disabled);
    result.failure = await page.$eval('#execution-failure', f => f.textContent);
    await page.screenshot({path: path.join(shots, 'console-stopped.png'), fullPage: true});
    // and redriven: it runs again from the state it was stopped in
    await page.click('#redrive');
    await page.waitForSelector('#execution .report[data-status="RUNNING"]', {timeout: 15000});
    result.redriven = await page.$eval('#execution-meta', meta => meta.textContent);
    await page.selectOption('#status-filter', 'SUCCEEDED');
    await page.waitForSelector('#execution-list td:text("No executions SUCCEEDED")');
    result.succeededFilter = await page.$$eval('#execution-list tr[data-name]', rows => rows.length);
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  console.log(JSON.stringify(result));
})().catch(error => { console.error(error); process.exit(1); });
