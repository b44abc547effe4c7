// Which tab this is, for src/tabs.rs: an id per part of the app (practice, workshop), kept
// in the tab's session storage so a reload keeps it, and the Web Lock the tab holds under
// that id while it is open. A duplicated tab copies the session storage, and so the id:
// it finds the lock taken and makes a new id. Done once per page; later calls share it.
const ids = {};
const holding = {};

function key(part) {
  return `dmu-trainer.tab.${part}`;
}

function fresh() {
  return 't' + Math.floor(Math.random() * Number.MAX_SAFE_INTEGER).toString(36);
}

function remember(part, id) {
  ids[part] = id;
  try { sessionStorage.setItem(key(part), id); } catch (e) { /* kept for this page */ }
  return id;
}

// This tab's id for `part`.
export function tabId(part) {
  if (!ids[part]) {
    let stored = null;
    try { stored = sessionStorage.getItem(key(part)); } catch (e) { /* blocked */ }
    remember(part, stored && /^t[0-9a-z]{1,15}$/.test(stored) ? stored : fresh());
  }
  return ids[part];
}

function holdWhileOpen(name) {
  return new Promise((resolve) => {
    navigator.locks
      .request(name, { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return lock ? new Promise(() => {}) : undefined;
      })
      .catch(() => resolve(false));
  });
}

// Holds this tab's lock for `part` while the page lives (a new id if the lock is taken).
// Settles true once held; false without Web Locks.
export function holdTab(part) {
  if (!holding[part]) {
    holding[part] = (async () => {
      if (!(navigator.locks && navigator.locks.request)) return false;
      for (let i = 0; i < 3; i++) {
        if (await holdWhileOpen(`dmu-trainer.tab.${part}.${tabId(part)}`)) return true;
        remember(part, fresh());
      }
      return false;
    })();
  }
  return holding[part];
}
