// The Web Locks API, for src/locks.rs: one change to stored data at a time across all tabs
// of the app, and a lock each tab holds while it is open, so other tabs can tell which
// tabs are open. Where the API is missing, `hasLocks` says so and Rust falls back.
export function hasLocks() {
  return !!(typeof navigator !== 'undefined' && navigator.locks && navigator.locks.request);
}

// Runs `run` (which may return a promise) while holding the lock `name`.
export function withLock(name, run) {
  return navigator.locks.request(name, () => run());
}

// The names of the locks held now, by any tab.
export function heldNames() {
  return navigator.locks.query().then((state) => (state.held || []).map((lock) => lock.name));
}
