// A round of the quiz as a student plays it, by mouse and by keyboard only, in the release
// build in headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, newPage, axeViolations, screenshot } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function startSet(page, setTitle, size) {
  await page.goto(`${server.url}#/practice`);
  await page.locator('#round-size').selectOption(String(size));
  await page.locator('.tile', { hasText: setTitle }).click();
  await page.locator('#question-title').waitFor();
}

test('a full round by mouse: the contract question answered wrong, an approach question right, then reviewed', async () => {
  const page = await newPage(browser);
  await startSet(page, 'Industrie en logistiek', 20);
  let questions = 0;
  let sawContract = false;
  let sawApproach = false;
  for (;;) {
    const title = await page.locator('#question-title').innerText();
    questions += 1;
    const options = page.locator('label.option');
    // Every role question offers all six roles, as checkboxes: the count of right roles
    // is never given away.
    assert.equal(await page.locator('.option input[type=radio]').count(), 0, title);
    assert.doesNotMatch(await page.locator('.quiz').innerText(), /\(\d\)/, title);
    if (title === 'Welke rol heeft Hidde?') {
      sawContract = true;
      assert.equal(await options.count(), 6);
      assert.match(await page.locator('.situation, .person-about').allInnerTexts().then((t) => t.join(' ')), /tekent het contract/);
      await page.locator('label.option', { hasText: 'Beslisser' }).click();
      await page.getByRole('button', { name: 'Controleer' }).click();
      const feedback = page.locator('.feedback');
      await feedback.waitFor();
      assert.match(await feedback.locator('h2').innerText(), /Niet goed/);
      assert.match(await feedback.innerText(), /Koper \(juiste antwoord · niet gekozen\)/);
      assert.match(await feedback.innerText(), /Beslisser \(jouw keuze · niet goed\)/);
      assert.equal(await feedback.locator('.read-back a').getAttribute('href'), '#koper');
      assert.match(await page.locator('label.option.is-missed').innerText(), /Koper/);
      assert.deepEqual(await axeViolations(page), [], 'feedback view');
      await screenshot(page, 'quiz-feedback-wrong');
    } else if (title === 'Hoe benader je Hugo?') {
      // An approach question: steps, not roles; both right steps chosen.
      sawApproach = true;
      assert.equal(await page.locator('label.option.is-step').count(), 5);
      assert.match(await page.locator('fieldset.part legend').innerText(), /Kies elke stap die past/);
      await page.locator('label.option', { hasText: 'Nodig Hugo uit voor je webinar' }).click();
      await page.locator('label.option', { hasText: 'Stuur Hugo een case study' }).click();
      await page.getByRole('button', { name: 'Controleer' }).click();
      const feedback = page.locator('.feedback');
      await feedback.waitFor();
      assert.match(await feedback.locator('h2').innerText(), /^.?\s*Goed/);
      assert.match(await feedback.innerText(), /Stuur Hugo een case study van een vergelijkbare fabriek die de overstap al maakte\. \(jouw keuze · goed\)/);
      assert.equal(await feedback.locator('.read-back a').getAttribute('href'), '#beslisser');
      assert.deepEqual(await axeViolations(page), [], 'approach feedback');
      await screenshot(page, 'quiz-approach-right');
    } else {
      // One option in every part: enough to be graded.
      for (const part of await page.locator('fieldset.part').all()) {
        await part.locator('label.option').first().click();
      }
      await page.getByRole('button', { name: 'Controleer' }).click();
      await page.locator('.feedback').waitFor();
    }
    const next = page.getByRole('button', { name: /Volgende vraag|Bekijk je resultaat/ });
    const last = (await next.innerText()).includes('resultaat');
    await next.click();
    if (last) break;
    await page.waitForFunction((n) => document.querySelector('.quiz-progress p')?.textContent.startsWith(`Vraag ${n + 1} `), questions);
  }
  assert.equal(questions, 18, 'the whole Industrie set');
  assert.ok(sawContract, 'the contract question was in the set');
  assert.ok(sawApproach, 'the approach question was in the set');
  await page.locator('#result-title').waitFor();
  assert.match(await page.locator('.score').innerText(), /van 18 punten/);
  const review = page.locator('.review-item', { hasText: 'Welke rol heeft Hidde?' });
  assert.equal(await review.locator('.yours dd').innerText(), 'Beslisser');
  assert.equal(await review.locator('.right dd').innerText(), 'Koper');
  const approach = page.locator('.review-item', { hasText: 'Hoe benader je Hugo?' });
  assert.match(await approach.locator('.right dd').innerText(), /Nodig Hugo uit voor je webinar .* · Stuur Hugo een case study/);
  assert.match(await approach.getAttribute('class'), /is-right/);
  // The approach question counts for the role it is about.
  assert.match(await page.locator('.role-table tr[data-role=decision-maker]').innerText(), /Beslisser/);
  assert.deepEqual(await axeViolations(page), [], 'result view');
  await screenshot(page, 'quiz-result');

  // Retry the missed ones: a new round with exactly those questions.
  const missed = await page.locator('.review-item:not(.is-right)').count();
  await page.getByRole('button', { name: 'Oefen de gemiste vragen opnieuw' }).click();
  await page.locator('#question-title').waitFor();
  assert.match(await page.locator('.quiz-progress p').innerText(), new RegExp(`van ${missed}$`));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a full round by keyboard only, with number keys and Enter', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#/practice`);
  await page.locator('#round-size').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'practice page');
  await page.locator('#round-size').selectOption('5');
  await page.getByRole('button', { name: 'Start' }).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  assert.deepEqual(await axeViolations(page), [], 'question view');
  for (let n = 1; n <= 5; n++) {
    assert.match(await page.locator('.quiz-progress p').innerText(), new RegExp(`^Vraag ${n} van 5`));
    await page.keyboard.press('Enter');
    assert.ok(await page.locator('.form-warning').isVisible(), 'Enter without a choice asks to choose');
    await page.keyboard.press('2');
    assert.equal(await page.locator('fieldset.part').first().locator('input:checked').count(), 1);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    const live = await page.locator('[aria-live="polite"]').innerText();
    assert.match(live, /Goed|Deels goed|Niet goed/, 'the verdict is announced');
    await page.keyboard.press('Enter');
  }
  await page.waitForFunction(() => document.activeElement?.id === 'result-title');
  assert.match(await page.locator('.score').innerText(), /van 5 punten/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a round survives a reload and "read back" returns to it', async () => {
  const page = await newPage(browser);
  await startSet(page, 'Zorg en welzijn', 5);
  const title = await page.locator('#question-title').innerText();
  // The round's order is random, and a case asks about several people: one option each.
  for (const part of await page.locator('fieldset.part').all()) await part.locator('label.option').first().click();
  await page.getByRole('button', { name: 'Controleer' }).click();
  await page.locator('.feedback .read-back a').first().click();
  await page.waitForFunction(() => !location.hash.startsWith('#/'));
  await page.locator('.back-to-quiz a').click();
  await page.locator('.feedback').waitFor();
  assert.equal(await page.locator('#question-title').innerText(), title, 'same question, feedback kept');
  await page.reload();
  await page.locator('.feedback').waitFor();
  assert.equal(await page.locator('#question-title').innerText(), title);
  // Reopening the app at its bare address continues where the learner was.
  await page.goto(server.url);
  await page.locator('.feedback').waitFor();
  assert.equal(await page.locator('#question-title').innerText(), title);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('every approach question reads back at its own place in the chapter, sub-headings too', async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}#/practice`);
  // A round of 20 holds every approach question there is.
  await page.locator('#round-size').selectOption('20');
  await page.locator('section', { has: page.locator('#approach-title') }).getByRole('button', { name: 'Start' }).click();
  const places = new Set();
  while (await page.waitForFunction(() => ['question-title', 'result-title'].includes(document.activeElement?.id))
    .then(() => page.evaluate(() => document.activeElement.id)) === 'question-title') {
    await page.keyboard.press('1');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'feedback-title');
    // The link names the place it goes to, and that place is a heading of the chapter.
    const { id, text, heading } = await page.locator('.feedback .read-back a').evaluate((a) => {
      const id = a.getAttribute('href').slice(1);
      return { id, text: a.textContent, heading: document.getElementById(id)?.textContent.trim() };
    });
    assert.ok(heading, `#${id} is in the chapter`);
    assert.equal(text, `Lees terug in het hoofdstuk: ${heading}`);
    places.add(id);
    await page.keyboard.press('Enter');
  }
  // "Vraag om een introductie" is a sub-heading of the gatekeeper's section.
  assert.ok(places.has('introductie'), [...places].join(', '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the quiz follows the language switch, on a phone', async () => {
  const page = await newPage(browser, { viewport: { width: 320, height: 700 } });
  await page.goto(`${server.url}#/practice`);
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  // The part follows as soon as the English content is here (fetched on the switch).
  await page.locator('.practice h1', { hasText: 'Practise' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).first().click();
  await page.locator('#question-title').waitFor();
  assert.match(await page.locator('.quiz-progress p').innerText(), /^Question 1 of 10/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
  assert.deepEqual(await axeViolations(page), []);
  await screenshot(page, 'quiz-phone-en');
  await page.locator('.lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'nl');
  await page.context().close();
});

test('a role card starts a round on that role', async () => {
  const page = await newPage(browser);
  await page.goto(server.url);
  await page.getByRole('link', { name: /Oefen deze rol\s*: Portier/ }).click();
  await page.locator('#question-title').waitFor();
  assert.match(await page.locator('.quiz-progress p').innerText(), /^Vraag 1 van 10/);
  // Every question in the round practises the gatekeeper: a role question has it among its
  // right answers, an approach question is about a gatekeeper. Check one.
  const steps = await page.locator('label.option.is-step').count();
  await page.locator('fieldset.part').first().locator('label.option').first().click();
  await page.getByRole('button', { name: 'Controleer' }).click();
  if (steps) {
    assert.match(await page.locator('article.question').innerText(), /portier/i);
  } else {
    const right = await page.locator('.feedback .explanations li.is-right strong').allInnerTexts();
    assert.ok(right.includes('Portier'), `right answers: ${right}`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
