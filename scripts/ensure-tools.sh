#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium at /usr/bin/chromium, and the
# CSV export's spreadsheet test needs LibreOffice Calc (`soffice`). Installs what is missing where
# that is possible (root with apt-get), else says how.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v soffice >/dev/null || missing+=(libreoffice-calc)
[ ${#missing[@]} = 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "newsmark: installing Debian's ${missing[*]} for the tests" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi
echo "newsmark: the tests need ${missing[*]}: sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
exit 1
