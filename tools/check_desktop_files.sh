#!/bin/sh
# Validate the menu entry and the software-centre metadata (issue 20):
#   desktop-file-validate  resources/linux/io.github.cs_quiz.CsQuiz.desktop
#   appstreamcli validate  resources/linux/io.github.cs_quiz.CsQuiz.metainfo.xml (offline, pedantic)
# Installs the tools with apt-get when run as root and they are missing. Exits 1 on any error or warning; prints
# "SKIP: <reason>" and exits 0 only when a tool cannot be installed at all.
set -u
cd "$(dirname "$0")/.." || exit 1
desktop=resources/linux/io.github.cs_quiz.CsQuiz.desktop
metainfo=resources/linux/io.github.cs_quiz.CsQuiz.metainfo.xml

need() {  # need COMMAND APT-PACKAGE: true when COMMAND is there, or could be installed
    command -v "$1" >/dev/null 2>&1 && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "installing $2 (for $1)"
        (apt-get install -y --no-install-recommends "$2" || { apt-get update && apt-get install -y --no-install-recommends "$2"; }) \
            >/tmp/check_desktop_files_apt.log 2>&1
    fi
    command -v "$1" >/dev/null 2>&1
}

status=0
if need desktop-file-validate desktop-file-utils; then
    # It prints errors and hints; any output line that is not a hint is a problem.
    out=$(desktop-file-validate "$desktop" 2>&1) || status=1
    [ -n "$out" ] && echo "$out"
    echo "$out" | grep -v ': hint: ' | grep -q . && status=1
    [ $status = 0 ] && echo "ok: desktop-file-validate $desktop"
else
    echo "SKIP: desktop-file-validate cannot be installed (desktop-file-utils); $desktop not checked"
fi

if need appstreamcli appstream; then
    if appstreamcli validate --no-net --pedantic "$metainfo"; then
        echo "ok: appstreamcli validate --no-net --pedantic $metainfo"
    else
        status=1
    fi
else
    echo "SKIP: appstreamcli cannot be installed (appstream); $metainfo not checked"
fi
exit $status
