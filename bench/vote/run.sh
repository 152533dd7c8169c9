#!/usr/bin/env bash
# The voting benchmark: starts the packaged app on a fresh embedded PostgreSQL with the bench
# catalogue (bench/vote/plugin, never in the jar), then measures in the same run
#   (a) the no-op endpoint POST /public/vote/ping, sent the very request a vote is (cookies, CSRF
#       token, forwarded address, user agent), and
#   (b) POST /public/vote/api/votes?candidate={id} by many distinct pre-verified voters, each vote
#       going through the rate limits, the campaign's rules and the group-commit writer,
# in alternating 2-s slices (so both meet the same background load), and prints votes/s, p50, p99,
# the ratio b/a and acknowledged vs stored (and counted) votes.
# Tunables: CONNECTIONS (96), WARMUP (45 s), MEASURE (20 s), VOTERS (100000), PORT (18080), APP_ARGS
# (extra arguments for the app, e.g. --laurel.voting.writer.threads=4), JVM_ARGS (e.g. a profiler agent) and
# FLOOR=1, which acknowledges votes without storing them, to measure the vote's cost outside the database.
set -euo pipefail
source "$(dirname "$0")/common.sh"
CONNECTIONS=${CONNECTIONS:-96}
WARMUP=${WARMUP:-45}
MEASURE=${MEASURE:-20}
VOTERS=${VOTERS:-100000}

if [[ "${FLOOR:-0}" == 1 ]]; then
	APP_ARGS="${APP_ARGS:-} --laurel.voting.bench.floor=true"
	echo "FLOOR=1: votes are acknowledged without being stored (so stored and counted stay 0)"
fi

build
trap stop_app EXIT
echo "starting the app on an embedded PostgreSQL (port $PORT) ..."
start_app "$OUT/postgres" true "$OUT/app.log"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)"
java -cp "$OUT/loadgen" LoadGen bench "$PORT" "$CONNECTIONS" "$WARMUP" "$MEASURE" "$VOTERS"
