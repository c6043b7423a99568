// The HTML edition's accessibility check (tests/a11y/README.md): each file given is opened in
// the system's headless Chromium and checked with axe-core against WCAG 2.0 and 2.1, levels A
// and AA; it must also ask for nothing outside itself and read without sideways scrolling at
// 320 CSS pixels (WCAG 1.4.10: 1280 px at 400% zoom). Prints each problem and exits 1 when
// there is any, 2 when the check itself cannot run (no Chromium, no file).
//
//   node tests/a11y/check.js FILE.html...
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const chromium = process.env.ASCREPORT_CHROMIUM || '/usr/bin/chromium';
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function check(browser, file) {
  const problems = [];
  const page = await browser.newPage();
  // Anything the page asks for besides itself is a fault: the edition must be self-contained.
  await page.setRequestInterception(true);
  const url = 'file://' + path.resolve(file);
  page.on('request', (req) => {
    const u = req.url();
    if (u === url || u.startsWith('data:')) return req.continue();
    problems.push(`requests ${u}: the HTML edition must not fetch anything`);
    return req.abort();
  });
  await page.setJavaScriptEnabled(true);  // for axe only: the page itself has no script
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    (runTags) => window.axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] }),
    tags);
  for (const v of result.violations) {
    for (const node of v.nodes)
      problems.push(`axe ${v.id} (${v.impact}): ${v.help}: ${node.target.join(' ')}\n    ${node.failureSummary.replace(/\n/g, '\n    ')}`);
  }
  // Reflow: at 320 CSS pixels nothing but a table's own scroll region may be wider than the page.
  await page.setViewport({ width: 320, height: 900 });
  const wide = await page.evaluate(() => {
    const out = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1)
      out.push(`the page is ${document.documentElement.scrollWidth} px wide at 320 px`);
    return out;
  });
  for (const w of wide) problems.push(`reflow: ${w}`);
  await page.close();
  return { problems, rules: result.passes ? result.passes.length : 0 };
}

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node tests/a11y/check.js FILE.html...');
    process.exit(2);
  }
  for (const f of files) {
    if (!fs.existsSync(f)) {
      console.error(`a11y check: ${f}: no such file`);
      process.exit(2);
    }
  }
  if (!fs.existsSync(chromium)) {
    console.error(`a11y check: ${chromium} is missing: install the Debian package chromium (scripts/install-deps does)`);
    process.exit(2);
  }
  const args = ['--headless=new', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: chromium, args });
  } catch (e) {
    console.error(`a11y check: cannot start ${chromium}: ${e.message}`);
    process.exit(2);
  }
  let failed = 0;
  try {
    for (const f of files) {
      const { problems } = await check(browser, f);
      console.log(`${f}: ${problems.length} violations (axe-core ${require('axe-core/package.json').version}, ${tags.join(' ')}; reflow at 320 px; no requests)`);
      for (const p of problems) console.log('  ' + p);
      if (problems.length) failed++;
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(`a11y check: ${e.stack || e}`);
  process.exit(2);
});
