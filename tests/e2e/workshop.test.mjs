// Workshop mode: a presenter console and an audience window of the same origin, in sync
// without a server. Release build, headless Chromium, projector sizes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, axeViolations, screenshot, watch, reportViolations } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function pair(viewport = { width: 1920, height: 1080 }) {
  const context = await browser.newContext({ viewport });
  await reportViolations(context);
  const [consolePage, audience] = [await context.newPage(), await context.newPage()];
  const errors = [];
  for (const p of [consolePage, audience]) watch(p, errors);
  return { context, consolePage, audience, errors };
}

/** Text of the audience view that would give the answer away. */
async function leaks(audience, answerKey) {
  const text = await audience.locator('main.audience').innerText();
  return answerKey.filter((why) => text.includes(why)).concat((await audience.locator('.is-right').count()) ? ['.is-right'] : []);
}

test('a vote changes its own count in the console, and nothing else is rendered again', async () => {
  const { context, consolePage, errors } = await pair();
  await consolePage.goto(`${server.url}#/workshop`);
  await consolePage.locator('#ws-teams').fill('');
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await consolePage.locator('.playlist li').first().waitFor();
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await consolePage.locator('#console-question').waitFor();
  // Watch every change below the console, and keep hold of nodes a full render would replace.
  await consolePage.evaluate(() => {
    const console = document.querySelector('.console');
    window.__kept = [document.getElementById('console-question'), ...console.querySelectorAll('.vote-grid input, .answer-key li, .actions button')];
    window.__changes = [];
    const describe = (node) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className ? `.${String(el.className).replace(/ /g, '.')}` : ''}`;
    };
    new MutationObserver((records) => {
      for (const r of records) window.__changes.push({ type: r.type, where: describe(r.target), letter: (r.target.nodeType === 1 ? r.target : r.target.parentElement).closest('[data-letter]')?.dataset.letter ?? null });
    }).observe(console, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await consolePage.locator('body').press('a');
  await consolePage.waitForFunction(() => document.querySelector('.vote-grid input[data-letter="A"]').value === '1');
  await consolePage.locator('body').press('b');
  await consolePage.waitForFunction(() => document.querySelector('.vote-grid input[data-letter="B"]').value === '1');
  // Let any late render land before looking.
  await consolePage.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
  const { changes, replaced, counts } = await consolePage.evaluate(() => ({
    changes: window.__changes,
    replaced: window.__kept.filter((node) => !node.isConnected).length,
    counts: [...document.querySelectorAll('.vote-grid input')].map((input) => input.value),
  }));
  assert.equal(replaced, 0, 'no node of the console was replaced');
  assert.deepEqual(changes.filter((c) => !['A', 'B'].includes(c.letter)), [], 'nothing outside the two vote rows changed');
  assert.deepEqual(counts.slice(0, 2), ['1', '1']);
  assert.ok(counts.slice(2).every((v) => v === '0'), `other counts: ${counts}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('console and audience stay in sync through a scenario, and nothing leaks before reveal', async () => {
  const { context, consolePage, audience, errors } = await pair();
  await consolePage.goto(`${server.url}#/workshop`);
  await consolePage.locator('#ws-teams').waitFor();
  assert.deepEqual(await axeViolations(consolePage), [], 'setup');
  await consolePage.locator('#ws-teams').fill('');
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await consolePage.locator('.playlist li').first().waitFor();
  assert.deepEqual(await axeViolations(consolePage), [], 'lobby');
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-waiting').waitFor();
  assert.deepEqual(await axeViolations(audience), [], 'audience waiting');

  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  const question = await consolePage.locator('#console-question').innerText();
  await audience.locator('.audience-question h1', { hasText: question }).waitFor();
  const answerKey = await consolePage.locator('.answer-key li').evaluateAll((lis) => lis.map((li) => li.textContent.split(': ').slice(1).join(': ').trim()));
  assert.deepEqual(await leaks(audience, answerKey), [], 'no answer on screen before reveal');

  // Timer: start, +30 s; the audience counts down from the same end time.
  await consolePage.locator('body').press(' ');
  await consolePage.getByRole('button', { name: '+30 s' }).click();
  await audience.waitForFunction(() => /^1:2\d$/.test(document.querySelector('.audience-timer')?.textContent ?? ''));

  // Votes by keyboard and by typing a count.
  for (const key of ['a', 'a', 'b']) await consolePage.locator('body').press(key);
  const last = consolePage.locator('.vote-grid input').last();
  await last.fill('3');
  await last.press('Tab');
  await audience.locator('.audience-ballots', { hasText: '6 stemmen binnen' }).waitFor();
  assert.deepEqual(await leaks(audience, answerKey), [], 'still nothing after votes');
  await screenshot(audience, 'workshop-audience-question-1920');
  assert.deepEqual(await axeViolations(audience), [], 'audience question');
  await screenshot(consolePage, 'workshop-console-1920');
  assert.deepEqual(await axeViolations(consolePage), [], 'console');

  // Reveal: the right answer, its explanation and the bars.
  await consolePage.locator('body').press('r');
  await audience.locator('.audience-options.revealed li.is-right').first().waitFor();
  assert.equal(await audience.locator('.audience-options.revealed li').count(), await consolePage.locator('.answer-key li').count());
  assert.match(await audience.locator('.audience-options.revealed li').first().innerText(), /2 · 33%/);
  await screenshot(audience, 'workshop-audience-reveal-1920');
  assert.deepEqual(await axeViolations(audience), [], 'audience reveal');

  // A reload of either window resumes.
  await audience.reload();
  await audience.locator('.audience-options.revealed').waitFor();
  await consolePage.reload();
  assert.equal(await consolePage.locator('#console-question').innerText(), question);

  // Next: the audience follows, with a fresh question and nothing revealed.
  await consolePage.locator('body').press('n');
  const second = await consolePage.locator('#console-question').innerText();
  assert.notEqual(second, question);
  await audience.locator('.audience-question h1', { hasText: second }).waitFor();
  assert.equal(await audience.locator('.is-right').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the projector follows the console into English and keeps the question on screen while that content arrives', async () => {
  // No service worker, so that the route below sees the projector's own fetch.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await reportViolations(context);
  const [consolePage, audience] = [await context.newPage(), await context.newPage()];
  const errors = [];
  for (const p of [consolePage, audience]) watch(p, errors);
  // The projector makes its view with its own copy of the content: the English one is slow to come.
  await audience.route(/content-en-[0-9a-f]+\.json$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await consolePage.goto(`${server.url}#/workshop`);
  await consolePage.locator('#ws-teams').fill('');
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-waiting').waitFor();
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  const vraag = await consolePage.locator('#console-question').innerText();
  await audience.locator('.audience-question h1', { hasText: vraag }).waitFor();
  await audience.evaluate(() => {
    window.__waiting = false;
    new MutationObserver(() => {
      window.__waiting ||= document.querySelector('.audience-waiting') !== null;
    }).observe(document.body, { subtree: true, childList: true });
  });

  await consolePage.locator('.lang-switch').click();
  await consolePage.waitForFunction((before) => document.getElementById('console-question')?.innerText !== before, vraag);
  const question = await consolePage.locator('#console-question').innerText();
  await audience.locator('.audience-question h1', { hasText: question }).waitFor();
  assert.match(await audience.locator('.audience-top').innerText(), /^Situation 1 of \d+/);
  assert.equal(await audience.evaluate(() => window.__waiting), false, 'the question stayed on screen');
  assert.deepEqual(await axeViolations(audience), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('teams, the summary with CSV, and clearing the session; the audience fits 1024x768', async () => {
  const { context, consolePage, audience, errors } = await pair({ width: 1024, height: 768 });
  await consolePage.goto(`${server.url}#/workshop`);
  await consolePage.getByText('Zelf kiezen').click();
  // A role question and an approach question: the room votes on steps as on roles.
  await consolePage.locator('.hand-item', { hasText: 'Wat is je volgende stap bij Yara?' }).locator('input').check();
  await consolePage.locator('.hand-item input').nth(0).check();
  await consolePage.locator('#ws-teams').fill('Rood\nBlauw');
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  const order = await consolePage.locator('.playlist-question').allInnerTexts();
  assert.equal(order.length, 2);
  await consolePage.getByRole('button', { name: 'Omlaag' }).first().click();
  assert.deepEqual(await consolePage.locator('.playlist-question').allInnerTexts(), [order[1], order[0]]);
  await audience.goto(`${server.url}#/workshop/audience`);
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await audience.locator('.audience-question').waitFor();
  const overflow = await audience.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `audience is ${overflow}px too wide at 1024x768`);
  await screenshot(audience, 'workshop-audience-1024');

  let sawSteps = false;
  for (let i = 0; i < 2; i++) {
    const question = await consolePage.locator('#console-question').innerText();
    await audience.locator('.audience-question h1', { hasText: question }).waitFor();
    if (question === 'Wat is je volgende stap bij Yara?') {
      sawSteps = true;
      assert.equal(await audience.locator('.audience-options.steps li').count(), 4);
      assert.match(await audience.locator('.audience-options').innerText(), /Vraag Yara of ze je wil voorstellen aan de directeur of aan de inkoper\./);
      assert.doesNotMatch(await audience.locator('main.audience').innerText(), /Het hoofdstuk raadt aan/, 'no explanation before reveal');
      assert.deepEqual(await axeViolations(audience), [], 'audience approach question');
      await screenshot(audience, 'workshop-audience-approach-1024');
    }
    // Team Rood picks every right option, Blauw the first wrong one.
    for (const rightLetter of await consolePage.locator('.answer-key li.is-right .letter').allInnerTexts()) {
      await consolePage.getByRole('checkbox', { name: `Rood: ${rightLetter}` }).check();
    }
    const wrongLetter = await consolePage.locator('.answer-key li.is-wrong .letter').first().innerText();
    await consolePage.getByRole('checkbox', { name: `Blauw: ${wrongLetter}` }).check();
    await consolePage.getByRole('button', { name: /Toon het antwoord/ }).click();
    await audience.locator('.scoreboard', { hasText: `Rood${2 * (i + 1)}` }).waitFor();
    if (question === 'Wat is je volgende stap bij Yara?') {
      assert.match(await audience.locator('.audience-why').innerText(), /Het hoofdstuk raadt aan de portier te vragen/);
      await screenshot(audience, 'workshop-audience-approach-reveal-1024');
    }
    await consolePage.getByRole('button', { name: /Volgende|Naar de samenvatting/ }).click();
  }
  assert.ok(sawSteps, 'the approach question was played');
  await consolePage.locator('#summary-title').waitFor();
  assert.match(await consolePage.locator('.standings').innerText(), /Rood · 4[\s\S]*Blauw · 0/);
  assert.equal(await consolePage.locator('.summary-table').first().locator('tbody tr').count(), 2);
  // The approach question counts for the role it is about (gatekeeper), found by every right step.
  assert.match(await consolePage.locator('.summary-table tr[data-role=gatekeeper]').innerText(), /Portier/);
  await audience.locator('.audience-summary').waitFor();
  assert.deepEqual(await axeViolations(audience), [], 'audience summary');
  assert.deepEqual(await axeViolations(consolePage), [], 'summary');
  const download = consolePage.waitForEvent('download');
  await consolePage.getByRole('button', { name: 'Download als CSV' }).click();
  const csv = await readFile(await (await download).path(), 'utf8');
  assert.equal(csv.trim().split(/\r\n/).length, 3, 'a header and one row per scenario');
  assert.match(csv, /Vraag Yara of ze je wil voorstellen aan de directeur of aan de inkoper\./, 'the right step in the CSV');

  await consolePage.getByRole('button', { name: 'Sessie beëindigen en wissen' }).click();
  await consolePage.getByRole('button', { name: 'Ja, wis deze sessie' }).click();
  await consolePage.getByRole('button', { name: 'Start de sessie' }).waitFor();
  await audience.locator('.audience-waiting').waitFor();
  // Nothing of the session is kept; only the count of changes, so the projector never
  // takes an older state for a newer one.
  const stored = JSON.parse(await consolePage.evaluate(() => localStorage.getItem('dmu-trainer.workshop')));
  assert.equal(stored.data.session, null);
  assert.ok(stored.data.generation > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('once loaded, the audience window opens and follows the console without a network', async () => {
  const { context, consolePage, errors } = await pair({ width: 1280, height: 800 });
  await consolePage.goto(`${server.url}#/workshop`);
  await consolePage.evaluate(() => navigator.serviceWorker.ready);
  await consolePage.reload();
  await consolePage.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  await context.setOffline(true);
  const audience = await context.newPage();
  await audience.goto(`${server.url}#/workshop/audience`);
  await audience.locator('.audience-waiting').waitFor();
  await consolePage.getByRole('button', { name: 'Start de sessie' }).click();
  const question = await consolePage.locator('#console-question').innerText();
  await audience.locator('.audience-question h1', { hasText: question }).waitFor();
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('in English and dark mode, progress, console and audience still pass axe', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'dark' });
  await reportViolations(context);
  const page = await context.newPage();
  await page.goto(`${server.url}#/progress`);
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.locator('#progress-title', { hasText: 'Progress' }).waitFor();
  assert.deepEqual(await axeViolations(page), [], 'progress');
  await page.goto(`${server.url}#/workshop`);
  await page.getByRole('button', { name: 'Start the session' }).click();
  const audience = await context.newPage();
  await audience.goto(`${server.url}#/workshop/audience`);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await audience.locator('.audience-question').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'console');
  assert.deepEqual(await axeViolations(audience), [], 'audience');
  await page.locator('body').press('a');
  await page.locator('body').press('r');
  await audience.locator('.audience-options.revealed').waitFor();
  assert.deepEqual(await axeViolations(audience), [], 'audience after reveal');
  await screenshot(audience, 'workshop-audience-dark-en');
  await context.close();
});
