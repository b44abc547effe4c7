// Loads a part of the app (practice, workshop) on demand. Its glue is an ES module whose
// name carries a content hash, written into the page at build time; its default export
// instantiates the wasm it was built with and runs the part. Imported by the reader as a
// typed binding (src/parts.rs), never looked up by name, and no fetched text is run as a
// script.
export function loadPart(js, wasm) {
  const base = document.baseURI;
  return import(new URL(js, base).href)
    .then((part) => part.default({ module_or_path: new URL(wasm, base).href }));
}
