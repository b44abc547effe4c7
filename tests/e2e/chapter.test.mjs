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

test('a first visit downloads only the reader\'s bundle; practice comes when first opened, the workshop never', async () => {
  const page = await newPage(browser);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(server.url);
  await page.locator('.card').first().waitFor();
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested.filter((path) => /dmu-(practice|workshop)/.test(path)), [], 'not on a first visit');
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.ok(requested.some((path) => path.endsWith('/dmu-practice_bg.wasm')), 'loaded for practice');
  // Back to the chapter and to practice again: one download, and the page is still there.
  await page.getByRole('link', { name: 'Hoofdstuk', exact: true }).click();
  await page.locator('.card').first().waitFor();
  assert.equal(await page.locator('#practice-title').count(), 0);
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.equal(requested.filter((path) => path.endsWith('/dmu-practice_bg.wasm')).length, 1);
  assert.deepEqual(requested.filter((path) => path.includes('dmu-workshop')), [], 'a student never loads the workshop');
  // The page's own <main> (chapter, download notices) steps aside for the part's.
  assert.equal(await page.locator('main:visible').count(), 1, 'one main landmark at a time');
  assert.equal(await page.locator('#main').count(), 1, 'one element with id main');
  // A trainer's workshop loads its own part, which lives beside the practice part.
  await page.getByRole('link', { name: 'Workshop', exact: true }).click();
  await page.locator('#ws-teams').waitFor();
  assert.ok(requested.some((path) => path.endsWith('/dmu-workshop_bg.wasm')), 'loaded for the workshop');
  assert.equal(await page.locator('#practice-title').count(), 0);
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  assert.equal(await page.locator('#ws-teams').count(), 0);
  assert.equal(await page.locator('main:visible').count(), 1, 'still one main landmark');
  assert.equal(await page.locator('#main').count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
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

test('from the second visit on, practice works offline even if it was never opened', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.locator('.card').first().waitFor();
  // The service worker keeps a copy of the practice part, fetched in the background.
  await waitForAsync(page, async () => {
    const cache = await caches.open('dmu-trainer');
    const copy = (file) => cache.match(new URL(file, location.href).href);
    return Boolean(await copy('dmu-practice.js')) && Boolean(await copy('dmu-practice_bg.wasm'));
  }, { what: 'the practice part in the service worker\'s cache' });
  await page.context().setOffline(true);
  await page.getByRole('link', { name: 'Oefenen', exact: true }).click();
  await page.locator('#practice-title').waitFor();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await page.locator('#question-title').waitFor();
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
