#!/usr/bin/env bash
# CI check of the kiosk appliance (docs/kiosk.md, "A kiosk appliance"): the kiosk runs under cage, headless, as an
# unprivileged user, on Qt's Wayland platform; its window comes up full screen on cage's output and draws (seen in
# its Wayland protocol log); input reaches it (a Space on the welcome starts an attempt in the store): typed into cage
# with wtype where cage takes injected keys, else (cage 0.1.4 of Debian 12 has no virtual keyboard) sent with xdotool
# to the same kiosk on Qt's xcb platform under cage's Xwayland; a killed
# kiosk is started again by packaging/kiosk/cs-quiz-kiosk-loop.sh; and `systemd-analyze verify` accepts the unit
# `cs-quiz kiosk-setup --install-service` writes.
#
# Usage: tools/check_cage_kiosk.sh [VENV]   (default: .venv of this clone, as .ci/run makes it)
# As root it installs what it needs with apt-get and creates the user cskiosk; as another user it runs as that user.
# Prints "SKIP: <reason>" and exits 0 only when cage cannot be installed; exits 1 on a real failure.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
venv=$(cd "${1:-.venv}" && pwd)
kuser=cskiosk
say() { echo "== cage kiosk: $*"; }
fail() {
  echo "FAIL: cage kiosk: $*" >&2
  if [ -n "${tmp:-}" ] && [ -f "$tmp/loop.log" ]; then
    echo "--- loop, cage and kiosk output (without the Wayland protocol log):" >&2
    grep -v '^\[' "$tmp/loop.log" | tail -n 40 >&2
  fi
  exit 1
}

"$venv/bin/python" -c pass 2>/dev/null \
  || fail "cannot run $venv/bin/python: make the virtual environment first, as .ci/run does, as this user"

root=0
[ "$(id -u)" = 0 ] && root=1
if [ "$root" = 1 ] && command -v apt-get >/dev/null; then
  # cage, and Xwayland which cage 0.1.4 starts (it stops without it); the Wayland client libraries of Qt's wayland
  # platform; wtype types into it where cage allows.
  pkgs="cage xwayland wtype xdotool libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libxkbcommon0
        libfontconfig1 fonts-dejavu-core"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q --no-install-recommends $pkgs >/dev/null 2>&1; } \
    || true
fi
if ! command -v cage >/dev/null; then
  echo "SKIP: cage kiosk: cage is not installed and could not be installed here (apt-get install cage, as root)"
  exit 0
fi
say "$(cage -v 2>&1 | head -n 1)"

tmp=$(mktemp -d /tmp/cs-quiz-cage.XXXXXX)
chmod 755 "$tmp"
loop_pid=""
cleanup() {
  if [ -n "$loop_pid" ] && kill -0 "$loop_pid" 2>/dev/null; then
    kill -TERM "$loop_pid" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$loop_pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$loop_pid" 2>/dev/null || true
  fi
  for pid in ${started_pids:-}; do kill -KILL "$pid" 2>/dev/null || true; done
  rm -rf "$tmp"
}
trap cleanup EXIT

# The kiosk's user: a dedicated unprivileged one as root, else whoever runs this (already not root).
if [ "$root" = 1 ]; then
  id "$kuser" >/dev/null 2>&1 || useradd --create-home --shell /usr/sbin/nologin "$kuser"
  as_user=(setpriv --reuid="$(id -u "$kuser")" --regid="$(id -g "$kuser")" --init-groups)
else
  kuser=$(id -un)
  as_user=()
fi
mkdir -p "$tmp/run" "$tmp/home" "$tmp/data" "$tmp/shots"
chmod 700 "$tmp/run"
[ "$root" = 1 ] && chown "$kuser:" "$tmp/run" "$tmp/home" "$tmp/data" "$tmp/shots"
cp packaging/kiosk/cs-quiz-kiosk-loop.sh "$tmp/loop.sh" && chmod 755 "$tmp/loop.sh"
env_user=(env -i "HOME=$tmp/home" "PATH=/usr/local/bin:/usr/bin:/bin" "LANG=C.UTF-8" "XDG_RUNTIME_DIR=$tmp/run")
run_user() { "${as_user[@]}" "${env_user[@]}" "$@"; }

