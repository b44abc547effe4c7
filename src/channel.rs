//! The workshop's line between the presenter console and the audience window: a
//! BroadcastChannel between windows of the same browser, so no server is needed. The
//! channel belongs to the reactive owner that opened it and closes when that owner goes.

use dmu_core::workshop::{SyncMessage, CHANNEL};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

struct Open {
    channel: web_sys::BroadcastChannel,
    _listener: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl Drop for Open {
    fn drop(&mut self) {
        self.channel.set_onmessage(None);
        self.channel.close();
    }
}

/// A window's end of the line, owned by the current reactive owner.
#[derive(Clone, Copy)]
pub struct Channel(StoredValue<Option<Open>, LocalStorage>);

impl Channel {
    /// Opens the channel; `on_message` gets every readable message from the other window.
    /// Messages that cannot be read are ignored. Without BroadcastChannel nothing is sent
    /// or heard, and the windows still meet through storage.
    pub fn open(on_message: impl Fn(SyncMessage) + 'static) -> Channel {
        let open = web_sys::BroadcastChannel::new(CHANNEL).ok().map(|channel| {
            let listener = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(
                move |ev: web_sys::MessageEvent| {
                    if let Some(message) = ev
                        .data()
                        .as_string()
                        .and_then(|text| SyncMessage::from_json(&text))
                    {
                        on_message(message);
                    }
                },
            );
            channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            Open {
                channel,
                _listener: listener,
            }
        });
        Channel(StoredValue::new_local(open))
    }

    /// Sends a message to the other windows.
    pub fn post(&self, message: &SyncMessage) {
        let Ok(text) = message.to_json() else { return };
        self.0.try_with_value(|open| {
            if let Some(open) = open {
                let _ = open.channel.post_message(&JsValue::from_str(&text));
            }
        });
    }
}
