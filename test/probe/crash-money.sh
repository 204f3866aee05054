#!/bin/bash
# Probe 17: fires crash-money.mjs (acceptances, submissions, voucher-redeeming completions), SIGKILLs our API
# KILL_AFTER seconds after the fire starts, restarts it on the same DATA_DIR and verifies.
# Needs the server started with its pid in $PROBE_TMP/api.pid and `node test/probe/crash-money.mjs setup` run once.
set -u
cd "$(dirname "$0")/../.."
T=${PROBE_TMP:-/tmp/probe13}
PORT=${API_PORT:-4371}
START=$(node -e "console.log(JSON.parse(require('fs').readFileSync('$T/crash-money.json','utf8')).start)")
node test/probe/crash-money.mjs fire > "$T/crash-money-fire.out" 2>&1 &
FIRE=$!
# sleep until the fire begins (start + 1.5 s), then KILL_AFTER more
node -e "setTimeout(()=>{}, Math.max(0, $START + 1500 - Date.now()))"
sleep "${KILL_AFTER:-0.5}"
kill -9 "$(cat "$T/api.pid")"; echo "killed api at $(date -u +%T.%N)"
wait $FIRE; cat "$T/crash-money-fire.out"
PROBE_TMP="$T" API_PORT="$PORT" bash test/probe/restart-api.sh
node test/probe/crash-money.mjs verify
