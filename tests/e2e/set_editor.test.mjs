// The set editor as a trainer uses it: the template and its preview on first open, an
// error at its line (and the caret taken there), the preview back once it is fixed,
// nothing typed lost on a reload or on leaving (and said when storage is full), nor in
// two tabs at once, the template with the way back, a set saved in My sets and
// downloaded, a set in the other language, a set of 100 scenarios that draws again only
// what changed, and axe at phone and desktop widths. Release build, headless Chromium. Every wait is for a condition,
// never for a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, newPage, axeViolations, screenshot } from './support.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const DRAFT_KEY = 'dmu-trainer.sets-draft';
const source = (page) => page.locator('#set-source');
const count = (page) => page.locator('#editor-count');

/** Opens the editor and waits until its text has been checked. */
async function openEditor(page) {
  await page.goto(`${server.url}#/sets/editor`);
  await source(page).waitFor();
  await page.waitForFunction(() => /Geen fouten|Nog te verbeteren/.test(document.getElementById('editor-count')?.textContent ?? ''));
}

/** Waits until the editor says its text has no errors. */
const noErrors = (page) => page.waitForFunction(() => document.getElementById('editor-count')?.textContent.startsWith('Geen fouten'));

/** The line (from 1) of the first occurrence of `needle` in `text`. */
const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** The stored draft's text. */
const storedDraft = (page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null')?.data?.text ?? null, DRAFT_KEY);

/** The template with its own id and title, so it is a set of its own. */
const zorg = (template) => template.replace('id: mijn-set', 'id: zorg-wijk').replace('title: Mijn eerste set', 'title: Zorg in de wijk');

const ENGLISH = `---
id: own-english
title: An English set
lang: en
---

## Which role does Tom have? {#tom-contract section=buyer}

Tom asks three suppliers for a quote and [signs the contract](#buyer). The director chose the machine.

- [ ] Initiator: No. Nothing says he started the search.
- [ ] Influencer: No. He sets no requirements.
- [ ] Gatekeeper: No. He holds no information back.
- [ ] Decision maker: No. The director chose.
- [x] Buyer: Yes. He handles the quotes and signs.
- [ ] User: No. He does not work with the machine.
`;

/** Two profile questions, to follow a set's scenarios: a preview shows many profiles at once. */
const profile = (id, name) => `
## Welke rol heeft ${name.split(' ')[0]}? {#${id} section=beinvloeder}

Je verkoopt zaakplanningssoftware aan de gemeente Veldhoek en bekijkt wie er betrokken is.

| Naam        | ${name} |
|-------------|----------------|
| Kopregel    | Lid managementteam Publiekszaken · Gemeente Veldhoek |
| Activiteit  | Deelde: "Nieuwe software? Alleen als privacy op orde is." |

- [ ] Initiatiefnemer: Nee. Niets wijst erop dat zij de zoektocht begon.
- [x] Beïnvloeder: Ja. Ze zit in het managementteam en stelt voorwaarden.
- [ ] Portier: Nee. Ze houdt geen informatie tegen.
- [ ] Beslisser: Nee. Niets zegt dat zij kiest.
- [ ] Koper: Nee. Niets in haar profiel wijst op inkoop.
- [ ] Gebruiker: Nee. Zij stelt de eisen.
`;
const PROFILES = profile('profiel-lotte', 'Lotte Veenstra') + profile('profiel-mira', 'Mira Dekker');

test('on first open the editor holds the template, checked, with each scenario as a learner sees it', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  assert.match(await source(page).inputValue(), /^---\nid: mijn-set\ntitle: Mijn eerste set\nlang: nl\n/);
  assert.equal(await count(page).innerText(), 'Geen fouten: deze set kan worden opgeslagen.');
  assert.equal(await page.locator('.error-list').count(), 0);
  assert.ok(await page.locator('#save-set').isEnabled());
  assert.equal(await page.locator('#editor-title').innerText(), 'Set-editor');
  const questions = page.locator('.preview-question');
  assert.deepEqual(await questions.locator('h3').allInnerTexts(), ['Welke rol heeft Sanne?', 'Welke rollen hebben Bram en Iris?']);
  // Six roles to choose from (nothing to choose in a preview), and one part per person in a case.
  const sanne = questions.nth(0);
  assert.deepEqual(await sanne.locator('label.option .option-name').allInnerTexts(), ['Initiatiefnemer', 'Beïnvloeder', 'Portier', 'Beslisser', 'Koper', 'Gebruiker']);
  assert.equal(await sanne.locator('label.option input[type=checkbox]:disabled').count(), 6);
  assert.match(await sanne.locator('.situation').innerText(), /Sanne is office manager/);
  assert.deepEqual(await questions.nth(1).locator('fieldset.part legend').allInnerTexts(), ['Bram, planner', 'Iris, IT-beheerder']);
  // The answers and why are folded away; right and wrong are said in words.
  const answers = sanne.locator('details.preview-answers');
  assert.equal(await answers.getAttribute('open'), null);
  await answers.locator('summary', { hasText: 'Antwoorden en uitleg' }).click();
  assert.match(await answers.locator('li.is-right').innerText(), /^Koper \(Goed\): Ja\./);
  assert.equal(await answers.locator('li.is-wrong').count(), 5);
  assert.match(await answers.locator('li.is-wrong').first().innerText(), /^Initiatiefnemer \(Fout\): Nee\./);
  assert.match(await answers.locator('.callout-tip').innerText(), /Zo benader je deze persoon/);
  const more = answers.locator('.read-back a');
  assert.equal(await more.getAttribute('href'), '#koper');
  assert.match(await more.innerText(), /^Lees meer in het hoofdstuk: Koper/);
  const case_ = questions.nth(1).locator('details.preview-answers');
  await case_.locator('summary').click();
  assert.deepEqual(await case_.locator('h4').allInnerTexts(), ['Bram, planner', 'Iris, IT-beheerder']);
  assert.match(await case_.locator('.callout-note').innerText(), /Om te bespreken/);
  assert.equal(await storedDraft(page), null, 'nothing typed, nothing stored');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an error shows at its line, the line takes the caret there, and the fix brings the preview back', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  const template = await area.inputValue();
  const broken = template.replace('- [x] Koper: Ja.', '- [x] Baas: Ja.');
  const line = lineOf(broken, '- [x] Baas');
  await area.fill(broken);
  const errors = page.locator('.error-list li');
  await errors.first().waitFor();
  assert.equal(await errors.count(), 1);
  assert.match(await errors.first().innerText(), new RegExp(`^Regel ${line} .*'Baas'`));
  assert.equal(await count(page).innerText(), 'Nog te verbeteren: 1 fout');
  assert.equal(await count(page).getAttribute('role'), 'status');
  assert.ok(await page.locator('#save-set').isDisabled());
  // The preview stays, marked as the last version without errors.
  await page.locator('.preview-stale').waitFor();
  assert.equal(await page.locator('.preview-question').count(), 2);

  // From the end of the text, the error's line puts the caret at the start of its line, in view.
  await area.evaluate((el) => { el.focus(); el.setSelectionRange(el.value.length, el.value.length); el.scrollTop = el.scrollHeight; });
  await page.locator('.error-list').getByRole('button', { name: `Regel ${line}` }).click();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'set-source');
  const start = broken.split('\n').slice(0, line - 1).join('\n').length + 1;
  assert.equal(await area.evaluate((el) => el.selectionStart), start);
  assert.match(await page.locator('.editor-status').innerText(), new RegExp(`Cursor op regel ${line}\\b`));
  const shown = await area.evaluate((el, before) => {
    // Where the line is, as the text wraps: a hidden copy of the textarea holding the text before it.
    const copy = el.cloneNode();
    copy.removeAttribute('id');
    copy.classList.add('line-measure');
    copy.value = before;
    el.parentElement.append(copy);
    const bottom = copy.scrollHeight;
    copy.remove();
    return { bottom, top: el.scrollTop, height: el.clientHeight };
  }, broken.slice(0, start));
  assert.ok(shown.bottom > shown.top && shown.bottom <= shown.top + shown.height, `line ${line} in view: ${JSON.stringify(shown)}`);

  // Fixed by keyboard where the caret is: "Baas" becomes "Koper".
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.type('Koper');
  assert.equal(await area.inputValue(), template);
  await noErrors(page);
  await page.locator('.preview-stale').waitFor({ state: 'detached' });
  assert.equal(await page.locator('.error-list').count(), 0);
  assert.ok(await page.locator('#save-set').isEnabled());
  assert.equal(await page.locator('.preview-question').count(), 2);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('nothing typed is lost: kept after a pause, on a reload straight after typing, and on leaving the editor', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  const typed = zorg(await area.inputValue());
  await area.fill(typed);
  await page.locator('.draft-kept', { hasText: 'Concept bewaard' }).waitFor();
  assert.equal(await storedDraft(page), typed);
  await page.reload();
  await openEditor(page);
  assert.equal(await area.inputValue(), typed);

  // Reloaded at once: kept, whether the pause had come or not.
  const again = typed.replace('Zorg in de wijk', 'Zorg thuis');
  await area.fill(again);
  await page.reload();
  await openEditor(page);
  assert.equal(await area.inputValue(), again);

  // Left by the link at once: kept as the editor goes.
  const third = again.replace('Zorg thuis', 'Zorg in het dorp');
  await area.fill(third);
  await page.getByRole('link', { name: 'Terug naar Mijn sets' }).click();
  await page.locator('#sets-title').waitFor();
  assert.equal(await storedDraft(page), third);
  await page.goto(`${server.url}#/sets/editor`);
  await source(page).waitFor();
  assert.equal(await area.inputValue(), third);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('open in two tabs, each editor follows what the other keeps, and typing in both at once loses neither', async () => {
  const a = await newPage(browser);
  await openEditor(a);
  const b = await a.context().newPage();
  const errors = [];
  b.on('pageerror', (error) => errors.push(error.message));
  await openEditor(b);
  const shows = (page, text) => page.waitForFunction((t) => document.getElementById('set-source').value === t, text);
  // Kept in one tab: the other shows it, and says where it came from.
  const first = zorg(await source(a).inputValue());
  await source(a).fill(first);
  await shows(b, first);
  await b.getByText('Bijgewerkt met wat je in een ander tabblad typte.').waitFor();
  const second = first.replace('Zorg in de wijk', 'Zorg thuis');
  await source(b).fill(second);
  await shows(a, second);

  // Typed in both before either was kept (tab A then leaves the editor, which keeps its
  // text at once): whichever was kept last is the draft, the other its previous text.
  const inA = second.replace('Zorg thuis', 'Zorg in tabblad A');
  const inB = second.replace('Zorg thuis', 'Zorg in tabblad B');
  await source(b).fill(inB);
  await source(a).fill(inA);
  await a.getByRole('link', { name: 'Terug naar Mijn sets' }).click();
  await a.locator('#sets-title').waitFor();
  const stored = await (await a.waitForFunction(([key, one, two]) => {
    const data = JSON.parse(localStorage.getItem(key) ?? 'null')?.data;
    const pair = data?.previous ? [data.text, data.previous] : [];
    return pair.includes(one) && pair.includes(two) && pair;
  }, [DRAFT_KEY, inA, inB])).jsonValue();
  const [kept, previous] = stored;
  await shows(b, kept);
  const said = kept === inB ? 'Je typte in een ander tabblad ook aan dit concept.' : 'Bijgewerkt met wat je in een ander tabblad typte.';
  await b.getByText(said, { exact: false }).waitFor();
  assert.deepEqual(await axeViolations(b), []);
  await screenshot(b, 'editor-two-tabs');
  await b.getByRole('button', { name: 'Breng de vorige tekst terug' }).click();
  await shows(b, previous);
  assert.deepEqual(errors, []);
  assert.deepEqual(a.errors, []);
  await a.context().close();
});

test('a full storage: the editor says the draft is not kept, and keeps it once there is room', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  const typed = zorg(await area.inputValue());
  // Every character of the storage taken by keys that are not the app's.
  await page.evaluate(() => {
    for (const size of [256 * 1024, 16384, 1024, 64, 1]) {
      const chunk = 'x'.repeat(size);
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler-${size}-${i}`, chunk); } catch { break; }
      }
    }
  });
  await area.fill(typed);
  const status = page.locator('.draft-kept');
  await status.filter({ hasText: 'Concept niet bewaard. De opslag van je browser is vol.' }).waitFor();
  assert.equal(await storedDraft(page), null);
  assert.equal(await area.inputValue(), typed, 'the text stays in the editor');
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler-')).forEach((k) => localStorage.removeItem(k)));
  // The next pause stores it.
  await area.press('Control+End');
  await page.keyboard.type(' ');
  await status.filter({ hasText: /^Concept bewaard$/ }).waitFor();
  assert.equal(await storedDraft(page), `${typed} `);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the template replaces the text with the way back, and the previous text comes back', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  const template = await area.inputValue();
  const own = zorg(template);
  await area.fill(own);
  const bringBack = page.getByRole('button', { name: 'Breng de vorige tekst terug' });
  assert.equal(await bringBack.count(), 0, 'nothing to bring back yet');
  await page.getByRole('button', { name: 'Begin met het sjabloon' }).click();
  await page.locator('#sets-flash', { hasText: 'Het sjabloon staat in de editor. Je vorige tekst is bewaard' }).waitFor();
  assert.equal(await area.inputValue(), template);
  assert.equal(await storedDraft(page), template);
  await bringBack.click();
  await page.locator('#sets-flash', { hasText: 'Je vorige tekst staat weer in de editor.' }).waitFor();
  assert.equal(await area.inputValue(), own);
  await noErrors(page);
  // Stored too: a reload shows it, with the template now to bring back.
  await page.reload();
  await openEditor(page);
  assert.equal(await area.inputValue(), own);
  await bringBack.waitFor();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a set without errors is saved in My sets, and downloads as typed', async () => {
  const page = await newPage(browser, { acceptDownloads: true });
  await openEditor(page);
  const area = source(page);
  const typed = zorg(await area.inputValue());
  await area.fill(typed);
  await noErrors(page);
  await page.getByRole('button', { name: 'Bewaar in Mijn sets' }).click();
  await page.locator('#sets-flash', { hasText: 'Set ‘Zorg in de wijk’ toegevoegd: 2 situaties.' }).waitFor();
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (.md)' }).click();
  download = await download;
  assert.equal(download.suggestedFilename(), 'zorg-wijk.md');
  assert.equal(await readFile(await download.path(), 'utf8'), typed);
  // With an error it still downloads, as typed, under a plain name.
  const broken = typed.replace('lang: nl', 'lang: fr');
  await area.fill(broken);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download (.md)' }).click();
  download = await download;
  assert.equal(download.suggestedFilename(), 'set.md');
  assert.equal(await readFile(await download.path(), 'utf8'), broken);
  await page.getByRole('link', { name: 'Terug naar Mijn sets' }).click();
  const card = page.locator('section[aria-labelledby=own-sets-title] .set-card', { hasText: 'Zorg in de wijk' });
  await card.waitFor();
  assert.match(await card.innerText(), /Nederlands · 2 situaties/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a set in the other language is checked against that language\'s chapter and previewed in it', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  await area.fill(ENGLISH.replace('(#buyer)', '(#koper)'));
  const error = page.locator('.error-list li');
  await error.first().waitFor();
  assert.match(await error.first().innerText(), new RegExp(`^Regel ${lineOf(ENGLISH, '(#buyer)')} .*#koper`));
  await area.fill(ENGLISH);
  await noErrors(page);
  const question = page.locator('.preview-question');
  await page.locator('.preview-question h3', { hasText: 'Which role does Tom have?' }).waitFor();
  assert.equal(await page.locator('.preview-list').getAttribute('lang'), 'en');
  assert.deepEqual(await question.locator('label.option .option-name').allInnerTexts(), ['Initiator', 'Influencer', 'Gatekeeper', 'Decision maker', 'Buyer', 'User']);
  await question.locator('summary').click();
  assert.match(await question.locator('.read-back a').innerText(), /^Read more in the chapter: Buyer/);
  assert.match(await page.locator('.editor-preview .tile-meta').innerText(), /An English set · Engels · 1 situatie/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('typing in a set of 100 scenarios draws again only the scenario typed in', async () => {
  const page = await newPage(browser);
  await openEditor(page);
  const area = source(page);
  const template = await area.inputValue();
  const start = template.indexOf('## Welke rol heeft Sanne');
  const sanne = template.slice(start, template.indexOf('## Welke rollen hebben Bram'));
  let text = template.slice(0, start);
  for (let i = 0; i < 100; i++) text += sanne.replace('{#sanne-offertes', `{#sanne-${i}`).replace('Sanne?', `Sanne ${i}?`);
  // Set as a paste ends: one input event (typing 100 KB key by key is the browser's time, not the app's).
  await area.evaluate((el, value) => { el.value = value; el.dispatchEvent(new Event('input', { bubbles: true })); }, text);
  await page.waitForFunction(() => document.querySelectorAll('.preview-question').length === 100);
  await noErrors(page);
  await page.evaluate(() => {
    window.drawn = [];
    new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
      if (node.nodeType === 1 && node.matches('article')) window.drawn.push(node.querySelector('h3').textContent);
    }))).observe(document.querySelector('.preview-list'), { childList: true, subtree: true });
  });
  const at = text.indexOf('Dit is de situatie', text.indexOf('{#sanne-50'));
  await area.evaluate((el, at) => { el.focus(); el.setSelectionRange(at, at); }, at);
  await page.keyboard.type('Nieuw: ');
  await page.waitForFunction(() => [...document.querySelectorAll('.preview-question .situation')].some((s) => s.textContent.startsWith('Nieuw: ')));
  const drawn = await page.evaluate(() => window.drawn);
  assert.ok(drawn.length > 0 && drawn.every((title) => title === 'Welke rol heeft Sanne 50?'), drawn.join(', '));
  // A line added above every scenario moves their lines, and draws none of them again.
  const lines = () => page.locator('.preview-place .line-button').evaluateAll((buttons) => buttons.map((b) => b.textContent));
  const before = await lines();
  await page.evaluate(() => { window.drawn = []; });
  await area.evaluate((el, at) => el.setSelectionRange(at, at), text.indexOf('Dit is de situatie'));
  await page.keyboard.press('Enter');
  await page.waitForFunction((second) => document.querySelectorAll('.preview-place .line-button')[1].textContent !== second, before[1]);
  const after = await lines();
  assert.equal(after[0], before[0], 'the first scenario starts above the new line');
  assert.deepEqual(after.slice(1), before.slice(1).map((place) => `Regel ${Number(place.split(' ')[1]) + 1}`));
  assert.deepEqual(await page.evaluate(() => window.drawn), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe finds nothing at ${name} width (${colorScheme}), with errors shown and the answers open`, async () => {
      const page = await newPage(browser, { viewport, colorScheme });
      await openEditor(page);
      const area = source(page);
      const text = (await area.inputValue()) + PROFILES;
      await area.fill(text);
      await page.waitForFunction(() => document.querySelectorAll('.preview-question').length === 4);
      assert.deepEqual(await page.locator('.preview-question .profile-card .profile-name').allInnerTexts(), ['Lotte Veenstra', 'Mira Dekker']);
      assert.deepEqual(await axeViolations(page), [], 'a set with two profiles');
      await area.fill(text.replace('- [x] Koper: Ja.', '- [x] Baas: Ja.').replace('section=overlap', 'section=nergens'));
      await page.locator('.error-list li').nth(1).waitFor();
      await page.locator('.preview-stale').waitFor();
      for (const summary of await page.locator('.preview-answers summary').all()) await summary.click();
      assert.equal(await page.locator('.preview-answers[open]').count(), 4);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than the screen`);
      assert.deepEqual(await axeViolations(page), [], 'errors and answers shown');
      for (const [shot, selector] of [['', 'body'], ['-errors', '.editor-checks'], ['-preview', '.preview-answers[open]']]) {
        await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start', behavior: 'instant' }));
        await screenshot(page, `set-editor-${name}-${colorScheme}${shot}`);
      }
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