# A Python the kiosk user can run with the venv's packages: the venv's own, or (when its interpreter sits somewhere
# the user cannot reach, e.g. under /root) the same Python version from the system with the venv's site-packages
# added, copied first if the user cannot read them where they are.
py="$venv/bin/python"
if ! run_user "$py" -c "import cs_quiz, PySide6.QtWidgets" 2>/dev/null; then
  version=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  site=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  system_py=""
  for candidate in "/usr/bin/python$version" "/usr/local/bin/python$version"; do
    if [ -x "$candidate" ] && run_user "$candidate" -c "pass" 2>/dev/null; then system_py=$candidate; break; fi
  done
  [ -n "$system_py" ] || fail "user $kuser cannot run $py, and there is no system Python $version it could use"
  "$system_py" -m venv --without-pip "$tmp/py" || fail "cannot make a virtual environment with $system_py"
  py="$tmp/py/bin/python"
  shim_site=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
  echo "import site; site.addsitedir('$site')" >"$shim_site/cs_quiz_venv.pth"
  if ! run_user "$py" -c "import cs_quiz, PySide6.QtWidgets" 2>/dev/null; then
    # The user cannot read the venv's packages where they are: a copy (hard links when the file system allows).
    cp -al "$site" "$tmp/site" 2>/dev/null || cp -a "$site" "$tmp/site"
    chmod -R a+rX "$tmp/site"
    echo "import site; site.addsitedir('$tmp/site')" >"$shim_site/cs_quiz_venv.pth"
    run_user "$py" -c "import cs_quiz, PySide6.QtWidgets" || fail "user $kuser cannot import cs_quiz with $py"
  fi
  say "the kiosk user runs $system_py with the packages of $venv"
fi

# A PIN first, as the facilitator would set it, so the kiosk opens on its welcome and not on "choose a PIN".
run_user "$py" -c "
import sys
from cs_quiz.kiosk import pin
from cs_quiz.store.store import Store
with Store.open(sys.argv[1]) as store:
    pin.set_pin(store, '48291375')
" "$tmp/data" || fail "cannot set the kiosk PIN in $tmp/data"

# cage on the headless backend (pixman: no GPU here), the kiosk on Qt's Wayland platform, under the loop script.
# WAYLAND_DEBUG=client logs the kiosk's Wayland requests, which say when its window is up. (A screenshot through
# cage's screencopy, with grim, comes back black for the kiosk's window with cage 0.1.4 and the pixman renderer,
# although a plain Qt test window shows; so the protocol log is the signal here.)
# Started directly (not through run_user, a function): $! is then the loop itself (setpriv and env exec it).
"${as_user[@]}" "${env_user[@]}" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
  QT_QPA_PLATFORM=wayland CS_QUIZ_KIOSK_PAUSE=1 WAYLAND_DEBUG=client \
  "$tmp/loop.sh" cage -d -- "$py" -m cs_quiz --kiosk --data-dir "$tmp/data" >"$tmp/loop.log" 2>&1 &
loop_pid=$!

kiosk_pid() {  # the cs-quiz process: the child of cage, the child of the loop
  local cage_pid
  cage_pid=$(pgrep -P "$loop_pid" -x cage | head -n 1) || return 1
  pgrep -P "$cage_pid" -f "cs_quiz --kiosk" | head -n 1
}

