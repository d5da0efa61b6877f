#!/usr/bin/env bash
# Set up everything the tests need on a fresh machine, then run the whole test suite.
#   bash test.sh            (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")"

# System tools the tests use: zbar (barcode decoder), poppler (PDF -> PNG), espeak-ng (speech),
# Qt's runtime libraries.
need=()
command -v zbarimg >/dev/null 2>&1 || need+=(zbar-tools libzbar0)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v espeak-ng >/dev/null 2>&1 || need+=(espeak-ng)   # the hall display's voice
# PostgreSQL for the office-server tests: the test set-up starts its own cluster with initdb
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 \
  || need+=(postgresql)
for lib in libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test]"
.venv/bin/python -m ui.i18n_build >/dev/null   # compile .ts -> .qm

export QT_QPA_PLATFORM=offscreen
set +e
.venv/bin/python -m pytest "$@"
rc=$?
[ $rc -eq 5 ] && { echo "no tests were collected"; exit 1; }
exit $rc
