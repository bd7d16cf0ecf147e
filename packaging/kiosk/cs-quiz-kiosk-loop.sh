#!/bin/sh
# cs-quiz-kiosk-loop.sh COMMAND [ARGUMENT...]: run COMMAND, and run it again whenever it ends (a crash, a kill, or
# the facilitator's "Exit kiosk mode"), after a short pause. For kiosk machines without systemd (docs/kiosk.md,
# "A kiosk appliance"); with systemd, the unit's Restart=always does the same. Typical use, from the kiosk user's
# ~/.profile on tty1:
#
#   exec /path/to/cs-quiz-kiosk-loop.sh cage -d -- /opt/cs-quiz/bin/cs-quiz --kiosk --data-dir "$HOME/.local/share/cs-quiz"
#
# Each start and end is logged on standard error with the time. SIGTERM, SIGINT or SIGHUP stops COMMAND (with
# SIGTERM) and then the loop, without a restart. CS_QUIZ_KIOSK_PAUSE sets the pause in seconds (default 2).
set -u

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGUMENT...]" >&2
    exit 2
fi

pause="${CS_QUIZ_KIOSK_PAUSE:-2}"
stopping=0
child=""

log() {
    echo "$(date '+%Y-%m-%d %H:%M:%S') cs-quiz-kiosk-loop: $*" >&2
}

stop() {
    stopping=1
    if [ -n "$child" ]; then
        kill -TERM "$child" 2>/dev/null
    fi
}
trap stop TERM INT HUP

run=0
while [ "$stopping" -eq 0 ]; do
    run=$((run + 1))
    "$@" &
    child=$!
    log "start $run (process $child): $*"
    # A trapped signal interrupts wait; wait again until the command has really ended.
    status=0
    while :; do
        wait "$child"
        status=$?
        kill -0 "$child" 2>/dev/null || break
    done
    child=""
    if [ "$stopping" -ne 0 ]; then
        log "stopped (the command ended with status $status)"
        break
    fi
    log "the command ended with status $status; starting it again in $pause s"
    sleep "$pause" &
    wait $! 2>/dev/null
done
exit 0
