// The chapter as a student meets it, in the release build in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, axeViolations, screenshot, waitForAsync } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const dutchRoles = ['Initiatiefnemer', 'Beïnvloeder', 'Portier', 'Beslisser', 'Koper', 'Gebruiker'];
const englishRoles = ['Initiator', 'Influencer', 'Gatekeeper', 'Decision maker', 'Buyer', 'User'];

test('the chapter opens in Dutch with six role cards and no console errors', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'nl');
  assert.equal(await page.locator('.card').count(), 6);
  for (const role of dutchRoles) {
    assert.ok(await page.locator('.card h3', { hasText: role }).first().isVisible(), role);
  }
  assert.equal(await page.locator('#boot').count(), 0, 'the loading notice is gone');
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'chapter-desktop');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a table-of-contents link moves to its section and focuses it', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.locator('.toc a[href="#koper"]').click();
  await page.waitForFunction(() => document.activeElement?.id === 'koper');
  // Read from the page: page.url() learns of in-page navigations on a channel of its own.
  assert.equal(await page.evaluate(() => location.hash), '#koper');
  // Scrolling may be smooth: wait until the heading has arrived near the top.
  await page.waitForFunction(() => {
    const top = document.getElementById('koper').getBoundingClientRect().top;
    return top >= 0 && top < 300;
  });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

// Where the menu wraps to two or three rows (phones, tablets, small laptops) it is 115 to
// 209 px high, and a menu that stayed in sight covered the heading a jump landed on: the
// learner saw the end of the section before it. Without smooth scrolling, so that the
// heading is read where it stops, not on its way.
test('a jump to a section shows its heading, not covered by the menu, from phone to desktop', async () => {
  for (const [width, height] of [[320, 640], [390, 844], [820, 1180], [1000, 700], [1280, 900]]) {
    for (const [how, go] of [
      ['a table-of-contents link', async (page) => {
        await page.goto(server.url);
        await page.locator('.toc a[href="#koper"]').click();
      }],
      ['a deep link', (page) => page.goto(`${server.url}#koper`)],
    ]) {
      const page = await newPage(browser, { viewport: { width, height }, reducedMotion: 'reduce' });
      await go(page);
      await page.waitForFunction(() => document.activeElement?.id === 'koper');
      const seen = await page.evaluate(() => {
        const heading = document.getElementById('koper');
        const box = heading.getBoundingClientRect();
        const hit = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
        return { top: Math.round(box.top), onScreen: box.top >= 0 && box.bottom <= innerHeight, uncovered: heading.contains(hit) };
      });
      assert.ok(seen.onScreen && seen.uncovered, `${width}px, ${how}: ${JSON.stringify(seen)}`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  }
});

test('a deep link opens the chapter at its section', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#portier`);
  await page.waitForFunction(() => document.activeElement?.id === 'portier');
  await page.context().close();
});

test('the language switch turns the whole page English and is remembered', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#koper`);
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // Stays at the same section. Read from the page: page.url() learns of in-page
  // navigations on a channel of its own, and could still say #koper here.
  assert.equal(await page.evaluate(() => location.hash), '#buyer');
  for (const role of englishRoles) {
    assert.ok(await page.locator('.card h3 .role-name', { hasText: role }).first().isVisible(), role);
  }
  assert.match(await page.locator('#chapter-title').innerText(), /roles in the DMU/);
  assert.equal(await page.getByRole('navigation', { name: 'Main menu' }).count(), 1);
  assert.equal(await page.title(), 'DMU Trainer · Learn the roles in a business buying team');
  assert.equal(await page.locator('.toc h2').textContent(), 'Contents');
  await page.reload();
  await page.locator('.card').first().waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.locator('.toc h2').textContent(), 'Contents');
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('everything works by keyboard: skip link, then tab to a section link', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'main');
  let found = false;
  for (let i = 0; i < 40 && !found; i++) {
    await page.keyboard.press('Tab');
    found = await page.evaluate(() => document.activeElement?.getAttribute('href') === '#beslisser');
  }
  assert.ok(found, 'the toc link to #beslisser is reachable by Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'beslisser');
  await page.context().close();
});

