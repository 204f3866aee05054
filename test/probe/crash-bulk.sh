#!/bin/bash
# Kill -9 the API KILL_AFTER seconds into crash-bulk.mjs's bulk work, restart it on the same DATA_DIR, verify.
# Needs the server started with its pid in $PROBE_TMP/api.pid, and `node test/probe/crash-bulk.mjs setup` run once.
set -u
cd "$(dirname "$0")/../.."
T=${PROBE_TMP:-/tmp/probe13}
PORT=${API_PORT:-4351}
node test/probe/crash-bulk.mjs fire > "$T/crash-bulk-fire.out" 2>&1 &
FIRE=$!
sleep "${KILL_AFTER:-1.5}"
kill -9 "$(cat "$T/api.pid")"; echo "killed api at $(date -u +%T.%N)"
wait $FIRE; tail -20 "$T/crash-bulk.log"
PROBE_TMP="$T" API_PORT="$PORT" bash test/probe/restart-api.sh
node test/probe/crash-bulk.mjs verify
