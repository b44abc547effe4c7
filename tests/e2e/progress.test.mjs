// Progress that is never lost: reload, damaged and future data, blocked and full storage,
// two tabs, profiles, and export then import. Release build, headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, newPage, axeViolations, screenshot, play as playRound, shownAnswers, answerOne as answerOneOf } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const play = (page, n, key) => playRound(page, server.url, n, key);
const answers = (page) => shownAnswers(page, server.url);
const answerOne = (page) => answerOneOf(page, '1');

test('progress survives a reload, and the progress page passes axe', async () => {
  const page = await newPage(browser);
  await play(page, 3);
  assert.equal(await answers(page), 3);
  await page.reload();
  await page.locator('.stats').waitFor();
  assert.equal(Number(await page.locator('.stats li strong').first().innerText()), 3);
  assert.equal(await page.locator('.mastery li').count(), 6);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'progress-desktop');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('approach questions count in progress, for the roles they are about', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#/practice`);
  await page.locator('#round-size').selectOption('5');
  await page.locator('section', { has: page.locator('#approach-title') }).getByRole('button', { name: 'Start' }).click();
  for (let i = 0; i < 2; i++) {
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    assert.ok(await page.locator('label.option.is-step').count() >= 3, 'steps, not roles');
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    await page.keyboard.press('Enter');
  }
  assert.equal(await answers(page), 2);
  const lines = await page.locator('.mastery .mastery-figure').allInnerTexts();
  const sightings = lines.map((l) => Number(/(\d+) antwoord/.exec(l)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
  assert.ok(sightings >= 2, `the roles of both questions count: ${lines.join(' | ')}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a damaged value is kept aside with a notice, and can be exported', async () => {
  const page = await newPage(browser);
  // The learner's data is read by the practice part, so its notices show from there on.
  // Wait until it has started (and saved a first profile) before damaging what it saved.
  await page.goto(`${server.url}#/practice`);
  await page.locator('#practice-title').waitFor();
  const damaged = '{"v":1,"data":{"learners":[{"id":';
  await page.evaluate((v) => localStorage.setItem('dmu-trainer.profiles', v), damaged);
  await page.reload();
  const notice = page.locator('[data-notice=damaged]');
  await notice.waitFor();
  const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('dmu-trainer.backup.profiles.')));
  assert.equal(backups.length, 1);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), damaged, 'kept exactly');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Exporteer de apart gezette gegevens' }).click();
  assert.equal(await readFile(await (await download).path(), 'utf8'), damaged);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('a value from a newer version is left untouched, and the app says so', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#/practice`);
  await page.locator('#practice-title').waitFor();
  const future = '{"v":99,"data":{"from":"the future"}}';
  await page.evaluate((v) => localStorage.setItem('dmu-trainer.profiles', v), future);
  await page.reload();
  await page.locator('.notice', { hasText: 'nieuwere versie' }).waitFor();
  await play(page, 1);
  assert.equal(await page.evaluate(() => localStorage.getItem('dmu-trainer.profiles')), future);
  await page.context().close();
});

test('with storage blocked a round can still be played, with a notice', async () => {
  const page = await newPage(browser);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  await page.goto(server.url);
  await page.locator('.notice', { hasText: 'niet toe' }).waitFor();
  await play(page, 2);
  assert.equal(await answers(page), 2, 'kept in memory for this visit');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a full storage keeps the progress saved before, and says so', async () => {
  const page = await newPage(browser);
  await play(page, 2);
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('dmu-trainer.progress.')));
  const before = await page.evaluate((k) => localStorage.getItem(k), key);
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler-${i}`, chunk); } catch { break; }
    }
    for (const size of [4096, 512, 64, 1]) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler-${size}-${i}`, 'x'.repeat(size)); } catch { break; }
      }
    }
  });
  // Answer the question on screen (play() left the round at its third question).
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  await page.keyboard.press('1');
  await page.keyboard.press('Enter');
  await page.locator('.feedback').waitFor();
  await page.locator('.notice', { hasText: 'vol' }).waitFor();
  const after = await page.evaluate((k) => localStorage.getItem(k), key);
  const answersIn = (raw) => Object.entries(JSON.parse(raw).data.attempts).flatMap(([id, list]) => list.map((a) => `${id} ${a[0]}`));
  for (const answer of answersIn(before)) assert.ok(answersIn(after).includes(answer), `earlier answer ${answer} intact`);
  assert.equal(await answers(page), 3, 'the new answer is kept in memory');
  await page.context().close();
});

test('two pages of the same origin see each other\'s changes', async () => {
  const context = await browser.newContext();
  const a = await context.newPage();
  const b = await context.newPage();
  await a.goto(`${server.url}#/progress`);
  await b.goto(`${server.url}#/progress`);
  await b.locator('.stats').waitFor();
  const start = Number(await b.locator('.stats li strong').first().innerText());
  await play(a, 2);
  await b.waitForFunction((n) => Number(document.querySelector('.stats li strong')?.textContent) === n + 2, start);
  // The stale page b now answers too: nothing a saved is lost.
  await play(b, 1);
  assert.equal(await answers(a), start + 3);
  await context.close();
});

