// The app as a web platform citizen: a strict Content Security Policy that no view breaks,
// installable as an app, the page shown at first paint (only an English reader waits for
// the switch), and nothing that moves when the reader or a part starts. Release build,
// headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist, launch, newPage, chromiumArgs } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the page carries a strict security policy, and no view breaks it', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const part of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval' 'sha256-", "style-src 'self';",
    "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(policy.includes(part), `${part} in ${policy}`);
  }
  assert.ok(!policy.includes('unsafe-inline'));
  // Every view, in both languages: the chapter, practice, a question and its feedback, the
  // result, progress, the console through a revealed scenario, and the audience window.
  await page.locator('.card').first().waitFor();
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('.lang-switch').click();
  await page.goto(`${server.url}#/practice`);
  await page.locator('#round-size').selectOption('5');
  await page.getByRole('button', { name: 'Start' }).first().click();
  for (let i = 0; i < 5; i++) {
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    await page.keyboard.press('Enter');
  }
  await page.locator('#result-title').waitFor();
  await page.goto(`${server.url}#/progress`);
  await page.locator('.stats').waitFor();
  await page.goto(`${server.url}#/workshop`);
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.locator('#console-question').waitFor();
  const audience = await page.context().newPage();
  const audienceErrors = [];
  audience.on('console', (m) => { if (m.type() === 'error' || m.text().startsWith('CSP violation:')) audienceErrors.push(m.text()); });
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-question').waitFor();
  await page.locator('body').press('r');
  await audience.locator('.audience-options.revealed').waitFor();
  assert.deepEqual(page.errors, [], 'no violation and no error in the app');
  assert.deepEqual(audienceErrors, [], 'none on the projector');
  await page.context().close();
});