test('on a 320px phone nothing overflows sideways, in light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const page = await newPage(browser, { viewport: { width: 320, height: 640 }, colorScheme });
    await page.goto(server.url);
    await page.locator('.card').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${colorScheme}: page is ${overflow}px wider than the screen`);
    assert.deepEqual(await axeViolations(page), [], colorScheme);
    await screenshot(page, `chapter-phone-${colorScheme}`);
    await page.context().close();
  }
});

test('a failed download of the app shows a message, not a blank page', async () => {
  const page = await newPage(browser, { serviceWorkers: 'block' });
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(server.url);
  const notice = page.locator('#boot.boot-failed');
  await notice.waitFor();
  assert.match(await notice.innerText(), /kon niet starten/);
  assert.match(await notice.innerText(), /could not start/);
  // The chapter is in the page itself, so it can still be read (in Dutch).
  assert.ok(await page.locator('.card').first().isVisible());
  assert.ok(await page.locator('#koper').isVisible());
  await page.context().close();
});

test('without JavaScript the chapter can still be read, and the page says what needs it', async () => {
  const page = await newPage(browser, { javaScriptEnabled: false });
  await page.goto(server.url);
  assert.equal(await page.locator('.card').count(), 6);
  for (const role of dutchRoles) {
    assert.ok(await page.locator('.card h3', { hasText: role }).first().isVisible(), role);
  }
  assert.match(await page.locator('.noscript-notice').innerText(), /zonder JavaScript lezen/);
  assert.ok(!(await page.locator('#boot').isVisible()), 'no "loading" notice that never ends');
  assert.ok(!(await page.locator('.lang-switch').isVisible()), 'no switch that cannot work');
  assert.ok(await page.locator('.toc a[href="#koper"]').isVisible());
  await page.context().close();
});

/** This build's file names, as the page lists them (#dmu-files). */
async function buildFiles(page) {
  return page.evaluate(() => {
    const list = document.getElementById('dmu-files');
    const part = (name) => [`${list.dataset[name]}.js`, `${list.dataset[name]}_bg.wasm`];
    return {
      practice: part('practice'),
      progress: part('progress'),
      workshop: part('workshop'),
      nl: list.dataset.contentNl,
      en: list.dataset.contentEn,
    };
  });
}

/** Whether the service worker's cache holds every one of `files`. */
async function cached(page, files) {
  return page.evaluate(async (names) => {
    const cache = await caches.open('dmu-trainer');
    const found = await Promise.all(names.map((name) => cache.match(new URL(name, location.href).href)));
    return found.every(Boolean);
  }, files);
}

test('a first visit shows the chapter first, then keeps practice ready ahead of need; never the workshop', async () => {
  const page = await newPage(browser);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.addInitScript(() => {
    const check = () => {
      const card = document.querySelector('.card');
      if (card && card.checkVisibility()) window.chapterAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  const files = await buildFiles(page);
  await page.waitForFunction((wasm) => performance.getEntriesByType('resource').some((e) => e.name.endsWith(wasm)), files.practice[1]);
  const early = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => /dmu-(practice|progress|workshop)|content-/.test(e.name) && e.startTime < window.chapterAt)
    .map((e) => e.name));
  assert.deepEqual(early, [], 'the chapter is on screen before anything of practice is fetched');
  // Once the page is idle, the service worker keeps the practice and progress parts and
  // the Dutch content.
  await waitForAsync(page, () => navigator.serviceWorker.ready.then(() => true), { what: 'the service worker' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const learner = [...files.practice, ...files.progress, files.nl];
  for (let i = 0; i < 300 && !(await cached(page, learner)); i++) await page.waitForTimeout(100);
  assert.ok(await cached(page, learner), 'practice, progress and their content kept ahead of need');
  assert.ok(!(await cached(page, [files.en])), 'only the learner\'s language');
  assert.ok(!(await cached(page, files.workshop)), 'a student never loads the workshop');
  // Practice was started in the background: opening it takes nothing from the network.
  const network = [];
  page.on('response', (response) => { if (!response.fromServiceWorker()) network.push(new URL(response.url()).pathname); });
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.deepEqual(network.filter((path) => /dmu-practice|content-/.test(path)), [], 'practice came from the cache');
  // Back to the chapter and to practice again: the page is still there.
  await page.getByRole('link', { name: 'Hoofdstuk', exact: true }).click();
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('#practice-title').count(), 0);
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.equal(requested.filter((path) => path.endsWith(files.practice[1])).length, 1, 'one download of the part');
  assert.deepEqual(requested.filter((path) => path.includes('dmu-workshop')), [], 'a student never loads the workshop');
  // The page's own <main> (chapter, download notices) steps aside for the part's.
  assert.equal(await page.locator('main:visible').count(), 1, 'one main landmark at a time');
  assert.equal(await page.locator('#main').count(), 1, 'one element with id main');
  // A trainer's workshop loads its own part, which lives beside the practice part.
  await page.getByRole('link', { name: 'Workshop', exact: true }).click();
  await page.locator('#ws-teams').waitFor();
  assert.ok(requested.some((path) => path.endsWith(files.workshop[1])), 'loaded for the workshop');
  assert.equal(await page.locator('#practice-title').count(), 0);
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.equal(await page.locator('#ws-teams').count(), 0);
  assert.equal(await page.locator('main:visible').count(), 1, 'still one main landmark');
  assert.equal(await page.locator('#main').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a deep link to practice shares the link with nothing ahead of need until practice runs', async () => {
  // Its own server, to see every request (the service worker's included), on a slow
  // link, so that practice takes a while to come.
  const own = await serveDist({ latency: 50, rate: 400_000 });
  try {
    const page = await newPage(browser);
    await page.addInitScript(() => window.addEventListener('dmu-part-ready', () => { window.partReadyAt = Date.now(); }, { once: true }));
    await page.goto(`${own.url}#/practice`);
    await page.locator('#practice-title').waitFor();
    const files = await buildFiles(page);
    const asked = (name) => own.requested.find((r) => r.path === `/${name}`)?.at;
    for (let i = 0; i < 300 && !asked(files.progress[1]); i++) await page.waitForTimeout(100);
    const ready = await page.evaluate(() => window.partReadyAt);
    assert.ok(asked(files.practice[1]) < ready, 'practice downloaded, then ran');
    assert.ok(asked(files.progress[1]) >= ready, 'progress kept ahead of need only once practice ran');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await own.close();
  }
});

test('when the practice part cannot be downloaded, a message says what to do and the chapter still works', async () => {
  // No service worker: it would claim the page and fetch the part itself, out of reach of
  // page.route (it did so once on a slow run).
  const page = await newPage(browser, { serviceWorkers: 'block' });
  await page.route('**/dmu-practice*', (route) => route.abort());
  await page.goto(`${server.url}#/practice`);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /kon niet worden gedownload.*laad de pagina opnieuw/);
  assert.ok(await alert.getByRole('button', { name: 'Pagina opnieuw laden' }).isVisible());
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('link', { name: 'Hoofdstuk', exact: true }).click();
  await page.locator('.card').first().waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  await page.context().close();
});

test('from the first visit\'s second page view on, the chapter and practice work offline', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  const files = await buildFiles(page);
  await waitForAsync(page, () => navigator.serviceWorker.ready.then(() => true), { what: 'the service worker' });
  const learner = [...files.practice, ...files.progress, files.nl];
  for (let i = 0; i < 300 && !(await cached(page, learner)); i++) await page.waitForTimeout(100);
  await page.context().setOffline(true);
  await page.reload();
  await page.locator('.card').first().waitFor();
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await page.locator('#question-title').waitFor();
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
  await page.locator('.stats').waitFor();
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
