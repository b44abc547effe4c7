// A trainer's own sets: import from a file, play and see it in progress, share by link
// into a fresh browser profile, play in the workshop, and hostile files that never break
// or run anything. Release build, headless Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, newPage, axeViolations, screenshot, answerOne, shownAnswers } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A small valid set in Dutch, with ids that a built-in set uses too. */
const SET = `---
id: zorg
title: Eigen zorgcases
lang: nl
description: Drie cases uit een ziekenhuis, voor de test.
---

## Welke rol heeft Noor? {#bouw-uitvoerder-bouwkeet section=koper}

Noor vraagt drie offertes aan voor nieuwe bedden en [tekent het contract](#koper).

- [ ] Initiatiefnemer: Nee. Zij begint de aankoop niet.
- [ ] Beïnvloeder: Nee. Zij stelt geen eisen.
- [ ] Portier: Nee. Zij houdt niemand tegen.
- [ ] Beslisser: Nee. Het bestuur kiest.
- [x] Koper: Ja. Zij regelt de offertes en tekent.
- [ ] Gebruiker: Nee. Zij werkt niet met de bedden.

## Welke rol heeft Joris? {#joris-bedden section=gebruiker}

Joris is verpleegkundige en tilt elke dag patiënten in de bedden.

- [ ] Initiatiefnemer: Nee. Hij begon niets.
- [ ] Beïnvloeder: Nee. Hij stelt geen eisen.
- [ ] Portier: Nee. Hij houdt niemand tegen.
- [ ] Beslisser: Nee. Hij kiest niet.
- [ ] Koper: Nee. Hij tekent niets.
- [x] Gebruiker: Ja. Hij werkt er elke dag mee.

## Welke rol heeft Fatma? {#fatma-bedden section=beslisser}

Fatma is lid van het bestuur en kiest welk bed het wordt.

- [ ] Initiatiefnemer: Nee. Zij begon niets.
- [ ] Beïnvloeder: Nee. Zij adviseert niet, zij kiest.
- [ ] Portier: Nee. Zij houdt niemand tegen.
- [x] Beslisser: Ja. Zij kiest het bed.
- [ ] Koper: Nee. Zij tekent niet.
- [ ] Gebruiker: Nee. Zij werkt er niet mee.
`;

