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
setsid env DATA_DIR="$T/data" PORT="$PORT" REGISTRATIONS_PER_ADDRESS=500 node --max-semi-space-size=64 dist/apps/api/src/main.js >> "$T/api.log" 2>&1 &
echo $! > "$T/api.pid"
for i in $(seq 1 90); do curl -sf "localhost:$PORT/health" >/dev/null && break; sleep 1; done
echo "restarted in ${i}s"
PW=$(cat "$T/data/postgres.password"); PGPORT=$(sed -n 4p "$T/data/postgres/postmaster.pid")
echo "postgres://postgres:$(node -e "console.log(encodeURIComponent(process.argv[1]))" "$PW")@127.0.0.1:$PGPORT/pilotmatch" > "$T/dburl"
node test/probe/crash-bulk.mjs verify
