#!/usr/bin/env bash
# Smoke-test a cs-quiz bundle (packaging/build_bundle.py) the way a machine without Python runs it.
#
#   packaging/smoke_bundle.sh BUNDLE_DIR      (the folder holding the cs-quiz program, e.g. dist/cs-quiz)
#
# Every check runs the bundle with an empty environment and a PATH that is one temporary folder holding links to
# the few tools this script needs (no python anywhere on it; checked). Checks: --version; `score` on a bundled bank;
# `score --lang es` reads the Spanish of the compiled catalogue; `report --pdf` writes a PDF whose text holds the
# bank's title (pdftotext); `desktop-install` writes a menu entry that starts the bundle's cs-quiz-gui; the window:
# the app started with cs-quiz-gui under Xvfb on the xcb platform shows a window of class cs-quiz (xdotool) and is
# still running 5 s later. Prints "ok: ..." per check; on the first failure prints "FAIL: ..." and exits 1.
# Needs xvfb, poppler-utils and xdotool; installs them with apt-get when root.
set -euo pipefail

bundle="${1:?usage: packaging/smoke_bundle.sh BUNDLE_DIR}"
bundle="$(cd "$bundle" && pwd)"
program="$bundle/cs-quiz"
repo="$(cd "$(dirname "$0")/.." && pwd)"
answers="$repo/tests/fixtures/personas/director.yaml"

fail() { echo "FAIL: $*" >&2; exit 1; }
ok() { echo "ok: $*"; }

[ -x "$program" ] || fail "$program is not an executable bundle (build it with packaging/build_bundle.py)"

needed="Xvfb pdftotext xdotool"
missing=""
for tool in $needed; do command -v "$tool" >/dev/null || missing="$missing $tool"; done
if [ -n "$missing" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  pkgs="xvfb poppler-utils xdotool libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
        libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libegl1 libgl1 libfontconfig1"
  apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null && apt-get install -y -q --no-install-recommends $pkgs >/dev/null; }
fi
for tool in $needed; do command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install xvfb poppler-utils xdotool)"; done

work="$(mktemp -d)"
xvfb_pid=""
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# The only PATH the bundle sees: links to the tools below, nothing else (so no python).
mkdir -p "$work/bin" "$work/home"
for tool in sh cat grep sleep kill pdftotext xdotool; do
  ln -s "$(command -v "$tool")" "$work/bin/$tool"
done
bare() { env -i HOME="$work/home" PATH="$work/bin" LANG=C.UTF-8 "$@"; }
if bare sh -c 'command -v python3 || command -v python' >/dev/null; then fail "python is on the test PATH"; fi
ok "no python on PATH ($work/bin)"

version="$(bare "$program" --version)" || fail "cs-quiz --version exited non-zero"
expected="$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$repo/src/cs_quiz/__init__.py")"
case "$version" in *"$expected"*) ok "--version: $version" ;; *) fail "--version printed '$version', not $expected" ;; esac

score="$(bare "$program" score csd-readiness "$answers")" || fail "cs-quiz score exited non-zero: $score"
echo "$score" | grep -q "^Readiness: [0-9]* / 100" || fail "cs-quiz score printed no readiness line: $score"
ok "score: $(echo "$score" | grep '^Readiness:')"

# "Respondiste" comes from the compiled catalogue (cs_quiz_es.qm), not from the Spanish bank: it proves the .qm
# is in the bundle and loaded (without it the line stays English, "Answered ... questions").
spanish="$(bare "$program" score csd-readiness "$answers" --lang es)" || fail "cs-quiz score --lang es exited non-zero"
echo "$spanish" | grep -q "^Respondiste [0-9]* de [0-9]* preguntas" || fail "score --lang es is not in Spanish: $spanish"
ok "Spanish: $(echo "$spanish" | grep '^Respondiste')"

bare "$program" report csd-readiness "$answers" --pdf "$work/report.pdf" --data-dir "$work/data" >/dev/null \
  || fail "cs-quiz report --pdf exited non-zero"
[ -s "$work/report.pdf" ] || fail "cs-quiz report wrote no PDF"
bare pdftotext "$work/report.pdf" "$work/report.txt" || fail "the report is not a PDF pdftotext can read"
grep -q "Customer Service Director readiness" "$work/report.txt" || fail "the PDF's text lacks the bank's title"
ok "report: $(wc -c <"$work/report.pdf") bytes, its text holds the bank's title"

# The menu entry: `cs-quiz desktop-install` from the bundle points at the bundle's own cs-quiz-gui launcher.
[ -x "$bundle/cs-quiz-gui" ] || fail "the bundle has no cs-quiz-gui launcher"
env -i HOME="$work/home" PATH="$work/bin" LANG=C.UTF-8 XDG_DATA_HOME="$work/home/share" "$program" desktop-install \
  >"$work/desktop.log" 2>&1 || fail "cs-quiz desktop-install failed: $(cat "$work/desktop.log")"
entry="$work/home/share/applications/io.github.cs_quiz.CsQuiz.desktop"
grep -q "^Exec=.*$bundle/cs-quiz-gui" "$entry" 2>/dev/null || fail "the menu entry does not start $bundle/cs-quiz-gui"
ok "desktop-install: $(grep '^Exec=' "$entry")"

# The window, on a real X server. A free display: the first with no lock file.
display=99
while [ -e "/tmp/.X$display-lock" ] || [ -e "/tmp/.X11-unix/X$display" ]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp -noreset >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display" ] && break; sleep 0.1; done
[ -e "/tmp/.X11-unix/X$display" ] || fail "Xvfb did not start on :$display: $(cat "$work/xvfb.log")"

env -i HOME="$work/home" PATH="$work/bin" LANG=C.UTF-8 DISPLAY=":$display" QT_QPA_PLATFORM=xcb \
  "$bundle/cs-quiz-gui" --data-dir "$work/data" >"$work/app.log" 2>&1 &
app_pid=$!
window=""
for _ in $(seq 50); do
  window="$(DISPLAY=":$display" xdotool search --onlyvisible --class "cs-quiz" 2>/dev/null | head -n 1 || true)"
  [ -n "$window" ] && break
  kill -0 "$app_pid" 2>/dev/null || break
  sleep 0.1
done
sleep 5
kill -0 "$app_pid" 2>/dev/null || fail "the app exited under Xvfb: $(cat "$work/app.log")"
[ -n "$window" ] || fail "the app runs but shows no window of class cs-quiz: $(cat "$work/app.log")"
ok "window: '$(DISPLAY=":$display" xdotool getwindowname "$window")' shown, still running after 5 s"

echo "bundle smoke test passed: $bundle"