shown() {  # shown RUN: in the loop's RUNth start, the kiosk's window was given the whole output and drew into it
  "$venv/bin/python" - "$tmp/loop.log" "$1" <<'EOF'
import re, sys
log, run = open(sys.argv[1], errors="replace").read(), int(sys.argv[2])
parts = re.split(r"cs-quiz-kiosk-loop: start (\d+) ", log)
text = dict(zip(parts[1::2], parts[2::2])).get(str(run), "")
# WAYLAND_DEBUG=client lines: the kiosk's title, then cage's configure to a full-size toplevel, then a buffer
# attached and committed after it (the window's first full-screen frame).
titled = text.find('set_title("Kiosk')
sized = [m.end() for m in re.finditer(r"xdg_toplevel@\d+\.configure\([1-9]\d*, [1-9]\d*,", text)]
drawn = sized and titled >= 0 and re.search(r"wl_surface@\d+\.attach\(wl_buffer@", text[sized[0]:])
sys.exit(0 if drawn else 1)
EOF
}

wait_up() {  # wait_up RUN LABEL: the kiosk process of the loop's RUNth start, once its window is up (within 60 s)
  local pid=""
  for _ in $(seq 1 120); do
    kill -0 "$loop_pid" 2>/dev/null || fail "the loop script ended ($2)"
    pid=$(kiosk_pid || true)
    if [ -n "$pid" ] && shown "$1"; then echo "$pid"; return 0; fi
    sleep 0.5
  done
  fail "no kiosk window came up within 60 s ($2)"
}

first=$(wait_up 1 "first start")
started_pids="$first"
say "the kiosk (process $first) came up under cage as $kuser: full screen on cage's output, and drawn"

# Input: Space on the welcome's focused "Tap here to start" button begins an attempt, which the store then holds.
attempts_in() {
  "$venv/bin/python" -c "
import sqlite3, sys
db = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True)
print(db.execute('select count(*) from attempts').fetchone()[0])
" "$1/results.sqlite"
}
attempts() { attempts_in "$tmp/data"; }
typed_wayland=0
display=$(cd "$tmp/run" && ls wayland-[0-9] | head -n 1)
if ! command -v wtype >/dev/null; then
  say "NOTE: wtype is not installed: input was not checked"
elif typed=$(run_user WAYLAND_DISPLAY="$display" wtype -k space 2>&1); then
  got=0
  for _ in $(seq 1 40); do
    got=$(attempts)
    [ "$got" -ge 1 ] && break
    sleep 0.25
  done
  [ "$got" -ge 1 ] || fail "a key typed into cage (wtype) started no attempt in the kiosk's store"
  say "the kiosk answers input: a Space typed into cage started an attempt (the store holds $got)"
  typed_wayland=1
elif echo "$typed" | grep -qi "virtual keyboard"; then
  say "NOTE: input not checked: this cage ($(cage -v 2>&1 | head -n 1)) has no virtual-keyboard protocol, so no" \
    "key can be injected headless (wtype: $typed); input is checked through cage's Xwayland below"
else
  fail "wtype could not type into cage: $typed"
fi

# Kill the kiosk (not the loop): the loop starts cage and the kiosk again, and the new window comes up.
kill -KILL "$first"
say "killed the kiosk (process $first)"
killed_at=$(date +%s)
second=$(wait_up 2 "after the kill")
started_pids="$first $second"
[ "$second" != "$first" ] || fail "the kiosk process did not change after the kill"
grep -q "start 2 " "$tmp/loop.log" || fail "the loop did not log a second start"
say "the loop started it again: process $second up $(($(date +%s) - killed_at)) s after the kill"

