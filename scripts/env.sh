# Sourced by the scripts: puts the project's tools on PATH and sets the browser paths.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
# Never let a test tool download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
step() { printf '\n==> %s\n' "$*"; }