/** A file for the import's file picker. */
const file = (name, text) => ({ name, mimeType: 'text/markdown', buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8') });

/**
 * A share link made outside the app, as anyone could (dmu_core::sets::share): format 1,
 * the packed length, 8 bytes of its SHA-256, and the Markdown deflated; base64url.
 */
function packLink(markdown) {
  const packed = deflateRawSync(Buffer.from(markdown, 'utf8'), { level: 9 });
  const length = Buffer.alloc(4);
  length.writeUInt32LE(packed.length);
  const sum = createHash('sha256').update(packed).digest().subarray(0, 8);
  return Buffer.concat([Buffer.from([1]), length, sum, packed]).toString('base64url');
}

async function openSets(page) {
  await page.goto(`${server.url}#/sets`);
  await page.locator('#set-file').waitFor({ state: 'attached' });
}

async function importFile(page, name, text) {
  await page.locator('#set-file').setInputFiles(file(name, text));
}

test('import a set from a file, play a round of it, and see it in progress', async () => {
  const page = await newPage(browser);
  await openSets(page);
  assert.deepEqual(await axeViolations(page), [], 'My sets, empty');
  await importFile(page, 'zorg.md', SET);
  await page.locator('#sets-flash .notice', { hasText: 'Eigen zorgcases' }).waitFor();
  assert.match(await page.locator('#sets-flash').innerText(), /toegevoegd: 3 situaties/);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  assert.match(await card.innerText(), /Nederlands · 3 situaties/);
  assert.deepEqual(await axeViolations(page), [], 'My sets, with a set');
  await screenshot(page, 'sets-desktop');

  // Practise it: a round of the set's three questions, in the practice part.
  await card.getByRole('button', { name: 'Oefenen' }).click();
  await page.waitForFunction(() => location.hash === '#/quiz');
  await page.locator('#question-title').waitFor();
  const titles = [];
  for (let i = 0; i < 3; i++) {
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    titles.push(await page.locator('#question-title').innerText());
    await answerOne(page, '5');
  }
  assert.deepEqual(titles.sort(), ['Welke rol heeft Fatma?', 'Welke rol heeft Joris?', 'Welke rol heeft Noor?']);
  assert.equal(await shownAnswers(page, server.url), 3);
  // Its progress is kept under the set's own namespace, apart from the built-in id it reuses.
  const keys = await page.evaluate(() => Object.keys(localStorage).map((k) => localStorage.getItem(k)).join('\n'));
  assert.match(keys, /u-zorg-[0-9a-f]{8}\/bouw-uitvoerder-bouwkeet/);
  assert.deepEqual(page.errors, []);

  // It is also on the practice page, beside the built-in sets.
  await page.goto(`${server.url}#/practice`);
  await page.locator('#by-set-title').waitFor();
  assert.equal(await page.locator('.tile-title', { hasText: 'Eigen zorgcases' }).count(), 1);
  await page.context().close();
});

test('two roles the learner mixed up are set side by side, "often" only from the second time', async () => {
  const page = await newPage(browser);
  await openSets(page);
  // One question, so each round asks it: Noor is the buyer.
  await importFile(page, 'noor.md', SET.split('\n## Welke rol heeft Joris?')[0]);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  await card.waitFor();
  const contrasts = [];
  for (let round = 0; round < 2; round++) {
    await card.getByRole('button', { name: 'Oefenen' }).click();
    await page.waitForFunction(() => document.activeElement?.id === 'question-title');
    await page.locator('label.option', { hasText: 'Beslisser' }).click();
    await page.getByRole('button', { name: 'Controleer' }).click();
    await page.locator('.feedback').waitFor();
    contrasts.push(await page.locator('.contrast h3').innerText());
    await page.getByRole('button', { name: 'Bekijk je resultaat' }).click();
    await page.locator('#result-title').waitFor();
    await openSets(page);
  }
  assert.deepEqual(contrasts, [
    'Het verschil dat je miste: Beslisser ↔ Koper',
    'Het verschil dat je vaak mist: Beslisser ↔ Koper',
  ]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a round of an own set survives a reload', async () => {
  const page = await newPage(browser);
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).getByRole('button', { name: 'Oefenen' }).click();
  await answerOne(page, '5');
  await page.waitForFunction(() => document.activeElement?.id === 'question-title');
  const before = await page.locator('#question-title').innerText();
  await page.reload();
  await page.locator('#question-title').waitFor();
  assert.equal(await page.locator('#question-title').innerText(), before);
  assert.match(await page.locator('.quiz-progress').innerText(), /2/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an English set imported before the English chapter is here waits for it, then imports', async () => {
  // Without the service worker: once it controls the page (it claims it as soon as it is
  // active) it fetches the content file itself, where page.route cannot hold it back.
  const page = await newPage(browser, { serviceWorkers: 'block' });
  // The English content file is held back until the import has been asked for.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/content-en-[0-9a-f]+\.json$/, async (route) => { await held; await route.continue(); });
  await openSets(page);
  const english = `---\nid: it-cases\ntitle: IT cases\nlang: en\n---\n\n## Which role does Noor have? {#noor-it section=buyer}\n\nNoor [signs the contract](#buyer).\n\n${
    ['Initiator', 'Influencer', 'Gatekeeper', 'Decision maker', 'Buyer', 'User']
      .map((role) => `- [${role === 'Buyer' ? 'x' : ' '}] ${role}: ${role === 'Buyer' ? 'Yes, she signs.' : 'No.'}`).join('\n')}\n`;
  await importFile(page, 'it.md', english);
  await page.locator('p[role=status]', { hasText: 'Bezig met lezen' }).waitFor();
  release();
  await page.locator('.set-card', { hasText: 'IT cases' }).waitFor();
  assert.equal(await page.locator('.import-errors').count(), 0, 'no link taken for one that goes nowhere');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a file with errors lists each with its line and imports nothing', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openSets(page);
  const broken = SET.replace('- [ ] Portier: Nee. Zij houdt niemand tegen.\n- [ ] Beslisser: Nee. Het bestuur kiest.', '- [ ] Baas: Nee.')
    .replace('Joris is verpleegkundige', 'Joris is [verpleegkundige](#nergens)');
  await importFile(page, 'kapot.md', broken);
  const errors = page.locator('.import-errors');
  await errors.waitFor();
  const text = await errors.innerText();
  assert.match(text, /kapot\.md: 2 fouten/);
  assert.match(text, /Regel 14/);
  assert.match(text, /Regel 20/);
  assert.match(text, /#nergens/);
  assert.equal(await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).count(), 0, 'nothing imported');
  assert.deepEqual(await axeViolations(page), [], 'errors, phone');
  await screenshot(page, 'sets-errors-phone');
  // Fixed, the same file name imports.
  await importFile(page, 'kapot.md', SET);
  await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).waitFor();
  assert.equal(await errors.count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('hostile files give a clear error or inert text, and never run anything', async () => {
  const page = await newPage(browser);
  await openSets(page);
  const cases = [
    ['script.md', SET.replace('Noor vraagt', '<script>window.__ran = 1</script><img src=x onerror="window.__ran = 2"> Noor vraagt'), null],
    ['link.md', SET.replace('(#koper)', '(javascript:window.__ran=3)'), /niet toegestaan|not allowed/],
    ['data.md', SET.replace('(#koper)', '(data:text/html;base64,PHNjcmlwdD4=)'), /niet toegestaan|not allowed/],
    ['rtl.md', SET.replace('Welke rol heeft Noor?', 'Welke rol heeft No\u202eor?'), /U\+202E/],
    ['zero-width.md', SET.replace('title: Eigen zorgcases', 'title: Eigen\u200b zorgcases'), /U\+200B/],
    ['latin1.md', Buffer.concat([Buffer.from(SET.slice(0, 200), 'utf8'), Buffer.from([0xe9, 0xff]), Buffer.from(SET.slice(200), 'utf8')]), /UTF-8/],
    ['nesting.md', SET.replace('Joris is verpleegkundige', `${'> '.repeat(10000)}Joris is verpleegkundige`), /niveaus diep|levels deep/],
    ['big.md', Buffer.alloc(10 * 1024 * 1024, 'a'), /10240 KB/],
  ];
  for (const [name, text, expected] of cases) {
    await importFile(page, name, text);
    if (expected) {
      await page.locator('.import-errors', { hasText: name }).waitFor();
      assert.match(await page.locator('.import-errors').innerText(), expected, name);
    } else {
      await page.locator('#sets-flash .notice', { hasText: 'Eigen zorgcases' }).waitFor();
    }
  }
  // The set with markup in it was imported: the markup is text, on the page and in a round.
  await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).getByRole('button', { name: 'Oefenen' }).click();
  await page.locator('#question-title').waitFor();
  for (let i = 0; i < 3 && !(await page.locator('.situation', { hasText: '<script>' }).count()); i++) await answerOne(page, '1');
  assert.match(await page.locator('.situation').innerText(), /<script>window.__ran = 1<\/script><img src=x onerror=/);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing ran');
  assert.equal(await page.locator('.situation script, .situation img').count(), 0);
  // The rest of the app is unaffected.
  await page.goto(`${server.url}#koper`);
  await page.locator('#chapter').waitFor();
  assert.ok(await page.locator('#chapter').isVisible());
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a share link opens in a fresh profile, which adds the set; a damaged link says so', async () => {
  const page = await newPage(browser);
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  await card.getByRole('button', { name: 'Delen' }).click();
  const link = await card.locator('.share-link').inputValue();
  assert.match(link, /#\/set\/[A-Za-z0-9_-]+$/);
  assert.ok(link.length < 8000);
  assert.equal(await card.locator('.qr svg').count(), 1, 'a QR code');
  assert.deepEqual(await axeViolations(page), [], 'share panel');
  await card.locator('.qr').scrollIntoViewIfNeeded();
  await screenshot(page, 'sets-share');
  await page.context().close();

  // A fresh browser profile: nothing stored.
  const fresh = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await fresh.goto(link);
  const shared = fresh.locator('#shared-set-title');
  await shared.waitFor();
  assert.equal(await shared.innerText(), 'Eigen zorgcases');
  assert.match(await fresh.locator('#main').innerText(), /Nederlands · 3 situaties/);
  assert.deepEqual(await axeViolations(fresh), [], 'shared set, phone');
  await screenshot(fresh, 'sets-shared-phone');
  await fresh.getByRole('button', { name: 'Voeg toe aan Mijn sets' }).click();
  await fresh.waitForFunction(() => location.hash === '#/sets');
  await fresh.locator('.set-card', { hasText: 'Eigen zorgcases' }).waitFor();
  assert.deepEqual(fresh.errors, []);
  await fresh.context().close();

  // Played once, in another fresh profile: a round starts, and the set is not listed.
  const once = await newPage(browser);
  await once.goto(link);
  await once.locator('#shared-set-title').waitFor();
  assert.deepEqual(await axeViolations(once), [], 'shared set, desktop');
  await once.getByRole('button', { name: 'Eén keer spelen' }).click();
  await once.locator('#question-title').waitFor();
  await once.goto(`${server.url}#/sets`);
  await once.locator('#own-sets-title').waitFor();
  assert.equal(await once.locator('.set-card', { hasText: 'Eigen zorgcases' }).count(), 0);
  await once.context().close();

  // Damaged and cut links: a clear message, never a panic.
  const broken = await newPage(browser);
  const packed = link.split('#/set/')[1];
  const flipped = packed.slice(0, 40) + (packed[40] === 'A' ? 'B' : 'A') + packed.slice(41);
  for (const [bad, expected] of [
    [flipped, /beschadigd|afgebroken/],
    [packed.slice(0, Math.floor(packed.length / 2)), /afgebroken|beschadigd/],
    ['dit-is-geen-link!', /geen deellink/],
    ['', /leeg/],
  ]) {
    await broken.goto(`${server.url}#/set/${bad}`);
    // Waits for this link's own message (the page before showed another one).
    const alert = broken.locator('#main [role=alert]', { hasText: expected });
    await alert.waitFor();
    assert.match(await alert.innerText(), /kan niet worden geopend/, bad);
  }
  assert.deepEqual(await axeViolations(broken), [], 'a damaged link');
  assert.deepEqual(broken.errors, []);
  await broken.context().close();
});

test('a Moodle GIFT file: the questions that are not about roles are named, the rest can be imported', async () => {
  const page = await newPage(browser);
  await openSets(page);
  const gift = [
    '// Uit Moodle',
    '::Noor:: Noor vraagt offertes aan en tekent het contract. Welke rol heeft zij? {=Koper ~Gebruiker ~Beslisser ~Portier}',
    '',
    '::Hoofdstad:: Wat is de hoofdstad van Nederland? {=Amsterdam ~Rotterdam}',
    '',
    '::Team:: Welke rol past bij wie? {=Joris, verpleegkundige -> Gebruiker =Fatma, bestuurder -> Beslisser =-> Koper}',
    '',
  ].join('\n');
  await importFile(page, 'ziekenhuis_moodle.gift', gift);
  const errors = page.locator('.import-errors');
  await errors.waitFor();
  assert.match(await errors.innerText(), /ziekenhuis_moodle\.gift: 1 fout/);
  assert.match(await errors.innerText(), /Regel 4/);
  assert.deepEqual(await axeViolations(page), [], 'GIFT errors');
  await errors.getByRole('button', { name: /Importeer de vragen zonder fouten \(2\)/ }).click();
  const card = page.locator('.set-card', { hasText: 'ziekenhuis moodle' });
  await card.waitFor();
  assert.match(await card.innerText(), /Nederlands · 2 situaties/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an imported set plays in workshop mode', async () => {
  const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } });
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).waitFor();
  await page.goto(`${server.url}#/workshop`);
  await page.locator('#ws-set').waitFor();
  const value = await page.locator('#ws-set option', { hasText: 'Eigen zorgcases' }).getAttribute('value');
  assert.match(value, /^u-zorg-/);
  await page.locator('#ws-set').selectOption(value);
  await page.locator('#ws-teams').fill('');
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.locator('.playlist li').first().waitFor();
  assert.equal(await page.locator('.playlist li').count(), 3);
  await page.getByRole('button', { name: 'Start de sessie' }).click();
  await page.locator('#console-question').waitFor();
  assert.match(await page.locator('#console-question').innerText(), /Welke rol heeft (Noor|Joris|Fatma)\?/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('importing a changed set again keeps the progress of every unchanged question', async () => {
  const page = await newPage(browser);
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  await card.getByRole('button', { name: 'Oefenen' }).click();
  for (let i = 0; i < 3; i++) await answerOne(page, '5');
  // Joris's question gets a new id; Noor's and Fatma's keep theirs.
  await openSets(page);
  await importFile(page, 'zorg.md', SET.replace('{#joris-bedden', '{#joris-tilliften').replace('Eigen zorgcases', 'Zorgcases, versie 2'));
  const flash = page.locator('#sets-flash .notice', { hasText: 'vervangen' });
  await flash.waitFor();
  assert.match(await flash.innerText(), /De voortgang op 2 situaties blijft; 1 nieuw/);
  const own = page.locator('section', { has: page.locator('#own-sets-title') }).locator('.set-card');
  await own.filter({ hasText: 'Zorgcases, versie 2' }).waitFor();
  assert.equal(await own.count(), 1, 'replaced, not added beside');
  // The three answers stay in the history; two still count for questions of the set.
  assert.equal(await shownAnswers(page, server.url), 3);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('removing a set can be undone, and keeps the progress on it', async () => {
  const page = await newPage(browser);
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  await card.getByRole('button', { name: 'Oefenen' }).click();
  await answerOne(page, '5');
  await openSets(page);
  await card.getByRole('button', { name: 'Verwijderen' }).click();
  await page.locator('#sets-flash .notice', { hasText: 'verwijderd' }).waitFor();
  assert.equal(await card.count(), 0);
  await page.locator('#sets-flash').getByRole('button', { name: 'Ongedaan maken' }).click();
  await card.waitFor();
  await card.getByRole('button', { name: 'Verwijderen' }).click();
  await page.locator('#sets-flash .notice', { hasText: 'verwijderd' }).waitFor();
  assert.equal(await shownAnswers(page, server.url), 1, 'the answer on the removed set stays');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a set dropped on the page imports, and its export reads back as the same set', async () => {
  const page = await newPage(browser);
  await openSets(page);
  // A drop, as the browser delivers one from the desktop.
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'gesleept.md', { type: 'text/markdown' }));
    const zone = document.querySelector('.drop-zone');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, SET);
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  await card.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'Exporteer (.md)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'zorg.md');
  const exported = await readFile(await download.path(), 'utf8');
  assert.match(exported, /^---\nid: zorg\ntitle: Eigen zorgcases\nlang: nl/);
  // Removed, then imported from its own export: the same set again.
  await card.getByRole('button', { name: 'Verwijderen' }).click();
  await page.locator('#sets-flash .notice', { hasText: 'verwijderd' }).waitFor();
  await importFile(page, 'zorg.md', exported);
  await card.waitFor();
  assert.match(await card.innerText(), /Nederlands · 3 situaties/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a hostile share link is refused with its line, and one with markup opens as text', async () => {
  const page = await newPage(browser);
  const hostile = SET.replace('(#koper)', '(javascript:window.__ran=1)');
  await page.goto(`${server.url}#/set/${packLink(hostile)}`);
  const alert = page.locator('#main [role=alert]', { hasText: 'niet toegestaan' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /Regel 10/);
  const markup = SET.replace('title: Eigen zorgcases', 'title: <img src=x onerror="window.__ran=2">Zorg');
  await page.goto(`${server.url}#/set/${packLink(markup)}`);
  await page.locator('#shared-set-title', { hasText: '<img src=x' }).waitFor();
  assert.equal(await page.locator('#main img').count(), 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined, 'nothing ran');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a set too large for a link is offered as a file instead', async () => {
  const page = await newPage(browser);
  await openSets(page);
  // Many scenarios of words that do not repeat, so the set does not pack small.
  let seed = 7;
  const word = () => Array.from({ length: 7 }, () => String.fromCharCode(97 + ((seed = (seed * 48271) % 2147483647) % 26))).join('');
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const roles = ['Initiatiefnemer', 'Beïnvloeder', 'Portier', 'Beslisser', 'Koper', 'Gebruiker'];
  const scenarios = Array.from({ length: 40 }, (_, i) => [
    `## Welke rol heeft persoon ${i}? {#p-${i} section=koper}`, '', `${words(30)}.`, '',
    ...roles.map((role, r) => `- [${r === 4 ? 'x' : ' '}] ${role}: ${words(8)}.`), '',
  ].join('\n'));
  const big = `---\nid: groot\ntitle: Grote set\nlang: nl\n---\n\n${scenarios.join('\n')}`;
  await importFile(page, 'groot.md', big);
  const card = page.locator('.set-card', { hasText: 'Grote set' });
  await card.waitFor();
  await card.getByRole('button', { name: 'Delen' }).click();
  await card.locator('.share-panel', { hasText: 'te groot voor een link' }).waitFor();
  assert.equal(await card.locator('.share-panel').getByRole('button', { name: 'Exporteer (.md)' }).count(), 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('My sets in English, on a phone, passes axe', async () => {
  const page = await newPage(browser, { viewport: { width: 390, height: 844 } });
  await openSets(page);
  await importFile(page, 'zorg.md', SET);
  await page.locator('.set-card', { hasText: 'Eigen zorgcases' }).waitFor();
  await page.locator('#lang-switch').click();
  await page.locator('#sets-title', { hasText: 'My sets' }).waitFor();
  const card = page.locator('.set-card', { hasText: 'Eigen zorgcases' });
  assert.match(await card.innerText(), /Dutch · 3 situations/);
  assert.match(await card.innerText(), /Switch the app to Dutch to practise this set/);
  await card.getByRole('button', { name: 'Share' }).click();
  await card.locator('.qr svg').waitFor();
  assert.deepEqual(await axeViolations(page), [], 'English, phone');
  await screenshot(page, 'sets-english-phone');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
