// Size budgets of the release build, gzip -9, as the benchmark counts them. Sizes are
// deterministic, so these are assertions; timings are never tested, only benchmarked.
//
// Issue 11's targets are the first visit <= 45 KB (met), opening practice (part + one
// language's content) <= 260 KB (not met) and the workshop <= 250 KB (met since the end of
// 2026-12-02; long not met: the content grew to
// 108 scenarios with six explained options each, 57 KB a language, and the parts' code is
// about 280 KB with Leptos 0.8, near the floor the issue measured). Issue 12 (nothing lost:
// the stored-data model with recovery and backups, tabs that never write the same value,
// import and export at scale, the kept-data panel, one console per workshop session) added
// about 42 KB to the practice part and 10 KB to the workshop part. Issue 13 (views that
// re-render only what changed: the console split into sub-components with memoised
// figures, a keyed playlist, rich text with its new-tab note) added about 3 KB to practice
// and 10 KB to the workshop, and computing the progress figures in tasks of their own (so a
// 60,000-answer import never holds the page 50 ms) about 6 KB to practice. Issue 14 (a
// trainer's own sets, played in practice and the workshop beside the built-in ones: the
// stored sets read and followed across parts and tabs, namespaced, composed into the
// library) added about 7.5 KB to practice and 6.5 KB to the workshop; the parser, the
// editor, share links and handouts are in a part of their own that students never load.
// After issue 14 the workshop lost 30 KB: the messages from the console to the projector
// were adjacently tagged enums, which serde reads a second way (for content before its
// tag), so the view, its texts and all were read by two copies of the code. Then the
// progress page became a part of its own: it was 93 KB of the practice part (the figures,
// the review scheduler, profiles, import and export, kept data), which a student who opens
// practice now never downloads; practice fell from 340 KB to 247 KB. Then the JavaScript
// glue of the reader and every part was minified (trunk's minifier had left it as written):
// about 1 KB less on a first visit and 2 KB per part. Then every sort in the core went
// through one copy of the standard library's sort (6 to 8 KB less per part), the workshop's
// votes and timer were tagged by key (5 KB), and the console sent the projector the session
// instead of a rendered view, which the projector now makes itself (16 KB): the workshop
// part meets its 250 KB target, and that target is its budget. Then wasm-streams, which
// Leptos links although the app makes no streams, stopped exporting its stream sources to
// JavaScript (vendor/wasm-streams/PATCHED.md): about 6 KB less in every part.
// The other budgets hold the line where it is now, with a little room, so that no change
// makes it worse unseen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const gz = (name) => gzipSync(readFileSync(join(dist, name)), { level: 9 }).length / 1024;
const files = readdirSync(dist);
const one = (pattern) => {
  const found = files.filter((f) => pattern.test(f));
  assert.equal(found.length, 1, `one file like ${pattern}: ${found}`);
  return found[0];
};
/** The snippets (small JS modules next to a bundle's glue) that a bundle's glue imports. */
const snippets = (glue) => [...new Set(readFileSync(join(dist, glue), 'utf8').match(/snippets\/[^'"]+\.js/g) ?? [])];
/** What opening a part downloads, in KB: its glue, its wasm and the snippets the glue imports. */
const partSize = (name) => {
  const glue = one(new RegExp(`^${name}-.*\\.js$`));
  return [glue, one(new RegExp(`^${name}-.*_bg\\.wasm$`)), ...snippets(glue)].reduce((sum, file) => sum + gz(file), 0);
};

test('the first visit: the page, the stylesheet, the reader and the icon stay within 45 KB', () => {
  const visit = ['index.html', one(/^main-.*\.css$/), one(/^dmu-reader-.*\.js$/), one(/^dmu-reader-.*_bg\.wasm$/),
    one(/^favicon-.*\.svg$/), ...snippets(one(/^dmu-reader-.*\.js$/))];
  const total = visit.reduce((sum, name) => sum + gz(name), 0);
  assert.ok(total <= 45, `first visit ${total.toFixed(1)} KB > 45 KB`);
});

test('opening practice (the part and one language\'s content) stays within its budget', () => {
  const part = partSize('dmu-practice');
  const content = Math.max(gz(one(/^content-nl-.*\.json$/)), gz(one(/^content-en-.*\.json$/)));
  assert.ok(content <= 62, `one language's content ${content.toFixed(1)} KB > 62 KB`);
  assert.ok(part <= 236, `practice part ${part.toFixed(1)} KB > 236 KB`);
  assert.ok(part + content <= 291, `opening practice ${(part + content).toFixed(1)} KB > 291 KB`);
});

test('the progress part stays within its budget', () => {
  const part = partSize('dmu-progress');
  assert.ok(part <= 271, `progress part ${part.toFixed(1)} KB > 271 KB`);
});

test('the workshop part stays within issue 11\'s 250 KB', () => {
  const part = partSize('dmu-workshop');
  assert.ok(part <= 250, `workshop part ${part.toFixed(1)} KB > 250 KB`);
});

/**
 * The sets part, for trainers only: Leptos, the parser, GIFT, deflate and base64 for share
 * links, QR codes, and the views of My sets (about 350 KB), the handout (about 20 KB) and
 * the editor with its preview (about 35 KB).
 */
const SETS_BUDGET = 397;

test('the Markdown parser is in the sets part only, and no student bundle carries it', () => {
  // pulldown-cmark's table of HTML entity names: present wherever the parser is linked.
  const parser = (name) => readFileSync(join(dist, name)).includes('AElig');
  assert.ok(parser(one(/^dmu-sets-.*_bg\.wasm$/)), 'the sets part reads Markdown');
  for (const bundle of [/^dmu-reader-.*_bg\.wasm$/, /^dmu-practice-.*_bg\.wasm$/, /^dmu-progress-.*_bg\.wasm$/, /^dmu-workshop-.*_bg\.wasm$/]) {
    assert.ok(!parser(one(bundle)), `${bundle} has no Markdown parser`);
  }
});

test('the sets part (a trainer\'s import, editor, share links and handouts) stays within its budget', () => {
  const part = partSize('dmu-sets');
  assert.ok(part <= SETS_BUDGET, `sets part ${part.toFixed(1)} KB > ${SETS_BUDGET} KB`);
});

test('no part exports wasm-streams\' stream sources, which the app never uses', () => {
  // vendor/wasm-streams keeps them behind a feature that is off. If Leptos moves to another
  // wasm-streams, the [patch] stops applying and they come back, 6 KB a part.
  for (const glue of files.filter((f) => /^dmu-.*\.js$/.test(f))) {
    const text = readFileSync(join(dist, glue), 'utf8');
    assert.ok(!/intounderlying\w*_(pull|write)/.test(text), `${glue} exports wasm-streams' sources: is vendor/wasm-streams still patched in?`);
  }
});
