// A set as a handout to print: a built-in set's handout shows every scenario with empty
// tick boxes and no answers, then the answer key, which the trainer can leave out for the
// group's copies; in print the site's header, footer and
// the buttons are gone and the key starts a page of its own, on several A4 pages; an own
// set's handout opens from its card, in the set's language; an unknown id says so, with
// the way back; axe finds nothing at phone and desktop widths. Release build, headless
// Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launch, newPage, axeViolations, screenshot, root } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A scenario file's title and how many scenarios it has. */
async function setFile(lang, id) {
  const text = await readFile(join(root, 'content', lang, 'scenarios', `${id}.md`), 'utf8');
  return { text, title: /^title: (.*)$/m.exec(text)[1], count: text.match(/^## /gm).length };
}

/** Opens the handout of `id` and waits for `shown`: its key, or the notice that it is missing. */
async function openHandout(page, id, shown = '.handout-key') {
  await page.goto(`${server.url}#/sets/handout/${id}`);
  await page.locator(shown).waitFor();
}

test('1. a built-in set\'s handout shows every scenario with empty boxes, then the answer key', async () => {
  const bouw = await setFile('nl', 'bouw');
  const page = await newPage(browser);
  await openHandout(page, 'bouw');
  assert.equal(await page.locator('.handout-sheet h1').innerText(), bouw.title);
  assert.match(await page.locator('.handout-name').innerText(), /^Naam:/);
  const questions = page.locator('.handout-question');
  assert.equal(await questions.count(), bouw.count, 'every scenario');
  const numbers = await questions.locator('h2').allInnerTexts();
  assert.deepEqual(numbers.map((h) => Number.parseInt(h, 10)), Array.from({ length: bouw.count }, (_, i) => i + 1));
  // Every part has its options as empty boxes: six roles, or three to six steps.
  for (const part of await page.locator('.handout-part').all()) {
    const boxes = await part.locator('.handout-box').count();
    assert.ok(boxes >= 3 && boxes <= 6, `${boxes} boxes`);
  }
  assert.equal(await page.locator('.handout-question input').count(), 0, 'boxes to tick on paper');

  // The key: a heading, every scenario again, an answer per part.
  assert.equal(await page.locator('.handout-key h2').innerText(), 'Antwoordsleutel');
  assert.equal(await page.locator('.handout-key-item').count(), bouw.count);
  assert.equal(await page.locator('.handout-answer').count(), await page.locator('.handout-part').count());
  // Nothing of the key is on the question pages: no explanation, tip or discussion note.
  const sheet = (await questions.allInnerTexts()).join('\n');
  const whys = await page.locator('.handout-why li').evaluateAll((items) => items.map((li) => li.textContent.split('): ').slice(1).join('): ').trim()));
  const notes = await page.locator('.handout-note').evaluateAll((items) => items.map((n) => [...n.children].slice(1).map((c) => c.textContent).join(' ').trim()));
  assert.ok(whys.length > bouw.count * 3 && notes.length > 0);
  for (const text of [...whys, ...notes]) assert.ok(!sheet.includes(text), `on the question pages: ${text}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('2. in print the header and buttons are hidden, the key starts a new page, and the PDF has several pages', async () => {
  const page = await newPage(browser);
  await openHandout(page, 'bouw');
  assert.ok(await page.locator('.handout-tools button').isVisible(), 'the print button shows on screen');
  await page.emulateMedia({ media: 'print' });
  const style = await page.evaluate(() => {
    const of = (selector) => getComputedStyle(document.querySelector(selector));
    return {
      header: of('.site-header').display,
      skip: of('.skip-link').display,
      footer: of('.site-footer').display,
      tools: of('.handout-tools').display,
      keyBreak: of('.handout-key').breakBefore,
      question: of('.handout-question').breakInside,
      color: of('.handout').color,
    };
  });
  assert.deepEqual(style, {
    header: 'none', skip: 'none', footer: 'none', tools: 'none',
    keyBreak: 'page', question: 'avoid', color: 'rgb(0, 0, 0)',
  });
  await screenshot(page, 'set-handout-print');
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  assert.ok(pages > 1, `${pages} pages`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('2b. without the key, the group\'s copies print only the questions; with it again, the key is back', async () => {
  const page = await newPage(browser);
  await openHandout(page, 'bouw');
  const withKey = page.getByRole('checkbox', { name: /Met de antwoordsleutel/ });
  assert.ok(await withKey.isChecked(), 'the key is printed unless the trainer says otherwise');
  await page.emulateMedia({ media: 'print' });
  const pagesOf = async () => (await page.pdf({ format: 'A4' })).toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;
  const all = await pagesOf();
  await page.emulateMedia({ media: 'screen' });
  await withKey.uncheck();
  assert.ok(await page.locator('.handout-key').isHidden(), 'no key on the page');
  assert.equal(await page.locator('.handout-question').count(), (await setFile('nl', 'bouw')).count, 'every question still');
  await page.emulateMedia({ media: 'print' });
  const copies = await pagesOf();
  assert.ok(copies >= 1 && copies < all, `${copies} pages without the key, ${all} with it`);
  await page.emulateMedia({ media: 'screen' });
  await withKey.check();
  await page.locator('.handout-key').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('3. an own set\'s handout opens from its card, in the set\'s language', async () => {
  const ict = await setFile('en', 'ict');
  const text = ict.text.replace(/^id: .*$/m, 'id: our-it').replace(/^title: .*$/m, 'title: Our IT set');
  const page = await newPage(browser);
  await page.goto(`${server.url}#/sets`);
  await page.locator('input[type=file]').setInputFiles({ name: 'our-it.md', mimeType: 'text/markdown', buffer: Buffer.from(text) });
  const card = page.locator('.set-card', { hasText: 'Our IT set' });
  await card.locator('a[href^="#/sets/handout/u-"]').click();
  await page.locator('.handout-key').waitFor();
  assert.equal(await page.locator('.handout-sheet h1').innerText(), 'Our IT set');
  assert.equal(await page.locator('.handout-sheet').getAttribute('lang'), 'en', 'an English sheet in a Dutch page');
  assert.equal(await page.locator('.handout-question').count(), ict.count);
  assert.equal(await page.locator('.handout-key h2').innerText(), 'Answer key');
  assert.equal(await page.locator('.handout-tools button').innerText(), 'Afdrukken', 'the buttons follow the interface');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('4. an unknown set says it does not exist, with the way back to My sets', async () => {
  const page = await newPage(browser);
  await openHandout(page, 'geen-set', '.handout [role=alert]');
  const notice = page.locator('.handout [role=alert]');
  assert.match(await notice.innerText(), /Deze set bestaat niet \(meer\) in deze browser\./);
  assert.equal(await page.locator('.handout-question').count(), 0);
  await notice.getByRole('link', { name: 'Terug naar Mijn sets' }).click();
  await page.locator('#own-sets-title').waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [width, height] of [[390, 844], [1280, 900]]) {
  test(`5. axe finds nothing on a handout and on a missing one at ${width} px`, async () => {
    const page = await newPage(browser, { viewport: { width, height } });
    await openHandout(page, 'bouw');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, `set-handout-${width}`);
    await openHandout(page, 'geen-set', '.handout [role=alert]');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
