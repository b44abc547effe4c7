// Several tabs at once: answers given in the same millisecond in two or three tabs are all
// kept (with Web Locks, and with the fallback where a browser lacks them), each tab plays
// its own round (and without Web Locks never takes another's), one workshop console runs a session while another watches, a stale
// console never moves the projector back, a session that cannot be saved says so, and no
// projector link opens the console. Release build, headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watch, axeViolations, screenshot } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** `n` tabs of one browser context (one origin's storage), recording their errors. */
async function tabs(n, init) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (init) await context.addInitScript(init);
  const errors = [];
  const pages = [];
  for (let i = 0; i < n; i++) pages.push(watch(await context.newPage(), errors));
  return { context, pages, errors };
}

/** Starts a 20-question round in a tab. */
async function startRound(page) {
  await page.goto(`${server.url}#/practice`);
  await page.locator('#round-size').selectOption('20');
  await page.getByRole('button', { name: 'Start' }).first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
}

/** The answer count a tab shows on its progress page (without reloading it). */
async function shown(page) {
  await page.evaluate(() => { location.hash = '#/progress'; });
  await page.locator('.stats').waitFor();
  return Number(await page.locator('.stats li strong').first().innerText());
}

/**
 * Every tab answers `rounds` questions, each time all at the same millisecond: each
 * chooses first, then all check at one instant of the shared clock. Tab i chooses the
 * first i + 1 options it shows, so no two answers are the same: two tabs may be on the
 * same situation at once, and as each shuffles the options its own way, "the first
 * option" can be the same role in both. The same situation answered with the same
 * choices at the same millisecond is one answer to the app (the identity that lets two
 * devices exchange progress without counting anything twice), so the test must not
 * give it.
 */
async function race(pages, rounds) {
  for (const page of pages) await startRound(page);
  for (let r = 0; r < rounds; r++) {
    await Promise.all(pages.map(async (page, i) => {
      await page.waitForFunction(() => document.activeElement?.id === 'question-title');
      for (let k = 1; k <= i + 1; k++) await page.keyboard.press(String(k));
    }));
    const at = Date.now() + 400;
    await Promise.all(pages.map((page) => page.evaluate((when) => new Promise((resolve) => {
      setTimeout(() => { document.querySelector('#main form').requestSubmit(); resolve(); }, when - Date.now());
    }), at)));
    await Promise.all(pages.map(async (page) => {
      await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
      await page.keyboard.press('Enter');
    }));
  }
}

for (const [n, rounds, locks] of [[2, 8, true], [3, 6, true], [2, 6, false]]) {
  const how = locks ? 'with Web Locks' : 'without Web Locks (the fallback)';
  test(`4. ${n} tabs answering in the same millisecond lose nothing, ${how}`, async () => {
    const noLocks = () => { Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true }); };
    const { context, pages, errors } = await tabs(n, locks ? undefined : noLocks);
    await race(pages, rounds);
    const expected = n * rounds;
    const stored = await pages[0].evaluate(() => Object.entries(localStorage)
      .filter(([k]) => k.startsWith('dmu-trainer.progress.'))
      .reduce((n, [, v]) => n + Object.values(JSON.parse(v).data.attempts).reduce((m, list) => m + list.length, 0), 0));
    assert.equal(stored, expected, 'all stored');
    for (const [i, page] of pages.entries()) {
      await page.waitForFunction((e) => { location.hash = '#/progress'; return Number(document.querySelector('.stats li strong')?.textContent) === e; }, expected, { timeout: 10_000 })
        .catch(async () => assert.fail(`tab ${i + 1} shows ${await shown(page)} of ${expected} answers`));
    }
    await pages[0].reload();
    assert.equal(await shown(pages[0]), expected, 'all shown after a reload');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('without Web Locks, no tab takes the round of another tab, which may still be open', async () => {
  const noLocks = () => { Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined, configurable: true }); };
  const { context, pages: [a, b], errors } = await tabs(2, noLocks);
  await startRound(a);
  const first = await a.locator('#question-title').innerText();
  const tabA = await a.evaluate(() => sessionStorage.getItem('dmu-trainer.tab.practice'));
  await b.goto(`${server.url}#/practice`);
  await b.locator('#practice-title').waitFor();
  // A tab looks for a closed tab's round right after it starts; give it ample time.
  await b.waitForTimeout(1000);
  const rounds = await b.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dmu-trainer.round.')));
  assert.deepEqual(rounds.map((k) => k.split('.').pop()), [tabA], 'the round stays the open tab\'s own');
  await a.locator('#main form').getByRole('checkbox').first().check();
  assert.equal(await a.locator('#question-title').innerText(), first);
  assert.deepEqual(errors, []);
  await context.close();
});

