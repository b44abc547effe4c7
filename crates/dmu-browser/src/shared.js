// What the parts of one page share, for src/shared.rs. All parts run in one JavaScript
// realm, so they meet on `globalThis`:
// - after a part writes or removes a stored value, the other parts hear of it, as other
//   tabs do through the `storage` event (which a page never gets for its own writes);
// - when local storage is blocked, the values live in one map for the whole page, so that
//   what practice saved shows on the progress page until the page closes.

// Fires `name` on window from a microtask (once the writer's own work is done), with the
// key and the writing instance, so that the writer can ignore its own announcement.
export function announce(name, key, from) {
  queueMicrotask(() => {
    window.dispatchEvent(new CustomEvent(name, { detail: { key, from } }));
  });
}

// The key and writer of an announcement, as [key, from]; empty when the event has none.
export function announced(event) {
  const d = event && event.detail;
  return d && typeof d.key === 'string' && typeof d.from === 'string' ? [d.key, d.from] : [];
}

function memory() {
  if (!globalThis.dmuPageMemory) globalThis.dmuPageMemory = new Map();
  return globalThis.dmuPageMemory;
}

export function memoryGet(key) {
  const value = memory().get(key);
  return value === undefined ? undefined : value;
}

export function memorySet(key, text) {
  memory().set(key, text);
}

export function memoryRemove(key) {
  memory().delete(key);
}

export function memoryKeys() {
  return [...memory().keys()];
}

// Answers a part could not save yet (storage full or refusing), per profile, as JSON:
// kept for the page, so that every part shows them and the first chance saves them.
function unsaved() {
  if (!globalThis.dmuUnsaved) globalThis.dmuUnsaved = new Map();
  return globalThis.dmuUnsaved;
}

export function unsavedGet(profile) {
  return unsaved().get(profile);
}

export function unsavedSet(profile, json) {
  if (json === undefined) unsaved().delete(profile);
  else unsaved().set(profile, json);
}
