#!/usr/bin/env bash
# The read-path benchmark: what a crowd arriving from a shared link reads. Starts the packaged app on a fresh
# embedded PostgreSQL with the bench catalogue (as run.sh does), opens voting on the demo campaign, then measures
# each public page — the home page /public, the voting landing page, a category's candidates with their counts, a
# candidate's page and its photo — against the no-op GET /public/vote/ping in alternating 2-s slices, and prints
# each page's req/s, p50, p99 and `ratio` (page / no-op; target >= 0.8), then the app's resident memory.
# Tunables: CONNECTIONS (32), WARMUP (10 s per page), MEASURE (10 s per page), PORT (18080), APP_ARGS, JVM_ARGS.
set -euo pipefail
source "$(dirname "$0")/common.sh"
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-10}
MEASURE=${MEASURE:-10}

build
trap stop_app EXIT
echo "starting the app on an embedded PostgreSQL (port $PORT) ..."
start_app "$OUT/postgres" true "$OUT/app.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)"
java -cp "$OUT/loadgen" LoadGen read "$PORT" "$CONNECTIONS" "$WARMUP" "$MEASURE"
echo "app resident memory after the run: $(awk '/VmRSS/ {printf "%.0f MB", $2/1024}' /proc/"$APP_PID"/status)"
