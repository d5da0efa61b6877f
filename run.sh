#!/usr/bin/env bash
# Set up on a fresh machine and launch Qabyldau on the built-in demo office.
#   bash run.sh             (extra arguments go to main.py, e.g. --kiosk or --lang ru)
set -euo pipefail
cd "$(dirname "$0")"
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
.venv/bin/python -m ui.i18n_build >/dev/null
# a live office: fill today with a realistic demo day the first time
if [ "$(.venv/bin/qabyldau lookup --date "$(date +%F)" --limit 1 --json)" = "[]" ]; then
  .venv/bin/qabyldau demo --packages 60
fi
exec .venv/bin/python main.py "$@"
