#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium.
# Installs it where that is possible (root with apt-get), else says how.
set -euo pipefail
[ -x /usr/bin/chromium ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "newsmark: installing Debian's chromium for the browser tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "newsmark: the browser tests need Chromium at /usr/bin/chromium: sudo apt-get install -y chromium" >&2
exit 1
