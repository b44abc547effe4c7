// The measuring half of scripts/bench: sizes of dist/ and timings in headless Chromium.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serveDist, launch, newPage } from '../tests/e2e/support.mjs';

const runs = Number(process.env.BENCH_RUNS || 7);
const dist = new URL('../dist/', import.meta.url).pathname;
const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

console.log('\nfile                                          raw KB   gzip KB  brotli KB');
const sizes = new Map();
const sum = (names) => names.reduce((t, n) => {
  const s = sizes.get(n);
  return { raw: t.raw + s.raw, gz: t.gz + s.gz, br: t.br + s.br };
}, { raw: 0, gz: 0, br: 0 });
const row = (label, s) => console.log(`${label.padEnd(44)}${kb(s.raw)}  ${kb(s.gz)}  ${kb(s.br)}`);
for (const name of readdirSync(dist).sort()) {
  const path = join(dist, name);
  if (!statSync(path).isFile()) continue;
  const body = readFileSync(path);
  const gz = gzipSync(body, { level: 9 }).length;
  const br = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes.set(name, { raw: body.length, gz, br });
  row(name, sizes.get(name));
}
row('all files', sum([...sizes.keys()]));

const server = await serveDist();
const browser = await launch();
try {
  // What a first visit transfers: every file the browser asks for while opening the app at
  // its address, until the network is quiet; then what opening practice adds to that.
  const visit = await newPage(browser);
  const requested = new Set();
  visit.on('request', (request) => {
    const name = decodeURIComponent(new URL(request.url()).pathname.slice(1)) || 'index.html';
    if (sizes.has(name)) requested.add(name);
  });
  await visit.goto(server.url);
  await visit.locator('.card').first().waitFor();
  await visit.waitForLoadState('networkidle');
  const first = [...requested].sort();
  await visit.goto(`${server.url}#/practice`);
  await visit.locator('#practice-title').waitFor();
  await visit.waitForLoadState('networkidle');
  const practice = [...requested].filter((name) => !first.includes(name)).sort();
  await visit.goto(`${server.url}#/workshop`);
  await visit.locator('#ws-teams').waitFor();
  await visit.waitForLoadState('networkidle');
  const workshop = [...requested].filter((name) => !first.includes(name) && !practice.includes(name)).sort();
  await visit.context().close();
  // The browser fetches the service worker's script itself, outside the page's requests.
  if (sizes.has('sw.js') && !first.includes('sw.js')) first.push('sw.js');
  console.log('');
  row('first visit (opening the app)', sum(first));
  console.log(`  = ${first.join(' + ')}`);
  row('opening practice adds', sum(practice));
  console.log(`  = ${practice.join(' + ')}`);
  row('opening the workshop adds', sum(workshop));
  console.log(`  = ${workshop.join(' + ')}`);

  const chapter = [];
  for (let i = 0; i < runs; i++) {
    const page = await newPage(browser);
    // Record the first frame in which a role card is visible, from navigation start. The
    // cards are in the page's HTML from the start, hidden until the reader has applied the
    // learner's language, so this measures the reader's start-up too.
    await page.addInitScript(() => {
      const check = () => {
        const card = document.querySelector('.card');
        if (card && card.checkVisibility()) window.__chapterAt = performance.now();
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__chapterAt !== undefined);
    chapter.push(await page.evaluate(() => window.__chapterAt));
    await page.context().close();
  }
  console.log(`\nchapter on screen after navigation: median ${median(chapter).toFixed(0)} ms over ${runs} loads (min ${Math.min(...chapter).toFixed(0)}, max ${Math.max(...chapter).toFixed(0)})`);

  // From the click on "check" to the feedback in the DOM, and to the next frame being painted.
  const page = await newPage(browser);
  await page.goto(`${server.url}#/practice`);
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
  console.log(`click on "check" to feedback in the DOM: median ${median(toDom).toFixed(1)} ms, to the next frame: median ${median(toFrame).toFixed(1)} ms (${toDom.length} answers)`);

  // Storage: 1,000 recorded answers, and the time to save one more (User Timing 'dmu-save').
  const ids = readdirSync(new URL('../content/nl/scenarios/', import.meta.url).pathname)
    .flatMap((f) => [...readFileSync(new URL(`../content/nl/scenarios/${f}`, import.meta.url), 'utf8').matchAll(/^## .*\{#([a-z0-9-]+) section=/gm)].map((m) => m[1]));
  const store = await newPage(browser);
  await store.goto(`${server.url}#/practice`);
  await store.locator('#practice-title').waitFor();
  const roles = ['initiator', 'influencer', 'gatekeeper', 'decision-maker', 'buyer', 'user'];
  const attempts = {};
  for (let i = 0; i < 1000; i++) {
    const id = ids[i % ids.length];
    const right = i % 3 !== 0;
    (attempts[id] ??= []).push([1767225600000 + i * 3_600_000, [[roles[i % 6]]], right ? 'right' : 'wrong', right ? 100 : 0, ['guess', 'unsure', 'sure'][i % 3]]);
  }
  await store.evaluate((value) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('dmu-trainer.progress.'))
      ?? `dmu-trainer.progress.${JSON.parse(localStorage.getItem('dmu-trainer.profiles')).data.active}`;
    localStorage.setItem(key, value);
  }, JSON.stringify({ v: 1, data: { attempts } }));
  await store.goto(`${server.url}#/practice`);
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
  const bytes = await store.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('dmu-trainer.progress.'));
    return new Blob([localStorage.getItem(key)]).size;
  });
  console.log(`storage: 1,015 answers take ${(bytes / 1024).toFixed(1)} KB; saving an answer: median ${median(saves).toFixed(2)} ms, max ${Math.max(...saves).toFixed(2)} ms (${saves.length} saves)`);
} finally {
  await browser.close();
  await server.close();
}
