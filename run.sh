#!/usr/bin/env bash
# Set up on a fresh machine and launch Qabyldau on the training office (marked ОҚУ / УЧЕБНЫЙ).
#   bash run.sh             (extra arguments go to main.py, e.g. --kiosk or --lang ru)
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "Qabyldau is a desktop application and needs a screen (no DISPLAY is set)." >&2
  echo "On a machine without one: xvfb-run -s '-screen 0 1920x1080x24' bash run.sh" >&2
  exit 2
fi

# Qt's X11 plugin needs these system libraries; a bare Debian/Ubuntu may lack some.
need=()
for lib in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 \
           libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if [ ${#need[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Qt's system libraries: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check -e .
.venv/bin/python -m ui.i18n_build >/dev/null
# the training office, in its own folder (never an office's data): made on first use and
# given a realistic demo day up to now; `demo` refuses any store that is not a training one
TRAINING="${QABYLDAU_TRAINING_HOME:-$(.venv/bin/python -c 'from kiosk.paths import training_dir; print(training_dir())')}"
.venv/bin/qabyldau demo --data-dir "$TRAINING" --packages 60 --if-empty
exec .venv/bin/python main.py --training --data-dir "$TRAINING" "$@"
