// The measuring half of scripts/bench: sizes of dist/ (per file and per thing a visitor
// opens), the largest items of each bundle (twiggy), cold loads on a mid-range phone
// profile, Lighthouse's mobile scores, and timings of answering and saving in headless
// Chromium. Figures, not pass/fail: tests must not depend on how busy the machine is.
//
// The phone profile: 150 ms per response and one 1.6 Mbit/s link shared by every response
// (at the test server, so that the service worker's fetches are slowed too), gzip served,
// the CPU slowed 4x, a 412x823 touch screen, every run in a fresh browser profile.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, newPage, chromiumArgs } from '../tests/e2e/support.mjs';

const runs = Number(process.env.BENCH_RUNS || 5);
const root = new URL('../', import.meta.url).pathname;
// BENCH_DIST=<folder> measures another build's dist/ (say, an older commit's, built in a
// worktree), for two builds compared on the same day: this machine's speed varies.
const dist = process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist');
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
// BENCH_ONLY=storage (or lighthouse, phone, answering) measures one part only.
const only = process.env.BENCH_ONLY;
const measure = (part) => !only || only === part;
const ms = (xs) => `median ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`;

// --- Sizes ---------------------------------------------------------------------------
console.log('\nfile                                                    raw KB   gzip KB  brotli KB');
const sizes = new Map();
const row = (label, s) => console.log(`${label.padEnd(54)}${kb(s.raw)}  ${kb(s.gz)}  ${kb(s.br)}`);
const walk = (dir, prefix = '') => readdirSync(dir).sort().flatMap((name) => {
  const path = join(dir, name);
  return statSync(path).isDirectory() ? walk(path, `${prefix}${name}/`) : [[`${prefix}${name}`, path]];
});
for (const [name, path] of walk(dist)) {
  const body = readFileSync(path);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes.set(name, { raw: body.length, gz, br });
  row(name, sizes.get(name));
}
const sum = (names) => names.reduce((t, n) => {
  const s = sizes.get(n) ?? { raw: 0, gz: 0, br: 0 };
  return { raw: t.raw + s.raw, gz: t.gz + s.gz, br: t.br + s.br };
}, { raw: 0, gz: 0, br: 0 });
const index = readFileSync(join(dist, 'index.html'), 'utf8');
const attr = (name) => new RegExp(`${name}="([^"]+)"`).exec(index)?.[1];
// A part: its glue, its wasm, and the snippets (small JS modules) its glue imports.
const part = (name) => {
  const glue = `${attr(`data-${name}`)}.js`;
  const snippets = [...new Set(readFileSync(join(dist, glue), 'utf8').match(/snippets\/[^'"]+\.js/g) ?? [])];
  return [glue, `${attr(`data-${name}`)}_bg.wasm`, ...snippets];
};
const content = { nl: attr('data-content-nl'), en: attr('data-content-en') };
console.log('');
row('opening practice adds: part + Dutch content', sum([...part('practice'), content.nl]));
console.log(`  = ${[...part('practice'), content.nl].join(' + ')}`);
// The other parts, as most of their openings go: the content is here already (kept by
// practice, or fetched ahead of need once the chapter was on screen).
// (A build from before the progress page had a part of its own has none.)
if (attr('data-progress')) {
  row('opening progress adds: the part (content already here)', sum(part('progress')));
  console.log(`  = ${part('progress').join(' + ')}`);
}
row('opening the workshop adds: the part (content already here)', sum(part('workshop')));
console.log(`  = ${part('workshop').join(' + ')}`);
row('  the same as the first page of a visit (a deep link): + Dutch content', sum([...part('workshop'), content.nl]));
// (A build from before issue 14, measured with BENCH_DIST, has no sets part.)
if (attr('data-sets')) {
  row('opening My sets adds: the part (content already here)', sum(part('sets')));
  console.log(`  = ${part('sets').join(' + ')} (the trainer's part, with the Markdown parser)`);
}
row('one language\'s content', sum([content.nl]));

// --- The largest items of each bundle (twiggy, on the wasm before wasm-opt, with names) --
const twiggy = join(process.env.HOME ?? '', '.cargo/bin/twiggy');
for (const bundle of ['dmu-reader', 'dmu-practice', 'dmu-progress', 'dmu-workshop', 'dmu-sets']) {
  const wasm = join(root, `target/wasm32-unknown-unknown/release/${bundle}.wasm`);
  if (!existsSync(twiggy) || !existsSync(wasm) || process.env.BENCH_DIST) break;
  const top = execFileSync(twiggy, ['top', '-n', '12', '--format', 'csv', wasm], { encoding: 'utf8' })
    .split('\n').slice(1).filter(Boolean)
    .map((line) => line.split(','))
    .filter(([name]) => !/custom section|names|__wasm_bindgen/.test(name))
    .slice(0, 8);
  console.log(`\n${bundle}: largest items (twiggy, bytes before wasm-opt)`);
  for (const [name, bytes] of top) console.log(`  ${bytes.padStart(7)}  ${name.slice(0, 110)}`);
}

// --- Lighthouse (mobile, its own simulated throttling) on a plain gzip server ----------
if (measure('lighthouse')) {
  const server = await serveDist({ gzip: true, dir: dist });
  const lighthouse = join(root, 'node_modules/.bin/lighthouse');
  for (const [label, path] of [['chapter', ''], ['practice page', '#/practice']]) {
    if (!existsSync(lighthouse)) break;
    const scores = [];
    for (let i = 0; i < 3; i++) {
      // Lighthouse starts its own Chromium (CHROME_PATH). Run without blocking: the server
      // it measures lives in this process.
      const { stdout: out } = await promisify(execFile)(lighthouse, [`${server.url}${path}`, '--output=json', '--quiet',
        '--only-categories=performance', `--chrome-flags=${chromiumArgs.join(' ')}`], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const report = JSON.parse(out);
      scores.push([report.categories.performance.score * 100, report.audits['cumulative-layout-shift'].numericValue]);
    }
    const perf = median(scores.map((s) => s[0]));
    const cls = median(scores.map((s) => s[1]));
    console.log(`\nLighthouse mobile, ${label}: performance ${perf.toFixed(0)}, CLS ${cls.toFixed(3)} (median of 3: ${scores.map((s) => `${s[0].toFixed(0)}/${s[1].toFixed(3)}`).join(', ')})`);
  }
  await server.close();
}

// --- Phone profile ---------------------------------------------------------------------
const phone = await serveDist({ gzip: true, latency: 150, rate: 200_000, dir: dist });
const browser = await launch();

/**
 * A fresh phone: a new context (no cache, no service worker), the CPU slowed 4x. The page
 * itself notes when the chapter's first role card is visible, and plays a learner who
 * practises (see `practise` below).
 */
async function phonePage() {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2.6 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(learner);
  return page;
}

/**
 * Runs in the page from its first script on. `__chapterAt`: when the first role card is
 * visible. `__practise()`: a learner who practises, timed from inside the page, checking
 * each frame: it waits until the practice page's first Start button is visible, clicks it
 * at once, and waits until the first question's options can be clicked. It gives the two
 * waits a learner lives through (until Start can be clicked; from that click until the
 * question can be answered), and leaves out the time a test driver spends finding
 * buttons by their accessible name, which on a slowed CPU and the long chapter page is
 * hundreds of milliseconds that no learner waits. A deep link to `#/practice` starts it at
 * once; "read, then practise" clicks "Oefenen" first.
 */
function learner() {
  const check = () => {
    const card = document.querySelector('.card');
    if (card && card.checkVisibility()) window.__chapterAt = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  window.__practise = (from) => new Promise((resolve) => {
    const start = () => [...document.querySelectorAll('#practice-root button')]
      .find((b) => b.textContent.trim() === 'Start' && !b.disabled && b.checkVisibility());
    const waitStart = () => {
      const button = start();
      if (!button) return requestAnimationFrame(waitStart);
      const startAt = performance.now();
      button.click();
      const waitQuestion = () => {
        const option = document.querySelector('fieldset.part label.option input:enabled');
        if (!option || !option.checkVisibility()) return requestAnimationFrame(waitQuestion);
        resolve({ page: startAt - from, question: performance.now() - startAt, total: performance.now() - from });
      };
      requestAnimationFrame(waitQuestion);
    };
    requestAnimationFrame(waitStart);
  });
  if (/^#\/practice$/.test(location.hash)) window.__deepLink = window.__practise(0);
}
/**
 * How fast this machine runs now: the same loop of JavaScript, not slowed, printed before
 * and after the phone profile. The phone figures scale with it (this VM's speed varies
 * from day to day, and within a run), so compare two runs' timings only beside their
 * references, and two builds only in one run (BENCH_DIST).
 */
async function reference() {
  const page = await browser.newPage();
  const loops = [];
  for (let i = 0; i < 5; i++) {
    loops.push(await page.evaluate(() => {
      const t = performance.now();
      let x = 0;
      for (let n = 0; n < 3e7; n++) x = (x + n * 7) % 1000003;
      return performance.now() - t + x * 0;
    }));
  }
  await page.close();
  return `a fixed JavaScript loop, not slowed: ${ms(loops)}`;
}

if (measure('phone')) try {
  console.log(`\nmachine reference before: ${await reference()}`);
  const firstVisit = [];
  const chapterAt = [];
  for (let i = 0; i < runs; i++) {
    const page = await phonePage();
    await page.goto(phone.url);
    await page.waitForFunction(() => window.__chapterAt !== undefined, null, { timeout: 60000 });
    chapterAt.push(await page.evaluate(() => window.__chapterAt));
    // The files whose request started before the chapter was on screen.
    const early = await page.evaluate(() => [performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]
      .filter((entry) => entry.startTime < window.__chapterAt)
      .map((entry) => decodeURIComponent(new URL(entry.name).pathname.slice(1)) || 'index.html'));
    firstVisit.push(early.filter((name) => sizes.has(name)));
    await page.context().close();
  }
  const visit = firstVisit[0];
  console.log('');
  row('first visit: requests before the chapter is visible', sum(visit));
  console.log(`  = ${visit.join(' + ')}`);
  console.log(`\nphone profile, ${runs} cold loads each:`);
  console.log(`  chapter visible:                                  ${ms(chapterAt)}`);

  const parts = (xs) => `(page ${median(xs.map((x) => x.page)).toFixed(0)} ms + question ${median(xs.map((x) => x.question)).toFixed(0)} ms, medians)`;
  const deep = [];
  for (let i = 0; i < runs; i++) {
    const page = await phonePage();
    await page.goto(`${phone.url}#/practice`);
    deep.push(await page.evaluate(() => window.__deepLink));
    await page.context().close();
  }
  console.log(`  deep link to #/practice, first question answerable: ${ms(deep.map((x) => x.total))}`);
  console.log(`    ${parts(deep)}`);

  const afterReading = [];
  for (let i = 0; i < runs; i++) {
    const page = await phonePage();
    await page.goto(phone.url);
    await page.waitForFunction(() => window.__chapterAt !== undefined, null, { timeout: 60000 });
    await page.waitForTimeout(10000);
    afterReading.push(await page.evaluate(() => {
      const from = performance.now();
      document.querySelector('.main-nav a[data-nav="practice"]').click();
      return window.__practise(from);
    }));
    await page.context().close();
  }
  console.log(`  read 10 s, open practice, first question answerable: ${ms(afterReading.map((x) => x.total))}`);
  console.log(`    ${parts(afterReading)}`);
  console.log(`machine reference after: ${await reference()}`);
} finally {
  await phone.close();
}
// (Measuring something else, the phone profile's server is not needed: close it, or node
// never exits.)
if (!measure('phone')) await phone.close();

// --- Answering and saving, unthrottled -----------------------------------------------
const plain = await serveDist({ gzip: true, dir: dist });
try {
  // From the click on "check" to the feedback in the DOM, and to the next frame being painted.
  if (measure('answering')) {
  const page = await newPage(browser);
  await page.goto(`${plain.url}#/practice`);
  await page.locator('#round-size').selectOption('20');
  await page.getByRole('button', { name: 'Start' }).first().click();
  const toDom = [];
  const toFrame = [];
  for (let i = 0; i < 20; i++) {
    await page.locator('#question-title').waitFor();
    for (const part of await page.locator('fieldset.part').all()) await part.locator('label.option').first().click();
    const [dom, frame] = await page.evaluate(() => new Promise((resolve) => {
      const t0 = performance.now();
      let tDom;
      const observer = new MutationObserver(() => {
        if (tDom === undefined && document.querySelector('.feedback')) {
          tDom = performance.now() - t0;
          observer.disconnect();
          requestAnimationFrame(() => resolve([tDom, performance.now() - t0]));
        }
      });
      observer.observe(document.body, { childList: true, subtree: true });
      document.querySelector('form button[type=submit]').click();
    }));
    toDom.push(dom);
    toFrame.push(frame);
    const next = page.getByRole('button', { name: /Volgende vraag|Bekijk je resultaat/ });
    if ((await next.innerText()).includes('resultaat')) break;
    await next.click();
  }
  console.log(`\nclick on "check" to feedback in the DOM: median ${median(toDom).toFixed(1)} ms, to the next frame: median ${median(toFrame).toFixed(1)} ms (${toDom.length} answers)`);
  await page.context().close();
  }

  // Storage: a history of 1,000 and of 10,000 answers, the size it takes and the time to
  // save one more answer (User Timing 'dmu-save', which the app sets around every save).
  const ids = readdirSync(join(root, 'content/nl/scenarios'))
    .flatMap((f) => [...readFileSync(join(root, 'content/nl/scenarios', f), 'utf8').matchAll(/^## .*\{#([a-z0-9-]+) section=/gm)].map((m) => m[1]));
  for (const count of measure('storage') ? [1000, 10000] : []) {
    const store = await newPage(browser);
    await store.goto(`${plain.url}#/practice`);
    await store.locator('#practice-title').waitFor();
    const roles = ['initiator', 'influencer', 'gatekeeper', 'decision-maker', 'buyer', 'user'];
    const attempts = {};
    for (let i = 0; i < count; i++) {
      const id = ids[i % ids.length];
      const right = i % 3 !== 0;
      (attempts[id] ??= []).push([1767225600000 + i * 3_600_000, [[roles[i % 6]]], right ? 'right' : 'wrong', right ? 100 : 0, ['guess', 'unsure', 'sure'][i % 3]]);
    }
    await store.evaluate((value) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('dmu-trainer.progress.'))
        ?? `dmu-trainer.progress.${JSON.parse(localStorage.getItem('dmu-trainer.profiles')).data.active}`;
      localStorage.setItem(key, value);
    }, JSON.stringify({ v: 2, data: { attempts } }));
    await store.reload();
    // The first load gathers the history (an earlier version's single value) into months.
    await store.waitForFunction(() => !localStorage.getItem(Object.keys(localStorage).find((k) => /^dmu-trainer\.progress\.[^.]+$/.test(k)) ?? '-'));
    await store.reload();
    await store.locator('#round-size').selectOption('20');
    await store.getByRole('button', { name: 'Start' }).first().click();
    for (let i = 0; i < 15; i++) {
      await store.waitForFunction(() => document.activeElement?.id === 'question-title');
      await store.keyboard.press('1');
      await store.keyboard.press('Enter');
      await store.waitForFunction(() => document.activeElement?.id === 'feedback-title');
      await store.keyboard.press('Enter');
    }
    const saves = await store.evaluate(() => performance.getEntriesByName('dmu-save').map((e) => e.duration));
    const bytes = await store.evaluate(() => Object.keys(localStorage)
      .filter((k) => k.startsWith('dmu-trainer.progress.'))
      .reduce((total, k) => total + new Blob([localStorage.getItem(k)]).size, 0));
    console.log(`storage: ${count + 15} answers over ${Math.round(count / 24)} days take ${(bytes / 1024).toFixed(1)} KB; saving an answer: median ${median(saves).toFixed(2)} ms, max ${Math.max(...saves).toFixed(2)} ms (${saves.length} saves)`);
    await store.context().close();
  }

  // Import: a file of 60,000 answers (over a year), read and stored in steps, on the
  // progress page of a learner who practised first (so practice runs in the page and
  // follows each month stored). The page's longest task while it runs (long tasks are
  // those of 50 ms or more), and the time to the message that all is stored.
  if (measure('storage')) {
    const page = await newPage(browser);
    await page.goto(`${plain.url}#/practice`);
    await page.locator('#round-size').waitFor();
    await page.goto(`${plain.url}#/progress`);
    await page.locator('.stats').waitFor();
    const now = Date.now();
    const n = 60000;
    const lines = [JSON.stringify({ format: 'dmu-trainer-progress', version: 3, exported_at: now, profile: 'Bench', answers: n })];
    for (let i = 0; i < n; i++) {
      lines.push(JSON.stringify([ids[i % ids.length], now - 365 * 86_400_000 + Math.floor((i * 364 * 86_400_000) / n), [['buyer']], 'right', 100, 'sure']));
    }
    const file = join(tmpdir(), `dmu-bench-${process.pid}.jsonl`);
    writeFileSync(file, lines.join('\n') + '\n');
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
    });
    const started = Date.now();
    await page.locator('input[type=file]').setInputFiles(file);
    await page.locator('.import-result.ok').waitFor({ timeout: 300_000 });
    const took = Date.now() - started;
    const tasks = await page.evaluate(() => window.longTasks);
    const longest = tasks.length ? `${Math.max(...tasks).toFixed(0)} ms (${tasks.length} tasks of 50 ms or more)` : 'none of 50 ms or more';
    console.log(`import of ${n} answers (${(statSync(file).size / 1e6).toFixed(1)} MB): stored after ${(took / 1000).toFixed(1)} s; longest task: ${longest}`);
    const steps = await page.evaluate(() => Object.fromEntries(['dmu-import-read', 'dmu-import-store', 'dmu-import-show']
      .map((name) => [name, performance.getEntriesByName(name).map((e) => e.duration)])));
    for (const [name, list] of Object.entries(steps)) {
      console.log(`  ${name}: ${list.length} steps, longest ${Math.max(0, ...list).toFixed(1)} ms`);
    }
    // With that history stored, the learner opens practice again later (a reload): the
    // part reads the 60,000 answers as it starts. Then one more answer: the save, and the
    // page's longest task.
    await page.goto(`${plain.url}#/practice`);
    await page.reload();
    await page.locator('#round-size').waitFor();
    await page.waitForTimeout(500);
    const start = await page.evaluate(() => new Promise((resolve) => {
      new PerformanceObserver((list) => resolve(list.getEntries().map((e) => e.duration)))
        .observe({ type: 'longtask', buffered: true });
      setTimeout(() => resolve([]), 200);
    }));
    console.log(`  then practice opens again (a reload): longest task ${start.length ? `${Math.max(...start).toFixed(0)} ms` : 'under 50 ms'}`);
    await page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      performance.clearMeasures('dmu-save');
    });
    await page.locator('#round-size').selectOption('5');
    await page.getByRole('button', { name: 'Start' }).first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    const save = await page.evaluate(() => performance.getEntriesByName('dmu-save').map((e) => e.duration));
    const after = await page.evaluate(() => window.longTasks);
    console.log(`  then one more answer: save ${Math.max(0, ...save).toFixed(1)} ms; longest task ${after.length ? `${Math.max(...after).toFixed(0)} ms` : 'under 50 ms'}`);
    await page.context().close();
  }
} finally {
  await browser.close();
  await plain.close();
}
