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
  # Chromium as Debian recommends it (fonts and all: the page tests lay text out); Calc alone, without the suite.
  for package in "${missing[@]}"; do
    if [ "$package" = chromium ]; then
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$package" >/dev/null
    fi
  done
  exit 0
fi
echo "newsmark: the tests need ${missing[*]}: sudo apt-get install -y ${missing[*]}" >&2
echo "newsmark: (the unit tests alone run without them: npx vitest run --project unit)" >&2
exit 1
