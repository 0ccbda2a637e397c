// Renders Mermaid files with Mermaid itself (from npm, loaded from disk) in Chromium: GitHub's renderer is Mermaid,
// so a file it refuses would show as an error box there. Usage: node mermaid-check.js MERMAID_JS SHOTS FILE...
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require(process.env.PLAYWRIGHT_CORE);

(async () => {
  const [mermaidJs, shots, ...files] = process.argv.slice(2);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stepwise-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM, headless: true, args: JSON.parse(process.env.CHROMIUM_FLAGS),
    viewport: {width: 1200, height: 1200},
  });
  await context.route('**/*', route => route.request().url().startsWith('file:') || route.request().url() === 'about:blank'
    ? route.continue() : route.abort());
  const results = {};
  try {
    const page = await context.newPage();
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({path: mermaidJs});
    await page.evaluate(() => mermaid.initialize({startOnLoad: false, securityLevel: 'strict'}));
    for (const [index, file] of files.entries()) {
      const text = fs.readFileSync(file, 'utf8');
      results[path.basename(file)] = await page.evaluate(async ([id, text]) => {
        try {
          const {svg} = await mermaid.render(id, text);
          document.getElementById('out').innerHTML = svg;
          return {ok: true, nodes: document.querySelectorAll('#out .node').length,
            clusters: document.querySelectorAll('#out .cluster').length,
            edges: document.querySelectorAll('#out .edgePaths path, #out path.flowchart-link').length};
        } catch (error) {
          return {ok: false, error: String(error && error.message || error)};
        }
      }, ['graph' + index, text]);
      await page.screenshot({path: path.join(shots, 'mermaid-' + path.basename(file, '.mmd') + '.png'),
        fullPage: true});
    }
  } finally {
    await context.close();
    fs.rmSync(profile, {recursive: true, force: true});
  }
  console.log(JSON.stringify(results));
})().catch(error => { console.error(error); process.exit(1); });
