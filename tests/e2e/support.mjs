// Shared helpers for the end-to-end tests: serve dist/ on a free loopback port, start
// Debian's Chromium headless, collect console errors, and run axe-core in the page.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
};

/**
 * Serves dist/ like a plain static host: an ETag with every file, `Cache-Control:
 * no-cache` (the browser asks again, and a 304 answers when nothing changed). Returns
 * { url, close }. Options, for the benchmark's phone profile: `gzip` compresses what the
 * browser accepts compressed (as hosts do); `latency` (ms) delays every response; `rate`
 * (bytes per second) is one link that all responses share, so the service worker's
 * fetches are slowed like the page's. `dir` serves another build than dist/ (to compare
 * two builds side by side in one benchmark run).
 */
export async function serveDist({ gzip = false, latency = 0, rate = 0, dir = dist } = {}) {
  let linkFreeAt = 0;
  // Compressed once per file (a host keeps them ready too); compressing a wasm file on
  // every request would hold up the server, and every other response with it.
  const compressed = new Map();
  const send = async (res, body) => {
    if (!rate) return res.end(body);
    const chunk = 8192;
    for (let at = 0; at < body.length; at += chunk) {
      const part = body.subarray(at, at + chunk);
      const start = Math.max(Date.now(), linkFreeAt);
      linkFreeAt = start + (part.length / rate) * 1000;
      await new Promise((resolve) => setTimeout(resolve, linkFreeAt - Date.now()));
      res.write(part);
    }
    res.end();
  };
  // Every path asked for and when, in order: the server sees the service worker's
  // fetches too, which the page's request events do not.
  const requested = [];
  const server = createServer(async (req, res) => {
    requested.push({ path: new URL(req.url, 'http://x').pathname, at: Date.now() });
    if (latency) await new Promise((resolve) => setTimeout(resolve, latency));
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      const headers = {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
      };
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers).end();
        return;
      }
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) compressed.set(file, gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      await send(res, body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requested, close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(r); }) };
}

export const chromiumArgs = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs });
}

/**
 * Records in `errors` every console error, page error and Content Security Policy
 * violation (the page's own policy, which every view must keep) of a page.
 */
export function watch(page, errors) {
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  page.on('console', (msg) => { if (msg.text().startsWith('CSP violation:')) errors.push(msg.text()); });
  return page;
}

/** Reports every `securitypolicyviolation` of a context's pages on the console. */
export async function reportViolations(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.log(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
}

/** A new page that records console errors, page errors and CSP violations in `page.errors`. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  await reportViolations(context);
  const page = await context.newPage();
  page.errors = [];
  watch(page, page.errors);
  return page;
}

/**
 * Waits until an async predicate, evaluated in the page, resolves to a truthy value.
 * (`page.waitForFunction` takes the promise an async function returns as truthy at once.)
 */
export async function waitForAsync(page, predicate, { timeout = 30000, what = 'the condition' } = {}) {
  const until = Date.now() + timeout;
  while (!(await page.evaluate(predicate))) {
    if (Date.now() > until) throw new Error(`gave up after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const axeSource = await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page and returns its violations (WCAG 2.x A and AA, best practice).
 * Evaluated by the test driver, not added as a script: the page's security policy admits
 * no inline script but its own.
 */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Saves a screenshot under tests/e2e/screenshots/ for a person to look at. */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(root, 'tests/e2e/screenshots', `${name}.png`), fullPage: false });
}

/** Answers the question on screen by keyboard (option `key`) and moves on. */
export async function answerOne(page, key = '1') {
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  await page.keyboard.press(key);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
  await page.keyboard.press('Enter');
}

/** Plays `n` questions of a fresh round of 5 by keyboard, choosing option `key` each time. */
export async function play(page, base, n, key = '1') {
  await page.goto(`${base}#/practice`);
  await page.locator('#round-size').selectOption('5');
  await page.getByRole('button', { name: 'Start' }).first().click();
  for (let i = 0; i < n; i++) await answerOne(page, key);
}

/** The answer count the progress page shows. */
export async function shownAnswers(page, base) {
  await page.goto(`${base}#/progress`);
  await page.locator('.stats').waitFor();
  return Number(await page.locator('.stats li strong').first().innerText());
}