test('practice and the progress page, two parts of one page, follow each other\'s changes', async () => {
  const page = await newPage(browser);
  await play(page, 3);
  assert.equal(await answers(page), 3, 'the progress part shows what the practice part saved');
  const answersBecome = (count) => page.waitForFunction((count) => document.querySelector('.stats li strong')?.textContent === count, count);
  // An answer given after the progress part started shows when the learner comes back.
  await page.goto(`${server.url}#/quiz`);
  await answerOne(page);
  await page.goto(`${server.url}#/progress`);
  await answersBecome('4');
  // A profile added on the progress page is the one practice saves to.
  await page.locator('#profile-new').fill('Sanne');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await answersBecome('0');
  await play(page, 1);
  assert.equal(await answers(page), 1, 'practice followed the switch of profile');
  // An answer imported on the progress page, wrong yesterday, is due for review; the
  // review round started there is the round practice shows.
  const yesterday = Date.now() - 86_400_000;
  const file = [
    JSON.stringify({ format: 'dmu-trainer-progress', version: 3, exported_at: yesterday, profile: 'Sanne', answers: 1 }),
    JSON.stringify(['bouw-projectsecretaris-vca', yesterday, [['decision-maker']], 'wrong', 0, 'sure']),
  ].join('\n');
  await page.locator('input[type=file]').setInputFiles({ name: 'sanne.jsonl', mimeType: 'application/json', buffer: Buffer.from(file) });
  await page.locator('.import-result.ok').waitFor();
  await answersBecome('2');
  await page.getByRole('button', { name: 'Start een herhaalronde' }).click();
  await page.locator('#question-title').waitFor();
  assert.match(page.url(), /#\/quiz$/);
  assert.match(await page.locator('.quiz').innerText(), /Vraag 1 van \d+/);
  const titles = [];
  for (;;) {
    titles.push(await page.locator('#question-title').innerText());
    await answerOne(page);
    await page.waitForFunction(() => ['question-title', 'result-title'].includes(document.activeElement?.id));
    if (await page.locator('#result-title').count()) break;
  }
  assert.ok(titles.includes('Welke rol heeft Tessa?'), `the imported mistake is reviewed: ${titles}`);
  assert.equal(await answers(page), 2 + titles.length, 'the review\'s answers are saved to Sanne');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on a 320px phone the progress page fits: every control on screen, nothing sideways', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 700 } });
  await play(page, 2);
  await page.goto(`${server.url}#/progress`);
  await page.locator('.stats').waitFor();
  const outside = await page.evaluate(() => [...document.querySelectorAll('.progress :is(button, input, select, label)')]
    .filter((e) => e.checkVisibility())
    .map((e) => [e.id || e.textContent.trim().slice(0, 30), Math.ceil(e.getBoundingClientRect().right)])
    .filter(([, right]) => right > window.innerWidth));
  assert.deepEqual(outside, [], 'controls past the right edge of the screen');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'progress-phone');
  await page.context().close();
});

test('profiles: add, switch, rename; export then import into a fresh profile gives the same progress', async () => {
  const page = await newPage(browser);
  await play(page, 4, '2');
  await page.goto(`${server.url}#/progress`);
  const stats = async () => [await page.locator('.stats').innerText(), await page.locator('.mastery').innerText()];
  // The figures follow a change in a task of their own (src/progress_figures.rs): wait for them.
  const statsBecome = async (expected) => {
    for (let tries = 0; tries < 100 && JSON.stringify(await stats()) !== JSON.stringify(expected); tries++) await page.waitForTimeout(50);
    assert.deepEqual(await stats(), expected);
  };
  const answersBecome = (count) => page.waitForFunction((count) => document.querySelector('.stats li strong')?.textContent === count, count);
  const original = await stats();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Voortgang exporteren' }).click();
  const file = await (await download).path();

  await page.locator('#profile-new').fill('Sanne');
  await page.getByRole('button', { name: 'Toevoegen' }).click();
  await page.waitForFunction(() => document.querySelector('#profile-switch option:checked')?.textContent === 'Sanne');
  await answersBecome('0');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.locator('.import-result.ok').waitFor();
  assert.match(await page.locator('.import-result').innerText(), /4 antwoorden toegevoegd, 0 stonden er al/);
  await statsBecome(original);
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForFunction(() => /0 antwoorden toegevoegd, 4 stonden er al/.test(document.querySelector('.import-result')?.textContent));

  await page.getByRole('button', { name: 'Naam wijzigen' }).click();
  await page.locator('#profile-rename').fill('Sanne B');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await page.waitForFunction(() => document.querySelector('#profile-switch option:checked')?.textContent === 'Sanne B');

  // Reset asks first, then offers undo.
  await page.getByRole('button', { name: 'Voortgang wissen' }).click();
  await page.getByRole('button', { name: 'Ja, wis mijn voortgang' }).click();
  await answersBecome('0');
  await page.getByRole('button', { name: 'Ongedaan maken' }).click();
  await statsBecome(original);

  // A file that is not an export gets a clear message and changes nothing.
  await page.locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await page.waitForFunction(() => /geen voortgangsbestand/.test(document.querySelector('.import-result')?.textContent));
  assert.deepEqual(await stats(), original);

  // Delete asks first; the other profile becomes active.
  await page.getByRole('button', { name: 'Verwijderen' }).click();
  await page.getByRole('button', { name: 'Ja, verwijder dit profiel en alle voortgang' }).click();
  await page.waitForFunction(() => document.querySelectorAll('#profile-switch option').length === 1);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