test('Chromium reports the app as installable', async () => {
  // Installing needs a browser profile of its own (not an incognito-like context).
  const profile = await mkdtemp(join(tmpdir(), 'dmu-install-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: chromiumArgs,
  });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.display, 'standalone');
  assert.deepEqual(manifest.icons.map((i) => i.sizes).sort(), ['192x192', '512x512', '512x512']);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const cdp = await page.context().newCDPSession(page);
  let errors = [];
  for (let i = 0; i < 50; i++) {
    ({ installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors'));
    if (errors.length === 0) break;
    await page.waitForTimeout(200);
  }
  assert.deepEqual(errors, [], 'no installability errors');
  await context.close();
  await rm(profile, { recursive: true, force: true });
});

test('a Dutch page shows at first paint; an English reader waits for the switch and never sees Dutch', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    // What the page looked like when the parser reached the end of <body>.
    document.addEventListener('DOMContentLoaded', () => {
      window.firstPaint = { booting: document.documentElement.classList.contains('booting') };
    });
  });
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  assert.deepEqual(await page.evaluate(() => window.firstPaint), { booting: false }, 'Dutch is not hidden');

  // An English reader: hidden until the reader has put the page in English.
  await page.evaluate(() => localStorage.setItem('dmu-trainer.lang', 'en'));
  const seen = [];
  await page.exposeFunction('sawHeading', (lang, text) => seen.push(`${lang}:${text}`));
  await page.addInitScript(() => {
    const look = () => {
      const heading = document.querySelector('#chapter h1');
      const visible = heading && getComputedStyle(heading).display !== 'none' && !document.documentElement.classList.contains('booting');
      if (visible) window.sawHeading(document.documentElement.lang, heading.textContent);
      else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.reload();
  await page.locator('html[lang=en]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => !document.documentElement.classList.contains('booting'));
  await page.waitForTimeout(200);
  assert.ok(seen.length > 0 && seen.every((s) => s.startsWith('en:')), `first visible heading: ${seen}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('nothing moves when the reader and the practice part start', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  await page.waitForLoadState('networkidle');
  const chapter = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  await page.goto(`${server.url}#/practice`);
  await page.reload();
  await page.locator('#practice-title').waitFor();
  await page.waitForTimeout(500);
  const practice = await page.evaluate(() => window.shifts.reduce((a, b) => a + b, 0));
  assert.ok(chapter < 0.02, `chapter layout shift ${chapter}`);
  assert.ok(practice < 0.02, `practice layout shift ${practice}`);
  await page.context().close();
});

test('settings an earlier version kept as JSON move to plain values once, and the learner continues there', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  await page.evaluate(() => {
    localStorage.removeItem('dmu-trainer.lang');
    localStorage.removeItem('dmu-trainer.last');
    localStorage.setItem('dmu-trainer.prefs', '{"v":1,"data":{"lang":"en","last":"#/progress"}}');
  });
  await page.goto(server.url);
  await page.locator('html[lang=en]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => location.hash === '#/progress');
  await page.locator('#progress-title', { hasText: 'Progress' }).waitFor();
  const stored = await page.evaluate(() => [localStorage.getItem('dmu-trainer.lang'), localStorage.getItem('dmu-trainer.prefs')]);
  assert.deepEqual(stored, ['en', null]);
  // A stored place that is not one of the app's is never followed.
  await page.evaluate(() => localStorage.setItem('dmu-trainer.last', '/elsewhere.html'));
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  assert.equal(new URL(page.url()).pathname, '/');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('while a part downloads, a menu page\'s own heading stands in, nowhere another page\'s, and the projector never shows the menu', async () => {
  // Before the reader runs (the boot script and the stylesheet decide), then once it runs.
  // The boot script reads the places from the page (data-places, from dmu_core::route).
  const places = [['#/workshop', ['workshop']], ['#/workshop/audience', []], ['#/sets', ['sets']], ['#/sets/editor', []], ['#/quiz', []],
    ['#/oefenen/', ['practice']], ['#/oefenen/koper', []], ['#/voortgang/x?y', ['progress']], ['#/mijn-sets?x', ['sets']]];
  for (const [hash, expected] of places) {
    const page = await newPage(browser);
    const gate = () => { let open; const shut = new Promise((r) => { open = r; }); return { open, shut }; };
    const reader = gate();
    const part = gate();
    await page.route(/dmu-reader-[^/]*_bg\.wasm$/, async (route) => { await reader.shut; await route.continue(); });
    await page.route(/dmu-(practice|progress|workshop|sets)-/, async (route) => { await part.shut; await route.continue(); });
    const standIns = () => page.evaluate(() => [...document.querySelectorAll('[data-loading]')]
      .filter((e) => e.checkVisibility()).map((e) => e.getAttribute('data-loading')));
    await page.goto(`${server.url}${hash}`, { waitUntil: 'domcontentloaded' });
    assert.ok(await page.locator('#part-loading').isVisible(), `${hash}: the loading line, before the reader`);
    assert.deepEqual(await standIns(), expected, `${hash}, before the reader runs`);
    const projector = hash === '#/workshop/audience';
    assert.equal(await page.locator('header.site-header').isVisible(), !projector, `${hash}: the menu, before the reader`);
    reader.open();
    await page.locator('#boot').waitFor({ state: 'detached' });
    assert.ok(await page.locator('#part-loading').isVisible(), `${hash}: the loading line, with the reader`);
    assert.deepEqual(await standIns(), expected, `${hash}, once the reader runs`);
    assert.equal(await page.locator('header.site-header').isVisible(), !projector, `${hash}: the menu, with the reader`);
    part.open();
    await page.context().close();
  }
});

test('a deep link to practice never shows the chapter first', async () => {
  const page = await newPage(browser);
  const shown = [];
  await page.exposeFunction('sawChapter', () => shown.push('chapter'));
  await page.addInitScript(() => {
    const look = () => {
      const chapter = document.getElementById('chapter');
      if (chapter && chapter.checkVisibility()) window.sawChapter();
      if (!document.getElementById('practice-title')) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(`${server.url}#/practice`);
  await page.locator('#practice-title').waitFor();
  assert.deepEqual(shown, [], 'the chapter was never on screen');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
