//! The workshop's line between the presenter console and the audience window: a
//! BroadcastChannel between windows of the same browser, so no server is needed.

use dmu_core::workshop::{SyncMessage, CHANNEL};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct Open {
    channel: web_sys::BroadcastChannel,
    _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
}

/// Opens the channel; `on_message` gets every readable message from the other window.
/// Messages that cannot be read are ignored. Without BroadcastChannel this does nothing
/// and the windows still meet through storage.
pub fn open(on_message: impl Fn(SyncMessage) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let listener =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(message) = ev
                .data()
                .as_string()
                .and_then(|text| SyncMessage::from_json(&text))
            {
                on_message(message);
            }
        });
    channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    OPEN.with(|open| {
        *open.borrow_mut() = Some(Open {
            channel,
            _listener: listener,
        })
    });
}

/// Sends a message to the other windows.
pub fn post(message: &SyncMessage) {
    let Ok(text) = message.to_json() else { return };
    OPEN.with(|open| {
        if let Some(open) = open.borrow().as_ref() {
            let _ = open.channel.post_message(&JsValue::from_str(&text));
        }
    });
}

/// Closes the channel (when the workshop page goes away).
pub fn close() {
    OPEN.with(|open| {
        if let Some(open) = open.borrow_mut().take() {
            open.channel.close();
        }
    });
}
