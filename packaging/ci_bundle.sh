#!/usr/bin/env bash
# CI: build the no-Python bundle (packaging/build_bundle.py) and smoke-test it (packaging/smoke_bundle.sh).
# Prints "SKIP: <reason>" and exits 0 only when PyInstaller cannot be installed (no network, no wheel for this
# Python); any other failure, in the build or the smoke test, exits non-zero. ~2 minutes on a 2-core machine.
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-python3}"
if ! "$python" -c 'import sysconfig, sys; sys.exit(0 if sysconfig.get_config_var("Py_ENABLE_SHARED") else 1)'; then
  echo "SKIP: $python is not a shared-library build; PyInstaller needs libpython (docs/bundle.md)"
  exit 0
fi
probe="$(mktemp -d)"
trap 'rm -rf "$probe"' EXIT
pin="$(sed -n 's/.*"\(pyinstaller==[^"]*\)".*/\1/p' packaging/build_bundle.py)"
if ! "$python" -m pip download -q --no-deps -d "$probe" "$pin" >"$probe/log" 2>&1; then
  echo "SKIP: PyInstaller ($pin) cannot be installed here: $(tail -n 1 "$probe/log")"
  exit 0
fi

out="build/bundle-ci"
"$python" packaging/build_bundle.py --out "$out"
packaging/smoke_bundle.sh "$out/cs-quiz"