# The unit cs-quiz writes, checked by systemd's own parser (its ExecStart binaries exist: cage, this cs-quiz).
if command -v systemd-analyze >/dev/null; then
  mkdir -p "$tmp/unit"
  unit="$tmp/unit/cs-quiz-kiosk.service"
  "$venv/bin/cs-quiz" kiosk-setup --install-service --print-unit --user "$kuser" --data-dir "$tmp/data" >"$unit" \
    || fail "cs-quiz kiosk-setup --install-service --print-unit failed"
  grep -qx "Restart=always" "$unit" || fail "the unit has no Restart=always"
  grep -qx "User=$kuser" "$unit" || fail "the unit does not run as $kuser"
  verify=$(systemd-analyze verify "$unit" 2>&1) || fail "systemd-analyze verify refused the unit: $verify"
  [ -z "$verify" ] || fail "systemd-analyze verify warned about the unit: $verify"
  say "systemd-analyze verify accepts the unit (User=$kuser, Restart=always, cage -d -- cs-quiz --kiosk)"
else
  say "NOTE: systemd-analyze is not installed: the unit was not verified"
fi
# Input through cage's Xwayland, where cage takes no injected Wayland keys: the same kiosk under cage on Qt's xcb
# platform (an X11 client of the Xwayland cage starts), a Space sent with xdotool (XTEST reaches Xwayland's own
# clients), and the store must then hold an attempt. The kiosk's PIN and options are in a data folder of its own.
if [ "$typed_wayland" = 0 ] && command -v xdotool >/dev/null; then
  kill -TERM "$loop_pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$loop_pid" 2>/dev/null || break; sleep 0.25; done
  loop_pid=""
  mkdir -p "$tmp/xdata"
  [ "$root" = 1 ] && chown "$kuser:" "$tmp/xdata"
  run_user "$py" -c "
import sys
from cs_quiz.kiosk import pin
from cs_quiz.store.store import Store
with Store.open(sys.argv[1]) as store:
    pin.set_pin(store, '48291375')
" "$tmp/xdata" || fail "cannot set the kiosk PIN in $tmp/xdata"
  printf '#!/bin/sh\necho "$DISPLAY" >"%s/xdata/display"\nexec "%s" -m cs_quiz --kiosk --data-dir "%s/xdata"\n' \
    "$tmp" "$py" "$tmp" >"$tmp/x-kiosk.sh"
  chmod 755 "$tmp/x-kiosk.sh"
  "${as_user[@]}" "${env_user[@]}" WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_LIBINPUT_NO_DEVICES=1 \
    QT_QPA_PLATFORM=xcb cage -d -- "$tmp/x-kiosk.sh" >"$tmp/x.log" 2>&1 &
  x_pid=$!
  started_pids="${started_pids:-} $x_pid"
  xdisplay=""
  for _ in $(seq 1 60); do
    if [ -s "$tmp/xdata/display" ]; then xdisplay=$(cat "$tmp/xdata/display"); break; fi
    sleep 0.5
  done
  [ -n "$xdisplay" ] || fail "cage started no Xwayland for the kiosk on xcb: $(tail -n 5 "$tmp/x.log")"
  window=""
  for _ in $(seq 1 60); do
    window=$(run_user DISPLAY="$xdisplay" xdotool search --name "Kiosk" 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.5
  done
  [ -n "$window" ] || fail "no kiosk window came up on cage's Xwayland ($xdisplay) within 30 s"
  sleep 1  # the welcome's first paint and its focus on "Tap here to start"
  run_user DISPLAY="$xdisplay" xdotool key space || fail "xdotool could not send a key to cage's Xwayland"
  got=0
  for _ in $(seq 1 40); do
    got=$(attempts_in "$tmp/xdata")
    [ "$got" -ge 1 ] && break
    sleep 0.25
  done
  [ "$got" -ge 1 ] || fail "a Space sent to the kiosk under cage (Xwayland, xdotool) started no attempt"
  say "the kiosk answers input: under cage, on Xwayland, a Space started an attempt (the store holds $got)"
  kill -TERM "$x_pid" 2>/dev/null || true
  wait "$x_pid" 2>/dev/null || true  # cage ends by abort on a signal: not news
elif [ "$typed_wayland" = 0 ]; then
  say "NOTE: xdotool is not installed: input was not checked"
fi
echo "== cage kiosk: OK"
