//! The memory allocator of every bundle that links this crate (the reader and each part):
//! Talc instead of Rust's default for WebAssembly (dlmalloc), because it is smaller: after
//! gzip, the reader (a first visit) 2.5 KB and each part 0.5 to 0.9 KB. It grows the wasm
//! memory as it needs, as dlmalloc did. A bundle has one allocator, and every bundle links this
//! crate, so it is declared here once.

#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
