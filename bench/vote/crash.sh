#!/usr/bin/env bash
# The crash test: drives votes into the app, kills the app and its PostgreSQL with SIGKILL in the
# middle of the load, restarts both on the same data, and checks that every vote the app had
# acknowledged is stored. Exits non-zero if one is missing.
# Tunables: CONNECTIONS (32), LOAD_SECONDS (15), KILL_AFTER seconds of load (7), VOTERS (50000).
set -euo pipefail
source "$(dirname "$0")/common.sh"
CONNECTIONS=${CONNECTIONS:-32}
LOAD_SECONDS=${LOAD_SECONDS:-15}
KILL_AFTER=${KILL_AFTER:-7}
VOTERS=${VOTERS:-50000}
DATA="$OUT/crash-postgres"

build
trap stop_app EXIT
start_app "$DATA" true "$OUT/crash-app-1.log"
rm -f "$OUT/acked.txt" "$OUT/acked.txt.started"
java -cp "$OUT/loadgen" LoadGen load "$PORT" "$CONNECTIONS" "$LOAD_SECONDS" "$VOTERS" "$OUT/acked.txt" &
LOAD_PID=$!
while [[ ! -f "$OUT/acked.txt.started" ]]; do
	kill -0 "$LOAD_PID" 2>/dev/null || { echo "the load generator failed to start" >&2; exit 1; }
	sleep 0.2
done
sleep "$KILL_AFTER"
POSTMASTER=$(head -1 "$DATA/postmaster.pid")
echo "SIGKILL to the app (pid $APP_PID) and to its PostgreSQL (pid $POSTMASTER) under load"
kill -KILL "$APP_PID" "$POSTMASTER"
wait "$APP_PID" 2>/dev/null || true
wait "$LOAD_PID"
# the server's children notice their postmaster is gone and exit; its shared memory goes with them
for _ in $(seq 1 40); do
	pgrep -f -- "-D $DATA" >/dev/null || break
	sleep 0.25
done
echo "restarting on the same data (PostgreSQL recovers from its write-ahead log) ..."
start_app "$DATA" false "$OUT/crash-app-2.log"
java -cp "$OUT/loadgen" LoadGen check "$PORT" "$OUT/acked.txt"