test('each tab plays its own round, and a new tab continues the round of a closed one', async () => {
  const { context, pages: [a, b], errors } = await tabs(2);
  await startRound(a);
  const first = await a.locator('#question-title').innerText();
  await startRound(b);
  const other = await b.locator('#question-title').innerText();
  await a.reload();
  await a.waitForFunction(() => document.activeElement?.id === 'question-title' || document.querySelector('#question-title'));
  assert.equal(await a.locator('#question-title').innerText(), first, 'a reload keeps the tab\'s own round');
  await b.close();
  const c = watch(await context.newPage(), errors);
  await c.goto(`${server.url}#/quiz`);
  await c.locator('#question-title').waitFor();
  assert.equal(await c.locator('#question-title').innerText(), other, 'the closed tab\'s round continues');
  assert.deepEqual(errors, []);
  await context.close();
});

/** A console that starts a session without teams and moves to situation `at`. */
async function runTo(page, at) {
  await page.goto(`${server.url}#/workshop`);
  await page.locator('#ws-teams').fill('');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.locator('.playlist li').first().waitFor();
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  for (let i = 1; i < at; i++) {
    await page.locator('#console-question').waitFor();
    await page.locator('body').press('n');
  }
}

test('7. a second console watches until it takes over, and a stale console never moves the projector back', async () => {
  const { context, pages: [a, audience, b], errors } = await tabs(3);
  await a.setViewportSize({ width: 1920, height: 1080 });
  await runTo(a, 5);
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-top', { hasText: /^Situatie 5 van/ }).waitFor();

  await b.goto(`${server.url}#/workshop`);
  await b.locator('.console-watching').waitFor();
  assert.ok(await b.locator('fieldset.console').evaluate((el) => el.disabled), 'read-only');
  assert.ok(await b.getByRole('button', { name: /Toon het antwoord/ }).isDisabled(), 'its buttons too');
  assert.deepEqual(await axeViolations(b), []);
  await screenshot(b, 'workshop-console-watching-1280');
  // A key in the watching console changes nothing.
  await b.locator('body').press('p');
  await b.locator('body').press('a');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.match(await audience.locator('.audience-top').innerText(), /Situatie 5 van/);

  await b.getByRole('button', { name: 'Sessie hier overnemen' }).click();
  await b.waitForFunction(() => !document.querySelector('fieldset.console')?.disabled);
  await a.locator('.console-watching', { hasText: 'overgenomen' }).waitFor();
  assert.ok(await a.locator('fieldset.console').evaluate((el) => el.disabled), 'the first console learns it');
  await a.locator('body').press('p');
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.match(await audience.locator('.audience-top').innerText(), /Situatie 5 van/, 'not sent back');

  // A message of an older change (a stale console, in any window) is ignored.
  await a.evaluate(() => new BroadcastChannel('dmu-trainer.workshop').postMessage(JSON.stringify({ cleared: { generation: 1 } })));
  await new Promise((resolve) => setTimeout(resolve, 300));
  assert.match(await audience.locator('.audience-top').innerText(), /Situatie 5 van/);
  // The console that runs it moves on, and the projector follows.
  await b.locator('body').press('n');
  await audience.locator('.audience-top', { hasText: /^Situatie 6 van/ }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('8. a session that cannot be saved says so, and the projector still follows', async () => {
  const { context, pages: [console_, audience], errors } = await tabs(2);
  const newer = '{"v":99,"data":{"from":"a newer app"}}';
  await console_.goto(server.url);
  await console_.evaluate((v) => localStorage.setItem('dmu-trainer.workshop', v), newer);
  await runTo(console_, 2);
  await console_.locator('[data-notice=newer]').waitFor();
  await console_.locator('[data-notice=not-saved]').waitFor();
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-top', { hasText: /^Situatie 2 van/ }).waitFor();
  assert.equal(await console_.evaluate(() => localStorage.getItem('dmu-trainer.workshop')), newer, 'left alone');
  assert.deepEqual(await axeViolations(console_), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('12. no projector link opens the console, and a stored place is only ever a fragment', async () => {
  const { context, pages: [page], errors } = await tabs(1);
  for (const link of ['#/workshop/audience?x', '#/workshop/audience/extra', '#/workshop/zaal?fullscreen=1', '#/workshop/audiance']) {
    await page.goto(`${server.url}${link}`);
    await page.locator('main.audience').waitFor();
    assert.equal(await page.locator('#ws-teams, .answer-key').count(), 0, link);
  }
  for (const stored of ['/elsewhere', 'https://example.org/#/quiz', '//evil.example/#/x', '#/quiz?x"<b>']) {
    await page.evaluate((v) => localStorage.setItem('dmu-trainer.last', v), stored);
    await page.goto(server.url);
    await page.locator('#chapter').waitFor();
    assert.equal(await page.evaluate(() => location.pathname), '/', stored);
    assert.equal(new URL(page.url()).origin, new URL(server.url).origin);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
